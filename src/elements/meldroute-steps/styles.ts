import { css } from 'lit';
import { rowOfButtons } from '../../base/styles.js';

export const meldrouteStyles = css`
  .meldroute > :is(h1, h2, h3, h4, h5, h6):first-child {
    margin-top: 0;
  }
  .answers,
  .progress {
    ${rowOfButtons}
  }
  .progress p {
    margin: 0;
    flex: 1 1 12em;
  }
  .button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .steps {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
  }
  .step + .step {
    margin-top: var(--_space-sm);
  }
  :is(.advice, .flow, .follow-up, .route-contacts, .local) > :is(h2, h3, h4, h5, h6) {
    font-size: 1.25em;
  }
  :is(.questions, .flow-path, .norm, .action) > :is(h3, h4, h5, h6) {
    font-size: 1em;
  }
  .step > :is(h1, h2, h3, h4, h5, h6) {
    margin: 0;
    font-size: 1em;
  }
  /* The step's heading has no margin to give back around a closed panel (base styles). */
  .step {
    --_heading-gap: 0px;
  }
  .step .toggle {
    font-weight: bold;
  }
  .number {
    flex: none;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-width: 2em;
    height: 2em;
    border-radius: 50%;
    background: var(--_accent);
    color: var(--_accent-contrast);
  }
  .done-badge {
    flex: none;
    font-weight: normal;
    font-size: 0.875em;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0 0.4em;
  }
  .done-badge::before {
    content: '✓ ';
    /* Not read out: the badge says "gedaan" in words. */
    content: '✓ ' / '';
  }
  .step.done .number {
    background: var(--_surface);
    color: var(--_color);
    border: 2px solid var(--_accent);
  }
  .done-check {
    display: flex;
    align-items: center;
    gap: var(--_space-sm);
    min-height: 44px;
    cursor: pointer;
  }
  .done-check input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    flex: none;
  }
  .label {
    font-weight: bold;
    margin-bottom: 0.25em;
  }
  .step-contacts ul,
  ul.step-contacts {
    padding-inline-start: 1.25em;
  }
  .step-contacts,
  .local-fill,
  .outcome {
    overflow-wrap: anywhere;
  }
  .encouragement {
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
    border-radius: var(--_radius);
    padding: var(--_space-sm) var(--_space);
    margin: 0 0 var(--_space);
    font-style: italic;
  }
  .encouragement p:last-child {
    font-style: normal;
    font-weight: bold;
    margin-bottom: 0;
  }
  .acute-note {
    border: 2px solid var(--_warning-border);
    background: var(--_warning-bg);
    border-radius: var(--_radius);
    padding: var(--_space-sm) var(--_space);
  }
  .acute-call {
    display: block;
    font-weight: bold;
  }
  .flow-question,
  .outcome {
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space-sm) var(--_space);
    margin: 0 0 var(--_space);
  }
  .flow-question .question {
    font-weight: bold;
  }
  .flow-question .hint {
    border-inline-start: 4px solid var(--_accent);
    padding-inline-start: var(--_space-sm);
  }
  .answers .button {
    min-width: 6em;
  }
  .flow-path ol {
    padding-inline-start: 1.5em;
  }
  .flow-path li + li {
    margin-top: var(--_space-sm);
  }
  .flow-path .note {
    font-style: italic;
  }
  /* The questions not answered yet, as a list: on paper (where the buttons are not) and without
     JavaScript (pre-rendered HTML with scripts off, where the buttons cannot work). */
  .flow-open {
    display: none;
  }
  @media print, (scripting: none) {
    .flow-open {
      display: block;
    }
    .flow-open ol {
      padding-inline-start: 1.5em;
    }
  }
  .outcome {
    border: 2px solid var(--_accent);
  }
  .outcome:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .action {
    border-inline-start: 4px solid var(--_border);
    padding-inline-start: var(--_space);
    margin: 0 0 var(--_space);
  }
  .letter {
    font-weight: bold;
  }
  .local-slot ::slotted(*) {
    display: block;
    max-width: 100%;
  }
  @media print {
    .step > :is(h1, h2, h3, h4, h5, h6) .toggle {
      border: none;
      background: none;
      padding: 0;
      min-height: 0;
    }
    .number {
      border: 1px solid #000;
    }
    .step {
      break-inside: avoid;
    }
    .flow-path,
    .outcome {
      break-inside: avoid;
    }
  }
`;
