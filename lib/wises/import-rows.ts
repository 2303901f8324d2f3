import { fieldErrorsOf } from "@/lib/actions/command";
import { errorKey, z } from "@/lib/validation/zod";
import { MAX_IMPORT_ROWS, type SheetRow } from "./import-parse";
import type { RowProblem } from "./import-problems";
import { WISE_FIELDS, type WiseData, type WiseField, WiseSchema } from "./schemas";

/**
 * Checks the rows of an import with the form's own schema, plus what only a file can get wrong:
 * the same WISE twice in the file, or a WISE the registry already has. Pure: the caller looks up
 * the registry and passes what it found.
 */

export type CheckedRow = SheetRow & { data: WiseData | null; problems: RowProblem[] };

/** Name and country identify a WISE; case and surrounding spaces do not. */
export function wiseKey(name: string, countryCode: string): string {
  return `${countryCode.trim().toUpperCase()}|${name.trim().toLocaleLowerCase()}`;
}

/** A row as the schema's input: each cell under the field its column fills. */
export function rowInput(fields: readonly (WiseField | null)[], cells: readonly string[]) {
  const input: Partial<Record<WiseField, string>> = {};
  fields.forEach((field, index) => {
    if (field) input[field] = cells[index] ?? "";
  });
  return input;
}

/** The name + country of each row, as typed, for looking up duplicates in the registry. */
export function rowIdentities(fields: readonly (WiseField | null)[], rows: readonly SheetRow[]) {
  return rows.flatMap((row) => {
    const { name, countryCode } = rowInput(fields, row.cells);
    return name?.trim() && countryCode?.trim()
      ? [{ name: name.trim(), countryCode: countryCode.trim().toUpperCase() }]
      : [];
  });
}

/**
 * Every row with its problems. Only the second and later copies of a WISE are flagged as
 * duplicates, so that excluding them leaves the first to import. `existingKeys` are `wiseKey`s.
 */
export function checkRows(
  fields: readonly (WiseField | null)[],
  rows: readonly SheetRow[],
  existingKeys: ReadonlySet<string>,
): CheckedRow[] {
  const seen = new Set<string>();
  return rows.map((row) => {
    const input = rowInput(fields, row.cells);
    const parsed = WiseSchema.safeParse(input);
    const problems: RowProblem[] = parsed.success
      ? []
      : Object.entries(fieldErrorsOf(parsed.error)).flatMap(([field, errors]) =>
          errors.map((error) => ({ field, error })),
        );
    if (input.name?.trim() && input.countryCode?.trim()) {
      const key = wiseKey(input.name, input.countryCode);
      if (seen.has(key)) problems.push({ field: "name", error: errorKey("duplicateInFile") });
      seen.add(key);
      if (existingKeys.has(key)) problems.push({ field: "name", error: errorKey("wiseExists") });
    }
    return { ...row, data: parsed.success && problems.length === 0 ? parsed.data : null, problems };
  });
}

const FieldOrIgnored = z.enum(WISE_FIELDS as [WiseField, ...WiseField[]]).nullable();

/** The parsed file as the preview sends it back: read again from scratch, never trusted. */
const ImportPayloadSchema = z.object({
  fileName: z.string().max(255),
  fields: z
    .array(FieldOrIgnored)
    .max(200)
    .refine((fields) => {
      const named = fields.filter(Boolean);
      return new Set(named).size === named.length;
    }),
  rows: z
    .array(
      z.object({ line: z.number().int().min(2), cells: z.array(z.string().max(5000)).max(200) }),
    )
    .min(1)
    .max(MAX_IMPORT_ROWS)
    .refine((rows) => new Set(rows.map((row) => row.line)).size === rows.length),
});

const LineList = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
  .pipe(z.array(z.string().regex(/^\d+$/).transform(Number)));

/** The import form: the preview's rows as JSON, and the row numbers the person kept ticked. */
export const ImportRequestSchema = z.object({
  payload: z
    .string()
    .max(8_000_000)
    .transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: errorKey("importPayloadInvalid") });
        return z.NEVER;
      }
    })
    .pipe(ImportPayloadSchema),
  include: LineList,
});
export type ImportRequest = z.output<typeof ImportRequestSchema>;
