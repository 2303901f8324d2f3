import type { Messages } from "./messages";

/**
 * A key of the "Errors" namespace, as the English catalogues define it (every feature file may
 * add keys to "Errors"; lib/i18n/messages merges them). Derived from the JSON itself, so a
 * refusal or validation message with a misspelt key fails the type-check instead of showing a
 * generic message at run time; the catalogue test keeps Romanian in step with English.
 */
export type ErrorKey = keyof Messages["Errors"] & string;
