import { expect } from '@open-wc/testing';
import { MAX_ENVIRONMENTS, parseProduct } from '../../src/model/product.js';
import { jsonAttribute } from '../../src/model/validation.js';

const base = 'https://area.example.it/panoramica';

function issueOf(input: unknown) {
  const result = parseProduct(input, 'product', base);
  if (result.ok) throw new Error('expected an invalid product');
  return result.issue;
}

describe('parseProduct', () => {
  it('accepts a product and resolves relative hrefs against the page', () => {
    const result = parseProduct(
      {
        id: 'pagopa',
        name: 'pagoPA',
        href: '/pagopa',
        environments: [{ id: 'collaudo', href: 'collaudo' }],
      },
      'product',
      base,
    );
    expect(result).to.have.property('ok', true);
    if (!result.ok) return;
    expect(result.value.href).to.equal('https://area.example.it/pagopa');
    expect(result.value.environments?.[0]?.href).to.equal('https://area.example.it/collaudo');
  });

  it('orders Collaudo, then Produzione, then custom environments in the host’s order', () => {
    const result = parseProduct(
      {
        id: 'p',
        name: 'P',
        environments: [
          { id: 'uat', label: 'UAT' },
          { id: 'produzione' },
          { id: 'demo', label: 'Demo' },
          { id: 'collaudo' },
        ],
      },
      'product',
      base,
    );
    expect(result.ok && result.value.environments?.map((e) => e.id)).to.deep.equal([
      'collaudo',
      'produzione',
      'uat',
      'demo',
    ]);
  });

  it('names the missing id or name', () => {
    expect(issueOf({ name: 'pagoPA' })).to.deep.equal({ field: 'product.id', problem: 'required' });
    expect(issueOf({ id: 'pagopa' })).to.deep.equal({ field: 'product.name', problem: 'required' });
    expect(issueOf({ id: 'pagopa', name: '   ' })).to.deep.equal({
      field: 'product.name',
      problem: 'required',
    });
    expect(issueOf({ id: 3, name: 'x' })).to.deep.equal({ field: 'product.id', problem: 'type' });
  });

  it('refuses environments that are not an array, or not objects', () => {
    expect(issueOf({ id: 'p', name: 'P', environments: { id: 'collaudo' } })).to.deep.equal({
      field: 'product.environments',
      problem: 'type',
    });
    expect(issueOf({ id: 'p', name: 'P', environments: ['collaudo'] })).to.deep.equal({
      field: 'product.environments[0]',
      problem: 'type',
    });
  });

  it('refuses a duplicate environment id', () => {
    expect(
      issueOf({ id: 'p', name: 'P', environments: [{ id: 'collaudo' }, { id: 'collaudo' }] }),
    ).to.deep.equal({
      field: 'product.environments[1].id',
      problem: 'duplicate',
    });
  });

  it(`takes up to ${MAX_ENVIRONMENTS} environments and refuses more, before reading any`, () => {
    const environments = (count: number) =>
      Array.from({ length: count }, (_, i) => ({ id: `env-${i}`, label: `Ambiente ${i}` }));
    const result = parseProduct({ id: 'p', name: 'P', environments: environments(20) }, 'p', base);
    expect(result.ok && result.value.environments?.length).to.equal(20);
    // 100 000 environments, the last one broken: refused for their number, at once.
    const absurd = [...environments(99_999), { id: 42 }];
    expect(issueOf({ id: 'p', name: 'P', environments: absurd })).to.deep.equal({
      field: 'product.environments',
      problem: 'tooManyEnvironments',
      limit: 20,
    });
  });

  it('needs a label for an environment it does not know', () => {
    expect(issueOf({ id: 'p', name: 'P', environments: [{ id: 'uat' }] })).to.deep.equal({
      field: 'product.environments[0].label',
      problem: 'required',
    });
  });

  it('refuses every URL scheme but http and https', () => {
    for (const href of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'data:text/html,x',
      'vbscript:x',
    ]) {
      expect(
        issueOf({ id: 'p', name: 'P', environments: [{ id: 'collaudo', href }] }),
      ).to.deep.equal({
        field: 'product.environments[0].href',
        problem: 'url',
      });
    }
    expect(issueOf({ id: 'p', name: 'P', logoUrl: 'data:image/svg+xml,<svg/>' })).to.deep.equal({
      field: 'product.logoUrl',
      problem: 'url',
    });
  });

  it('reports malformed JSON from an attribute', () => {
    expect(issueOf(jsonAttribute.fromAttribute('{"id": "p",'))).to.deep.equal({
      field: 'product',
      problem: 'json',
    });
    expect(issueOf(jsonAttribute.fromAttribute('[1,2]'))).to.deep.equal({
      field: 'product',
      problem: 'type',
    });
  });

  it('keeps hostile HTML in names as plain text', () => {
    const result = parseProduct({ id: 'x', name: '<img src=x onerror=alert(1)>' }, 'product', base);
    expect(result.ok && result.value.name).to.equal('<img src=x onerror=alert(1)>');
  });
});
