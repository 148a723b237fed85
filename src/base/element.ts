/**
 * The one small base of all four elements: page language, data loading, heading levels,
 * visible messages for bad input (with console.warn), the sources footer.
 * Elements extend it and only render what the model returns.
 */
import { serverContent } from './prerender.js';
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { msg, str, updateWhenLocaleChanges } from '@lit/localize';
import { loadSlices, type Lang, type Part, type Slices } from '../data/slices.js';
import type { ContactsSlice, SourceId } from '../data/types.js';
import type { LocalContact } from '../model/local-contacts.js';
import { nextStep } from '../model/next-step.js';
import { nextStepBar, nextStepStyles } from '../ui/next-step.js';
import { emergencyLink, phoneLink } from '../ui/phone-link.js';
import { FALLBACK, FALLBACK_NUMBERS } from '../fallback.js';
import { matchLang, onLangChange } from './lang.js';
import { formatDate } from './date.js';
import { olderThanAYear } from '../model/age.js';
import { nearMiss } from '../model/near-miss.js';
import { baseStyles, loadingStyles } from './styles.js';
import { ColorSchemeController } from './color-scheme.js';
import { COLOR_SCHEMES } from '../model/color-scheme.js';
import { VERSION } from './version.js';
import { afterPaint } from '../after-paint.js';

/** Whether the engine has `hidden="until-found"` (find-in-page opens hidden content): Chromium, Firefox 139+. */
const UNTIL_FOUND = typeof HTMLElement !== 'undefined' && 'onbeforematch' in HTMLElement.prototype;

/** Elements whose closed panels are not filled for find-in-page yet. */
const waitingToBeFound = new Map<Element, () => void>();
/**
 * HTML's own attributes near one of the elements' names: "role" (two letters from "route"). The
 * others are further from all of them (test/dist/robustness.test.ts tries the usual ones).
 */
const GLOBAL_ATTRIBUTES = new Set(['role']);

/** A label cut before its last word, which keeps a space after it: ["Bij acuut ", "gevaar: "]. */
function lastWord(label: string): [string, string] {
  const cut = label.lastIndexOf(' ') + 1;
  return [label.slice(0, cut), `${label.slice(cut)} `];
}

let findKeyListening = false;
/** Ctrl+F / ⌘F: the reader is about to search the page, so every element fills its panels now. */
function onFindKey(e: KeyboardEvent) {
  if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'f') for (const fill of [...waitingToBeFound.values()]) fill();
}

/**
 * The elements on the page. With more than MANY, each may be skipped while it is off-screen
 * (content-visibility: auto), so a page with dozens renders what is in view first; a page with a
 * few lays them out whole (cheap), which also keeps tools that measure positions off-screen
 * (Lighthouse's target-size audit) from seeing skipped content overlap the next element. Once
 * on, it stays on for the page.
 */
const onPage = new Set<SignalenkaartElement>();
/** How long content may load before the loading line says so in words (a quick load shows none). */
const LOADING_WORDS_AFTER_MS = 500;
const MANY = 8;
let many = false;

function statesOf(el: HTMLElement): ElementInternals['states'] | undefined {
  try {
    return el.attachInternals().states;
  } catch {
    return undefined;
  }
}

type Heading = (part: string, id: string | typeof nothing, content: unknown) => TemplateResult;
/**
 * One plain template per heading level (lighter than lit/static-html, which looks up its
 * template by the tag name on every render).
 */
const HEADINGS: Heading[] = [
  (p, id, c) => html`<h1 part=${p} id=${id}>${c}</h1>`,
  (p, id, c) => html`<h2 part=${p} id=${id}>${c}</h2>`,
  (p, id, c) => html`<h3 part=${p} id=${id}>${c}</h3>`,
  (p, id, c) => html`<h4 part=${p} id=${id}>${c}</h4>`,
  (p, id, c) => html`<h5 part=${p} id=${id}>${c}</h5>`,
  (p, id, c) => html`<h6 part=${p} id=${id}>${c}</h6>`,
];

/** What can have the focus in an element. A pre-rendered panel's <summary> is the live card's toggle button. */
const CONTROLS = 'a[href],button,input,select,textarea,summary';

/** A control as its reader knows it: what it is, what it says, what it is for; alike in pre-rendered and live HTML. */
const controlOf = (el: Element) =>
  [el.localName.replace('summary', 'button'), el.textContent!.replace(/\s+/g, ' ').trim(), ...['id', 'name', 'value', 'href', 'data-id', 'data-row'].map((a) => el.getAttribute(a))].join('|');

/** Finds `el` again in a new tree: the same control, the same one of its kind. */
function finder(el: Element): (root: ParentNode) => HTMLElement | undefined {
  const id = controlOf(el);
  const alike = (root: ParentNode) => [...root.querySelectorAll<HTMLElement>(CONTROLS)].filter((c) => controlOf(c) === id);
  const n = alike(el.getRootNode() as ParentNode).indexOf(el as HTMLElement);
  return (root) => alike(root)[n];
}

/**
 * What every element shares. Its API is documented here once; the manifest
 * (custom-elements.json) gives it to every element, and an element's own JSDoc overrides a
 * line where the element says more (what the accent colour colours in it, for example).
 *
 * @attr heading-level - Level of the element's top heading, 1-6 (default 2).
 * @attr color-scheme - `light`, `dark` or `light dark` (follow the user's `prefers-color-scheme`). Without it: the page's CSS `color-scheme` (or `<meta name="color-scheme">`); light by default.
 * @csspart base - The element's outer container.
 * @csspart heading - The top heading.
 * @csspart subheading - Every other heading.
 * @csspart message - Messages about bad input.
 * @csspart footer - Sources and dataset version.
 * @csspart next-step - The line at the top with whom to call now (the page's local contact, Veilig Thuis, 112).
 *
 * @cssstate dark - Shows its dark colours (see `color-scheme`).
 *
 * @cssprop --signalenkaart-color - Text colour.
 * @cssprop --signalenkaart-background-color - Background colour.
 * @cssprop --signalenkaart-muted-color - Colour of secondary text.
 * @cssprop --signalenkaart-accent-color - Links and buttons.
 * @cssprop --signalenkaart-accent-contrast-color - Text on the accent colour.
 * @cssprop --signalenkaart-border-color - Borders.
 * @cssprop --signalenkaart-surface-color - Background of toggles and notes.
 * @cssprop --signalenkaart-focus-color - Focus outline.
 * @cssprop --signalenkaart-focus-background-color - Focus halo.
 * @cssprop --signalenkaart-warning-background-color - Background of messages.
 * @cssprop --signalenkaart-warning-border-color - Border of messages.
 * @cssprop --signalenkaart-font-family - Font family.
 * @cssprop --signalenkaart-font-size - Base font size.
 * @cssprop --signalenkaart-line-height - Line height.
 * @cssprop --signalenkaart-space - Spacing.
 * @cssprop --signalenkaart-space-sm - Small spacing.
 * @cssprop --signalenkaart-border-radius - Corner radius.
 */
export abstract class SignalenkaartElement extends LitElement {
  /** The version of this package that defined the element. */
  static packageVersion = VERSION;
  static styles = [baseStyles, nextStepStyles, loadingStyles()];

  static properties = {
    headingLevel: { attribute: 'heading-level' },
    noNextStep: { type: Boolean, attribute: 'no-next-step' },
    colorScheme: { attribute: 'color-scheme' },
    lang_: { state: true },
    data: { state: true },
    loadFailed: { state: true },
    printing: { state: true },
    findable: { state: true },
  };

  /** `heading-level` attribute: the level of the element's top heading (1-6, default 2). */
  headingLevel: string | number | null = null;

  /**
   * `no-next-step` attribute: leaves out the line with whom to call now (Veilig Thuis, 112) at
   * the top, for a page where another element right above already shows it.
   */
  noNextStep = false;

  /**
   * `color-scheme` attribute: `light`, `dark`, `light dark` (follow the user's preference) or
   * `normal`. Without it (or `normal`) the element follows the page's CSS `color-scheme`.
   */
  colorScheme: string | null = null;

  /** The element's custom states (`:state(dark)`, `:state(many)`), where the engine has them. */
  private readonly states = statesOf(this);

  /** Light or dark; shown as the custom state `:state(dark)`. */
  protected readonly scheme = new ColorSchemeController(this, () => this.checkAttribute('color-scheme', this.colorScheme, COLOR_SCHEMES).value, this.states);

  /** The page language the element shows. */
  protected lang_: Lang = 'nl';
  /** Loaded slices, once available. */
  protected data?: Partial<Slices>;
  protected loadFailed = false;
  /**
   * True between the window's beforeprint and afterprint. Elements render everything print
   * shows (collapsed panels, records) only then, so a page with many elements stays light.
   */
  protected printing = false;

  /** The content slices this element needs. */
  protected abstract readonly parts: readonly Part[];

  private unsubscribe?: () => void;
  /** Language and parts of the content loaded (or loading). */
  private loadedKey?: string;
  /** The key of the load `data` came from. */
  private dataKey?: string;
  private loadToken = 0;
  /** The content that last failed to load: tried again at later renders, warned of once. */
  private failedKey?: string;
  private warned = new Set<string>();
  /** Set true once a language callback arrived; before that, data is not requested. */
  private langKnown = false;

  constructor() {
    super();
    updateWhenLocaleChanges(this);
  }

  connectedCallback(): void {
    super.connectedCallback();
    onPage.add(this);
    if (many) this.skipOffscreen();
    else if (onPage.size > MANY) {
      many = true;
      for (const el of onPage) el.skipOffscreen();
    }
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.unsubscribe = onLangChange((lang) => {
      this.langKnown = true;
      this.checkOwnLang(lang);
      this.lang_ = lang;
      // The language may be unchanged ('nl' is the initial value): still update, so the data loads.
      this.requestUpdate();
    });
  }

  disconnectedCallback(): void {
    super.disconnectedCallback();
    onPage.delete(this);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    this.findObserver?.disconnect();
    this.findObserver = undefined;
    waitingToBeFound.delete(this);
    this.loadingDone();
  }

  /** Shows `:state(many)`: the browser may skip this element while it is off-screen (styles.ts). */
  private skipOffscreen() {
    this.setState('many', true);
  }

  /** Sets or clears a custom state (styles.ts, reserve.ts). */
  private setState(name: string, on: boolean) {
    try {
      if (on) this.states?.add(name);
      else this.states?.delete(name);
    } catch {
      // An engine with only the older `--name` syntax for custom states: left without (not skipped; the loading box held by the screen's width).
    }
  }

  /** Set by renderLoading during a render: the loading box is shown. */
  private showsLoading = false;

  /**
   * Pre-rendered (by `signalenkaart render`, or taken over from such HTML). Elements read it in
   * their first render, so the take-over changes nothing: the route's steps start open, as the
   * page without a script shows them; the card's panels, native `<details>` there, start as the
   * reader left them (`openedBeforeSwap`).
   */
  protected startOpen = false;

  /** A declarative shadow root from pre-rendering, kept on screen until the content is loaded. */
  private takeOver = false;

  protected createRenderRoot(): HTMLElement | DocumentFragment {
    if (!this.shadowRoot?.firstChild) return super.createRenderRoot();
    this.takeOver = this.startOpen = true;
    const root = super.createRenderRoot();
    // Lit would render before the first pre-rendered node, which the take-over removes.
    this.renderOptions.renderBefore = null;
    // A pre-rendered panel opened before the swap: its content may need loading first.
    root.addEventListener('toggle', () => this.requestUpdate(), true);
    return root;
  }

  private opened: ReadonlySet<string> = new Set();

  /**
   * The keys of the pre-rendered panels (native `<details data-key>`) the reader has opened:
   * read while the take-over waits, then as they were at the swap.
   */
  protected openedBeforeSwap(): ReadonlySet<string> {
    if (this.takeOver) this.opened = new Set([...this.renderRoot.querySelectorAll<HTMLElement>('details[open][data-key]')].map((d) => d.dataset.key!));
    return this.opened;
  }

  /** Set once the page has been painted and this element's turn to swap has come (see shouldUpdate). */
  private swapNow = false;
  /** Made when the swap is scheduled; resolved by the swap. */
  private swapped?: Promise<void>;
  private onSwapped?: () => void;

  // Keep the pre-rendered content until this element can show the same (or newer) content, then
  // swap it in one go, in one task: no blank moment, no jump. The swap waits for the page's first
  // paint (the content is on screen already), and each element swaps in a task of its own, so
  // taking over a page neither delays its first paint nor blocks the main thread for long
  // (Lighthouse: first contentful paint and total blocking time of the pre-rendered page).
  // Content that cannot be loaded leaves the pre-rendered HTML as it is: it is whole, and it reads
  // and opens without the script (a "could not be loaded" would take it from the reader).
  // It swaps only with the content of what it now shows (a panel the reader opened meanwhile may
  // need more), and tries a failed load again when anything else changes.
  protected shouldUpdate(changed: PropertyValues): boolean {
    if (!this.takeOver || (this.data && this.swapNow && this.dataKey === this.loadedKey)) return super.shouldUpdate(changed);
    if (this.loadFailed && changed.has('loadFailed')) return false;
    this.loadIfNeeded();
    if (this.data && !this.swapped) {
      this.swapped = new Promise((resolve) => (this.onSwapped = resolve));
      afterPaint(() => {
        this.swapNow = true;
        this.requestUpdate();
      });
    }
    return false;
  }

  protected update(changed: PropertyValues): void {
    // What the reader did in the pre-rendered HTML carries over to the element's own: the control
    // with the focus keeps it; boxes ticked, answers chosen and notes typed are given to the same
    // controls through their own events, so the element counts them (after this render).
    let focused: ((root: ParentNode) => HTMLElement | undefined) | undefined;
    if (this.takeOver) {
      const root = this.renderRoot as ShadowRoot;
      focused = root.activeElement ? finder(root.activeElement) : undefined;
      this.openedBeforeSwap();
      const done = [...root.querySelectorAll<HTMLInputElement>('input, textarea')]
        .filter((c) => c.checked !== c.defaultChecked || c.value !== c.defaultValue)
        .map((c) => [finder(c), c.checked, c.value, c === root.activeElement && c.localName === 'textarea' ? [c.selectionStart, c.selectionEnd] : undefined] as const);
      this.takeOver = false;
      root.replaceChildren();
      this.onSwapped?.();
      void this.updateComplete.then(() => {
        for (const [find, checked, value, caret] of done) {
          const c = find(root) as HTMLInputElement | undefined;
          if (!c || (c.checked === checked && c.value === value)) continue;
          c.checked = checked;
          c.value = value;
          // A note being typed keeps its caret.
          if (caret) c.setSelectionRange(caret[0], caret[1]);
          for (const type of ['input', 'change']) c.dispatchEvent(new Event(type, { bubbles: true }));
        }
      });
    }
    this.showsLoading = false;
    super.update(changed);
    focused?.(this.renderRoot)?.focus({ preventScroll: true });
    // While the loading box shows, the element is the query container of the height it holds (reserve.ts).
    this.setState('loading', this.showsLoading);
  }

  protected willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (serverContent) {
      // Pre-rendering: all content is there already, and the language is the renderer's.
      this.lang_ = serverContent.lang;
      this.data = serverContent.data;
      this.startOpen = true;
      return;
    }
    this.loadIfNeeded();
  }

  private loadIfNeeded() {
    if (this.langKnown && this.loadedKey !== `${this.lang_}:${this.parts.join()}`) void this.load(this.lang_);
  }

  /** Called in beforeprint, before the synchronous render (the checklist dates its record). */
  protected willPrint(): void {}

  /**
   * True once closed panels may hold their content, hidden until found (`hidden="until-found"`),
   * so the browser's find-in-page finds it and opens the panel (`beforematch`). Set in an idle
   * moment after the first content, so a page with many elements renders what is open first;
   * never in an engine without until-found (there closed panels stay empty until opened).
   */
  protected findable = false;

  private findObserver?: IntersectionObserver;
  /** Set once the element has come near the screen in an idle moment (or the reader pressed Ctrl+F). */
  private idleDone = false;

  /**
   * Called once, in an idle moment after the content, when the element comes near the screen
   * (every element at once on Ctrl+F / ⌘F): closed panels become findable. The card also loads
   * its background then.
   */
  protected whenIdleNearScreen(): void {
    if (UNTIL_FOUND) this.findable = true;
  }

  /**
   * Fills the closed panels for find-in-page when the element comes near the screen, in an idle
   * moment; every element at once when the reader presses Ctrl+F or ⌘F. So a page with many
   * elements pays only for the few in view.
   */
  private scheduleFindable() {
    if (this.idleDone || this.findObserver) return;
    const idle = (window as Window & { requestIdleCallback?: (cb: () => void, o?: { timeout: number }) => number }).requestIdleCallback;
    const fill = () => {
      this.findObserver?.disconnect();
      waitingToBeFound.delete(this);
      this.idleDone = true;
      this.whenIdleNearScreen();
    };
    const go = () => {
      if (this.isConnected) fill();
    };
    this.findObserver = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        this.findObserver?.disconnect();
        if (idle) idle(go, { timeout: 2000 });
        else setTimeout(go, 200);
      },
      { rootMargin: '800px 0px' },
    );
    this.findObserver.observe(this);
    waitingToBeFound.set(this, fill);
    if (!findKeyListening) {
      findKeyListening = true;
      window.addEventListener('keydown', onFindKey, true);
    }
  }


  /**
   * A collapsible panel's body: rendered when open or printing; when closed, hidden until found
   * (see `findable`), and `onFound` opens it when find-in-page lands in it.
   */
  protected panel(id: string, open: boolean, content: () => unknown, onFound: () => void): TemplateResult {
    const untilFound = !open && this.findable;
    return html`<div class="panel" id=${id} hidden=${open ? nothing : untilFound ? 'until-found' : ''} @beforematch=${onFound}>
      ${open || this.printing || untilFound ? content() : nothing}
    </div>`;
  }

  private onBeforePrint = () => {
    this.printing = true;
    this.willPrint();
    // Render synchronously, before the browser lays out the page for printing.
    this.performUpdate();
  };

  private onAfterPrint = () => {
    this.printing = false;
  };

  private readyPromise?: Promise<void>;
  private readyResolve?: () => void;
  private readyDone = false;

  /** Resolves once the content of the current language is loaded and rendered. */
  get contentReady(): Promise<void> {
    this.readyPromise ??= new Promise((resolve) => (this.readyResolve = resolve));
    return this.readyPromise;
  }

  private async load(lang: Lang) {
    const key = `${lang}:${this.parts.join()}`;
    this.loadedKey = key;
    const token = ++this.loadToken;
    // A new load (another language or more parts): contentReady waits for it, unless it has
    // not resolved yet, in which case its callers wait on until this load is rendered.
    if (this.readyDone) {
      this.readyPromise = undefined;
      this.readyDone = false;
    }
    try {
      const data = await loadSlices(lang, this.parts);
      if (token !== this.loadToken) return;
      this.data = data;
      this.dataKey = key;
      this.loadFailed = false;
      this.failedKey = undefined;
      await this.updateComplete;
      // A pre-rendered element shows this content once it has swapped (after the first paint).
      if (this.swapped) await this.swapped;
      await this.updateComplete;
      // That render may have asked for more (the card: all signals); then the next load resolves.
      if (token !== this.loadToken) return;
      this.loadingDone();
      void this.contentReady;
      this.readyResolve?.();
      this.scheduleFindable();
      this.readyDone = true;
    } catch (e) {
      if (token === this.loadToken) {
        this.loadFailed = true;
        this.loadedKey = undefined;
        if (this.failedKey !== key) console.warn(`[${this.localName}] Could not load the content:`, e);
        this.failedKey = key;
      }
    }
  }

  /** Warns once when the element (or an ancestor) declares another language than the page. */
  private checkOwnLang(lang: Lang) {
    const holder = this.closest('[lang]');
    // <html lang> itself is the page language (an unsupported one already warned in lang.ts).
    if (!holder || holder === document.documentElement) return;
    const own = holder.getAttribute('lang')?.trim();
    if (own && matchLang(own) !== lang) {
      this.warnOnce('lang', `The element is inside lang="${own}", but follows the page language "${lang}" (<html lang>).`);
    }
  }

  /** console.warn once per element and key. */
  protected warnOnce(key: string, message: string): void {
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`[${this.localName}] ${message}`);
  }

  /** Validates an attribute value against allowed values; warns (once per value) and returns a visible message when bad. */
  protected checkAttribute<T extends string>(name: string, value: string | null, allowed: readonly T[]): { value?: T; problem?: string } {
    if (value === null) return {};
    if ((allowed as readonly string[]).includes(value)) return { value: value as T };
    const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
    this.warnOnce(`${name}=${value}`, `Unknown ${name}="${shown}". Allowed: ${allowed.join(', ')}.`);
    return { problem: msg(str`Onbekende waarde voor ${name}: "${shown}". Er wordt een standaardweergave getoond.`, { id: 'element.unknown-value' }) };
  }

  /** The effective top heading level. */
  protected get level(): number {
    const raw = this.headingLevel;
    // An empty heading-level="" is a mistake like any other bad value: message and warning.
    if (raw === null || raw === undefined) return 2;
    const n = raw === '' ? NaN : Number(raw);
    if (Number.isInteger(n) && n >= 1 && n <= 6) return n;
    const shown = String(raw).length > 60 ? `${String(raw).slice(0, 60)}…` : String(raw);
    this.warnOnce(`heading-level=${raw}`, `heading-level="${shown}" is not a whole number from 1 to 6; using 2.`);
    return 2;
  }

  /** A problem message for a bad heading-level, to show with the others. */
  protected headingProblem(): string | undefined {
    const raw = this.headingLevel;
    if (raw === null || raw === undefined) return undefined;
    const n = raw === '' ? NaN : Number(raw);
    if (Number.isInteger(n) && n >= 1 && n <= 6) return undefined;
    return msg(str`Ongeldig heading-level "${String(raw).slice(0, 20)}": kopniveau 2 wordt gebruikt.`, { id: 'element.bad-heading-level' });
  }

  /** The element's on/off attributes: present (empty, or its own name) means on. */
  protected static booleanAttributes: readonly string[] = ['no-next-step'];

  /**
   * An on/off attribute with a value ("false", "0", …) is on, as in HTML, but very likely meant
   * otherwise: a message and a warning say how to write it.
   */
  private booleanProblems(): string[] {
    const names = (this.constructor as typeof SignalenkaartElement).booleanAttributes;
    return names.flatMap((name) => {
      const value = this.getAttribute(name);
      if (value === null || value === '' || value.toLowerCase() === name) return [];
      const shown = value.length > 60 ? `${value.slice(0, 60)}…` : value;
      this.warnOnce(`${name}=${value}`, `${name}="${shown}" is on: ${name} is an on/off attribute; write it without a value, or leave it out.`);
      return [
        msg(str`${name} is een aan/uit-attribuut: het staat nu aan. Schrijf het zonder waarde, of laat het weg om het uit te zetten.`, {
          id: 'element.boolean-attribute',
        }),
      ];
    });
  }

  /**
   * An attribute whose name is a slip of one of this element's own ("exploitatoin") is read by
   * nobody, and the element would silently show its default (for the card: every form). A
   * message and a warning name the one meant. Only near misses of its own names: the page's,
   * HTML's and frameworks' attributes are left alone.
   */
  private misspelledProblems(): string[] {
    // The attributes Lit reads for this element (its properties'), and the on/off ones.
    const ctor = this.constructor as typeof SignalenkaartElement;
    const own = [...ctor.observedAttributes, ...ctor.booleanAttributes];
    return [...this.attributes].flatMap(({ name }) => {
      if (own.includes(name) || GLOBAL_ATTRIBUTES.has(name) || /^(data-|aria-|on[a-z]{3,}$)/.test(name)) return [];
      const meant = own.find((k) => nearMiss(name, k));
      if (!meant) return [];
      this.warnOnce(`attribute:${name}`, `Unknown attribute "${name}": did you mean "${meant}"? It is not read.`);
      return [msg(str`Onbekend attribuut "${name}": bedoelt u "${meant}"? Het wordt niet gelezen.`, { id: 'element.misspelled-attribute' })];
    });
  }

  /** A heading at the top level plus `offset`, capped at h6. */
  protected heading(offset: number, content: unknown, id?: string): TemplateResult {
    return HEADINGS[Math.min(this.level - 1 + offset, 5)](offset === 0 ? 'heading' : 'subheading', id ?? nothing, content);
  }

  /** Visible messages about bad input. */
  protected renderProblems(problems: (string | undefined)[]): TemplateResult | typeof nothing {
    const scheme = this.checkAttribute('color-scheme', this.colorScheme, COLOR_SCHEMES).problem;
    const list = [...problems, scheme, ...this.booleanProblems(), ...this.misspelledProblems()].filter((p): p is string => !!p);
    if (!list.length) return nothing;
    return html`<div class="message" role="status" part="message">${list.map((p) => html`<p>${p}</p>`)}</div>`;
  }

  /**
   * What shows while content loads (holding the space the content will take: see reserve.ts),
   * or when it failed.
   */
  protected renderLoading(): TemplateResult {
    if (this.loadFailed) {
      // No dataset to take the next step from: the fallback's numbers (the dataset's, tested).
      const f = FALLBACK[this.lang_];
      // Each number on the line of what it is for ("Thuis: 0800-2000", "gevaar: 112."): the last
      // word of its label in the number's box, where a line may break before the box.
      const [call, callWord] = lastWord(f.call);
      const [acute, acuteWord] = lastWord(f.acute);
      return html`<p class="message" role="alert">
        ${msg('De inhoud kon niet worden geladen. Herlaad de pagina om het opnieuw te proberen.', { id: 'element.load-failed' })}
        ${call}${phoneLink(FALLBACK_NUMBERS.advice.e164, this.lang_, true, '', callWord)} ${f.note} ${acute}${emergencyLink('.', acuteWord)}
      </p>`;
    }
    // Until the page language is known (and its strings loaded), nothing in a language that may be wrong.
    // The space is held by a box of the element's own font size (the line itself is smaller).
    this.showsLoading = true;
    return html`<div class="loading">${this.loadingLine()}</div>`;
  }

  /** The next loading line starts without words again. */
  private loadingDone() {
    clearTimeout(this.loadingTimer);
    this.loadingTimer = undefined;
    this.loadingSlow = false;
  }

  /** Set once the loading line has shown for a moment (LOADING_WORDS_AFTER_MS): from then on it says so in words. */
  private loadingSlow = false;
  private loadingTimer?: ReturnType<typeof setTimeout>;

  /**
   * The one line that says content is loading (a panel's too). Its words come only when the
   * loading takes a moment: a quick load (the usual one) shows none, rather than a line that
   * flashes up for a frame before the content; and until the page language is known, no words.
   * The space is held either way.
   */
  protected loadingLine(): TemplateResult {
    // A part that could not be loaded (the line failed after the content came) says so, rather
    // than "loading" for ever. Engines keep a failed module for the page's life: a reload it is.
    if (this.loadFailed) {
      return html`<p class="message" role="alert">
        ${msg('Dit deel kon niet worden geladen. Herlaad de pagina om het te zien.', { id: 'element.part-failed' })}
        ${msg('Bij acuut gevaar:', { id: 'element.loading-acute' })} ${emergencyLink()}
      </p>`;
    }
    if (!this.loadingSlow && this.loadingTimer === undefined) {
      this.loadingTimer = setTimeout(() => {
        this.loadingSlow = true;
        this.requestUpdate();
      }, LOADING_WORDS_AFTER_MS);
    }
    const words = this.loadingSlow && this.langKnown;
    // A slow load still offers the one number that never changes.
    return html`<p class="muted" aria-busy="true">
      ${words ? html`${msg('Signalenkaart wordt geladen…', { id: 'element.loading' })} ${msg('Bij acuut gevaar:', { id: 'element.loading-acute' })} ${emergencyLink()}` : nothing}
    </p>`;
  }

  /** Whom to call now, at the top: the page's local contacts first, then Veilig Thuis and 112. */
  protected renderNextStep(contacts: ContactsSlice | undefined, local: readonly LocalContact[] = []): TemplateResult | typeof nothing {
    if (this.noNextStep || !contacts) return nothing;
    return nextStepBar(nextStep(contacts, local), this.lang_);
  }

  /**
   * The sources of `sourceIds`; as the footer (`footer`, the default) with the dataset's version
   * and date, otherwise (the sources of one panel) without.
   */
  protected renderSources(sourceIds: readonly SourceId[], footer = true): TemplateResult | typeof nothing {
    const meta = this.data?.meta;
    if (!meta) return nothing;
    const sources = meta.sources.filter((s) => sourceIds.includes(s.id));
    const list = sources.length
      ? html`<p>${msg('Bronnen:', { id: 'element.sources' })}</p>
          <ul>
            ${sources.map((s) => html`<li><cite>${s.title}</cite> (${s.publisher}${s.year ? `, ${s.year}` : ''})</li>`)}
          </ul>`
      : nothing;
    if (!footer) return sources.length ? html`<div class="meta sources">${list}</div>` : nothing;
    // A copy kept for a long time says so (in the browser: pre-rendered HTML is read later than it is made).
    const old = !serverContent && olderThanAYear(meta.date, this.moment);
    return html`<div class="meta sources" part="footer">
      ${list}
      <p>
        ${msg(str`Signalenkaart-gegevens versie ${meta.version}, ${formatDate(meta.date, this.lang_)}.`, { id: 'element.version' })}
        ${old ? msg('Deze gegevens zijn meer dan een jaar oud: controleer een nummer bij twijfel bij de organisatie zelf.', { id: 'element.old-data' }) : nothing}
      </p>
    </div>`;
  }

  /** The moment the element shows its details for: now (the contact elements take a fixed one too). */
  protected get moment(): Date {
    return new Date();
  }

}
