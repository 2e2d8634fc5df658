import { expect } from '@open-wc/testing';
import { MAX_PRODUCTS, parseProducts } from '../../src/model/product.js';
import { jsonAttribute } from '../../src/model/validation.js';

const base = 'https://area.example.it/panoramica';

function issueOf(input: unknown) {
  const result = parseProducts(input, 'products', base);
  if (result.ok) throw new Error('expected invalid products');
  return result.issue;
}

describe('parseProducts', () => {
  it('accepts a list, validating each product with parseProduct’s rules', () => {
    const result = parseProducts(
      [
        {
          id: 'pagopa',
          name: 'pagoPA',
          logoUrl: '/logos/pagopa.svg',
          environments: [{ id: 'produzione' }, { id: 'collaudo' }],
        },
        { id: 'io', name: 'App IO' },
      ],
      'products',
      base,
    );
    expect(result).to.have.property('ok', true);
    if (!result.ok) return;
    expect(result.value.map((p) => p.id)).to.deep.equal(['pagopa', 'io']);
    expect(result.value[0]?.logoUrl).to.equal('https://area.example.it/logos/pagopa.svg');
    expect(result.value[0]?.environments?.map((e) => e.id)).to.deep.equal([
      'collaudo',
      'produzione',
    ]);
  });

  it('accepts an empty list', () => {
    const result = parseProducts([], 'products', base);
    expect(result.ok && result.value.length).to.equal(0);
  });

  it('names the field of the faulty product by its index', () => {
    expect(issueOf([{ id: 'a', name: 'A' }, { id: 'b', name: 'B' }, { id: 'c' }])).to.deep.equal({
      field: 'products[2].name',
      problem: 'required',
    });
    expect(issueOf([{ name: 'A' }])).to.deep.equal({
      field: 'products[0].id',
      problem: 'required',
    });
    expect(
      issueOf([{ id: 'a', name: 'A', environments: [{ id: 'collaudo', href: 'javascript:x' }] }]),
    ).to.deep.equal({ field: 'products[0].environments[0].href', problem: 'url' });
  });

  it('refuses a logo that is not http(s)', () => {
    for (const logoUrl of ['javascript:alert(1)', 'data:image/svg+xml,<svg/>']) {
      expect(issueOf([{ id: 'a', name: 'A', logoUrl }])).to.deep.equal({
        field: 'products[0].logoUrl',
        problem: 'url',
      });
    }
  });

  it('refuses a duplicate product id', () => {
    expect(
      issueOf([
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'a', name: 'A again' },
      ]),
    ).to.deep.equal({ field: 'products[2].id', problem: 'duplicate' });
  });

  it('refuses what is not an array, and entries that are not objects', () => {
    expect(issueOf({ id: 'a', name: 'A' })).to.deep.equal({ field: 'products', problem: 'type' });
    expect(issueOf('pagopa')).to.deep.equal({ field: 'products', problem: 'type' });
    expect(issueOf(['pagopa'])).to.deep.equal({ field: 'products[0]', problem: 'type' });
    expect(issueOf(undefined)).to.deep.equal({ field: 'products', problem: 'required' });
  });

  it('reports malformed JSON from an attribute', () => {
    expect(issueOf(jsonAttribute.fromAttribute('[{"id": "a",'))).to.deep.equal({
      field: 'products',
      problem: 'json',
    });
  });

  it(`takes up to ${MAX_PRODUCTS} products and refuses more, before reading any`, () => {
    const products = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ id: `p-${i}`, name: `Prodotto ${i}` }));
    const result = parseProducts(products(100), 'products', base);
    expect(result.ok && result.value.length).to.equal(100);
    // 100 000 products, the last one broken: refused for their number, at once.
    expect(issueOf([...products(99_999), { id: 'broken' }])).to.deep.equal({
      field: 'products',
      problem: 'tooManyProducts',
      limit: 100,
    });
  });

  it('keeps the limit of a product’s environments, naming the product', () => {
    const environments = Array.from({ length: 21 }, (_, i) => ({ id: `e${i}`, label: `E${i}` }));
    expect(
      issueOf([
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B', environments },
      ]),
    ).to.deep.equal({
      field: 'products[1].environments',
      problem: 'tooManyEnvironments',
      limit: 20,
    });
  });

  it('uses the field name it is given', () => {
    const result = parseProducts([{ id: 'a' }], 'menu', base);
    expect(result.ok ? '' : result.issue.field).to.equal('menu[0].name');
  });
});
