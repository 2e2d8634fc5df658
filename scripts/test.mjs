#!/usr/bin/env node
// `npm test`: lint, type check, build + bundle budget, then the browser tests in Chromium and
// Firefox ESR. Every step runs even when an earlier one fails, so that one run shows every
// problem; a failed step counts as one failure. The last line is always `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { findBrowsers, INSTALL_HINT } from './browsers.mjs';

const steps = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['size budget', 'npx', ['size-limit']],
];

function run(name, command, args) {
  console.log(`\n▶ ${name}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit' });
  return status === 0;
}

function ensureBrowsers() {
  const found = findBrowsers();
  if (found.chromium && found.firefox) return found;
  const canInstall =
    process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (canInstall) {
    console.log('\n▶ installing chromium and firefox-esr with apt-get');
    spawnSync('sh', ['-c', 'apt-get update -qq && apt-get install -y -qq chromium firefox-esr'], {
      stdio: 'inherit',
    });
    return findBrowsers();
  }
  return found;
}

let stepFailures = 0;
for (const [name, command, args] of steps) {
  if (!run(name, command, args)) {
    stepFailures += 1;
    console.error(`✗ ${name} failed`);
  }
}

const browsers = ensureBrowsers();
let totals = { passed: 0, failed: 0 };
if (!browsers.chromium || !browsers.firefox) {
  console.error(INSTALL_HINT);
  stepFailures += 1;
} else {
  rmSync('.wtr-summary.json', { force: true });
  const ok = run('browser tests (Chromium, Firefox ESR)', 'npx', ['web-test-runner']);
  if (existsSync('.wtr-summary.json')) {
    totals = JSON.parse(readFileSync('.wtr-summary.json', 'utf8'));
    if (!ok && totals.failed === 0) stepFailures += 1;
  } else {
    stepFailures += 1;
  }
}

const failed = totals.failed + stepFailures;
console.log(`\n${totals.passed} passed, ${failed} failed`);
process.exitCode = failed === 0 && totals.passed > 0 ? 0 : 1;
