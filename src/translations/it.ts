/** Italian, the kit's reference language: every other language has exactly these keys. */
export const it = {
  // env-picker
  manage: 'Gestisci',
  envDialogTitle: 'In quale ambiente vuoi entrare?',
  envCancel: 'Annulla',
  envEnter: 'Entra',
  envCollaudo: 'Ambiente di Collaudo',
  envCollaudoDescription: 'Ti permette di conoscere il prodotto e fare prove in tutta sicurezza',
  envProduzione: 'Ambiente di Produzione',
  envProduzioneDescription: 'Ti permette di operare con dati reali',
  envCollaudoShort: 'Collaudo',
  envProduzioneShort: 'Produzione',
  // product-card (keys added by the product-card work go here)
  // product-switch (keys added by the product-switch work go here)
  // party-switch (keys added by the party-switch work go here)
  // validation
  invalidData: 'Il contenuto non può essere mostrato: i dati ricevuti non sono validi.',
  invalidProduct: 'Il prodotto non può essere mostrato: i dati ricevuti non sono validi.',
  invalidDetail: (field: string, problem: string) => `Campo «${field}»: ${problem}.`,
  problemRequired: 'manca',
  problemType: 'tipo non valido',
  problemDuplicate: 'valore ripetuto',
  problemUrl: 'sono ammessi solo indirizzi http o https',
  problemJson: 'JSON non valido',
  problemUnknown: 'valore non riconosciuto',
} satisfies Record<string, string | ((...args: never[]) => string)>;

export type Translation = { readonly [K in keyof typeof it]: (typeof it)[K] };
