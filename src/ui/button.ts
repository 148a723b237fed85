/** A secondary button, as every element draws its actions ("Alles openklappen", "Afdrukken", ...). */
import { html, nothing } from 'lit';

export interface ButtonOptions {
  /** `data-action`: how tests and host pages address the button. */
  action?: string;
  /** A toggle button: `aria-pressed`. */
  pressed?: boolean;
  /** A button that opens more: `aria-expanded`. */
  expanded?: boolean;
  disabled?: boolean;
}

/** The label is the button's whole text (no white space around it: tests and readers find it as it is). */
export function button(label: string, onClick: (e: Event) => void, o: ButtonOptions = {}) {
  return html`<button
    type="button"
    class="button secondary"
    data-action=${o.action ?? nothing}
    aria-pressed=${o.pressed === undefined ? nothing : String(o.pressed)}
    aria-expanded=${o.expanded === undefined ? nothing : String(o.expanded)}
    ?disabled=${o.disabled ?? false}
    @click=${onClick}
  >${label}</button>`;
}
