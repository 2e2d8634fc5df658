import type { Translation } from '../../internal/terms.js';
import type { common as it } from '../it/common.js';
import { agree } from './agree.js';

// "največ 20 okolij", but "največ 2 okolji", "največ 3 okolja", "največ 1 okolje".
const environments = (max: number) =>
  agree(max, {
    one: 'okolje',
    two: 'okolji',
    few: 'okolja',
    other: 'okolij',
  });

const common: Translation<typeof it> = {
  partLoadFailed: 'Te izbire ni bilo mogoče odpreti: preverite povezavo in poskusite znova.',
  invalidProduct: 'Produkta ni mogoče prikazati: prejeti podatki niso veljavni.',
  invalidDetail: (field, problem) => `Polje „${field}“: ${problem}.`,
  problemRequired: 'manjka',
  problemType: 'napačen tip',
  problemDuplicate: 'podvojena vrednost',
  problemUrl: 'dovoljeni so samo naslovi http ali https',
  problemJson: 'neveljaven JSON',
  problemUnknown: 'neprepoznana vrednost',
  problemTooManyEnvironments: (max) => `največ ${max} ${environments(max)}`,
};

export default common;
