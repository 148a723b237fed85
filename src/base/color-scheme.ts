/**
 * Dark mode where the host page opts in. One shared watcher (the user's prefers-color-scheme,
 * changes to <html> attributes and to <head>) tells every element to re-check; each element
 * then reads the color-scheme where it sits and shows the custom state `:state(dark)`.
 * Nothing is written to the host page: the state lives in the element's ElementInternals.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveScheme, type Scheme } from '../model/color-scheme.js';

type Listener = () => void;
const listeners = new Set<Listener>();
let stop: (() => void) | undefined;

let scheduled = false;

/** Tells every element to re-check, once for a burst of changes. */
function notify() {
  if (scheduled) return;
  scheduled = true;
  queueMicrotask(() => {
    scheduled = false;
    for (const l of listeners) l();
  });
}

function start(): () => void {
  const media = matchMedia('(prefers-color-scheme: dark)');
  media.addEventListener('change', notify);
  // A class or style on <html> (a site's dark-mode switch), a <meta name="color-scheme"> or a
  // stylesheet added or changed in <head>; and stylesheets that finish loading later.
  const observer = new MutationObserver(notify);
  observer.observe(document.documentElement, { attributes: true });
  if (document.head) observer.observe(document.head, { childList: true, subtree: true, attributes: true, characterData: true });
  const onLoad = (e: Event) => (e.target as Element | null)?.localName === 'link' && notify();
  document.addEventListener('load', onLoad, true);
  return () => {
    media.removeEventListener('change', notify);
    observer.disconnect();
    document.removeEventListener('load', onLoad, true);
  };
}

/** Calls `listener` whenever the page's colour scheme may have changed. Returns the unsubscribe. */
export function onSchemeChange(listener: Listener): () => void {
  listeners.add(listener);
  stop ??= start();
  return () => {
    listeners.delete(listener);
    if (!listeners.size) {
      stop?.();
      stop = undefined;
    }
  };
}

/**
 * The page's colour scheme where `el` sits: the CSS `color-scheme` its parent inherits from the
 * page (read from the parent, so the element's own dark styles never feed back), else
 * `<meta name="color-scheme">`.
 */
export function pageScheme(el: Element): string {
  const parent = el.parentElement ?? (el.getRootNode() as ShadowRoot).host ?? document.documentElement;
  const css = getComputedStyle(parent).colorScheme;
  if (css && css !== 'normal') return css;
  return document.querySelector('meta[name="color-scheme" i]')?.getAttribute('content') ?? '';
}

type Host = ReactiveControllerHost & HTMLElement;

/**
 * Controllers of elements connected in this task, read together in one microtask: reading a
 * computed style makes the browser bring styles up to date, and 200 elements each doing that
 * as they connect (between each other's DOM changes) cost more than rendering them.
 */
const pending = new Set<ColorSchemeController>();
function applySoon(c: ColorSchemeController) {
  if (!pending.size) {
    queueMicrotask(() => {
      const list = [...pending];
      pending.clear();
      for (const p of list) p.apply();
    });
  }
  pending.add(c);
}

/**
 * Keeps an element's `:state(dark)` current. Where custom states are not supported, the
 * `color-scheme="dark"` attribute still gives dark styles (through an attribute selector).
 */
export class ColorSchemeController implements ReactiveController {
  /** The scheme shown now. */
  scheme: Scheme = 'light';
  private states?: ElementInternals['states'];
  private unsubscribe?: () => void;
  private lastOwn: string | undefined | null = null;

  constructor(
    private readonly host: Host,
    /** The element's own `color-scheme` attribute, when valid. */
    private readonly own: () => string | undefined,
    /** The element's custom states, where the element has them (it attaches its internals once). */
    states?: ElementInternals['states'],
  ) {
    this.states = states;
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onSchemeChange(() => this.apply());
    // Still before the first paint: microtasks all run before the browser renders.
    applySoon(this);
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    this.unsubscribe = undefined;
  }

  hostUpdated(): void {
    if (this.own() !== this.lastOwn) this.apply();
  }

  /** Re-reads the attribute, the page and the user's preference; sets or clears the state. */
  apply(): void {
    if (!this.host.isConnected) return;
    this.lastOwn = this.own();
    this.scheme = resolveScheme(this.own(), pageScheme(this.host), matchMedia('(prefers-color-scheme: dark)').matches);
    if (!this.states) return;
    try {
      if (this.scheme === 'dark') this.states.add('dark');
      else this.states.delete('dark');
    } catch {
      // Browsers with only the older `--name` syntax for custom states: keep the light default.
    }
  }
}
