/**
 * The elements' own check of local contacts, on its own: no element, no Lit, no DOM, so it runs
 * anywhere, in Node too (a CMS that checks a form before it saves, a build step, a server
 * component). `import { validateLocalContacts } from 'signalenkaart/validate'`. The same
 * function as `signalenkaart/classes` exports beside the element classes, which need a browser.
 */
export { validateLocalContacts, LOCAL_FIELDS } from './model/local-contacts.js';
