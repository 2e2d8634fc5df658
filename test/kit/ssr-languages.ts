/**
 * Loaded by the server that renders `serverRendered` templates, after the kit: every language
 * preloaded, as a host's server does before rendering (an element renders at once on a server,
 * with the strings it has).
 */
import '../../src/all.js';
import { locales } from '../../src/internal/languages.js';
import { loadLanguages } from '../../src/internal/localize.js';

await loadLanguages(Object.keys(locales));
