import { expect } from '@open-wc/testing';
import { displayUrl, isEmail, safeHref } from '../../src/model/links.js';

describe('model/links', () => {
  it('allows only https:, tel: and mailto:', () => {
    expect(safeHref('https://www.fairwork.nu')).to.equal('https://www.fairwork.nu/');
    expect(safeHref('tel:+318002000')).to.equal('tel:+318002000');
    expect(safeHref('mailto:info@fairwork.nu')).to.equal('mailto:info@fairwork.nu');
    for (const bad of ['http://www.hetccv.nl', 'javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', '/relative', '', 42, null]) {
      expect(safeHref(bad), String(bad)).to.equal(null);
    }
  });
  it('checks e-mail addresses', () => {
    expect(isEmail('mensenhandel@vtij.nl')).to.equal(true);
    expect(isEmail('a@b')).to.equal(false);
    expect(isEmail('<x>@y.nl')).to.equal(false);
  });
  it('shows URLs without scheme', () => {
    expect(displayUrl('https://www.fairwork.nu/')).to.equal('www.fairwork.nu');
  });
});
