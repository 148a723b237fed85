import { expect } from '@open-wc/testing';
import { COLOR_SCHEMES, resolveScheme, schemeKeywords } from '../../src/model/color-scheme.js';

describe('model/color-scheme', () => {
  it('reads the keywords of a CSS color-scheme value', () => {
    expect(schemeKeywords('light dark')).to.deep.equal({ light: true, dark: true });
    expect(schemeKeywords('only dark')).to.deep.equal({ light: false, dark: true });
    expect(schemeKeywords('normal')).to.deep.equal({ light: false, dark: false });
    expect(schemeKeywords('  DARK ')).to.deep.equal({ light: false, dark: true });
    expect(schemeKeywords('darkish')).to.deep.equal({ light: false, dark: false });
    expect(schemeKeywords(undefined)).to.deep.equal({ light: false, dark: false });
  });

  it('follows the page: dark alone is dark, light dark follows the user, anything else is light', () => {
    for (const prefersDark of [false, true]) {
      expect(resolveScheme(undefined, 'dark', prefersDark)).to.equal('dark');
      expect(resolveScheme(undefined, 'only dark', prefersDark)).to.equal('dark');
      expect(resolveScheme(undefined, 'light', prefersDark)).to.equal('light');
      expect(resolveScheme(undefined, 'normal', prefersDark)).to.equal('light');
      expect(resolveScheme(undefined, '', prefersDark)).to.equal('light');
    }
    expect(resolveScheme(undefined, 'light dark', true)).to.equal('dark');
    expect(resolveScheme(undefined, 'dark light', false)).to.equal('light');
  });

  it("lets the element's own attribute win over the page; normal defers to the page", () => {
    expect(resolveScheme('light', 'dark', true)).to.equal('light');
    expect(resolveScheme('dark', 'light', false)).to.equal('dark');
    expect(resolveScheme('light dark', 'light', true)).to.equal('dark');
    expect(resolveScheme('light dark', 'dark', false)).to.equal('light');
    expect(resolveScheme('normal', 'dark', false)).to.equal('dark');
  });

  it('accepts the documented attribute values', () => {
    expect([...COLOR_SCHEMES]).to.include.members(['light', 'dark', 'light dark']);
  });
});
