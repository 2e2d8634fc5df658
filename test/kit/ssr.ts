/**
 * Elements rendered as a server renders them (Lit SSR, declarative shadow DOM), then hydrated as
 * a page's script hydrates them — beside the same elements rendered in the browser, so that a
 * test can run once each way (`renderings`), as Web Awesome's do.
 *
 * Import this module before the kit: Lit's hydration support must load before `LitElement`.
 */
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { ssrNonHydratedFixture } from '@lit-labs/testing/fixtures.js';
import { fixture } from '@open-wc/testing';
import type { TemplateResult } from 'lit';

type Updating = HTMLElement & { updateComplete?: Promise<unknown> };

/**
 * `template` rendered on the server (web-test-runner's Lit SSR plugin renders it in Node, with
 * the kit's sources), in the page and not hydrated: what a customer sees before the page's
 * script has run, or with JavaScript off.
 */
export function serverRendered<T extends HTMLElement>(template: TemplateResult): Promise<T> {
  return ssrNonHydratedFixture<T>(template, {
    modules: ['../../src/all.ts', './ssr-languages.ts'],
    base: import.meta.url,
  });
}

/**
 * Hydrates a `serverRendered` element as a host page does: the page's template (its data bound
 * as properties) over the server's nodes, then the element comes alive. Resolves once it and
 * the kit elements in its shadow root have updated.
 */
export async function hydrated(element: HTMLElement, template: TemplateResult): Promise<void> {
  hydrate(template, element.parentElement!);
  element.removeAttribute('defer-hydration');
  await settled(element);
}

/** Resolves once `element` and the kit elements in its shadow root have updated, and painted. */
export async function settled(element: HTMLElement): Promise<void> {
  await (element as Updating).updateComplete;
  const nested = [...(element.shadowRoot?.querySelectorAll('*') ?? [])].filter((child) =>
    child.localName.includes('-'),
  );
  await Promise.all(nested.map((child) => (child as Updating).updateComplete));
  await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** The two ways a page gets an element: a test runs once with each. */
export const renderings: Record<
  string,
  <T extends HTMLElement>(template: TemplateResult) => Promise<T>
> = {
  'rendered in the browser': async <T extends HTMLElement>(template: TemplateResult) => {
    const element = await fixture<T>(template);
    await settled(element);
    return element;
  },
  'server-rendered, then hydrated': async <T extends HTMLElement>(template: TemplateResult) => {
    const element = await serverRendered<T>(template);
    await hydrated(element, template);
    return element;
  },
};
