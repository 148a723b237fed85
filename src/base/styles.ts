/**
 * Shared styles: design tokens. Every custom property has the prefix --signalenkaart-,
 * falls back to an NL Design System basis token, then to a sober default.
 * Elements add their own styles beside their code.
 */
import { css, unsafeCSS, type CSSResult, type CSSResultOrNative } from 'lit';
import { loadingRules } from '../reserve.js';
import type { ElementName } from '../catalog.js';

/** Styles only a live element uses: pre-rendered HTML leaves them out. */
const liveOnly = new WeakSet<CSSResultOrNative>();

/**
 * While the content loads, the element keeps the height it held before its code ran
 * (src/reserve.ts): what follows stays below the screen until the content is there. The general
 * rule without `element`, else `element`'s own rows (after the general rule in its styles).
 * Only for live elements: pre-rendered HTML shows its content, never the loading box, and is
 * never skipped off-screen with an estimate.
 */
export function loadingStyles(element?: ElementName): CSSResult {
  const styles = unsafeCSS(loadingRules(element));
  liveOnly.add(styles);
  return styles;
}

/** The styles pre-rendered HTML inlines of an element's (`elementStyles`): not the live ones. */
export const prerenderedStyles = (styles: readonly CSSResultOrNative[]): CSSResultOrNative[] => styles.filter((s) => !liveOnly.has(s));

/** The dark defaults: an override (--signalenkaart-*) still wins. */
const darkTokens = css`
    --_color: var(--signalenkaart-color, #f0f0f0);
    --_background: var(--signalenkaart-background-color, #1e1e1e);
    --_muted: var(--signalenkaart-muted-color, #c8c8c8);
    --_accent: var(--signalenkaart-accent-color, #9cc3f5);
    --_accent-contrast: var(--signalenkaart-accent-contrast-color, #101010);
    --_border: var(--signalenkaart-border-color, #8c8c8c);
    --_surface: var(--signalenkaart-surface-color, #2b2b2b);
    --_focus: var(--signalenkaart-focus-color, #ffffff);
    --_warning-bg: var(--signalenkaart-warning-background-color, #3d3100);
    --_warning-border: var(--signalenkaart-warning-border-color, #ffd24d);
    color-scheme: dark;
    /* A dark panel on a page of another colour: keep the content off its edges. */
    padding: var(--_space);
    border-radius: var(--_radius);
`;

/** The layout of a row of buttons (and short notes), for .actions and elements' own rows. */
export const rowOfButtons = css`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: var(--_space-sm);
  margin: 0 0 var(--_space);
`;

export const baseStyles = css`
  :host {
    --_color: var(--signalenkaart-color, var(--basis-color-default-color-document, #1a1a1a));
    --_background: var(--signalenkaart-background-color, var(--basis-color-default-bg-document, #ffffff));
    --_muted: var(--signalenkaart-muted-color, var(--basis-color-default-color-subtle, #4d4d4d));
    --_accent: var(--signalenkaart-accent-color, var(--basis-color-accent-1-color-default, #154273));
    --_accent-contrast: var(--signalenkaart-accent-contrast-color, var(--basis-color-accent-1-inverse-color-default, #ffffff));
    --_border: var(--signalenkaart-border-color, var(--basis-color-default-border-default, #8c8c8c));
    --_surface: var(--signalenkaart-surface-color, var(--basis-color-default-bg-subtle, #f3f3f3));
    --_focus: var(--signalenkaart-focus-color, var(--basis-focus-outline-color, #000000));
    --_focus-bg: var(--signalenkaart-focus-background-color, var(--basis-focus-background-color, #ffbf47));
    --_warning-bg: var(--signalenkaart-warning-background-color, var(--basis-color-warning-bg-default, #fff4ce));
    --_warning-border: var(--signalenkaart-warning-border-color, var(--basis-color-warning-border-default, #8a6100));
    --_font-family: var(--signalenkaart-font-family, var(--basis-text-font-family-default, system-ui, sans-serif));
    --_font-size: var(--signalenkaart-font-size, var(--basis-text-font-size-md, max(1em, 0.75rem)));
    --_line-height: var(--signalenkaart-line-height, var(--basis-text-line-height-md, 1.5));
    --_space: var(--signalenkaart-space, var(--basis-space-block-md, 0.75rem));
    --_space-sm: var(--signalenkaart-space-sm, var(--basis-space-block-sm, 0.5rem));
    --_radius: var(--signalenkaart-border-radius, var(--basis-border-radius-md, 4px));

    display: block;
    box-sizing: border-box;
    max-width: 100%;
    color: var(--_color);
    background: var(--_background);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    line-height: var(--_line-height);
    overflow-wrap: break-word;
    /* The content is Dutch or English, read left to right, also on a right-to-left page (an
       Arabic or Persian page that embeds it): there a number such as "020 760 08 09" would be
       drawn with its groups reversed. And it is laid out for reading: not centred, justified
       or kept on one line by the text around it. */
    direction: ltr;
    unicode-bidi: isolate;
    text-align: start;
    text-indent: 0;
    white-space: normal;
    /* Nor broken anywhere, or made unselectable, by the column it stands in: a reader may copy
       a number or an address. */
    word-break: normal;
    line-break: auto;
    -webkit-user-select: text;
    user-select: text;
  }
  /* Dutch runs to long words (mantelzorgverleningscheck): in the larger type of a heading or a
     panel's title on a phone they are hyphenated where the engine knows the language, not cut
     before their last letter. Never a name, number, address or link: those are copied and
     dialled as written. */
  :is(h1, h2, h3, h4, h5, h6, .toggle, legend) {
    -webkit-hyphens: auto;
    hyphens: auto;
  }
  :is(a, [translate='no'], data, code) {
    -webkit-hyphens: manual;
    hyphens: manual;
  }
  :host([hidden]) {
    display: none;
  }
  /* Dark where the host opts in: the color-scheme attribute, or the page's color-scheme
     (the custom state set by the base element). Never in print. */
  @media not print {
    :host([color-scheme='dark']) {
      ${darkTokens}
    }
    :host(:state(dark)) {
      ${darkTokens}
    }
  }
  /* Said for every box, not inherited from :host: a page's own "* { box-sizing: content-box }"
     applies to the host element too (it wins over :host), and would reach every box inside. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h1, h2, h3, h4, h5, h6 {
    line-height: 1.25;
    margin: var(--_space) 0 var(--_space-sm);
  }
  p, ul, ol, dl {
    margin: 0 0 var(--_space-sm);
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
  }
  /* A phone number stays on one line: "0800-" at a line's end and "2000" on the next is read,
     and dialled, as two numbers. A box of its own moves to the next line whole; only a number
     wider than its column (200% text on a phone) wraps inside it, rather than stick out. */
  .phone {
    display: inline-block;
  }
  /* A radio button shows its focus also where the engine says it is not "visible": WebKit drops
     :focus-visible when an arrow key moves to the next radio of a group (the minor question, the
     scores), and a keyboard user would not see which answer has focus. */
  a:focus-visible,
  button:focus-visible,
  input:focus-visible,
  input[type='radio']:focus,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 6px var(--_focus-bg);
  }
  button {
    font: inherit;
    cursor: pointer;
  }
  .message {
    border: 2px solid var(--_warning-border);
    background: var(--_warning-bg);
    color: var(--_color);
    padding: var(--_space-sm) var(--_space);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
  }
  .muted,
  .meta {
    color: var(--_muted);
    font-size: 0.875em;
  }
  /* On a page with many elements (more than eight: the state "many", base/element.ts), an element
     that is off-screen is skipped (layout, paint) until it is scrolled near: the page renders what
     is in view first. The clip margin keeps focus outlines of
     controls at the edge (3px at 2px) whole through the paint containment this brings; an
     engine without clip margins (WebKit) is not skipped, so no outline is ever cut off.
     Not for pre-rendered elements ("signalenkaart render" marks them): their size is known
     already, and an estimate would move the page when the script takes them over. Nor for
     their blocks before the script has come: Chromium paints the first frame at the estimates
     and then moves what is on the screen to its real height (a short page with one contact list
     jumped by a layout shift of 0.42), so a pre-rendered page is laid out whole, as a static page
     is. */
  @supports (overflow-clip-margin: 1px) {
    :host(:state(many):not([prerendered])) [part~='base'] {
      content-visibility: auto;
      /* Its estimated height: the height it holds while loading (loadingStyles, above). */
      overflow-clip-margin: 8px;
    }
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  /* A row of buttons (and short notes) above or below content. */
  .actions {
    ${rowOfButtons}
  }
  .toggle {
    display: flex;
    width: 100%;
    align-items: center;
    gap: var(--_space-sm);
    text-align: start;
    background: var(--_surface);
    color: var(--_color);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-sm) var(--_space);
    min-height: 44px;
  }
  .toggle::before {
    content: '';
    flex: none;
    width: 0.5em;
    height: 0.5em;
    border-right: 2px solid currentColor;
    border-bottom: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  /* The label in its own box: as a bare text (an anonymous flex item) it could not be narrower
     than its longest word, and would run out of the button in a narrow column or large text. */
  /* A panel's title keeps its bottom margin: a closed panel that holds its content for
     find-in-page, and a pre-rendered one (a closed <details>), give that margin back below
     themselves (see .panel below), so a host page's ::part(subheading) margin there would move
     what follows when the panels become findable or the script takes a pre-rendered page over.
     (Inside the element, !important beats a page's ::part rules.) */
  :is(h1, h2, h3, h4, h5, h6):has(> .toggle) {
    margin-bottom: var(--_heading-gap, var(--_space-sm)) !important;
  }
  .toggle-label {
    flex: 1 1 auto;
    min-width: 0;
  }
  .toggle[aria-expanded='true']::before {
    transform: rotate(45deg);
  }
  .panel {
    padding: var(--_space-sm) 0 var(--_space-sm) var(--_space);
  }
  /* A closed panel that holds its content for find-in-page: skipped (not shown, not focusable)
     until the browser finds something in it, as the engines' own rule for hidden="until-found"
     does; said here too, with no padding, so a closed panel takes no space in any engine.
     Its containment keeps the margins around it apart, where a closed panel (display: none) let
     its heading's bottom margin fold into what follows: the panel takes the heading's bottom
     margin back and gives it again below itself, so nothing below moves when the panels become
     findable (8px each, measured as a layout shift). An element whose panel headings have
     another bottom margin says so in --_heading-gap. */
  @media screen {
    .panel[hidden='until-found'] {
      content-visibility: hidden;
      display: block;
      padding: 0;
      margin: calc(-1 * var(--_heading-gap, var(--_space-sm))) 0 var(--_heading-gap, var(--_space-sm));
    }
  }
  .button {
    background: var(--_accent);
    color: var(--_accent-contrast);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space-sm) var(--_space);
    min-height: 44px;
  }
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  @media (prefers-reduced-motion: reduce) {
    /* '*' alone would miss the pseudo-elements (the toggles' chevrons). */
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    .toggle,
    .button,
    .message {
      border: 1px solid CanvasText;
    }
    a:focus-visible,
    button:focus-visible,
    input:focus-visible,
    input[type='radio']:focus,
    textarea:focus-visible {
      outline: 3px solid Highlight;
    }
  }
  /* Without JavaScript (pre-rendered HTML, scripts off): no buttons, and nothing else, that
     needs it to work or to be true (.needs-script). */
  @media (scripting: none) {
    .actions,
    .answers,
    .progress,
    .needs-script {
      display: none !important;
    }
  }
  @media print {
    :host {
      color: #000;
      background: #fff;
    }
    /* Closed panels print open: also those that hold their content hidden until found, which
       the engine's own style skips (content-visibility). */
    .panel[hidden] {
      display: block !important;
      content-visibility: visible !important;
    }
    [part~='base'] {
      content-visibility: visible;
    }
    .no-print,
    .toggle::before {
      display: none !important;
    }
    a[href^='tel:']::after,
    a[href^='mailto:']::after {
      content: '';
    }
  }
`;
