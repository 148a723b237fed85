/**
 * What `<signal-card>` and `<signal-checklist>` share on top of the base: the `exploitation`,
 * `audience` and `discreet` attributes, and which signals they load: only their audience's own
 * (a small slice), and all of them once those cannot show the selection (model/needsAllSignals).
 */
import type { PropertyValues } from 'lit';
import { SignalenkaartElement } from './element.js';
import { signalsPart, type AudienceSignals } from '../data/slices.js';
import type { SignalsSlice } from '../data/types.js';
import { isAudience, isExploitation, needsAllSignals } from '../model/signals.js';

/**
 * The API `<signal-card>` and `<signal-checklist>` share on top of the base (see element.ts).
 *
 * @attr audience - `professional`, `front-desk`, `medical` or `first-line`. Without it: the signals for every audience.
 */
export abstract class SignalsElement extends SignalenkaartElement {
  protected static booleanAttributes: readonly string[] = [...SignalenkaartElement.booleanAttributes, 'discreet'];

  static properties = {
    ...SignalenkaartElement.properties,
    exploitation: {},
    audience: {},
    discreet: { type: Boolean },
  };

  /** `exploitation` attribute: the form of exploitation, or null for all. */
  exploitation: string | null = null;
  /** `audience` attribute: the audience, or null for all. */
  audience: string | null = null;
  /** `discreet` attribute: neutral headings. */
  discreet = false;

  /** Set when the audience's own signals cannot show the selection. */
  private allSignals = false;

  /**
   * Without a form, must every form have signals (the card shows a panel per form)? See
   * model/needsAllSignals.
   */
  protected get eachForm(): boolean {
    return false;
  }

  /** The signals part to load: the audience's own, or all (also without a valid audience). */
  protected get signalsPart(): 'signals' | AudienceSignals {
    // Decided as soon as the audience's own signals are there, wherever the parts are asked for:
    // before a pre-rendered element swaps (its shouldUpdate), and in pre-rendering, where the
    // content is set in the same willUpdate.
    const own = this.data?.[signalsPart(this.audience)];
    const { audience, exploitation } = this;
    if (own && !this.allSignals && isAudience(audience)) {
      this.allSignals = needsAllSignals(own, { exploitation: isExploitation(exploitation) ? exploitation : undefined, audience }, this.eachForm);
    }
    return this.allSignals ? 'signals' : signalsPart(this.audience);
  }

  /** The loaded signals of that part, once there. */
  protected get signals(): SignalsSlice | undefined {
    return this.data?.[this.signalsPart];
  }

  protected willUpdate(changed: PropertyValues): void {
    if (changed.has('audience')) this.allSignals = false;
    // The base then loads the parts, all signals included once they are needed (signalsPart).
    super.willUpdate(changed);
  }
}
