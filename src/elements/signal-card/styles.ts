import { css } from 'lit';

export const cardStyles = css`
  .card {
    min-width: 0;
  }
  /* Like the whole element (base styles), the sections of a tall card are skipped while
     off-screen, where the engine keeps focus outlines whole (clip margin); not those of a
     pre-rendered card (base styles say why). */
  @supports (overflow-clip-margin: 1px) {
    :host(:state(many):not([prerendered])) .section {
      content-visibility: auto;
      contain-intrinsic-size: auto 12em;
      overflow-clip-margin: 8px;
    }
  }
  /* The container for the comparison table's narrow layout: only around the table, so a page
     with many cards lays out no containers until a background panel opens. */
  .smuggling {
    container: card / inline-size;
  }
  .intro {
    color: var(--_muted);
  }
  .section,
  .group,
  .case {
    margin: 0 0 var(--_space);
  }
  .signals {
    padding-inline-start: 1.25em;
  }
  .signals li {
    margin: 0 0 0.25em;
  }
  .tag {
    display: inline-block;
    font-size: 0.8125em;
    color: var(--_muted);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0 0.35em;
    margin-inline-start: 0.25em;
    white-space: nowrap;
  }
  .columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15em), 1fr));
    gap: 0 var(--_space);
  }
  .case {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: var(--_space);
  }
  .case-signals {
    font-weight: bold;
    margin-bottom: 0.25em;
  }
  blockquote {
    margin: 0 0 var(--_space-sm);
    padding: var(--_space-sm) var(--_space);
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
  }
  .note {
    background: var(--_surface);
    padding: var(--_space-sm) var(--_space);
    border-radius: var(--_radius);
  }
  table {
    border-collapse: collapse;
    width: 100%;
    margin: 0 0 var(--_space);
    table-layout: fixed;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.25em 0.4em;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
    hyphens: auto;
  }
  thead th {
    background: var(--_surface);
  }
  .toggle {
    font-weight: bold;
  }
  h2 > .toggle,
  h3 > .toggle,
  h4 > .toggle,
  h5 > .toggle,
  h6 > .toggle {
    font-size: inherit;
    line-height: inherit;
  }
  /* Narrow: the comparison table stacks per aspect (roles keep the table semantics). */
  @container card (max-width: 30em) {
    .compare,
    .compare tbody,
    .compare tr,
    .compare th,
    .compare td {
      display: block;
    }
    .compare thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .compare tr {
      border: 1px solid var(--_border);
      margin: 0 0 var(--_space-sm);
    }
    .compare th,
    .compare td {
      border: none;
    }
    .compare th[scope='row'] {
      background: var(--_surface);
    }
    /* The column's name before each cell, for the eye only: a screen reader has the column
       header already (the alternative text after "/" is empty; an engine without it keeps the
       first declaration). Not in the empty corner cell. */
    .compare td[data-label]::before {
      content: attr(data-label) ': ';
      content: attr(data-label) ': ' / '';
      font-weight: bold;
    }
  }
  .reading a {
    overflow-wrap: anywhere;
  }
  @media print {
    .actions {
      display: none;
    }
    .toggle {
      border: none;
      background: none;
      padding: 0;
      min-height: 0;
    }
    .case,
    .group {
      break-inside: avoid;
    }
    .section {
      content-visibility: visible;
    }
  }
`;
