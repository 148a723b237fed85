/**
 * The four element classes, without defining anything: to subclass one, or to register it under
 * another name or in a scoped registry. `import { SignalCard } from 'signalenkaart/classes'`.
 * (The script-tag entry, `signalenkaart`, and `signalenkaart/<element>` define the elements.)
 */
export { SignalCard } from './elements/signal-card/signal-card.js';
export { SignalChecklist } from './elements/signal-checklist/signal-checklist.js';
export { MeldrouteSteps } from './elements/meldroute-steps/meldroute-steps.js';
export { ContactList } from './elements/contact-list/contact-list.js';

/**
 * The elements' own check of local contacts (a list as the JSON block or `localContacts` holds
 * it): for a form that collects local contacts, such as the snippet builder's, to refuse what an
 * element would leave out, and to link what it shows as an element does.
 */
export { validateLocalContacts, LOCAL_FIELDS } from './model/local-contacts.js';
