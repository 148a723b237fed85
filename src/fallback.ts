/**
 * The next step an element holds where it cannot show its content: the fallback the snippet
 * builder writes into a snippet (shown until the element is defined, and for good without
 * JavaScript), what the loader puts in an element whose code could not be loaded (a file
 * missing on the site, a network error), and what an element says whose content could not be
 * loaded (base/element.ts). The numbers are the dataset's: Veilig Thuis, day and
 * night, and 112 (test/demo/builder.test.ts and test/dist/load-failure.test.ts compare them).
 * No Lit, nothing else: the loader carries this.
 */
import type { Lang } from './data/slices.js';

export const FALLBACK = {
  nl: {
    failed: 'De signalenkaart kon hier niet worden geladen.',
    call: 'Zorgen? Bel Veilig Thuis:',
    note: '(gratis, dag en nacht).',
    acute: 'Bij acuut gevaar:',
  },
  en: {
    failed: 'The signalenkaart could not be loaded here.',
    call: 'Worried? Call Veilig Thuis:',
    note: '(free, day and night).',
    acute: 'In acute danger:',
  },
} as const satisfies Record<Lang, Record<string, string>>;

/** Each number as dialled (international), and as readers of each language expect it written. */
export const FALLBACK_NUMBERS = {
  advice: { e164: '+318002000', nl: '0800-2000', en: '+31 800 2000' },
  acute: { e164: '112', text: '112' },
} as const;

/** The fallback as a paragraph, made with DOM calls (no markup parsed): "[failed] Zorgen? Bel Veilig Thuis: 0800-2000 (…). Bij acuut gevaar: 112." */
export function fallbackParagraph(doc: Document, lang: Lang, failed: boolean): HTMLParagraphElement {
  const f = FALLBACK[lang];
  const n = FALLBACK_NUMBERS;
  const link = (href: string, text: string) => {
    const a = doc.createElement('a');
    a.href = href;
    a.textContent = text;
    a.setAttribute('translate', 'no');
    return a;
  };
  const p = doc.createElement('p');
  p.append(
    ...(failed ? [`${f.failed} `] : []),
    // A no-break space keeps each number on the line of what it is for ("gevaar: 112.").
    `${f.call}\u00a0`,
    link(`tel:${n.advice.e164}`, n.advice[lang]),
    ` ${f.note} ${f.acute}\u00a0`,
    link(`tel:${n.acute.e164}`, n.acute.text),
    '.',
  );
  return p;
}
