import { expect } from '@open-wc/testing';
import { VERSION } from '../src/index.js';
it('loads', () => expect(VERSION).to.match(/^\d+\.\d+\.\d+$/));
it('runs in a real browser', () => expect(navigator.userAgent).to.match(/Chrome|Firefox/));
