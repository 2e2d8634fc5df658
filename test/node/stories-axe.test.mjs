// Every Storybook story, in each of the kit's languages, with 0 axe violations (issue 11).
//
// The built Storybook (storybook-static/, built first by `npm run build-storybook` when missing
// or older than the sources: this test never skips) is served on an ephemeral port; each story
// is opened in headless Chromium, in a document of its own, with the toolbar's language
// (`globals=lang:<lang>`), and once Storybook says the story has finished (the preview channel's
// `storyFinished`: rendered, play function and afterEach done, or failed), the test
//   1. fails on a play function or a render that threw, in any language;
//   2. checks that the story is in that language: <html lang> and the decorator's <div lang> are
//      the language and, outside Italian, the elements that follow it show at least one of that
//      language's own strings (a text that differs from the Italian one), so not Italian after
//      the 300 ms fallback (the preview's loader loads the language before rendering);
//   3. runs axe-core (node_modules/axe-core) on the page as the a11y addon does (the body, less
//      Storybook's own wrappers), with the WCAG 2.0/2.1/2.2 A and AA rules and axe's best
//      practices — the rules `to.be.accessible()` runs in test/translations/languages.test.ts
//      (axe's defaults) — less `region`, which the addon turns off too (a story is no page);
//      every violation fails, with the story, the language, the rule and the target.
//
// Play functions — the choice made: they are language-independent. They find the elements by
// role and part, and where they check a text they take it from the story's language
// (stories/language.ts), so every story plays in every language; a play function that throws
// fails the story in every language, Italian included (nothing is tolerated).
//
// One test per story file and language, so that the count says what ran: every story in all
// five languages, on a few pages of one browser (each in a browser context of its own).
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { availableParallelism } from 'node:os';
import { extname, join, normalize, sep } from 'node:path';
import { performance } from 'node:perf_hooks';
import process from 'node:process';
import { fileURLToPath } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { CHROMIUM_FLAGS, findBrowsers } from '../../scripts/browsers.mjs';
import '../../scripts/ts-loader.mjs';
import { CONTENT_TYPES } from '../../scripts/content-types.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const output = join(root, 'storybook-static');

const { locales } = await import('../../src/internal/languages.ts');
/** The kit's languages, Italian (the reference) first: its runs come before the others. */
const languages = Object.keys(locales);

/** The axe rules: WCAG 2.0, 2.1 and 2.2 A and AA, and axe's best practices. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
/** How long one story may take, from navigation to `storyFinished` (its play functions wait 8 s). */
const STORY_TIMEOUT_MS = 30_000;
/** Pages working at once. */
const PAGES =
  Number(process.env.CAK_STORY_PAGES) || Math.min(4, Math.max(2, availableParallelism()));

// --- the build -----------------------------------------------------------------------------------

/** The newest modification time under `path` (a file or a directory), 0 when absent. */
function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))));
}

/** What the built Storybook is made of. */
const SOURCES = ['src', 'stories', '.storybook', 'test/kit', 'package.json', 'package-lock.json'];

function ensureBuilt() {
  const built = newest(join(output, 'index.json'));
  const sources = Math.max(...SOURCES.map((path) => newest(join(root, path))));
  if (built > sources) return;
  console.error(
    built
      ? 'storybook-static/ is older than the sources: building it'
      : 'building storybook-static/',
  );
  const started = performance.now();
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const { status, error, stdout, stderr } = spawnSync(npm, ['run', '--silent', 'build-storybook'], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(error, undefined, `npm run build-storybook: ${error?.message}`);
  assert.equal(status, 0, `npm run build-storybook failed:\n${stdout}\n${stderr}`);
  console.error(`built in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

// --- a static server -----------------------------------------------------------------------------

/** Where the server serves axe-core: a script the browser caches (and compiles) once. */
const AXE_PATH = '/__axe-core/axe.min.js';

function serve(directory) {
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const path =
      pathname === AXE_PATH
        ? join(root, 'node_modules/axe-core/axe.min.js')
        : normalize(join(directory, decodeURIComponent(pathname)));
    const file = path.endsWith(sep) ? join(path, 'index.html') : path;
    const inside = file.startsWith(directory + sep) || pathname === AXE_PATH;
    if (!inside || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
      'cache-control': 'max-age=3600',
    });
    createReadStream(file).pipe(response);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// --- what each language says ---------------------------------------------------------------------

/**
 * Each language's own texts: the plain (not parameterised) strings of its catalogues that differ
 * from the Italian ones, without the ones another language shares (`PayPal`).
 */
async function ownTexts() {
  const modules = Object.fromEntries(
    await Promise.all(
      languages.map(async (language) => [
        language,
        await import(`../../src/translations/${language}.ts`),
      ]),
    ),
  );
  const strings = (language) =>
    Object.entries(modules[language]).flatMap(([catalogue, terms]) =>
      Object.entries(terms)
        .filter(([, value]) => typeof value === 'string')
        .map(([key, value]) => ({ key: `${catalogue}.${key}`, value: clean(value) })),
    );
  const italian = new Map(strings('it').map(({ key, value }) => [key, value]));
  return Object.fromEntries(
    languages.map((language) => [
      language,
      [
        ...new Set(
          strings(language)
            .filter(({ key, value }) => value.length >= 4 && italian.get(key) !== value)
            .map(({ value }) => value),
        ),
      ],
    ]),
  );
}

/** Text as the page check reads it: whitespace collapsed. */
function clean(text) {
  return text.replace(/\s+/g, ' ').trim();
}

// --- in the page ---------------------------------------------------------------------------------

/**
 * Runs at the start of every document: clears the storage the previous story may have left (a
 * story's cleanup runs when the next story of the same document renders, not on navigation),
 * and records the preview channel's events as soon as Storybook installs its channel;
 * `__cakStory.finished()` resolves with them once the story has finished.
 */
function instrument() {
  localStorage.clear();
  sessionStorage.clear();
  const record = { errors: [], finished: undefined };
  let resolve;
  const finished = new Promise((done) => (resolve = done));
  const message = (error) =>
    String(
      typeof error === 'string' ? error : `${error?.name ?? 'Error'}: ${error?.message ?? error}`,
    )
      // Testing Library appends the whole DOM: the first lines say what failed.
      .split('\n')
      .slice(0, 3)
      .join(' ')
      .slice(0, 300);
  let channel;
  Object.defineProperty(window, '__cakStory', {
    value: { finished: () => finished.then(() => record) },
  });
  Object.defineProperty(window, '__STORYBOOK_ADDONS_CHANNEL__', {
    configurable: true,
    get: () => channel,
    set(value) {
      channel = value;
      if (!value || value.__cakListening) return;
      value.__cakListening = true;
      value.on('playFunctionThrewException', (error) =>
        record.errors.push(`play function threw ${message(error)}`),
      );
      value.on('storyThrewException', (error) =>
        record.errors.push(`render threw ${message(error)}`),
      );
      value.on('storyErrored', ({ title, description }) =>
        record.errors.push(`story errored: ${message(`${title}: ${description}`)}`),
      );
      value.on('storyMissing', () => {
        record.errors.push('story missing');
        resolve();
      });
      value.on('unhandledErrorsWhilePlaying', (errors) =>
        record.errors.push(`unhandled errors while playing: ${errors.map(message).join('; ')}`),
      );
      value.on('storyFinished', ({ status }) => {
        record.finished = status;
        resolve();
      });
    },
  });
}

/**
 * In the page, once the story has finished: its languages, and its text in `language` — every
 * text node and accessible-text attribute inside the shadow roots of the elements whose `lang`
 * resolves to `language` (a story may put an element in another language on purpose).
 */
function readLanguage(language) {
  const rootElement = document.getElementById('storybook-root');
  const langOf = (node) => {
    for (let at = node; at; at = at.parentNode ?? at.host) {
      if (at.nodeType === Node.ELEMENT_NODE && at.hasAttribute('lang'))
        return at.getAttribute('lang');
    }
    return document.documentElement.lang;
  };
  const ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'title', 'alt'];
  const texts = [];
  let elements = 0;
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) texts.push(child.data);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        for (const name of ATTRIBUTES) {
          const value = child.getAttribute(name);
          if (value) texts.push(`\n${value}\n`);
        }
        if (child.shadowRoot) walk(child.shadowRoot);
        walk(child);
      }
    }
  };
  const hosts = [];
  const findHosts = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.shadowRoot && element.localName.includes('-')) hosts.push(element);
      if (element.shadowRoot) findHosts(element.shadowRoot);
    }
  };
  if (rootElement) findHosts(rootElement);
  // Top-level hosts only (a nested element's text is read with its host's).
  for (const host of hosts) {
    if (langOf(host) !== language) continue;
    let nested = false;
    for (let at = host.parentNode; at; at = at.parentNode ?? at.host) {
      if (at.host && hosts.includes(at.host)) nested = true;
    }
    if (nested) continue;
    elements += 1;
    walk(host.shadowRoot);
  }
  return {
    html: document.documentElement.lang,
    wrapper: rootElement?.querySelector('div[lang]')?.getAttribute('lang') ?? null,
    hidden: rootElement ? getComputedStyle(rootElement).display === 'none' : true,
    elements,
    text: texts
      .join('')
      .replace(/[ \t\r\f\v\u00a0]+/g, ' ')
      .replace(/ ?\n ?/g, '\n'),
  };
}

/** In the page: axe as the a11y addon runs it, with `tags`. */
async function runAxe(tags) {
  const results = await window.axe.run(
    {
      include: [document.body],
      exclude: [['.sb-wrapper'], ['#storybook-docs'], ['#storybook-highlights-root']],
    },
    {
      runOnly: { type: 'tag', values: tags },
      rules: { region: { enabled: false } },
      resultTypes: ['violations'],
    },
  );
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes.map((node) => ({
      target: node.target.map((part) => (Array.isArray(part) ? part.join(' >>> ') : part)),
      summary: node.failureSummary,
    })),
  }));
}

// --- the run -------------------------------------------------------------------------------------

/**
 * Runs one story in one language on `page`; its problems, each one line (or a few). Each story
 * gets a document of its own, with the language and without the a11y addon's own axe run (this
 * test runs axe): stories that leave a request pending (a host that never answers holds the
 * service's or the order's lock) would change what the next story of the same document shows.
 */
async function check(page, origin, story, language, own) {
  const problems = [];
  const globals = `lang:${language};a11y.manual:!true`;
  await page.goto(
    `${origin}/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`,
    { waitUntil: 'load' },
  );
  const run = page.evaluate(() => window.__cakStory.finished());
  let timer;
  const outcome = await Promise.race([
    run,
    new Promise((resolve) => {
      timer = setTimeout(() => resolve(undefined), STORY_TIMEOUT_MS);
    }),
  ]);
  clearTimeout(timer);
  if (!outcome) return [`did not finish in ${STORY_TIMEOUT_MS / 1000} s`];
  problems.push(...outcome.errors);

  const seen = await page.evaluate(readLanguage, language);
  if (seen.html !== language) problems.push(`<html lang="${seen.html}">, not ${language}`);
  if (seen.wrapper !== language) problems.push(`the story's <div lang="${seen.wrapper}">`);
  if (seen.hidden) problems.push('the story is not shown (Storybook shows an error instead)');
  if (language !== 'it' && seen.elements > 0) {
    const text = clean(seen.text);
    // An element that shows no text (an <env-picker trigger="none"> before open()) is in no
    // language; any text it shows must be the language's.
    if (text !== '' && !own[language].some((phrase) => text.includes(phrase)))
      problems.push(`no ${language} text in the elements (Italian?): “${text.slice(0, 160)}…”`);
  }

  await page.addScriptTag({ url: `${origin}${AXE_PATH}` });
  const violations = await page.evaluate(runAxe, AXE_TAGS);
  for (const violation of violations)
    for (const node of violation.nodes)
      problems.push(
        `axe ${violation.id} (${violation.impact}): ${violation.help}\n` +
          `      at ${node.target.join(', ')}\n      ${node.summary?.replace(/\n/g, '\n      ')}`,
      );
  return problems;
}

ensureBuilt();
const index = JSON.parse(await readFile(join(output, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
/** The stories by file, in the index's order. */
const files = new Map();
for (const story of stories) {
  const file = story.importPath.replace(/^.*\//, '');
  files.set(file, [...(files.get(file) ?? []), story]);
}

describe('every story, in every language, has 0 axe violations', () => {
  let server;
  let browser;
  let origin;
  let own;
  let started;
  /** Pages ready for a story. */
  const idle = [];

  before(async () => {
    started = performance.now();
    own = await ownTexts();
    server = await serve(output);
    origin = `http://127.0.0.1:${server.address().port}`;
    const executablePath = findBrowsers().chromium;
    assert.ok(executablePath, 'Chromium (apt-get install chromium)');
    const { default: puppeteer } = await import('puppeteer-core');
    browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
    // Each page in a browser context of its own: the elements coordinate payments and changes
    // across the tabs of an origin (localStorage, Web Locks, BroadcastChannel), so two pages of
    // one context would see each other's stories.
    for (let i = 0; i < PAGES; i += 1) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width: 1024, height: 768 });
      await page.evaluateOnNewDocument(instrument);
      idle.push(page);
    }
  });

  after(async () => {
    await browser?.close();
    server?.close();
    const seconds = ((performance.now() - started) / 1000).toFixed(0);
    console.error(
      `${stories.length} stories × ${languages.length} languages checked in ${seconds} s`,
    );
  });

  for (const language of languages) {
    for (const [file, fileStories] of files) {
      it(`${file} in ${language}: ${fileStories.length} stories`, async () => {
        const queue = [...fileStories];
        const problems = [];
        await Promise.all(
          idle.map(async (page) => {
            for (let story = queue.shift(); story; story = queue.shift()) {
              const found = await check(page, origin, story, language, own).catch((error) => [
                `the check failed: ${error.message}`,
              ]);
              for (const problem of found) problems.push(`${story.id} [${language}]: ${problem}`);
            }
          }),
        );
        assert.deepEqual(problems, [], `\n${problems.join('\n')}\n`);
      });
    }
  }
});
