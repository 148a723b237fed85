/**
 * The dataset's schema, as TypeScript types. The runtime validator in
 * `src/data/validate.ts` checks the same rules; the dataset tests run it.
 *
 * Content is authored per language (`src/data/<lang>/`) and per part
 * (signals, routes, contacts, background), so a page loads only the slices its
 * elements show. Ids are shared across languages.
 */

import type { AUDIENCES, DEFINITION_ELEMENTS, EXPLOITATIONS, SECTION_KINDS, TOPICS } from './enums.js';

export type Exploitation = (typeof EXPLOITATIONS)[number];
export type Audience = (typeof AUDIENCES)[number];
export type SourceId =
  | 'vt-ijsselland' // 000 Signalenkaart voor professionals: arbeidsuitbuiting
  | 'fairwork-balie' // 001 Een mogelijk slachtoffer van mensenhandel aan de balie?
  | 'balie-crimineel' // 002 Criminele uitbuiting: wat kan jij als baliemedewerker doen?
  | 'eu-eerstelijn' // 003 Praktische handleiding eerstelijns signalering (EU)
  | 'fairwork-medisch'; // 004 Toolkit signaleren van mensenhandel door de medische professional

/** The three elements of the EU definition. */
export type DefinitionElement = (typeof DEFINITION_ELEMENTS)[number];

/** The 15 rows of the EU guide's annex-1 form. */
export type AnnexRowId =
  | 'werving'
  | 'vervoer'
  | 'huisvesting'
  | 'dreiging'
  | 'geweld'
  | 'bewegingsvrijheid'
  | 'isoleren'
  | 'documenten'
  | 'loon'
  | 'misleiding'
  | 'kwetsbare-positie'
  | 'betalingen'
  | 'doel-arbeid'
  | 'doel-seksueel'
  | 'doel-bedelarij-strafbaar';

export type Topic = (typeof TOPICS)[number];
export type SectionKind = (typeof SECTION_KINDS)[number];

/** A reference back to a seed document, with an optional page/section hint. */
export interface SourceRef {
  source: SourceId;
  /** Free text: section heading in the source, e.g. "Mogelijke signalen van arbeidsuitbuiting". */
  section?: string;
}

/* ------------------------------------------------------------------ signals */

export interface Category {
  /** Unique, kebab-case, e.g. "eu-werving", "med-fysiek", "vt-arbeid", "balie-signalen". */
  id: string;
  /** Label in the dataset's language, as the source names the group. */
  label: string;
  source: SourceId;
  /** Where the source groups it under handeling/middel/doel (EU guide), if it does. */
  element?: DefinitionElement;
}

export interface Signal {
  /** Unique, kebab-case, prefixed with the category, e.g. "eu-werving-1". */
  id: string;
  /** The signal as one clean sentence or phrase, reconstructed from the source. */
  text: string;
  category: string; // Category.id
  /** Forms of exploitation the signal applies to (tagging rule in the issue). */
  forms: Exploitation[];
  /** True when the signal is specific to the forms listed (not a generic one tagged with all forms). */
  formSpecific: boolean;
  audiences: Audience[];
  /** The annex-1 row this signal is scored under. */
  annexRow: AnnexRowId;
  /** EU guide: signals marked in orange are observable (vs. heard). */
  observable?: boolean;
  ref: SourceRef;
}

/* ------------------------------------------------------------------- routes */

export interface Question {
  /** 'companion' = aan begeleider; 'victim' = aan mogelijk slachtoffer; 'any' otherwise. */
  to: 'companion' | 'victim' | 'any';
  text: string;
}

export interface Step {
  id: string;
  /** Short title, e.g. "Win tijd". */
  title: string;
  /** Paragraphs of explanation (plain text, no HTML). */
  body: string[];
  /** Bulleted points belonging to the step. */
  points?: string[];
  questions?: Question[];
  /** Contact ids (contacts slice) mentioned by this step, rendered as tel: links. */
  contacts?: string[];
  /** Set when the step only applies in a region (e.g. the IJsselland zorgcoördinator). */
  region?: string;
  ref: SourceRef;
}

export interface FlowOutcome {
  kind: 'close' | 'report' | 'help' | 'help-and-agree';
  text: string;
}

export interface FlowQuestion {
  id: string; // 'vermoeden' | 'veiligheid' | 'hulp' | 'acceptatie' | 'resultaat'
  number: number;
  title: string; // "Vermoeden"
  question: string; // the short question from the afwegingskader chart
  /** The longer wording from the KNMG 5 afwegingsvragen list. */
  longQuestion?: string;
  /** Next question id, or an outcome. */
  yes: { next: string } | { outcome: FlowOutcome };
  no: { next: string } | { outcome: FlowOutcome };
  /** Note shown with the answer, e.g. "De afwegingen 3-5 worden vervolgens samen met Veilig Thuis doorlopen." */
  note?: string;
  /** Shown with the question itself, so it is read before answering (e.g. that the meldcode covers mensenhandel). */
  hint?: string;
}

export interface FollowUpAction {
  id: 'A' | 'B' | 'C' | 'D';
  /** Situation, e.g. "Het gaat om een kind". */
  situation: string;
  action: string[];
  contacts?: string[];
}

export interface Route {
  id: Audience;
  title: string;
  intro?: string[];
  steps: Step[];
  /** Encouragement or closing lines, e.g. "Zelfs als u denkt: ik heb het vast niet goed gezien...". */
  encouragement?: string[];
  /** Extra advice blocks, e.g. from the criminal-exploitation leaflet. */
  advice?: { title: string; points: string[]; contacts?: string[]; ref: SourceRef }[];
  /** KNMG afwegingskader (medical route). */
  flow?: { title: string; intro?: string; acuteNote: string; questions: FlowQuestion[]; reportingNorm?: string[]; ref: SourceRef };
  /** EU follow-up actions A-D (first-line route). */
  followUp?: { intro: string; actions: FollowUpAction[]; ref: SourceRef };
  /** Contact ids the route ends with (always a concrete next step). */
  contacts: string[];
  sources: SourceId[];
}

/* ----------------------------------------------------------------- contacts */

export interface Phone {
  /** E.164, e.g. "+319008844"; emergency numbers as dialled, e.g. "112". */
  number: string;
  /** What this number is for when a contact has several, e.g. "Telefonische helpdesk". */
  label?: string;
}

export interface HoursPeriod {
  /** ISO weekday numbers, 1 = Monday ... 7 = Sunday. */
  days: number[];
  /** "HH:MM" in Europe/Amsterdam time. */
  from: string;
  to: string;
}

export interface Hours {
  /** True when the line is always reachable (day and night, every day). */
  always?: boolean;
  periods?: HoursPeriod[];
  /** The wording of the page or source the contact's details come from, e.g. "van 09.00 tot 17.00 uur op maandag t/m vrijdag". */
  text: string;
}

/**
 * That a contact's number, name and hours were checked against a public page: the
 * organisation's own or another authoritative one (src/data/verifications.json keeps the
 * passage that shows the number). A date without a page is not a verification.
 */
export interface Verification {
  /** The day the page was read, "YYYY-MM-DD". */
  on: string;
  /** The page, https:. */
  against: string;
}

export interface Contact {
  /** Unique, kebab-case, e.g. "veilig-thuis", "comensha", "politie", "alarmnummer". */
  id: string;
  name: string;
  /** Earlier name the sources use, e.g. "Inspectie SZW". */
  formerName?: string;
  /** What it is for, one or two sentences. */
  description: string;
  phones?: Phone[];
  email?: string;
  /** https: only. */
  website?: string;
  address?: { visit?: string; post?: string };
  /** One statement of when the line is reachable: the dataset resolves conflicting sources to one answer. */
  hours?: Hours;
  topics: Topic[];
  /** Lowercase hyphenated region name when the contact is regional, e.g. "ijsselland". */
  region?: string;
  /** Part of the default core list. */
  core?: boolean;
  /** The source documents it comes from (their year is the date of that information). */
  refs: SourceRef[];
  /** Set only when the details were checked against a named public page. */
  verified?: Verification;
}

/* --------------------------------------------------------------- background */

export interface FormExplanation {
  form: Exploitation;
  title: string;
  paragraphs: string[];
  ref: SourceRef;
}

export interface Guidance {
  helps: string[];
  hinders: string[];
  intro?: string[];
  forms: Exploitation[];
  ref: SourceRef;
}

export interface CaseExample {
  id: string;
  title: string;
  forms: Exploitation[];
  story: string[];
  signals: string[];
  outcome?: string;
  ref: SourceRef;
}

export interface SafeQuestionGroup {
  id: string;
  title: string;
  questions: string[];
  ref: SourceRef;
}

/** A titled block of background text: paragraphs and/or bullet points. */
export interface Section {
  id: string;
  title: string;
  /**
   * `general`: for every reader (what trafficking is, rights, figures, why victims stay silent).
   * `practice`: about one setting (the GP practice, the front desk, the first-line guide itself):
   * shown only to the audiences of its source, and to a card without an audience.
   */
  kind: SectionKind;
  paragraphs?: string[];
  points?: string[];
  /** Forms this section is about, when specific. */
  forms?: Exploitation[];
  ref: SourceRef;
}

export interface Definition {
  quote: string;
  handeling: string[];
  middel: string[];
  doel: string[];
  explanation: string[];
  childRule: string;
  ref: SourceRef;
}

export interface SmugglingComparison {
  intro: string[];
  rows: { aspect: string; trafficking: string; smuggling: string }[];
  ref: SourceRef;
}

export interface Reading {
  title: string;
  /** https: only; http addresses go to `text`. */
  url?: string;
  text?: string;
  ref: SourceRef;
}

export interface Background {
  definition?: Definition;
  smuggling?: SmugglingComparison;
  forms?: FormExplanation[];
  guidance?: Guidance[];
  cases?: CaseExample[];
  safeQuestions?: { intro: string[]; groups: SafeQuestionGroup[] };
  /** Other sections: why identification matters, rights, barriers, vulnerable groups, figures, ... */
  sections?: Section[];
  reading?: Reading[];
}

/* --------------------------------------------------------------------- meta */

export interface Source {
  id: SourceId;
  title: string;
  publisher: string;
  year?: number;
  audiences: Audience[];
  seedFile: string;
}

export interface AnnexRow {
  id: AnnexRowId;
  label: string;
  element: DefinitionElement;
}

export interface Meta {
  version: string;
  date: string;
  sources: Source[];
  annexRows: AnnexRow[];
}

/** The parts as loaded: one slice each. */
export interface SignalsSlice {
  categories: Category[];
  signals: Signal[];
}
export interface RoutesSlice {
  routes: Route[];
}
export interface ContactsSlice {
  contacts: Contact[];
}
export type BackgroundSlice = Background;
