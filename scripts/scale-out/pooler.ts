import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { chmod, chown, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { freePort, isRoot } from "../db/postgres-host";
import { pgbouncerConfig } from "./configs";
import { startDaemon } from "./daemon";

export type Pooler = {
  /** DATABASE_URL for the app: the same user, password and database, through PgBouncer. */
  url: string;
  /** Transactions PgBouncer has passed to PostgreSQL for the database so far (SHOW STATS). */
  transactions(): Promise<number>;
  stop(): Promise<void>;
};

function pgbouncerBinary(): string {
  for (const path of ["/usr/sbin/pgbouncer", "/usr/bin/pgbouncer"])
    if (existsSync(path)) return path;
  throw new Error(
    "PgBouncer is not installed: `apt-get install -y pgbouncer` (Debian) and try again.",
  );
}

/**
 * PgBouncer from the system's package, in transaction-pooling mode, in front of the PostgreSQL
 * at `directUrl`, on a free loopback port (config of docs/deploy/pgbouncer.ini).
 */
export async function startPooler(directUrl: string): Promise<Pooler> {
  const binary = pgbouncerBinary();
  const direct = new URL(directUrl);
  const user = decodeURIComponent(direct.username);
  const password = decodeURIComponent(direct.password);
  const database = direct.pathname.slice(1);
  const workDir = await mkdtemp(join(tmpdir(), "wise-focus-pgbouncer-"));
  const port = await freePort();
  const authFile = join(workDir, "userlist.txt");
  await writeFile(authFile, `"${user}" "${password}"\n`);
  const config = pgbouncerConfig({
    listenPort: port,
    database,
    serverHost: direct.hostname,
    serverPort: Number(direct.port || 5432),
    authFile,
    test: { pidFile: join(workDir, "pgbouncer.pid"), adminUser: user },
  });
  await writeFile(join(workDir, "pgbouncer.ini"), config);
  const args = [join(workDir, "pgbouncer.ini")];
  if (isRoot()) {
    // PgBouncer refuses to run as root: it runs as `postgres`, which must read and write here.
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    for (const path of [workDir, authFile, join(workDir, "pgbouncer.ini")]) {
      await chown(path, uid, gid);
    }
    await chmod(workDir, 0o700);
    args.unshift("-u", "postgres");
  }
  const url = new URL(directUrl);
  url.hostname = "127.0.0.1";
  url.port = String(port);
  try {
    const daemon = await startDaemon(binary, args, [port], "SIGINT");
    const transactions = async () => {
      const admin = new URL(url);
      admin.pathname = "/pgbouncer";
      const client = new pg.Client({ connectionString: admin.toString() });
      await client.connect();
      try {
        // The admin console speaks only the simple query protocol: no parameters.
        const { rows } = await client.query<{ database: string; total_xact_count: string }>(
          "SHOW STATS",
        );
        return Number(rows.find((row) => row.database === database)?.total_xact_count ?? 0);
      } finally {
        await client.end();
      }
    };
    return {
      url: url.toString(),
      transactions,
      stop: async () => {
        await daemon.stop();
        await rm(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
}
