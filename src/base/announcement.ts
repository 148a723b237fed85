import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * What a live region says, once. The words go again after a moment: a screen reader has said
 * them, and a reader who later reads on through the element would otherwise meet them a second
 * time beside the text they repeat ("Uitkomst: …" before the outcome itself).
 */
export class Announcement<T extends string> implements ReactiveController {
  /** How long the words stay (tests may shorten it). */
  static saidForMs = 5000;
  /** What is being said, or '' for nothing. */
  value: T | '' = '';
  private timer?: ReturnType<typeof setTimeout>;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(value: T): void {
    this.set(value);
    this.timer = setTimeout(() => this.set(''), Announcement.saidForMs);
  }

  /** Says nothing (where focus moves, the focused element says it). */
  clear(): void {
    this.set('');
  }

  hostDisconnected(): void {
    // Moved or taken out: what was said is not said again where it comes back.
    this.set('');
  }

  private set(value: T | ''): void {
    clearTimeout(this.timer);
    this.value = value;
    this.host.requestUpdate();
  }
}
