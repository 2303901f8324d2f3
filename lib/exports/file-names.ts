/**
 * File names of downloads: the session's title in plain ASCII (some mail and file systems still
 * mangle ș and ț in names), its date, and what the file holds, e.g.
 * `focus-grup-bucuresti-2026-12-03-raw-scores.csv`.
 */

export const CONTENT_TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  pdf: "application/pdf",
  json: "application/json; charset=utf-8",
} as const;

export type FileFormat = keyof typeof CONTENT_TYPES;

export function slugify(text: string, maxLength = 50): string {
  const slug = text
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, maxLength)
    .replace(/^-+|-+$/g, "");
  return slug || "session";
}

export function exportFileName(
  session: { title: string; startsAt: Date },
  content: string,
  format: FileFormat,
): string {
  return `${slugify(session.title)}-${session.startsAt.toISOString().slice(0, 10)}-${content}.${format}`;
}

/** The header that makes a browser save the file under that name. */
export function attachmentHeader(fileName: string): string {
  return `attachment; filename="${fileName.replace(/["\\\r\n]/g, "")}"`;
}
