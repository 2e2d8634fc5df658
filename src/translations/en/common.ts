import type { Translation } from '../../internal/terms.js';
import { MAX_ENVIRONMENTS } from '../../model/limits.js';
import type { common as it } from '../it/common.js';

export const common: Translation<typeof it> = {
  invalidProduct: 'The product cannot be shown: the data received are not valid.',
  invalidDetail: (field, problem) => `Field “${field}”: ${problem}.`,
  problemRequired: 'missing',
  problemType: 'wrong type',
  problemDuplicate: 'repeated value',
  problemUrl: 'only http or https addresses are allowed',
  problemJson: 'malformed JSON',
  problemUnknown: 'unrecognised value',
  problemTooManyEnvironments: `at most ${MAX_ENVIRONMENTS} environments`,
};
