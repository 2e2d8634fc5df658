/**
 * Every language has every string of every element, and every element is accessible in every
 * language (the languages are `locales`, the one list of them).
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/all.js';
import type { TemplateResult } from 'lit';
import { locales, type Language, type LoadedLanguage } from '../../src/internal/languages.js';
import { loadLanguages } from '../../src/internal/localize.js';
import { catalogues, type Terms } from '../../src/internal/terms.js';
import {
  anna,
  conservazioneService,
  enti,
  firmaOrder,
  mario,
  pagoPA,
  pecOrder,
  pecService,
  products,
  registeredChoice,
} from '../kit/fixtures.js';
import { settled } from '../kit/ssr.js';
import * as de from '../../src/translations/de.js';
import * as en from '../../src/translations/en.js';
import * as fr from '../../src/translations/fr.js';
import * as sl from '../../src/translations/sl.js';

/** Each language's catalogues as written, by name (`envPicker`). */
const written: Record<LoadedLanguage, Readonly<Record<string, unknown>>> = { en, de, fr, sl };

const languages = Object.keys(locales) as Language[];
const loaded = languages.filter((language): language is LoadedLanguage => language !== 'it');

/** What a term is: text, or a function of so many parameters. */
const shape = (terms: Readonly<Terms>) =>
  Object.fromEntries(
    Object.entries(terms).map(([key, value]) => [
      key,
      typeof value === 'function' ? `function(${value.length})` : typeof value,
    ]),
  );

describe('catalogues', () => {
  it('cover every element and the shared strings', () => {
    expect([...catalogues.keys()].sort()).to.include.members([
      'common',
      'env-picker',
      'order-pay-button',
      'order-summary',
      'party-switch',
      'paypal-account-select',
      'product-card',
      'product-switch',
      'auto-renewal-control',
      'paypal-accounts',
    ]);
  });

  for (const language of loaded) {
    // What each language says is checked in catalogues.test.ts; here, that the file each element
    // loads on demand is that language's, whole.
    it(`load every Italian key in ${language}, with the same parameters, and no other`, async () => {
      for (const [name, catalogue] of catalogues) {
        if (name.startsWith('localize-probe') || name.startsWith('slow-probe')) continue;
        const { default: translation } = await catalogue.load[language]();
        expect(shape(translation), `${name} in ${language}`).to.deep.equal(shape(catalogue.it));
        const camel = name.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
        expect(translation, `${name} in ${language}`).to.equal(written[language][camel]);
      }
    });
  }
});

/** One busy state of each element: most of its strings on screen. */
const states: Record<string, () => TemplateResult> = {
  'env-picker': () => html`<env-picker .product=${pagoPA()}></env-picker>`,
  'product-card': () =>
    html`<product-card
      .product=${{ ...pagoPA(), status: 'active', canManage: true }}
    ></product-card>`,
  'product-switch': () =>
    html`<product-switch
      .products=${products()}
      current-product-id="pagopa"
      current-environment="collaudo"
    ></product-switch>`,
  'party-switch': () =>
    html`<party-switch .parties=${enti()} current-party-id=${enti()[0]!.id}></party-switch>`,
  'paypal-account-select': () =>
    html`<paypal-account-select
      .accounts=${[mario]}
      .order=${firmaOrder()}
    ></paypal-account-select>`,
  'order-summary': () =>
    html`<order-summary .order=${pecOrder()} .payment=${registeredChoice()}></order-summary>`,
  'order-pay-button': () => html`<order-pay-button .order=${pecOrder()}></order-pay-button>`,
  'auto-renewal-control': () =>
    html`<auto-renewal-control
      .service=${pecService()}
      .accounts=${[mario, anna]}
    ></auto-renewal-control>`,
  'paypal-accounts': () =>
    html`<paypal-accounts
      .accounts=${[mario, anna]}
      .services=${[pecService(), conservazioneService()]}
    ></paypal-accounts>`,
};

describe('every element in every language', () => {
  // Loaded first: each element then renders in its language at once, however slow the machine.
  before(() => loadLanguages(languages));

  for (const language of languages) {
    for (const [tag, state] of Object.entries(states)) {
      it(`<${tag}> is accessible in ${language}`, async () => {
        const wrapper = await fixture(html`<div lang=${language}>${state()}</div>`);
        const element = wrapper.firstElementChild as HTMLElement;
        await settled(element);
        expect(element.shadowRoot!.textContent).not.to.equal('');
        await expect(element).to.be.accessible();
      });
    }
  }
});
