/**
 * Pure rules for migration directory names, shared by `create` and its unit test.
 * Prisma names directories `<UTC yyyyMMddHHmmss>_<name>` and refuses names over 200 bytes.
 */
const MAX_DIRECTORY_NAME_BYTES = 200;

/** Turns a human name ("Add évaluation scores") into a directory-safe one ("add_evaluation_scores"). */
export function normalizeMigrationName(input: string): string {
  const name = input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "");
  if (name === "") {
    throw new Error(
      `"${input}" is not a usable migration name: use letters and digits, e.g. \`add_score_table\`.`,
    );
  }
  return name;
}

export function formatMigrationTimestamp(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, "0");
  return [
    date.getUTCFullYear(),
    pad(date.getUTCMonth() + 1),
    pad(date.getUTCDate()),
    pad(date.getUTCHours()),
    pad(date.getUTCMinutes()),
    pad(date.getUTCSeconds()),
  ].join("");
}

export function migrationDirectoryName(input: string, now: Date): string {
  const directory = `${formatMigrationTimestamp(now)}_${normalizeMigrationName(input)}`;
  if (Buffer.byteLength(directory) > MAX_DIRECTORY_NAME_BYTES) {
    throw new Error(
      `The migration name is too long: "${directory}" must be at most ${MAX_DIRECTORY_NAME_BYTES} bytes.`,
    );
  }
  return directory;
}

/**
 * Splits the local migration list against the names recorded as applied in the database:
 * what still has to run, and what the database has that this checkout does not know.
 */
export function planMigrations(local: readonly string[], applied: ReadonlySet<string>) {
  const localNames = new Set(local);
  return {
    pending: local.filter((name) => !applied.has(name)),
    unknown: [...applied].filter((name) => !localNames.has(name)),
  };
}
