// The demo's languages, those of Italy's public administration: each with the locale its dates,
// times and amounts are shown in. Plain data: the pages and the demo server both import it.

export const LOCALES = { it: 'it-IT', en: 'en-GB', de: 'de-DE', fr: 'fr-FR', sl: 'sl-SI' };
