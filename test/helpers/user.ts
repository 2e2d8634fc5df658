/**
 * Kept only for test/cdn/cdn.test.ts, which another branch is changing: it gets the kit's own
 * helpers. Remove this file once test/cdn imports from test/kit.
 */
export { text } from '../kit/screen.js';
export { click } from '../kit/user.js';
