// What both demo pages share: the language switch (the page's own texts follow it, the kit's
// elements follow <html lang> on their own) and the log of the events the host page receives.
// DOM APIs and textContent only: no innerHTML, so the pages also work with Trusted Types.

import { LOCALES } from './languages.js';

const STORAGE_KEY = 'customer-area-kit-demo:lang';

/** `language` if the demo speaks it, else Italian. */
const supported = (language) => (Object.hasOwn(LOCALES, language) ? language : 'it');

/**
 * Wires the language buttons (`[data-lang]`: it, en, de, fr, sl) and the page's texts (`[data-i18n]`,
 * `[data-i18n-html]`, `[data-i18n-label]`); returns `t(key)` in the current language.
 * A text is a string, or a list of strings and `{ code }` pieces shown as <code>.
 */
export function setupLanguage(texts) {
  const currentLanguage = () => supported(document.documentElement.lang);
  const t = (key) => texts[currentLanguage()][key];

  function fill(element, text) {
    const pieces = typeof text === 'string' ? [text] : text;
    element.replaceChildren(
      ...pieces.map((piece) => {
        if (typeof piece === 'string') return document.createTextNode(piece);
        const code = document.createElement('code');
        code.textContent = piece.code;
        return code;
      }),
    );
  }

  function applyLanguage(language) {
    document.documentElement.lang = language;
    const strings = texts[language];
    document.title = strings.pageTitle;
    for (const element of document.querySelectorAll('[data-i18n]')) {
      fill(element, strings[element.dataset.i18n]);
    }
    for (const element of document.querySelectorAll('[data-i18n-html]')) {
      fill(element, strings[element.dataset.i18nHtml]);
    }
    for (const element of document.querySelectorAll('[data-i18n-label]')) {
      element.setAttribute('aria-label', strings[element.dataset.i18nLabel]);
    }
    for (const button of document.querySelectorAll('[data-lang]')) {
      button.setAttribute('aria-pressed', String(button.dataset.lang === language));
    }
  }

  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => {
      const language = supported(button.dataset.lang);
      applyLanguage(language);
      try {
        localStorage.setItem(STORAGE_KEY, language);
      } catch {
        // Remembering the language is a convenience.
      }
    });
  }

  let stored = null;
  try {
    stored = localStorage.getItem(STORAGE_KEY);
  } catch {
    // No storage: the page's own language.
  }
  if (stored && supported(stored) === stored) applyLanguage(stored);
  return { t, currentLanguage };
}

/**
 * The event log (`#log`, `#log-empty`, `#log-clear`): `addEntry(event, outcome)` shows the
 * event's name, time, what the host did and its detail as JSON, newest first.
 */
export function createEventLog(currentLanguage) {
  const log = document.getElementById('log');
  const empty = document.getElementById('log-empty');
  document.getElementById('log-clear').addEventListener('click', () => {
    log.replaceChildren();
    empty.hidden = false;
  });

  return function addEntry(event, outcome) {
    const item = document.createElement('li');
    item.className = 'log-entry';

    const head = document.createElement('p');
    head.className = 'log-meta';
    const name = document.createElement('code');
    name.className = 'log-name';
    name.textContent = event.type;
    const time = document.createElement('time');
    const now = new Date();
    time.dateTime = now.toISOString();
    time.textContent = now.toLocaleTimeString(LOCALES[currentLanguage()]);
    const result = document.createElement('span');
    result.className = event.defaultPrevented ? 'log-outcome is-prevented' : 'log-outcome';
    result.textContent = outcome;
    head.append(name, ' ', time, ' ', result);

    const detail = document.createElement('pre');
    detail.className = 'log-detail';
    detail.textContent = JSON.stringify(event.detail ?? null, null, 2);

    item.append(head, detail);
    log.prepend(item);
    empty.hidden = true;
  };
}
