/** Driving a `<paypal-account-select>` as a customer does, alone or in a host's form. */
import './languages.js';
import { until } from './wait.js';
import { fixture, html } from '@open-wc/testing';
import '../../src/elements/paypal-account-select/define.js';
import type { PayPalAccountSelect } from '../../src/elements/paypal-account-select/paypal-account-select.js';
import { accounts } from './fixtures.js';
import { press } from './user.js';

/** A `<paypal-account-select>` over `list` (the customer's accounts). */
export function select(
  list: unknown = accounts(),
  attrs: { lang?: string; order?: unknown; value?: string } = {},
): Promise<PayPalAccountSelect> {
  return fixture<PayPalAccountSelect>(
    html`<paypal-account-select
      lang=${attrs.lang ?? 'it'}
      .accounts=${list}
      .order=${attrs.order}
      .value=${attrs.value ?? ''}
    ></paypal-account-select>`,
  );
}

/** The element inside a host's `<form>`, in a `<fieldset>`, with a submit button. */
export async function inForm(attrs: { required?: boolean; value?: string } = {}) {
  const form = await fixture<HTMLFormElement>(
    html`<form>
      <fieldset>
        <paypal-account-select
          name="account"
          lang="it"
          ?required=${attrs.required ?? false}
          .accounts=${accounts()}
          .value=${attrs.value ?? ''}
        ></paypal-account-select>
      </fieldset>
      <button>Prosegui</button>
    </form>`,
  );
  const el = form.querySelector('paypal-account-select')!;
  await el.updateComplete;
  return { form, el, fieldset: form.querySelector('fieldset')! };
}

/** The parts the customer sees and uses. */
export function parts(el: PayPalAccountSelect) {
  const root = el.shadowRoot!;
  return {
    label: root.querySelector<HTMLElement>('[part="label"]'),
    select: root.querySelector<HTMLSelectElement>('select'),
    options: [...root.querySelectorAll<HTMLOptionElement>('option')],
    note: root.querySelector<HTMLElement>('[part="new-account-note"]'),
    renewal: root.querySelector<HTMLElement>('[part="renewal"]'),
    errors: [...root.querySelectorAll<HTMLElement>('[part="error"]')],
    link: root.querySelector<HTMLAnchorElement>('[part="renewal"] a'),
  };
}

/** Every `input` and `change` the host receives, as `type:target` (`change:paypal-account-select`). */
export function formEvents(el: HTMLElement): string[] {
  const events: string[] = [];
  el.addEventListener('input', (e) => events.push(`input:${(e.target as Element).localName}`));
  el.addEventListener('change', (e) => events.push(`change:${(e.target as Element).localName}`));
  return events;
}

/** Moves the choice down one option with the keyboard, as a customer does. */
export async function arrowDown(el: PayPalAccountSelect): Promise<void> {
  const select = parts(el).select!;
  select.focus();
  const before = select.selectedIndex;
  await press('ArrowDown');
  // WebDriver (WebKit) may answer before the page has handled the key: wait for the choice.
  await until(
    () => select.selectedIndex !== before || before === select.options.length - 1,
    'the next choice',
  );
  await el.updateComplete;
}
