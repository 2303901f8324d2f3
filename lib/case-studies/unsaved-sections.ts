import { SECTION_FIELDS, type SectionField, type Sections } from "./rules";

/**
 * A text box gives its text with "\n" line ends, while what was saved from a form may carry the
 * "\r\n" a browser sends: the same words, not a change.
 */
function sameText(saved: string, typed: string): boolean {
  return saved.replace(/\r\n?/g, "\n") === typed.replace(/\r\n?/g, "\n");
}

/**
 * The sections whose text in the form differs from the text last saved, in the template's order.
 * A section missing from `typed` (its box is not on the page) has nothing unsaved.
 */
export function unsavedSections(
  saved: Sections,
  typed: Partial<Record<SectionField, string>>,
): SectionField[] {
  return SECTION_FIELDS.filter((field) => {
    const text = typed[field];
    return text !== undefined && !sameText(saved[field], text);
  });
}
