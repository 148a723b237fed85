import { expect } from '@open-wc/testing';
import { nearMiss } from '../../src/model/near-miss.js';

describe('model/near-miss', () => {
  it('takes a letter added, left out, changed or two swapped for a slip of the name meant', () => {
    for (const [written, meant] of [
      ['exploitatoin', 'exploitation'],
      ['audiance', 'audience'],
      ['heading-lvl', 'heading-level'],
      ['headinglevel', 'heading-level'],
      ['colour-scheme', 'color-scheme'],
      ['rgion', 'region'],
      ['topc', 'topic'],
      ['nwo', 'now'],
    ]) {
      expect(nearMiss(written, meant), `${written} for ${meant}`).to.equal(true);
    }
  });

  it('leaves other names alone, and an equal name is no slip', () => {
    for (const [written, meant] of [
      ['exploitation', 'exploitation'],
      ['class', 'discreet'],
      ['nonce', 'now'],
      ['title', 'topic'],
      ['lang', 'route'],
      ['data-region', 'region'],
      ['exploit', 'exploitation'],
    ]) {
      expect(nearMiss(written, meant), `${written} for ${meant}`).to.equal(false);
    }
  });
});
