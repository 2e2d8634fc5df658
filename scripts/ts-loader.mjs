// `import './scripts/ts-loader.mjs'` (or `node --import ./scripts/ts-loader.mjs`): from here on,
// Node imports the kit's .ts sources directly (see ts-hooks.mjs).
import { register } from 'node:module';

register('./ts-hooks.mjs', import.meta.url);
