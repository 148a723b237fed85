/**
 * Which signals an element with `exploitation` and `audience` attributes loads: only its
 * audience's own (a small slice), and all of them once those cannot show the selection
 * (model/needsAllSignals). Shared by signal-card and signal-checklist.
 */
import type { PropertyValues } from 'lit';
import { signalsPart, type AudienceSignals, type Slices } from '../data/slices.js';
import type { SignalsSlice } from '../data/types.js';
import { isAudience, isExploitation, needsAllSignals } from '../model/signals.js';

interface Host {
  exploitation: string | null;
  audience: string | null;
}

export class SignalsChoice {
  /** Set when the audience's own signals cannot show the selection. */
  private all = false;

  constructor(
    private readonly host: Host,
    /** The host's loaded slices. */
    private readonly data: () => Partial<Slices> | undefined,
    /** Without a form: must every form have signals (one panel per form)? See needsAllSignals. */
    private readonly eachForm: boolean,
  ) {}

  /** The part to load: the audience's signals, or all (also without a valid audience). */
  get part(): 'signals' | AudienceSignals {
    return this.all ? 'signals' : signalsPart(isAudience(this.host.audience) ? this.host.audience : undefined);
  }

  /** The loaded signals of that part, once there. */
  get slice(): SignalsSlice | undefined {
    return this.data()?.[this.part];
  }

  /** Call in the element's willUpdate, before the base's (which then loads the part). */
  willUpdate(changed: PropertyValues): void {
    if (changed.has('audience')) this.all = false;
    const { audience, exploitation } = this.host;
    const own = this.slice;
    if (own && !this.all && isAudience(audience)) {
      this.all = needsAllSignals(own, { exploitation: isExploitation(exploitation) ? exploitation : undefined, audience }, this.eachForm);
    }
  }
}
