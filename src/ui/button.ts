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
  /** `aria-describedby`: the id of the words that say what the button is about, where its label is short ("tonen"). */
  describedBy?: string;
}

/** The label is the button's whole text (no white space around it: tests and readers find it as it is). */
export function button(label: string, onClick: (e: Event) => void, o: ButtonOptions = {}) {
  return html`<button
    type="button"
    class="button secondary"
    data-action=${o.action ?? nothing}
    aria-pressed=${o.pressed === undefined ? nothing : String(o.pressed)}
    aria-expanded=${o.expanded === undefined ? nothing : String(o.expanded)}
    aria-describedby=${o.describedBy ?? nothing}
    ?disabled=${o.disabled ?? false}
    @click=${onClick}
  >${label}</button>`;
}
