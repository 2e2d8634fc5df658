/** Registers every element in a page that test/kit/viewport.ts opens in an iframe of a given size. */
import '../../src/all.js';

(window as unknown as { kitReady: boolean }).kitReady = true;
