import type { Translation } from '../../internal/terms.js';
import { MAX_ENVIRONMENTS } from '../../model/limits.js';
import type { common as it } from '../it/common.js';

export const common: Translation<typeof it> = {
  invalidProduct: 'Le produit ne peut pas être affiché : les données reçues ne sont pas valides.',
  invalidDetail: (field, problem) => `Champ « ${field} » : ${problem}.`,
  problemRequired: 'manquant',
  problemType: 'type non valide',
  problemDuplicate: 'valeur en double',
  problemUrl: 'seules les adresses http ou https sont admises',
  problemJson: 'JSON mal formé',
  problemUnknown: 'valeur non reconnue',
  problemTooManyEnvironments: `${MAX_ENVIRONMENTS} environnements au maximum`,
};
