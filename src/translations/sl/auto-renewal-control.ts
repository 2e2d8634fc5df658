import type { Translation } from '../../internal/terms.js';
import type { autoRenewalControl as it } from '../it/auto-renewal-control.js';
import { changeTerms } from './change-terms.js';

const autoRenewalControl: Translation<typeof it> = {
  ...changeTerms,
  renewalOn: 'Samodejno podaljšanje je aktivno',
  renewalOff: 'Samodejno podaljšanje ni aktivno',
  renewalUnavailable: 'Samodejno podaljšanje ni na voljo',
  renewalUnavailableKind: 'Ni predvideno za Firma Digitale in Marca Temporale.',
  renewalUnavailableService: 'Ni predvideno za to storitev.',
  renewalAmount: 'Znesek podaljšanja',
  renewalAmountValue: (amount) => `${amount} z DDV`,
  renewalPeriod: 'Obdobje podaljšanja',
  renewalNext: 'Naslednja bremenitev',
  renewalAccount: 'Račun za bremenitev',
  renewalExpiry: (date) => `Storitev poteče ${date}.`,
  renewalBusy: 'Spreminjanje samodejnega podaljšanja…',
  disable: 'Izklopi',
  disableLabel: (name) => `Izklopi samodejno podaljšanje storitve ${name}`,
  enable: 'Vklopi',
  enableLabel: (name) => `Vklopi samodejno podaljšanje storitve ${name}`,
  offTitle: (name) => `Želite izklopiti samodejno podaljšanje storitve ${name}?`,
  offText: (date) => `Storitev ne bo podaljšana: potekla bo ${date} in nič vam ne bo zaračunano.`,
  offTextNoDate:
    'Storitev ne bo podaljšana: potekla bo ob izteku veljavnosti in nič vam ne bo zaračunano.',
  offAgain: 'Samodejno podaljšanje lahko kadar koli znova vklopite na portalu za stranke.',
  offConfirm: 'Izklopi podaljšanje',
  onTitle: (name) => `Želite vklopiti samodejno podaljšanje storitve ${name}?`,
  onText:
    'Ob poteku se bo storitev samodejno podaljšala, znesek pa bo bremenil račun PayPal, ki ga izberete tukaj.',
  onStop: 'Kadar koli ga lahko izklopite na portalu za stranke.',
  onConfirm: 'Vklopi podaljšanje',
  onConfirmNew: 'Nadaljuj na PayPal',
  onAccountLabel: 'Račun PayPal za podaljšanje',
  onNoAccounts:
    'Niste še registrirali računa PayPal: z gumbom „Nadaljuj na PayPal“ ga boste registrirali, ne da bi zdaj kar koli plačali.',
  onNewAccountNote:
    'Gumb „Nadaljuj na PayPal“ vas bo preusmeril na PayPal, kjer boste registrirali nov račun, ne da bi zdaj kar koli plačali.',
  onRequired: 'Izberite račun PayPal ali „Nov račun PayPal“.',
  paypalCancelled:
    'Zaprli ste okno PayPal: noben račun ni bil registriran in samodejno podaljšanje ni bilo vklopljeno.',
  submittingOff: 'Izklapljanje samodejnega podaljšanja…',
  submittingOn: 'Vklapljanje samodejnega podaljšanja…',
  doneOff: 'Samodejno podaljšanje je izklopljeno',
  doneOffText: (date) =>
    `Storitev ne bo podaljšana: potekla bo ${date} in nič vam ne bo zaračunano.`,
  doneOffTextNoDate: 'Storitev ne bo podaljšana in nič vam ne bo zaračunano.',
  doneOffEmail: 'Prejeli boste e-poštno sporočilo s potrditvijo izklopa.',
  doneOn: 'Samodejno podaljšanje je vklopljeno',
  doneOnEmail: 'Prejeli boste e-poštno sporočilo s potrditvijo vklopa samodejnega podaljšanja.',
  failedOff: 'Samodejno podaljšanje ni bilo izklopljeno',
  failedOn: 'Samodejno podaljšanje ni bilo vklopljeno',
  errorNoHandler: 'Upravljanje samodejnega podaljšanja na tej strani ni nastavljeno.',
  invalidService: 'Samodejnega podaljšanja ni mogoče prikazati: podatki storitve niso veljavni.',
  invalidAccounts:
    'Samodejnega podaljšanja ni mogoče prikazati: prejeti računi PayPal niso veljavni.',
};

export default autoRenewalControl;
