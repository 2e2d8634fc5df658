import type { Translation } from '../../internal/terms.js';
import type { common as it } from '../it/common.js';

const common: Translation<typeof it> = {
  partLoadFailed: 'This choice could not be opened: check your connection and try again.',
  invalidProduct: 'The product cannot be shown: the data received are not valid.',
  invalidDetail: (field, problem) => `Field “${field}”: ${problem}.`,
  problemRequired: 'missing',
  problemType: 'wrong type',
  problemDuplicate: 'repeated value',
  problemUrl: 'only http or https addresses are allowed',
  problemJson: 'malformed JSON',
  problemUnknown: 'unrecognised value',
  problemTooManyEnvironments: (max) => `at most ${max} environments`,
};

export default common;
