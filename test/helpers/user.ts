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
