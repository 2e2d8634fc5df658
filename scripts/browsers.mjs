// Finds Debian's browsers for the tests. Nothing here downloads anything.
import { existsSync } from 'node:fs';

const candidates = {
  chromium: [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
  ],
  firefox: [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

/** @returns {{ chromium: string | undefined, firefox: string | undefined }} */
export function findBrowsers() {
  const find = (list) => list.find((path) => path && existsSync(path));
  return { chromium: find(candidates.chromium), firefox: find(candidates.firefox) };
}

export const INSTALL_HINT =
  "Tests need Debian's browsers: run `sudo apt-get update && sudo apt-get install -y chromium firefox-esr` (or set CHROME_PATH / FIREFOX_PATH).";
