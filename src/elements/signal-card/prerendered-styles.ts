import { css } from 'lit';

/**
 * What only the card's pre-rendered HTML has: its panels as native `<details>` (signal-card.ts,
 * `collapsible`). Inlined by the renderers (src/render/styles.ts), never loaded by the live card.
 */
export const cardPrerenderedStyles = css`
  /* The summary is the box of the heading it holds, whose .toggle is drawn as the live card's
     toggle button (also where a host page spaces its letters: a button does not inherit that),
     so the take-over moves nothing. */
  summary {
    display: block;
    list-style: none;
    cursor: pointer;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  .toggle {
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-indent: 0;
  }
  [open] > summary .toggle::before {
    transform: rotate(45deg);
  }
  /* A closed <details> holds its content in a box that margins do not fold through (the
     engines skip it as they skip a panel hidden until found): the heading's bottom margin is
     given to the <details> instead, so it folds into what follows as the live card's does. */
  details:not([open]) {
    margin-bottom: var(--_heading-gap, var(--_space-sm));
  }
  details:not([open]) > summary > * {
    margin-bottom: 0 !important;
  }
  /* Printed without a script: closed panels print open, as the live card's do. */
  @media print {
    ::details-content {
      content-visibility: visible;
      display: block;
    }
  }
`;
