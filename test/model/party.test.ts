import { expect } from '@open-wc/testing';
import { parseParties } from '../../src/model/party.js';
import { jsonAttribute } from '../../src/model/validation.js';

const base = 'https://area.example.it/panoramica';

function issueOf(input: unknown) {
  const result = parseParties(input, 'parties', base);
  if (result.ok) throw new Error('expected invalid parties');
  return result.issue;
}

describe('parseParties', () => {
  it('accepts parties, keeps known fields only and resolves relative logos', () => {
    const result = parseParties(
      [
        {
          id: 'milano',
          name: 'Comune di Milano',
          role: 'admin',
          logoUrl: '/logos/milano.png',
          taxCode: '01199250158',
          ipaCode: 'c_f205',
          parentName: 'Regione Lombardia',
          pending: true,
          extra: 'dropped',
        },
        { id: 'roma', name: 'Roma Capitale', role: 'operator', disabled: false },
      ],
      'parties',
      base,
    );
    expect(result).to.have.property('ok', true);
    if (!result.ok) return;
    expect(result.value).to.deep.equal([
      {
        id: 'milano',
        name: 'Comune di Milano',
        role: 'admin',
        logoUrl: 'https://area.example.it/logos/milano.png',
        taxCode: '01199250158',
        ipaCode: 'c_f205',
        parentName: 'Regione Lombardia',
        pending: true,
      },
      { id: 'roma', name: 'Roma Capitale', role: 'operator' },
    ]);
  });

  it('keeps a host party that is already clean as it is, and copies one that is not', () => {
    const clean = { id: 'a', name: 'Ente A', role: 'admin', taxCode: '1', parentName: undefined };
    const extra = { id: 'b', name: 'Ente B', role: 'admin', extra: 1 };
    const result = parseParties([clean, extra], 'parties', base);
    if (!result.ok) throw new Error('expected valid parties');
    expect(result.value[0]).to.equal(clean);
    expect(result.value[1]).not.to.equal(extra);
    expect(result.value[1]).to.deep.equal({ id: 'b', name: 'Ente B', role: 'admin' });
    const all = [clean];
    const same = parseParties(all, 'parties', base);
    expect(same.ok && same.value).to.equal(all);
  });

  it('accepts an empty list', () => {
    expect(parseParties([], 'parties', base)).to.deep.equal({ ok: true, value: [] });
  });

  it('names a missing or blank id, name or role', () => {
    expect(issueOf([{ name: 'A', role: 'admin' }])).to.deep.equal({
      field: 'parties[0].id',
      problem: 'required',
    });
    expect(issueOf([{ id: 'a', name: '  ', role: 'admin' }])).to.deep.equal({
      field: 'parties[0].name',
      problem: 'required',
    });
    expect(
      issueOf([
        { id: 'a', name: 'A', role: 'admin' },
        { id: 'b', name: 'B' },
      ]),
    ).to.deep.equal({ field: 'parties[1].role', problem: 'required' });
    expect(issueOf([{ id: 'a', name: 'A', role: 3 }])).to.deep.equal({
      field: 'parties[0].role',
      problem: 'type',
    });
  });

  it('names a duplicate id', () => {
    expect(
      issueOf([
        { id: 'a', name: 'A', role: 'admin' },
        { id: 'b', name: 'B', role: 'admin' },
        { id: 'a', name: 'C', role: 'admin' },
      ]),
    ).to.deep.equal({ field: 'parties[2].id', problem: 'duplicate' });
  });

  it('allows only http(s) logos', () => {
    for (const logoUrl of ['javascript:alert(1)', 'data:image/png;base64,AA', 'ftp://x/y.png']) {
      expect(issueOf([{ id: 'a', name: 'A', role: 'admin', logoUrl }])).to.deep.equal({
        field: 'parties[0].logoUrl',
        problem: 'url',
      });
    }
  });

  it('rejects non-arrays, non-objects, non-boolean flags and malformed JSON', () => {
    expect(issueOf({ id: 'a' })).to.deep.equal({ field: 'parties', problem: 'type' });
    expect(issueOf(undefined)).to.deep.equal({ field: 'parties', problem: 'required' });
    expect(issueOf(['a'])).to.deep.equal({ field: 'parties[0]', problem: 'type' });
    expect(issueOf([{ id: 'a', name: 'A', role: 'admin', disabled: 'yes' }])).to.deep.equal({
      field: 'parties[0].disabled',
      problem: 'type',
    });
    expect(issueOf(jsonAttribute.fromAttribute('[{"id":'))).to.deep.equal({
      field: 'parties',
      problem: 'json',
    });
  });

  // Speed is measured by `npm run bench` (setting 100 000 parties), not by a timed test.
  it('validates 100 000 parties and names a duplicate id at the very end', () => {
    const input = Array.from({ length: 100_000 }, (_, i) => ({
      id: `p${i}`,
      name: `Ente ${i}`,
      role: 'admin',
      taxCode: String(i),
      logoUrl: `https://cdn.example.it/${i}.png`,
    }));
    const result = parseParties(input, 'parties', base);
    expect(result.ok && result.value.length).to.equal(100_000);
    const duplicated = parseParties(
      [...input, { id: 'p7', name: 'Copia', role: 'admin' }],
      'parties',
      base,
    );
    expect(duplicated.ok ? null : duplicated.issue).to.deep.equal({
      field: 'parties[100000].id',
      problem: 'duplicate',
    });
  });
});
