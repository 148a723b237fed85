import { defineElement } from '../../base/define.js';
import { SignalChecklist } from './signal-checklist.js';

defineElement('signal-checklist', SignalChecklist);

declare global {
  interface HTMLElementTagNameMap {
    'signal-checklist': SignalChecklist;
  }
  interface HTMLElementEventMap {
    'signal-checklist-change': CustomEvent<ReturnType<typeof import('../../model/checklist.js').eventDetail>>;
  }
}
