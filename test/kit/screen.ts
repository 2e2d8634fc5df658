/**
 * Reading the page as a person does: the text they see, the text a screen reader says, the
 * live regions speaking now.
 */

/** Normalised text of a node, as a person reads it. */
export function text(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Text with the no-break spaces Intl puts around currency symbols turned into plain spaces. */
export function plain(value: string): string {
  return value.replace(/[\u00a0\u202f]/g, ' ');
}

/** The text on screen: what is only for screen readers (`.visually-hidden`) left out. */
export function visibleText(node: Element | null | undefined): string {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.replaceWith(' '));
  return text(copy);
}

/** Rendered text only (what CSS hides with `display: none` is left out), normalised. */
export function renderedText(node: HTMLElement): string {
  return getComputedStyle(node).display === 'none'
    ? ''
    : plain(node.innerText.replace(/\s+/g, ' ').trim());
}

/** The text a screen reader says: `aria-hidden` decorations (logos, monograms) left out. */
export function spoken(node: Element | null | undefined): string {
  const copy = node?.cloneNode(true) as Element | undefined;
  copy?.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return text(copy);
}

/** The accessible name as a screen reader computes it here: `aria-label`, else the text. */
export function accessibleName(node: Element | null | undefined): string {
  return node?.getAttribute('aria-label') ?? text(node);
}

/** A definition list as `[term, value]` pairs, normalised. */
export function pairs(list: Element | null | undefined): Array<[string, string]> {
  const terms = [...(list?.querySelectorAll('dt') ?? [])];
  return terms.map((dt) => [plain(text(dt)), plain(text(dt.nextElementSibling))]);
}

/**
 * Every live region under `root` that says something now, in every shadow root (the page behind
 * a modal dialog is inert: it says nothing).
 */
export function speaking(root: Element): string[] {
  const roots: Array<ShadowRoot | Element> = [root];
  const found: string[] = [];
  while (roots.length) {
    const next = roots.pop()!;
    for (const node of next.querySelectorAll('*')) {
      if (node.shadowRoot) roots.push(node.shadowRoot);
      const live = node.getAttribute('aria-live') ?? '';
      const role = node.getAttribute('role') ?? '';
      if (
        (['polite', 'assertive'].includes(live) || ['status', 'alert'].includes(role)) &&
        text(node)
      )
        found.push(text(node));
    }
  }
  return found;
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
