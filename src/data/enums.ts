/**
 * The dataset's lists of values, each written once: types.ts derives its types from them, the
 * model, the validation, the elements and the autoloader (src/catalog.ts) use them.
 */
export const EXPLOITATIONS = ['labour', 'sexual', 'criminal', 'organ'] as const;
export const AUDIENCES = ['professional', 'front-desk', 'medical', 'first-line'] as const;
/** The three elements of the legal definition: act, means, purpose. */
export const DEFINITION_ELEMENTS = ['handeling', 'middel', 'doel'] as const;
/** What a contact can be for (contact-list's `topic`). */
export const TOPICS = [
  'acute', 'report', 'advice', 'anonymous', 'labour', 'sexual', 'criminal', 'minors', 'migrants', 'sex-workers', 'shelter', 'medical',
] as const;
/** What a background section is for: every reader, or one setting's practice. */
export const SECTION_KINDS = ['general', 'practice'] as const;
