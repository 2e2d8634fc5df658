/**
 * What a person does: the real mouse and keyboard of the browser (web-test-runner's commands),
 * never a synthetic `element.click()`.
 */
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { describeNode } from './screen.js';

/** Whether a click at the centre of `element` would land on it (or inside it, shadow roots included). */
function hitAtCentre(element: Element): boolean {
  const { left, top, width, height } = element.getBoundingClientRect();
  const x = left + width / 2;
  const y = top + height / 2;
  let hit: Element | null = element.ownerDocument.elementFromPoint(x, y);
  while (hit?.shadowRoot) {
    const inner = hit.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === hit) break;
    hit = inner;
  }
  for (let node: Node | null = hit; node;) {
    if (node === element) return true;
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return false;
}

/**
 * Clicks the centre of an element with the real mouse (it may sit inside a shadow root or a
 * same-origin iframe). A person scrolls to what they click: when the centre is off screen or
 * covered (a sticky footer, the edge of a scrolled dialog), the element is scrolled to the middle
 * of its scroll container first; an element in plain view is clicked where it is.
 */
export async function click(element: Element): Promise<void> {
  if (!hitAtCentre(element)) element.scrollIntoView({ block: 'center', inline: 'nearest' });
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

/**
 * WebKit runs over WebDriver here (scripts/webkit-launcher.mjs), which takes key presses and
 * typed text only; Chromium and Firefox run over puppeteer, which also holds keys down.
 */
const overWebDriver = !/(Chrome|Firefox)\//.test(navigator.userAgent);

/**
 * Presses a key with modifiers held (`Alt+ArrowDown`): the modifiers go down, the key is
 * pressed, the modifiers come up. Over WebDriver, the launcher presses the chord in one action.
 */
export async function pressChord(chord: string): Promise<void> {
  if (overWebDriver) return press(chord);
  const modifiers = chord.split('+');
  const key = modifiers.pop()!;
  for (const modifier of modifiers) await sendKeys({ down: modifier });
  await press(key);
  for (const modifier of modifiers.reverse()) await sendKeys({ up: modifier });
}

/** Types text into whatever has the focus, one key at a time. */
export async function type(text: string): Promise<void> {
  await sendKeys({ type: text });
}

/** The focused element, looking into shadow roots. */
export function deepActiveElement(root: Document | ShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** The focused element, named as a person would (see `describeNode`). */
export function focused(): string {
  return describeNode(deepActiveElement());
}
