/**
 * A survey change's id says both which change it is and where it stands in the answering device's
 * order: `<16-digit sequence>.<uuid>`. The sequence is the device's clock in milliseconds, or one
 * more than the last sequence it used when the clock has not moved on (or went back), so ids of one
 * device sort in the order its changes were made. The server keeps the id of the last change it
 * applied (SkillAnswer.lastChangeId, SurveyResponse.lastChangeId) and applies a change only when
 * its id sorts after that one: the same change sent twice is applied once, and an older change
 * arriving late (a retry that outlived its answer) cannot undo a newer one.
 *
 * Pure: no storage, no randomness of its own; the client hook passes the clock and the uuid.
 */
const SEQUENCE_DIGITS = 16;

export const CHANGE_ID_PATTERN =
  /^\d{16}\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The next sequence after `last` at time `nowMs`: never equal to or below `last`. */
export function nextSequence(last: number, nowMs: number): number {
  return Math.max(Math.floor(nowMs), last + 1);
}

export function formatChangeId(sequence: number, uuid: string): string {
  return `${String(sequence).padStart(SEQUENCE_DIGITS, "0")}.${uuid.toLowerCase()}`;
}

/** The sequence part of a change id (0 for anything that is not one). */
export function sequenceOf(changeId: string): number {
  return CHANGE_ID_PATTERN.test(changeId) ? Number(changeId.slice(0, SEQUENCE_DIGITS)) : 0;
}

/** Whether a change with id `incoming` is newer than the last applied one (`stored`). */
export function isNewerChange(incoming: string, stored: string | null): boolean {
  return stored === null || incoming > stored;
}
