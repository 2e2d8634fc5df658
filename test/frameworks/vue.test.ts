/**
 * A Vue 3 host: its template compiled in the browser with the README's settings (`isKitTag`,
 * `.prop`), the element gets its data and `@product-join` receives the kit's event.
 */
import { expect } from '@open-wc/testing';
import { createApp, type App } from 'vue';
import '../../src/elements/product-card/define.js';
import type { ProductJoinEvent } from '../../src/events/product-join-event.js';
import type { Product } from '../../src/model/product.js';
import { text } from '../kit/screen.js';
import { click } from '../kit/user.js';

const available: Product = { id: 'send', name: 'SEND', status: 'available', canManage: false };

/** customer-area-kit/vue, generated into dist/ from the manifest by `npm run build`. */
const kitVue = '../../dist/vue.js';
const { isKitTag } = (await import(kitVue)) as { isKitTag: (tag: string) => boolean };

describe('Vue 3 host', () => {
  let container: HTMLElement;
  let app: App;

  beforeEach(() => {
    container = document.createElement('div');
    document.body.append(container);
  });
  afterEach(() => {
    app.unmount();
    container.remove();
  });

  it('renders <product-card> with .prop data and hands Aderisci to @product-join', async () => {
    const joins: ProductJoinEvent[] = [];
    app = createApp({
      template: `<product-card lang="it" :product.prop="product" @product-join="join" />`,
      setup: () => ({ product: available, join: (event: ProductJoinEvent) => joins.push(event) }),
    });
    app.config.compilerOptions.isCustomElement = isKitTag;
    app.mount(container);
    const card = container.querySelector('product-card')!;
    await card.updateComplete;
    expect(text(card.shadowRoot!.querySelector('[part="name"]'))).to.equal('SEND');
    await click(card.shadowRoot!.querySelector('[part="join"]')!);
    expect(joins).to.have.length(1);
    expect(joins[0]!.detail.product.id).to.equal('send');
  });
});
