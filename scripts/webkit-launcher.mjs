// Runs the browser tests in WebKitGTK: Debian's MiniBrowser driven by WebKitWebDriver (WebDriver
// classic) through @web/test-runner-webdriver. MiniBrowser has no headless mode, so the launcher
// starts its own Xvfb on a free display, then WebKitWebDriver on a free port, and stops both
// with the browser. Nothing is downloaded.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

/** WebDriver's code points for the key names the tests press (WebDriver §17.4.2). */
const KEYS = {
  Backspace: '\uE003',
  Tab: '\uE004',
  Enter: '\uE007',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Escape: '\uE00C',
  Space: ' ',
  PageUp: '\uE00E',
  PageDown: '\uE00F',
  End: '\uE010',
  Home: '\uE011',
  ArrowLeft: '\uE012',
  ArrowUp: '\uE013',
  ArrowRight: '\uE014',
  ArrowDown: '\uE015',
  Delete: '\uE017',
  Meta: '\uE03D',
};

/**
 * One key press or chord (`Enter`, `a`, `Shift+Tab`, `Control+Home`) as WebDriver key actions:
 * modifiers down, the key down and up, modifiers up. webdriverio's own `keys()` presses every
 * entry down before releasing any, which turns typed text into a chord.
 */
export function keyActions(press) {
  const parts = press.length > 1 ? press.split(/\+(?!$)/) : [press];
  const codes = parts.map((part) => {
    if (part.length === 1) return part;
    const code = KEYS[part];
    if (!code) throw new Error(`WebKit launcher: unknown key "${part}" in "${press}"`);
    return code;
  });
  return [
    ...codes.map((value) => ({ type: 'keyDown', value })),
    ...codes.reverse().map((value) => ({ type: 'keyUp', value })),
  ];
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Starts Xvfb on the first free display and resolves its number (Xvfb -displayfd). */
function startXvfb(xvfb) {
  return new Promise((resolve, reject) => {
    const child = spawn(
      xvfb,
      ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'],
      {
        stdio: ['ignore', 'ignore', 'pipe', 'pipe'],
      },
    );
    let stderr = '';
    let fd = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdio[3].on('data', (chunk) => {
      fd += chunk;
      if (fd.includes('\n')) resolve({ child, display: `:${fd.trim()}` });
    });
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`Xvfb exited (${code}): ${stderr.trim()}`)));
  });
}

/** Resolves once WebKitWebDriver answers /status, or rejects when it exits first. */
async function startDriver(driver, port, env) {
  const child = spawn(driver, [`--port=${port}`, '--host=local'], {
    stdio: ['ignore', 'ignore', 'pipe'],
    env,
  });
  let stderr = '';
  let exited;
  child.stderr.on('data', (chunk) => (stderr += chunk));
  child.once('exit', (code) => (exited = code ?? 'signal'));
  for (let attempt = 0; attempt < 300; attempt += 1) {
    if (exited !== undefined)
      throw new Error(`WebKitWebDriver exited (${exited}): ${stderr.trim()}`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return child;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill();
  throw new Error('WebKitWebDriver did not answer within 30 s');
}

class WebKitLauncher extends WebdriverLauncher {
  #paths;
  #children = [];

  constructor(paths) {
    super({
      hostname: '127.0.0.1',
      port: 0, // set in initialize()
      logLevel: 'error',
      // A loaded machine can take a while to open a page; the default is 2 minutes already.
      connectionRetryTimeout: 180_000,
      capabilities: {
        browserName: 'MiniBrowser',
        // webdriverio 9 asks for WebDriver BiDi by default, which WebKitWebDriver refuses.
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': { binary: paths.minibrowser, args: ['--automation'] },
      },
    });
    this.#paths = paths;
    // Whatever way the runner ends, Xvfb and the driver end with it.
    process.once('exit', () => this.#killChildren());
  }

  #killChildren() {
    for (const child of this.#children.splice(0).reverse()) child.kill();
  }

  async initialize(config, testFiles) {
    const { child: xvfb, display } = await startXvfb(this.#paths.xvfb);
    this.#children.push(xvfb);
    const port = await freePort();
    const env = { ...process.env, DISPLAY: display, GDK_BACKEND: 'x11' };
    // No GPU here: software rendering, and no compositing that would need one.
    env.WEBKIT_DISABLE_COMPOSITING_MODE = '1';
    env.LIBGL_ALWAYS_SOFTWARE = '1';
    this.#children.push(await startDriver(this.#paths.driver, port, env));
    this.options.port = port;
    await super.initialize(config, testFiles);
    this.name = 'WebKit';
  }

  async stop() {
    await super.stop();
    this.#killChildren();
  }

  /**
   * The page's viewport (`window.innerWidth` × `innerHeight`) at `width` × `height`: WebDriver
   * sizes the window, whose frame is measured and added once.
   */
  async setViewport(_sessionId, { width, height }) {
    const driver = this.driver;
    await driver.setWindowSize(width, height);
    const [innerWidth, innerHeight] = await driver.execute(() => [innerWidth, innerHeight]);
    if (innerWidth !== width || innerHeight !== height)
      await driver.setWindowSize(width + (width - innerWidth), height + (height - innerHeight));
  }

  // One press (or chord) per entry, typed text one character at a time.
  sendKeys(sessionId, keys) {
    const actions = keys.flatMap((press) => keyActions(press));
    return this.driverManager.performActions(sessionId, [{ type: 'key', id: 'keyboard', actions }]);
  }
}

/**
 * @param {{ minibrowser: string, driver: string, xvfb: string }} paths
 * @returns {import('@web/test-runner').BrowserLauncher}
 */
export function webkitLauncher(paths) {
  return new WebKitLauncher(paths);
}
