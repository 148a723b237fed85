/** Selecting what a reporting route shows for a region, as pure functions. */
import type { Audience, Contact, ContactsSlice, Question, Route, RoutesSlice, Step } from '../data/types.js';
import { contactById, contactsFor, resolveContacts } from './contacts.js';

export function routeById(slice: RoutesSlice, id: Audience): Route | undefined {
  return slice.routes.find((r) => r.id === id);
}

/** Steps that apply in a region: regional steps only for their own region. */
export function stepsFor(route: Route, region?: string): Step[] {
  return route.steps.filter((s) => !s.region || s.region === region);
}

/** True when `ids` name a regional contact of another region, which drops out for `region`. */
export function dropsRegional(slice: ContactsSlice, ids: readonly string[] | undefined, region?: string): boolean {
  return (ids ?? []).some((id) => {
    const c = contactById(slice, id);
    return !!c?.region && c.region !== region;
  });
}

/**
 * Advice blocks that apply in a region: a block whose contacts are all regional contacts of
 * another region (e.g. the IJsselland zorgcoördinator elsewhere) is left out.
 */
export function adviceFor(route: Route, slice: ContactsSlice, region?: string): NonNullable<Route['advice']> {
  return (route.advice ?? []).filter((a) => {
    const ids = a.contacts ?? [];
    if (!ids.length) return true;
    return ids.some((id) => {
      const c: Contact | undefined = contactById(slice, id);
      return !c || !c.region || c.region === region;
    });
  });
}

export interface QuestionGroup {
  to: Question['to'];
  questions: Question[];
}

/** Groups a step's questions by whom they are asked: companion, victim, any (in that order, empty groups left out). */
export function groupQuestions(questions: readonly Question[] | undefined): QuestionGroup[] {
  const order: Question['to'][] = ['companion', 'victim', 'any'];
  return order
    .map((to) => ({ to, questions: (questions ?? []).filter((q) => q.to === to) }))
    .filter((g) => g.questions.length > 0);
}

/**
 * The sources' "binnen uw gemeente kunt u terecht bij:" line, where the page's local
 * contacts belong. Recognised by its wording (Dutch and English datasets).
 */
export function isLocalSlot(point: string): boolean {
  return /^\s*(binnen uw gemeente|within your municipality|in your municipality)\b/i.test(point);
}

/** A step with the contacts it names, resolved for the region. */
export interface StepView {
  step: Step;
  contacts: Contact[];
  /** True when a regional contact of another region dropped out: the page's local contacts fill in. */
  dropsRegional: boolean;
}

/**
 * What `<meldroute-steps>` shows for a route and a region: the steps and advice that apply,
 * each with its contacts; the follow-up actions with theirs; whom to report to (the route's
 * reporting contacts, for the afwegingskader's outcome "melden"); the national reporting lines
 * for the sources' "binnen uw gemeente" when the page gives no local contacts; and the route's
 * own contacts. Pure: the element renders it.
 */
export interface RouteView {
  route: Route;
  steps: StepView[];
  advice: { block: NonNullable<Route['advice']>[number]; contacts: Contact[] }[];
  followUp: { action: NonNullable<Route['followUp']>['actions'][number]; contacts: Contact[] }[];
  reportTo: Contact[];
  nationalReport: Contact[];
  contacts: Contact[];
}

export function routeView(routes: RoutesSlice, slice: ContactsSlice, opts: { route?: Audience; region?: string }): RouteView {
  const { region } = opts;
  const route = routeById(routes, opts.route ?? 'professional') ?? routes.routes[0];
  const resolve = (ids: readonly string[] | undefined) => resolveContacts(slice, ids ?? [], region);
  const contacts = resolve(route.contacts);
  return {
    route,
    steps: stepsFor(route, region).map((step) => ({ step, contacts: resolve(step.contacts), dropsRegional: dropsRegional(slice, step.contacts, region) })),
    advice: adviceFor(route, slice, region).map((block) => ({ block, contacts: resolve(block.contacts) })),
    followUp: (route.followUp?.actions ?? []).map((action) => ({ action, contacts: resolve(action.contacts) })),
    reportTo: contacts.filter((c) => c.topics.includes('report')),
    nationalReport: contactsFor(slice, { topic: 'report', region }),
    contacts,
  };
}
