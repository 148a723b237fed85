import { css } from 'lit';

export const checklistStyles = css`
  .checklist {
    min-width: 0;
  }
  .privacy {
    border-inline-start: 4px solid var(--_accent);
    padding: var(--_space-sm) var(--_space);
    background: var(--_surface);
  }
  .actions p {
    margin: 0;
  }
  fieldset {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    margin: 0 0 var(--_space);
    padding: var(--_space-sm) var(--_space);
    min-width: 0;
  }
  legend {
    font-weight: bold;
    padding: 0 0.25em;
    max-width: 100%;
  }
  .check,
  .choice {
    display: flex;
    align-items: flex-start;
    gap: var(--_space-sm);
    min-height: 44px;
    padding: 0.35em 0;
    cursor: pointer;
  }
  .check input,
  .choice input {
    flex: none;
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_accent);
  }
  .check > span,
  .choice > span {
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .choice input:disabled + span {
    color: var(--_muted);
  }
  .choice:has(input:disabled) {
    cursor: default;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
  }
  .choices .choice {
    flex: 1 1 10em;
  }
  .tag {
    font-size: 0.8125em;
    color: var(--_muted);
    white-space: nowrap;
  }
  .row-signals {
    font-size: 0.875em;
    color: var(--_muted);
    margin: 0.25em 0;
  }
  .note-label {
    display: block;
    margin-top: var(--_space-sm);
  }
  textarea {
    display: block;
    width: 100%;
    max-width: 100%;
    min-height: 44px;
    font: inherit;
    color: var(--_color);
    background: var(--_background);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.35em 0.5em;
    resize: vertical;
  }
  .child {
    border: 2px solid var(--_warning-border);
    background: var(--_warning-bg);
    border-radius: var(--_radius);
    padding: var(--_space-sm) var(--_space);
    margin: 0 0 var(--_space);
  }
  .summary {
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space-sm) var(--_space);
    margin: 0 0 var(--_space);
  }
  .statuses {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.25em var(--_space);
  }
  .statuses dt {
    font-weight: bold;
  }
  .statuses dd {
    margin: 0;
  }
  .contacts {
    padding-inline-start: 1.25em;
  }
  .contacts a {
    overflow-wrap: anywhere;
  }
  .record {
    display: none;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    table-layout: fixed;
  }
  th,
  td {
    border: 1px solid #000;
    padding: 0.2em 0.4em;
    text-align: start;
    vertical-align: top;
    overflow-wrap: anywhere;
  }
  /* Hidden with Escape: one neutral line, nothing else of the list. */
  .concealed-line {
    margin: 0;
    padding: var(--_space-sm) 0;
  }
  .button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .not-assessed {
    font-style: italic;
  }
  @media print {
    /* Active only between beforeprint and afterprint: the record replaces the controls. */
    .printing .controls,
    .printing .summary,
    .printing .privacy,
    .printing .actions {
      display: none !important;
    }
    .printing .record {
      display: block;
    }
    .printing .record tr {
      break-inside: avoid;
    }
  }
`;
