import { defineElement } from '../../base/define.js';
import { MeldrouteSteps } from './meldroute-steps.js';

defineElement('meldroute-steps', MeldrouteSteps);

declare global {
  interface HTMLElementTagNameMap {
    'meldroute-steps': MeldrouteSteps;
  }
}
