import type { Translation } from '../../internal/terms.js';
import type { envPicker as it } from '../it/env-picker.js';

const envPicker: Translation<typeof it> = {
  manage: 'Gérer',
  envDialogTitle: 'Dans quel environnement souhaitez-vous entrer ?',
  envCancel: 'Annuler',
  envEnter: 'Entrer',
  envChooseFirst: 'Choisissez d’abord un environnement.',
  envCollaudo: 'Environnement de test',
  envCollaudoDescription:
    'Vous permet de découvrir le produit et de faire des essais en toute sécurité',
  envProduzione: 'Environnement de production',
  envProduzioneDescription: 'Vous permet de travailler avec des données réelles',
};

export default envPicker;
