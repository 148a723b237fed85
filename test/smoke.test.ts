import { expect } from '@open-wc/testing';
import { VERSION } from '../src/base/version.js';

it('the define guard carries a semantic version', () => expect(VERSION).to.match(/^\d+\.\d+\.\d+$/));
it('runs in a real browser', () => expect(navigator.userAgent).to.match(/Chrome|Firefox|AppleWebKit/));
