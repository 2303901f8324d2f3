/** The answer options after the skills (as the Prisma enums), for schemas and the phone alike. */
export const BARRIERS = [
  "COST",
  "EQUIPMENT",
  "TIME",
  "NO_SUITABLE_TRAINING",
  "ACCESSIBILITY",
] as const;
export const TRAINING_FORMATS = ["CLASSROOM", "ONLINE", "BLENDED", "ON_THE_JOB"] as const;

/** The most a free-text training need may hold: a few sentences, not a document. */
export const NEED_TEXT_MAX = 1000;
