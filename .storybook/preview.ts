/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { configure } from 'storybook/test';
import '../src/all.js';
import { locales, toLanguage, type Language } from '../src/internal/languages.js';
import { loadLanguages } from '../src/internal/localize.js';

/** Each language as the toolbar names it, in that language. */
const NAMES: Record<Language, string> = {
  it: 'Italiano',
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  sl: 'Slovenščina',
};

/** The toolbar's language (`globals.lang`); Italian when unset or unknown. */
const languageOf = (globals: Record<string, unknown>): Language =>
  toLanguage(typeof globals['lang'] === 'string' ? globals['lang'] : 'it');

/** Docs-table categories made by Storybook from custom-elements.json that take no control. */
const DOCUMENTATION_ONLY = new Set([
  'css shadow parts',
  'css custom properties',
  'events',
  'slots',
]);

interface ManifestDeclaration {
  kind: string;
  name: string;
  members?: { name: string; privacy?: string; static?: boolean }[];
  attributes?: { name: string; fieldName?: string }[];
  cssParts?: { name: string }[];
}
interface Manifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/**
 * Adapts the manifest for Storybook's docs:
 * - private, protected and static members are not an element's host API: leave them, and
 *   the attributes the analyzer derives from them (it reports Lit's `state: true` properties
 *   as attributes), out of the docs tables and controls;
 * - Storybook keys every row by name, so a part named like an attribute would replace it:
 *   name parts as hosts write them, `::part(button)`.
 */
function forStorybook(manifest: Manifest): Manifest {
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind !== 'class') continue;
      const internal = new Set(
        (declaration.members ?? [])
          .filter((m) => m.static || m.privacy === 'private' || m.privacy === 'protected')
          .map((member) => member.name),
      );
      declaration.members = declaration.members?.filter((member) => !internal.has(member.name));
      declaration.attributes = declaration.attributes?.filter(
        (attribute) => !internal.has(attribute.fieldName ?? attribute.name),
      );
      for (const part of declaration.cssParts ?? []) {
        if (!part.name.startsWith('::part(')) part.name = `::part(${part.name})`;
      }
    }
  }
  return manifest;
}

// custom-elements.json is generated (`npm run analyze`, run by build-storybook) and not
// committed: without it the stories still work, only the docs tables and controls are empty.
const manifests = import.meta.glob<Manifest>('../custom-elements.json', {
  eager: true,
  import: 'default',
});
const manifest = manifests['../custom-elements.json'];
if (manifest) {
  setCustomElementsManifest(forStorybook(manifest));
} else {
  console.warn('custom-elements.json not found: run `npm run analyze` for docs and controls.');
}

// The stories' hosts answer after 300–600 ms, and a dialog's state then renders: Testing
// Library's default 1 s for `waitFor` is too short on a busy machine (the stories' axe check,
// test/node/stories-axe.test.mjs, runs them two at a time).
configure({ asyncUtilTimeout: 5000 });

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes: {
    lang: {
      description: 'Language of the elements (sets <html lang>)',
      toolbar: {
        title: 'Lingua',
        icon: 'globe',
        items: (Object.keys(locales) as Language[]).map((language) => ({
          value: language,
          right: language,
          title: NAMES[language],
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'it' },
  // Parts, custom properties and events are documented, but a control for them would do
  // nothing (stories set properties and attributes only): no control, just the row.
  argTypesEnhancers: [
    ({ argTypes }) =>
      Object.fromEntries(
        Object.entries(argTypes).map(([name, argType]) => [
          name,
          DOCUMENTATION_ONLY.has(String(argType.table?.category))
            ? { ...argType, control: false as const }
            : argType,
        ]),
      ),
  ],
  // Every language but Italian loads on demand, and an element that waits more than
  // LANGUAGE_WAIT_MS for it shows Italian first: load the story's language before it renders,
  // so that it appears in that language at once (and play functions and axe see it).
  loaders: [
    async ({ globals }) => {
      await loadLanguages([languageOf(globals)]);
      return {};
    },
  ],
  decorators: [
    // The elements follow the nearest `lang`, else <html lang>. Storybook's iframe has
    // <html lang="en"> and its docs page wraps every story in lang="en" too: set both.
    (story, { globals }) => {
      const lang = languageOf(globals);
      document.documentElement.lang = lang;
      return html`<div lang=${lang}>${story()}</div>`;
    },
  ],
  parameters: {
    controls: { expanded: true },
    docs: { toc: true },
    a11y: {
      // Every story must pass axe (WCAG 2.1 AA is a requirement of the kit).
      test: 'error',
    },
  },
};

export default preview;
