/**
 * The next step, at the top of every element: whom to call now, as `tel:` links, in one or
 * two calm lines. Render only: what it shows comes from model/next-step.
 */
import { css, html, nothing, type TemplateResult } from 'lit';
import { msg } from '@lit/localize';
import type { Lang } from '../data/slices.js';
import { isFreephone, type NextStep } from '../model/next-step.js';
import { normalizePhone } from '../model/phone.js';
import { emergencyLink, phoneLink } from './phone-link.js';

export function nextStepBar(step: NextStep, lang: Lang): TemplateResult | typeof nothing {
  const { advice, local } = step;
  const number = advice?.phones?.[0]?.number;
  if (!advice && !local.length) return nothing;
  const notes = [
    number && isFreephone(normalizePhone(number) ?? '') ? msg('gratis', { id: 'next-step.free' }) : '',
    step.adviceAlways ? msg('dag en nacht', { id: 'next-step.always' }) : '',
  ].filter(Boolean);
  return html`<div class="next-step" part="next-step">
    <p>
      <strong>${msg('Zorgen? Bel voor overleg:', { id: 'next-step.call' })}</strong>
      ${local.map(
        (c) => html`<span class="next-step-item"><span translate="no" dir="auto">${c.name}</span> ${phoneLink(c.phone!, lang)}</span>`,
      )}
      ${advice && number
        ? html`<span class="next-step-item"
            ><span translate="no">${advice.name}</span> ${phoneLink(number, lang)}${notes.length ? html` <span class="muted">(${notes.join(', ')})</span>` : nothing}</span
          >`
        : nothing}
    </p>
    <p><strong>${msg('Acuut gevaar:', { id: 'next-step.acute' })}</strong> ${emergencyLink()}</p>
  </div>`;
}

export const nextStepStyles = css`
  .next-step {
    border-inline-start: 4px solid var(--_accent);
    background: var(--_surface);
    border-radius: var(--_radius);
    padding: var(--_space-sm) var(--_space);
    margin: 0 0 var(--_space);
  }
  .next-step p {
    margin: 0;
  }
  .next-step p + p {
    margin-top: var(--_space-sm);
  }
  .next-step-item {
    display: inline-block;
    margin-inline-end: var(--_space);
  }
  .next-step a {
    display: inline-block;
    min-height: 24px;
    padding-block: 2px;
    font-weight: bold;
  }
  @media print {
    .next-step {
      border-color: #000;
      background: none;
    }
  }
`;
