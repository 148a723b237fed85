import { defineElement } from '../../base/define.js';
import { ContactList } from './contact-list.js';

defineElement('contact-list', ContactList);

declare global {
  interface HTMLElementTagNameMap {
    'contact-list': ContactList;
  }
}
