import type { Terms } from '../../internal/terms.js';

/** <party-switch> */
export const partySwitch = {
  partyChange: 'Cambia ente',
  partyChoose: 'Scegli un ente',
  partyRoleAdmin: 'Amministratore',
  partyRoleOperator: 'Operatore',
  partySearch: 'Cerca per nome, codice fiscale o codice IPA',
  partyList: 'I tuoi enti',
  partyResults: (count: string, plural: string) =>
    plural === 'one' ? `${count} ente trovato` : `${count} enti trovati`,
  partyNoResults: 'Nessun ente trovato',
  partyDisabled: 'Disattivato',
  partyPending: 'In attesa di adesione',
  partyTaxCode: (code: string) => `C.F. ${code}`,
  partyIpaCode: (code: string) => `Codice IPA ${code}`,
  partyCurrent: 'Ente attuale',
  partyChosen: (name: string) => `Hai scelto ${name}`,
  partyInvalid: 'Gli enti non possono essere mostrati: i dati ricevuti non sono validi.',
} satisfies Terms;
