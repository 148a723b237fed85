/**
 * The four element classes, without defining anything: to subclass one, or to register it under
 * another name or in a scoped registry. `import { SignalCard } from 'signalenkaart/classes'`.
 * (The script-tag entry, `signalenkaart`, and `signalenkaart/<element>` define the elements.)
 */
export { SignalCard } from './elements/signal-card/signal-card.js';
export { SignalChecklist } from './elements/signal-checklist/signal-checklist.js';
export { MeldrouteSteps } from './elements/meldroute-steps/meldroute-steps.js';
export { ContactList } from './elements/contact-list/contact-list.js';
