import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';

/** Clicks the centre of an element with the real mouse (it may sit inside a shadow root or an iframe). */
export async function click(element: Element): Promise<void> {
  // A person scrolls to what they click: so does the mouse here (tall dialogs, long pages).
  element.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = element.getBoundingClientRect();
  let { left, top } = rect;
  const { width, height } = rect;
  // Elements of a same-origin iframe: add the iframe's own offset in the top page.
  let view: Window | null = element.ownerDocument.defaultView;
  while (view && view !== window && view.frameElement) {
    const frame = view.frameElement.getBoundingClientRect();
    left += frame.left;
    top += frame.top;
    view = view.parent;
  }
  await sendMouse({
    type: 'click',
    position: [Math.round(left + width / 2), Math.round(top + height / 2)],
  });
  await resetMouse();
}

/** Presses one key (`Enter`, `Escape`, `ArrowDown`, `Tab`, `Shift+Tab`, ` `...). */
export async function press(key: string): Promise<void> {
  await sendKeys({ press: key });
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** Replaces `console[method]` for the duration of a test and records its calls. */
export function captureConsole(method: 'error' | 'warn'): { calls: unknown[][]; restore(): void } {
  const original = console[method];
  const calls: unknown[][] = [];
  console[method] = (...args: unknown[]) => {
    calls.push(args);
  };
  return {
    calls,
    restore() {
      console[method] = original;
    },
  };
}

/** Resolves after the next animation frame (layout and pending renders done). */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/** Normalised text of a node, as a person reads it. */
export function text(node: Element | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Resolves once `condition()` holds, checking it after every animation frame. It has no
 * deadline of its own (open-wc's `waitUntil` gives up after one second, which a busy machine
 * can exceed): a condition that never comes is reported by the test runner's timeout.
 */
export async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await nextFrame();
}

/**
 * Resolves once the browser has given up on loading `src` as an image: by then, an image with
 * that `src` injected into the page earlier (hostile markup) would have fired its `error` too.
 */
export function imageErrorSeen(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.addEventListener('error', () => resolve(), { once: true });
    image.addEventListener('load', () => reject(new Error(`${src} loaded`)), { once: true });
    image.src = src;
  });
}

/**
 * Resolves once nothing in `root` (its subtree, attributes and text included) has changed for
 * two animation frames: a virtualised list that lays out over a few frames (resize observer,
 * then render) has then rendered what it will. It counts changes, not milliseconds.
 */
export async function domSettled(root: Node): Promise<void> {
  let changed = true;
  const observer = new MutationObserver(() => (changed = true));
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  try {
    while (changed) {
      changed = false;
      await nextFrame();
      await nextFrame();
    }
  } finally {
    observer.disconnect();
  }
}

/**
 * Presses a chord (`Alt+ArrowDown`, `Shift+Tab`) in every engine: puppeteer wants the modifier
 * held with `down` / `up`, the WebKit launcher takes the chord itself.
 */
export async function chord(keys: string): Promise<void> {
  const parts = keys.split('+');
  const key = parts.pop()!;
  const webkit =
    /AppleWebKit/.test(navigator.userAgent) && !/Chrome|Firefox/.test(navigator.userAgent);
  if (webkit) {
    await sendKeys({ press: keys });
    return;
  }
  for (const modifier of parts) await sendKeys({ down: modifier });
  await sendKeys({ press: key });
  for (const modifier of parts.reverse()) await sendKeys({ up: modifier });
}

/**
 * A node as a person would name it in a bug report: `button[part=cancel] "Annulla"`. Compare
 * these rather than the nodes: a failed assertion on DOM nodes cannot be sent back from the
 * browser (it ends the test page), a failed one on strings says what had the focus.
 */
export function describeNode(node: Element | null | undefined): string {
  if (!node) return 'nothing';
  const part = node.getAttribute('part');
  return `${node.localName}${part ? `[part=${part}]` : ''} "${text(node).slice(0, 60)}"`;
}

/** The focused element, described (see `describeNode`). */
export function focused(): string {
  return describeNode(deepActiveElement());
}
