import "server-only";
import { randomUUID } from "node:crypto";
import type { Command } from "@/lib/actions/command";
import { failure, ok } from "@/lib/actions/result";
import { can } from "@/lib/auth/permissions";
import { z } from "@/lib/validation/zod";
import { importHeaderAliases, labelKey } from "./column-labels";
import { matchHeaders } from "./import-columns";
import { MAX_IMPORT_BYTES, parseImportFile } from "./import-parse";
import type { RowProblem } from "./import-problems";
import { checkRows, rowIdentities } from "./import-rows";
import { findExistingWiseKeys } from "./queries";
import type { WiseField } from "./schemas";

export type ImportPreview = {
  /** New for every upload, so the page starts a fresh preview even for the same file name. */
  id: string;
  fileName: string;
  /** The field each kept column fills, in the file's order; unknown columns are dropped. */
  fields: WiseField[];
  ignoredColumns: string[];
  rows: { line: number; cells: string[]; problems: RowProblem[] }[];
};

const UploadSchema = z.object({
  name: z.string().max(255),
  bytes: z.instanceof(Uint8Array),
});

/**
 * Reads an uploaded file and checks every row, writing nothing: what the person sees before
 * choosing what to import. File-level problems (size, type, missing columns) come back as the
 * result's message; row-level ones next to each row.
 */
export const previewWiseImport: Command<ImportPreview> = async (actor, rawInput) => {
  const upload = UploadSchema.safeParse(rawInput);
  if (!upload.success) return failure(400, "importFileMissing");
  if (!can(actor, "wise.import")) return failure(403, "forbidden");
  const { name, bytes } = upload.data;
  if (bytes.byteLength > MAX_IMPORT_BYTES) return failure(400, "importFileTooLarge");
  const parsed = await parseImportFile(name, bytes);
  if (!parsed.ok) return failure(400, parsed.error);
  const match = matchHeaders(parsed.sheet.headers, {
    key: labelKey,
    codes: await importHeaderAliases(),
  });
  if (match.missingRequired.length > 0) return failure(400, "importMissingColumns");
  if (match.repeated.length > 0) return failure(400, "importRepeatedColumns");
  const kept = match.fields.flatMap((field, index) => (field ? [{ field, index }] : []));
  const fields = kept.map((column) => column.field);
  const rows = parsed.sheet.rows.map((row) => ({
    line: row.line,
    cells: kept.map((column) => row.cells[column.index] ?? ""),
  }));
  const existing = await findExistingWiseKeys(actor, rowIdentities(fields, rows));
  const checked = checkRows(fields, rows, existing);
  return ok({
    id: randomUUID(),
    fileName: name,
    fields,
    ignoredColumns: match.ignored,
    rows: checked.map(({ line, cells, problems }) => ({ line, cells, problems })),
  });
};
