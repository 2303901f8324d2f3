/** Lengths of a score's text boxes, shared by the schema and the scoring page's inputs. */
export const MAX_VALUE_LENGTH = 200;
export const MAX_COMMENT_LENGTH = 2000;
