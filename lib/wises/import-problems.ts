import type { ErrorKey, FieldErrors } from "@/lib/actions/result";

/**
 * A row's problems, and how they travel in the one result shape of actions. Kept apart from the
 * row checks so that the preview in the browser can read them without loading the schemas.
 */
export type RowProblem = { field: string; error: ErrorKey };

/** Problems travel in the one result shape of actions: field errors keyed "<line>.<field>". */
export function problemsAsFieldErrors(
  rows: readonly { line: number; problems: RowProblem[] }[],
): FieldErrors {
  const fieldErrors: FieldErrors = {};
  for (const row of rows) {
    for (const { field, error } of row.problems) {
      const key = `${row.line}.${field}`;
      fieldErrors[key] = [...(fieldErrors[key] ?? []), error];
    }
  }
  return fieldErrors;
}

export function problemsByLine(fieldErrors: FieldErrors): Map<number, RowProblem[]> {
  const byLine = new Map<number, RowProblem[]>();
  for (const [key, errors] of Object.entries(fieldErrors)) {
    const match = /^(\d+)\.(.+)$/.exec(key);
    if (!match) continue;
    const line = Number(match[1]);
    byLine.set(line, [
      ...(byLine.get(line) ?? []),
      ...errors.map((error) => ({ field: match[2] as string, error })),
    ]);
  }
  return byLine;
}
