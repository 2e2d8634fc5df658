// A `cak-viewport` test command for every engine: @web/test-runner-commands' `setViewport` knows
// puppeteer and playwright only, and WebKit runs over WebDriver. The test kit's `setViewport()`
// (test/kit/viewport.ts) sends it.

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function viewportPlugin() {
  return {
    name: 'cak-viewport',
    async executeCommand({ command, payload, session }) {
      if (command !== 'cak-viewport') return undefined;
      const { width, height } = /** @type {{ width: number, height: number }} */ (payload);
      if (session.browser.type === 'puppeteer') {
        await session.browser.getPage(session.id).setViewport({ width, height });
        return true;
      }
      if (typeof session.browser.setViewport === 'function') {
        await session.browser.setViewport(session.id, { width, height });
        return true;
      }
      throw new Error(`cak-viewport: not supported for ${session.browser.name}`);
    },
  };
}
