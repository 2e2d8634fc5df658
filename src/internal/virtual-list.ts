import {
  noChange,
  type ElementPart,
  type ReactiveController,
  type ReactiveControllerHost,
} from 'lit';
import { Directive, directive } from 'lit/directive.js';

/** Rows rendered beyond each edge of the visible part of the list. */
const OVERSCAN = 3;
/** Row height assumed before any row was measured, in px. */
const FIRST_GUESS = 56;
/** Viewport height assumed before the list was measured, in px. */
const FIRST_VIEWPORT = 384;

/**
 * A virtual list whose rows are laid out by the browser, in flow, between two spacers that
 * stand for the rows not rendered. Rows grow with their content: their heights
 * are measured after every render, and the average of the rendered rows stands for the others.
 * Scrolling keeps the row at the top of the view where it is (its measured position, not an
 * estimate), so rows of different heights never make the list jump.
 *
 * Everything happens inside the task that changed the list (a keystroke, a scroll event): the
 * render, the measurements and their corrections land in the next frame painted, never in a
 * later one, and the cost does not grow with the number of rows.
 *
 * The host renders `window(count)` in a scroller with `position: relative`: a spacer `before` px
 * high (`<div ${blockSize(before)}>`), the rows `first`…`end - 1` (each with `data-index`), a
 * spacer `after` px high; and wires `onScroll` to the scroller's `scroll` event.
 */
export class VirtualList implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #scroller: () => HTMLElement | null;
  #count = 0;
  #first = 0;
  #end = 0;
  #before = 0;
  /** Average height of the rendered rows, in px. */
  #rowHeight = FIRST_GUESS;
  #viewport = FIRST_VIEWPORT;
  /** A row whose top must stay where it was measured before the range changed. */
  #anchor: { index: number; top: number } | undefined;
  /**
   * A row kept in view (the keyboard's active row) while estimates are corrected, until the
   * user scrolls by hand or another row is revealed.
   */
  #target: number | undefined;
  /** Corrections within one frame: a guard against loops. */
  #corrections = 0;

  constructor(host: ReactiveControllerHost, scroller: () => HTMLElement | null) {
    this.#host = host;
    this.#scroller = scroller;
    host.addController(this);
  }

  /** The rows to render for a list of `count` rows, and the heights standing for the others. */
  window(count: number): { first: number; end: number; before: number; after: number } {
    if (count !== this.#count) {
      this.#count = count;
      this.#end = Math.min(this.#end, count);
      this.#first = Math.min(this.#first, this.#end);
    }
    const after = Math.max(0, (count - this.#end) * this.#rowHeight);
    return { first: this.#first, end: this.#end, before: this.#before, after };
  }

  /** Back to the top, for a new list of `count` rows. The host resets the scroll position. */
  reset(count: number): void {
    this.#target = undefined;
    this.#count = count;
    this.#first = 0;
    this.#before = 0;
    this.#end = this.#rowsToFill();
    this.#anchor = undefined;
    this.#target = undefined;
  }

  /** Brings row `index` into view and keeps it there, rendering it first when needed. */
  reveal(index: number): void {
    this.#target = index;
    const scroller = this.#scroller();
    if (!scroller) return;
    if (this.#show(scroller, index)) return;
    // Far away: render the rows around it where the estimate puts them; it is shown once
    // rendered (see #settle).
    this.#anchor = undefined;
    this.#first = Math.max(0, index - OVERSCAN);
    this.#end = Math.min(this.#count, index + this.#rowsToFill());
    this.#before = this.#first * this.#rowHeight;
    scroller.scrollTop = index * this.#rowHeight;
    this.#host.requestUpdate();
  }

  /** Scrolls so that rendered row `index` is wholly in view; false when it is not rendered. */
  #show(scroller: HTMLElement, index: number): boolean {
    const row = this.#row(scroller, index);
    if (!row) return false;
    const top = row.offsetTop;
    const bottom = top + row.offsetHeight;
    if (top < scroller.scrollTop) scroller.scrollTop = top;
    else if (bottom > scroller.scrollTop + scroller.clientHeight) {
      scroller.scrollTop = Math.min(top, bottom - scroller.clientHeight);
    }
    return true;
  }

  /** The user scrolls by hand: no row is kept in view any more. */
  release = (): void => {
    this.#target = undefined;
  };

  hostUpdated(): void {
    const scroller = this.#scroller();
    if (!scroller || scroller.clientHeight === 0) {
      this.#corrections = 0;
      return;
    }
    if (this.#corrections++ === 0) requestAnimationFrame(() => (this.#corrections = 0));
    // Still moving after this many corrections in one frame: the next scroll event goes on.
    if (this.#corrections > 12) return;
    this.#settle(scroller);
  }

  onScroll = (): void => {
    const scroller = this.#scroller();
    if (scroller) this.#sync(scroller);
  };

  /** Corrects what the last render got from estimates; true when it asked for another render. */
  #settle(scroller: HTMLElement): boolean {
    this.#viewport = scroller.clientHeight;
    const rows = this.#rows(scroller);
    if (rows.length > 0) {
      const top = (rows[0] as HTMLElement).offsetTop;
      const last = rows.at(-1) as HTMLElement;
      this.#rowHeight = Math.max(1, (last.offsetTop + last.offsetHeight - top) / rows.length);
    }
    const anchor = this.#anchor;
    this.#anchor = undefined;
    if (anchor) {
      const row = this.#row(scroller, anchor.index);
      const shift = row ? row.offsetTop - anchor.top : 0;
      if (Math.abs(shift) >= 1) {
        this.#before = Math.max(0, this.#before - shift);
        this.#host.requestUpdate();
        return true;
      }
    }
    // The first row starts the list: no padding above it, wherever the estimates put it.
    if ((this.#first === 0 && this.#before !== 0) || this.#before < 0) {
      scroller.scrollTop -= this.#before;
      this.#before = 0;
      this.#host.requestUpdate();
      return true;
    }
    if (this.#target !== undefined) this.#show(scroller, this.#target);
    return this.#sync(scroller);
  }

  /** Renders the rows the scroll position needs; true when the range changed. */
  #sync(scroller: HTMLElement): boolean {
    const count = this.#count;
    const scrollTop = scroller.scrollTop;
    const viewport = scroller.clientHeight;
    if (viewport === 0) return false;
    const rows = this.#rows(scroller);
    let anchor: number;
    let anchorTop: number | undefined;
    const first = rows[0];
    const last = rows.at(-1);
    if (
      first &&
      last &&
      first.offsetTop <= scrollTop + viewport &&
      last.offsetTop + last.offsetHeight >= scrollTop
    ) {
      // The view overlaps the rendered rows: the row at its top stays where it is.
      const row = rows.find((r) => r.offsetTop + r.offsetHeight > scrollTop) ?? last;
      anchor = Number(row.dataset.index);
      anchorTop = row.offsetTop;
    } else {
      // A jump (scrollbar dragged, End pressed): estimate which row is there.
      anchor = Math.min(Math.max(0, count - 1), Math.floor(scrollTop / this.#rowHeight));
    }
    const start = Math.max(0, anchor - OVERSCAN);
    const end = Math.min(count, anchor + Math.ceil(viewport / this.#rowHeight) + 1 + OVERSCAN);
    if (start === this.#first && end === this.#end) return false;
    if (anchorTop === undefined) {
      this.#before = start * this.#rowHeight;
    } else {
      // Rows above the anchor: measured when rendered, estimated when not.
      let above = 0;
      for (let index = start; index < anchor; index++) {
        above += this.#row(scroller, index)?.offsetHeight ?? this.#rowHeight;
      }
      this.#before = anchorTop - above;
      this.#anchor = { index: anchor, top: anchorTop };
    }
    this.#first = start;
    this.#end = end;
    this.#host.requestUpdate();
    return true;
  }

  /** From the top of the view: what `#sync` renders, so that it finds nothing to change. */
  #rowsToFill(): number {
    return Math.min(this.#count, Math.ceil(this.#viewport / this.#rowHeight) + 1 + OVERSCAN);
  }

  #rows(scroller: HTMLElement): HTMLElement[] {
    return [...scroller.children].filter(
      (child): child is HTMLElement => child instanceof HTMLElement && 'index' in child.dataset,
    );
  }

  #row(scroller: HTMLElement, index: number): HTMLElement | null {
    const rows = this.#rows(scroller);
    const first = rows[0];
    if (!first) return null;
    return rows[index - Number(first.dataset.index)] ?? null;
  }
}

/**
 * `<div ${blockSize(px)}>`: the element's height, set through the CSSOM (`element.style`). A
 * `style` attribute (a binding, or `styleMap`'s first render) is refused under a strict Content
 * Security Policy (`style-src-attr` without `'unsafe-inline'`); the CSSOM is not.
 */
export const blockSize = directive(
  class extends Directive {
    render(_px: number): unknown {
      return noChange;
    }

    override update(part: ElementPart, [px]: [number]): unknown {
      (part.element as HTMLElement).style.blockSize = `${px}px`;
      return noChange;
    }
  },
);
