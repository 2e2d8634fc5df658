// The demo's Area Clienti orders page rendered on the server, as a host's server would: the
// orders table with each <order-pay-button> in declarative shadow DOM (Lit SSR), so that the
// page shows every order's status and Paga before its script runs, or with JavaScript off. The
// page then loads a kit bundle with Lit's hydration support, and the buttons come alive where
// they are (demo/area-clienti.js keeps the rows).
//
// The kit's TypeScript sources run as they are (scripts/ts-loader.mjs): no build first.
import { readFile } from 'node:fs/promises';
import './ts-loader.mjs';

const [{ render }, { collectResult }, { html }, { texts }, demo] = await Promise.all([
  import('@lit-labs/ssr'),
  import('@lit-labs/ssr/lib/render-result.js'),
  import('lit'),
  import('../demo/area-clienti-texts.js'),
  import('../demo/orders.js'),
]);
await import('../src/all.ts');
// On a server an element renders at once, with the strings it has: load the languages first.
const { loadLanguages } = await import('../src/internal/localize.ts');
await loadLanguages(['en', 'de', 'fr', 'sl']);

const PAGE = new URL('../demo/area-clienti.html', import.meta.url);
const EMPTY_TABLE = '<tbody id="orders" role="rowgroup"></tbody>';
const KIT_SCRIPT = '<script type="module" src="/dist/cdn/customer-area-kit.js"></script>';

/** The page's rows, in Italian (the page's language), as area-clienti.js builds them. */
function rows(paypal) {
  const t = (key) => texts.it[key];
  const attributes = demo.payAttributes(paypal);
  return html`${demo.orders.map((order) => {
    const words = demo.orderRow(order, t, 'it');
    return html`<tr role="row" data-order=${order.id}>
      <th scope="row" role="rowheader" data-label=${t('colNumber')}>${words.number}</th>
      <td role="cell" data-label=${t('colProduct')}>${words.product}</td>
      <td role="cell" data-label=${t('colDate')}>${words.date}</td>
      <td role="cell" data-label=${t('colTotal')} class="num">${words.total}</td>
      <td role="cell" data-label=${t('colStatus')} class="state" data-status=${order.status}>
        <span>${words.status}</span>
      </td>
      <td role="cell" data-label=${t('colPayment')}>
        <order-pay-button
          order=${JSON.stringify(order)}
          methods=${JSON.stringify(demo.payMethods(t))}
          renewal-info-href=${attributes['renewal-info-href']}
          request-timeout=${attributes['request-timeout']}
          paypal-client-id=${attributes['paypal-client-id']}
          paypal-environment=${attributes['paypal-environment']}
        ></order-pay-button>
      </td>
    </tr>`;
  })}`;
}

/**
 * The page's HTML with its orders rendered. `kitScript`: the kit bundle to load instead of
 * dist/cdn/customer-area-kit.js (one with Lit's hydration support), or undefined to keep it
 * (the elements then render again over the server's content).
 *
 * @param {{ paypal: { clientId?: string, environment?: string }, kitScript?: string }} options
 */
export async function renderAreaClienti({ paypal, kitScript }) {
  const page = await readFile(PAGE, 'utf8');
  if (!page.includes(EMPTY_TABLE) || !page.includes(KIT_SCRIPT))
    throw new Error('demo/area-clienti.html: the orders table or the kit script has changed');
  const table = await collectResult(render(rows(paypal)));
  return page
    .replace(
      EMPTY_TABLE,
      `<tbody id="orders" role="rowgroup" data-server-rendered>${table}</tbody>`,
    )
    .replace(
      KIT_SCRIPT,
      kitScript ? `<script type="module" src="${kitScript}"></script>` : KIT_SCRIPT,
    );
}
