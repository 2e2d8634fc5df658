import { expect } from '@open-wc/testing';
import { html } from 'lit';
import { KitElement } from '../../src/internal/kit-element.js';
import { KIT_VERSION } from '../../src/internal/version.js';
import { captureConsole } from '../kit/console.js';

let counter = 0;
const uniqueTag = () => `kit-test-${Date.now().toString(36)}-${(counter += 1)}`;

class Probe extends KitElement {
  override render() {
    return html`<span>${this.localize.term('problemJson')}</span>`;
  }
}

describe('KitElement.define', () => {
  it('registers the class under the tag', () => {
    const tag = uniqueTag();
    class First extends Probe {}
    First.define(tag);
    expect(customElements.get(tag)).to.equal(First);
  });

  it('is a silent no-op when the same class is registered again', () => {
    const tag = uniqueTag();
    class Same extends Probe {}
    const warn = captureConsole('warn');
    try {
      Same.define(tag);
      expect(() => Same.define(tag)).not.to.throw();
      expect(warn.calls).to.have.length(0);
    } finally {
      warn.restore();
    }
    expect(customElements.get(tag)).to.equal(Same);
  });

  it('keeps the first class and warns, naming the versions, when another class holds the tag', () => {
    const tag = uniqueTag();
    class Older extends Probe {
      static override readonly version = '0.0.1';
    }
    class Newer extends Probe {}
    Older.define(tag);
    const warn = captureConsole('warn');
    try {
      expect(() => Newer.define(tag)).not.to.throw();
    } finally {
      warn.restore();
    }
    expect(customElements.get(tag)).to.equal(Older);
    expect(warn.calls).to.have.length(1);
    const message = String(warn.calls[0]?.[0]);
    expect(message).to.contain(`<${tag}>`);
    expect(message).to.contain('0.0.1');
    expect(message).to.contain(KIT_VERSION);
  });

  it('lets a host register a class under a tag of its own', () => {
    const tag = uniqueTag();
    class Renamed extends Probe {}
    Renamed.define(tag);
    const element = document.createElement(tag);
    expect(element).to.be.instanceOf(Renamed);
  });
});

describe('KitElement.version', () => {
  it('is the package version injected at build time', () => {
    expect(KitElement.version).to.equal(KIT_VERSION);
    expect(KIT_VERSION).to.match(/^\d+\.\d+\.\d+(-[\w.]+)?$/);
  });
});
