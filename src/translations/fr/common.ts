import type { Translation } from '../../internal/terms.js';
import type { common as it } from '../it/common.js';

// French typography: a no-break space inside « » and before : ; ? ! (in template literals written
// as \u00a0 / \u202f, which ESLint's no-irregular-whitespace asks for).
const common: Translation<typeof it> = {
  partLoadFailed: 'Ce choix n’a pas pu s’ouvrir : vérifiez votre connexion et réessayez.',
  invalidProduct: 'Le produit ne peut pas être affiché : les données reçues ne sont pas valides.',
  invalidDetail: (field, problem) => `Champ «\u00a0${field}\u00a0»\u00a0: ${problem}.`,
  problemRequired: 'manquant',
  problemType: 'type non valide',
  problemDuplicate: 'valeur en double',
  problemUrl: 'seules les adresses http ou https sont admises',
  problemJson: 'JSON mal formé',
  problemUnknown: 'valeur non reconnue',
  problemTooManyEnvironments: (max) => `${max} environnements au maximum`,
};

export default common;
