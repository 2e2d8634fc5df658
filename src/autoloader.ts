/**
 * The CDN autoloader (`dist/cdn/autoloader.js`): one small script for a plain HTML page. It
 * defines each of the kit's tags the first time one appears — in the document, or in the shadow
 * root of a kit element — by importing that element's file (`<tag>.js`, next to this one) and
 * nothing else; the element files share their chunks, so Lit and the kit's base load once.
 *
 * ```html
 * <script type="module" src="https://cdn.jsdelivr.net/npm/customer-area-kit@0.1/dist/cdn/autoloader.js"></script>
 * ```
 *
 * Elements inside a shadow root of the host's own (a framework component) are not seen:
 * call `discover(root)` for that root, as with Shoelace's autoloader.
 */

/** The kit's tags: the folders of `src/elements`, written in at build time. */
declare const __CAK_TAGS__: readonly string[];

const tags: readonly string[] = __CAK_TAGS__;
const selector = tags.join();
const loads = new Map<string, Promise<void>>();
const watched = new WeakSet<Node>();

const observer = new MutationObserver((records) => {
  for (const record of records)
    for (const node of record.addedNodes) if (node instanceof Element) discover(node);
});

/** Imports `<tag>.js` once (nothing when the tag is already defined, by this kit or another). */
function define(tag: string): Promise<void> {
  let load = loads.get(tag);
  if (!load) {
    load = customElements.get(tag)
      ? Promise.resolve()
      : import(new URL(`./${tag}.js`, import.meta.url).href).then(
          () => undefined,
          (error: unknown) => {
            loads.delete(tag); // the next appearance tries again
            console.error(`customer-area-kit: <${tag}> could not be loaded.`, error);
            throw error;
          },
        );
    loads.set(tag, load);
  }
  return load.then(() => customElements.whenDefined(tag)).then(() => undefined);
}

/**
 * Defines the kit tags in `root` and below, and watches `root` (a document or a shadow root) for
 * kit tags added later, and the shadow roots of the kit elements found (where a kit element
 * renders its children). Call it for a shadow root of your own.
 */
export function discover(root: Document | ShadowRoot | Element): void {
  if (!(root instanceof Element) && !watched.has(root)) {
    watched.add(root);
    observer.observe(root, { childList: true, subtree: true });
  }
  const found = [...root.querySelectorAll(selector)];
  if (root instanceof Element && root.matches(selector)) found.unshift(root);
  for (const element of found) {
    define(element.localName).then(
      () => {
        const shadow = element.shadowRoot;
        if (shadow && !watched.has(shadow)) discover(shadow);
      },
      () => undefined,
    );
  }
}

discover(document);
