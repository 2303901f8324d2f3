/** A field whose value differs between the snapshot before a command and the one after it. */
export type FieldChange = { field: string; before: unknown; after: unknown };

type Snapshot = Record<string, unknown> | null | undefined;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * What a command changed, field by field, in the order the snapshots list them. A creation
 * (nothing before) lists every field with `before` undefined; a deletion every field with
 * `after` undefined. Values are compared as JSON, so arrays and nested objects compare whole.
 */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const was: Snapshot = isObject(before) ? before : null;
  const is: Snapshot = isObject(after) ? after : null;
  const fields = [...new Set([...Object.keys(was ?? {}), ...Object.keys(is ?? {})])];
  return fields
    .map((field) => ({ field, before: was?.[field], after: is?.[field] }))
    .filter((change) => JSON.stringify(change.before) !== JSON.stringify(change.after));
}

/** A snapshot value as one line of text: text as it is, anything else as JSON, nothing as "—". */
export function displayValue(value: unknown): string {
  if (value === undefined || value === null || value === "") return "—";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}
