// Finds Debian's three engines for the tests. Nothing here downloads anything.
//   Chromium  – chromium (CHROME_PATH)
//   Firefox   – firefox-esr (FIREFOX_PATH)
//   WebKit    – webkit2gtk-driver's WebKitWebDriver and MiniBrowser, shown on xvfb's Xvfb
//               (WEBKIT_WEBDRIVER_PATH, MINIBROWSER_PATH, XVFB_PATH)
import { existsSync } from 'node:fs';

const first = (list) => list.find((path) => path && existsSync(path));

/** The Debian packages that hold each engine, in the order the tests name them. */
export const PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb'],
};

/** How the kit launches Debian's Chromium headless, everywhere (tests, benchmarks, screenshots). */
export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export const LABELS = { chromium: 'Chromium', firefox: 'Firefox ESR', webkit: 'WebKitGTK' };

/**
 * @returns {{
 *   chromium: string | undefined,
 *   firefox: string | undefined,
 *   webkit: { driver: string, minibrowser: string, xvfb: string } | undefined,
 * }}
 */
export function findBrowsers() {
  const chromium = first([
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ]);
  const firefox = first([process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']);
  const driver = first([process.env.WEBKIT_WEBDRIVER_PATH, '/usr/bin/WebKitWebDriver']);
  const minibrowser = first([
    process.env.MINIBROWSER_PATH,
    '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
    '/usr/libexec/webkit2gtk-4.1/MiniBrowser',
  ]);
  const xvfb = first([process.env.XVFB_PATH, '/usr/bin/Xvfb']);
  const webkit = driver && minibrowser && xvfb ? { driver, minibrowser, xvfb } : undefined;
  return { chromium, firefox, webkit };
}

/** The engines `CAK_BROWSERS` (comma-separated: chromium,firefox,webkit) asks for; all by default. */
export function wantedEngines() {
  const all = Object.keys(PACKAGES);
  const asked = process.env.CAK_BROWSERS?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  if (!asked?.length) return all;
  const unknown = asked.filter((name) => !all.includes(name));
  if (unknown.length) {
    throw new Error(`CAK_BROWSERS: unknown ${unknown.join(', ')} (use ${all.join(', ')})`);
  }
  return asked;
}

/** The engines among `wanted` that this machine lacks. */
export function missingEngines(found = findBrowsers(), wanted = wantedEngines()) {
  return wanted.filter((name) => !found[name]);
}

/** One line saying how to get the missing engines. */
export function installHint(missing) {
  const packages = missing.flatMap((name) => PACKAGES[name]).join(' ');
  return (
    `Missing ${missing.map((name) => LABELS[name]).join(', ')}: run ` +
    `\`sudo apt-get update && sudo apt-get install -y ${packages}\` ` +
    '(or set CHROME_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER_PATH + MINIBROWSER_PATH + XVFB_PATH).'
  );
}
