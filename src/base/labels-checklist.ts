/** Interface labels of the checklist's scores and statuses. See labels.ts. */
import { msg } from '@lit/localize';
import type { ElementStatus, Score } from '../model/checklist.js';

/** A score of the EU checklist (annex 1): "0 geen signalen" ... "3 meer info vereist". */
export function scoreLabel(score: Score): string {
  switch (score) {
    case 0:
      return msg('0 geen signalen', { id: 'checklist.score.0' });
    case 1:
      return msg('1 aanwezigheid van signalen', { id: 'checklist.score.1' });
    case 2:
      return msg('2 bewijs', { id: 'checklist.score.2' });
    case 3:
      return msg('3 meer info vereist', { id: 'checklist.score.3' });
  }
}

/** How far an element of the definition is noted in the checklist. */
export function statusLabel(status: ElementStatus): string {
  switch (status) {
    case 'noted':
      return msg('signalen genoteerd', { id: 'checklist.status.noted' });
    case 'more-info':
      return msg('meer informatie nodig', { id: 'checklist.status.more-info' });
    case 'none':
      return msg('nog geen signalen genoteerd', { id: 'checklist.status.none' });
    case 'not-needed':
      return msg('niet nodig bij een mogelijk minderjarige', { id: 'checklist.status.not-needed' });
  }
}
