#!/usr/bin/env node
// `npm test`: lint, type check, build, the CDN's page budgets, what the package ships and the
// package's checks (manifest, publint, attw, README snippets, the strict TS, React and Vue hosts
// compiled from the npm pack tarball and run in Chromium through a payment), Node's tests, then
// the browser tests in Chromium, Firefox ESR and WebKitGTK. Every step runs even when an earlier one fails, so that one run shows every
// problem; each step counts as one check, passed or failed, beside the tests. The last line is
// always `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import {
  findBrowsers,
  installHint,
  LABELS,
  missingEngines,
  PACKAGES,
  wantedEngines,
} from './browsers.mjs';

const steps = [
  ['lint', 'npm', ['run', '--silent', 'lint']],
  ['typecheck', 'npm', ['run', '--silent', 'typecheck']],
  ['build', 'npm', ['run', '--silent', 'build']],
  ['size budget', 'npm', ['run', '--silent', 'size']],
  ['package files', 'npm', ['run', '--silent', 'check-package']],
  ['custom-elements.json', 'node', ['scripts/check-manifest.mjs']],
  ['publint', 'npx', ['publint', '--level', 'suggestion']],
  ['attw', 'npx', ['attw', '--pack', '--profile', 'esm-only']],
  ['README host snippets', 'node', ['scripts/check-hosts.mjs', 'readme']],
  ['strict TS host (npm pack, Paga → Pagato)', 'node', ['scripts/check-hosts.mjs', 'strict']],
  ['React 19 host (npm pack, Paga → Pagato)', 'node', ['scripts/check-hosts.mjs', 'react']],
  ['Vue 3 host (npm pack, Paga → Pagato)', 'node', ['scripts/check-hosts.mjs', 'vue']],
];

function run(name, command, args, env = process.env) {
  console.log(`\n▶ ${name}`);
  const started = performance.now();
  const { status, signal, error } = spawnSync(command, args, { stdio: 'inherit', env });
  const seconds = ((performance.now() - started) / 1000).toFixed(0);
  // A step that dies without a word (killed from outside) still says how it ended.
  const how = error ? `, ${error.message}` : signal ? `, ended by ${signal}` : '';
  console.log(`  (${name}: ${seconds} s${status ? `, exit code ${status}` : ''}${how})`);
  return status === 0;
}

/** The wanted engines, installed with apt-get first when some are missing and we may. */
function ensureBrowsers(wanted) {
  const missing = missingEngines(findBrowsers(), wanted);
  const canInstall =
    process.platform === 'linux' &&
    process.getuid?.() === 0 &&
    existsSync('/etc/debian_version') &&
    existsSync('/usr/bin/apt-get');
  if (missing.length && canInstall) {
    const packages = missing.flatMap((name) => PACKAGES[name]).join(' ');
    console.log(`\n▶ installing ${packages} with apt-get`);
    spawnSync('sh', ['-c', `apt-get update -qq && apt-get install -y -qq ${packages}`], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  }
  return missingEngines(findBrowsers(), wanted);
}

let stepFailures = 0;
let stepPasses = 0;

// The browsers first: the hosts' payments and the Node tests drive Chromium too.
let wanted = [];
try {
  wanted = wantedEngines();
} catch (error) {
  console.error(error.message);
  stepFailures += 1;
}
const missing = wanted.length ? ensureBrowsers(wanted) : [];

for (const [name, command, args] of steps) {
  if (run(name, command, args)) stepPasses += 1;
  else {
    stepFailures += 1;
    console.error(`✗ ${name} failed`);
  }
}
const checkFailures = stepFailures;

let totals = { passed: 0, failed: 0, browsers: {} };

// Node's own tests (test/node: server-side rendering, npm start's server-rendered page, every
// story in five languages with axe): counted
// with the browser tests, from a TAP file beside the spec output.
const nodeTap = '.node-test.tap';
rmSync(nodeTap, { force: true });
const nodeOk = run(
  'Node tests (server rendering, every story in five languages)',
  process.execPath,
  [
    '--test',
    '--test-reporter=spec',
    '--test-reporter-destination=stdout',
    '--test-reporter=tap',
    `--test-reporter-destination=${nodeTap}`,
    'test/node/',
  ],
);
const nodeCounts = { passed: 0, failed: 0 };
if (existsSync(nodeTap)) {
  const tap = readFileSync(nodeTap, 'utf8');
  nodeCounts.passed = Number(tap.match(/^# pass (\d+)/m)?.[1] ?? 0);
  nodeCounts.failed =
    Number(tap.match(/^# fail (\d+)/m)?.[1] ?? 0) +
    Number(tap.match(/^# cancelled (\d+)/m)?.[1] ?? 0);
}
if (!nodeOk && nodeCounts.failed === 0) stepFailures += 1;
if (missing.length) {
  console.error(installHint(missing));
  stepFailures += 1;
} else if (wanted.length) {
  rmSync('.wtr-summary.json', { force: true });
  const names = wanted.map((name) => LABELS[name]).join(', ');
  const ok = run(`browser tests (${names})`, 'npx', ['web-test-runner']);
  if (existsSync('.wtr-summary.json')) {
    totals = JSON.parse(readFileSync('.wtr-summary.json', 'utf8'));
    if (!ok && totals.failed === 0) stepFailures += 1;
  } else {
    stepFailures += 1;
  }
}

totals.passed += nodeCounts.passed;
totals.failed += nodeCounts.failed;
console.log(`  Node: ${nodeCounts.passed} passed, ${nodeCounts.failed} failed`);
for (const [browser, counts] of Object.entries(totals.browsers ?? {})) {
  const skipped = counts.skipped ? `, ${counts.skipped} skipped` : '';
  console.log(`  ${browser}: ${counts.passed} passed, ${counts.failed} failed${skipped}`);
}
console.log(`  checks: ${stepPasses} passed, ${checkFailures} failed`);
const failed = totals.failed + stepFailures;
console.log(`\n${totals.passed + stepPasses} passed, ${failed} failed`);
process.exitCode = failed === 0 && totals.passed > 0 ? 0 : 1;
