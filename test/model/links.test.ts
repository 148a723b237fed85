import { expect } from '@open-wc/testing';
import { displayUrl, isEmail, safeHref } from '../../src/model/links.js';

describe('model/links', () => {
  it('allows only https:, tel: and mailto:', () => {
    expect(safeHref('https://www.fairwork.nu')).to.equal('https://www.fairwork.nu/');
    expect(safeHref('tel:+318002000')).to.equal('tel:+318002000');
    expect(safeHref('mailto:info@fairwork.nu')).to.equal('mailto:info@fairwork.nu');
    for (const bad of ['http://www.hetccv.nl', 'javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', 'vbscript:x', '//evil.example', '/relative', '', 42, null,
      // Shown as one site, opens another; or a login in the link.
      'https://gemeente.nl@evil.example', 'https://user:pass@www.gemeente.nl']) {
      expect(safeHref(bad), String(bad)).to.equal(null);
    }
  });
  it('checks e-mail addresses', () => {
    expect(isEmail('mensenhandel@vtij.nl')).to.equal(true);
    expect(isEmail('a@b')).to.equal(false);
    expect(isEmail('<x>@y.nl')).to.equal(false);
    expect(isEmail('info@gemeente-zwolle.nl')).to.equal(true);
    expect(isEmail('t.de.vries+werk@mail.example.org')).to.equal(true);
    // Only the address: no headers a mailto: link would add unseen (a Bcc), no broken domains.
    for (const bad of ['info@gemeente.nl?bcc=x%40evil.example', 'info%3Fbcc%3Dx%40evil.example@gemeente.nl', 'a@b.nl?subject=hi&body=x.nl', 'a@b..nl', 'a@-b.nl', 'a@b-.nl', 'a@b.nl/x', 'a@b.nl#x']) {
      expect(isEmail(bad), bad).to.equal(false);
    }
  });
  it('shows URLs without scheme', () => {
    expect(displayUrl('https://www.fairwork.nu/')).to.equal('www.fairwork.nu');
  });
});
