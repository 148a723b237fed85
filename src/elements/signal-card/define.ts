import { defineElement } from '../../base/define.js';
import { SignalCard } from './signal-card.js';

defineElement('signal-card', SignalCard);

declare global {
  interface HTMLElementTagNameMap {
    'signal-card': SignalCard;
  }
}
