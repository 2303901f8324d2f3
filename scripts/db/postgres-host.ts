import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, statSync } from "node:fs";
import { createServer } from "node:net";
import { dirname } from "node:path";

/** Host-level helpers for running PostgreSQL as the OS user `postgres` (needed when root). */

export function isRoot(): boolean {
  return process.getuid?.() === 0;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => {
        if (address && typeof address === "object") resolve(address.port);
        else reject(new Error("Could not find a free TCP port"));
      });
    });
  });
}

/** The uid and gid of the OS user `postgres`, or null when there is none yet. */
export function postgresIds(): { uid: number; gid: number } | null {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const gid = Number(execFileSync("id", ["-g", "postgres"], { encoding: "utf8" }).trim());
    return { uid, gid };
  } catch {
    return null;
  }
}

/** The folders above `path` that the `postgres` user cannot enter. */
function closedFolders(path: string, ids: { uid: number; gid: number } | null): string[] {
  const closed: string[] = [];
  for (let dir = dirname(path); ; dir = dirname(dir)) {
    if (existsSync(dir)) {
      const { mode, uid, gid } = statSync(dir);
      const reachable =
        (mode & 0o001) !== 0 ||
        (ids !== null && uid === ids.uid && (mode & 0o100) !== 0) ||
        (ids !== null && gid === ids.gid && (mode & 0o010) !== 0);
      if (!reachable) closed.push(dir);
    }
    if (dir === dirname(dir)) break;
  }
  return closed;
}

/** Whether the `postgres` user can reach `path` (always true when not running as root). */
export function reachableByPostgres(path: string): boolean {
  return !isRoot() || closedFolders(path, postgresIds()).length === 0;
}

/**
 * PostgreSQL refuses to run as root, so as root it runs as `postgres`, which must be able to
 * reach its binaries and its data directory. A 0700 parent (e.g. /root, or a mkdtemp folder)
 * fails later with an opaque error; this says which folder to open up.
 */
export function assertReachableByPostgres(paths: string[]): void {
  if (!isRoot()) return;
  const ids = postgresIds();
  const blocked = new Set(paths.flatMap((path) => closedFolders(path, ids)));
  if (blocked.size > 0) {
    const list = [...blocked].sort();
    throw new Error(
      [
        "The embedded PostgreSQL runs as the OS user `postgres` (it refuses root), but these folders",
        `are closed to it: ${list.join(", ")}.`,
        `Either \`chmod o+x ${list.join(" ")}\`, move the checkout under a folder others can enter,`,
        "or point DATABASE_URL at a PostgreSQL server of your own.",
      ].join("\n"),
    );
  }
}

/** A UTF-8 locale that exists on this machine, so upper/lower and ILIKE handle "ă", "ș", "ț". */
export function utf8Locale(): string {
  try {
    const available = execFileSync("locale", ["-a"], { encoding: "utf8" }).split(/\r?\n/);
    for (const wanted of ["C.utf8", "C.UTF-8", "en_US.utf8", "en_US.UTF-8"]) {
      if (available.includes(wanted)) return wanted;
    }
  } catch {
    // no `locale` command: fall through
  }
  return "C";
}

export type PostmasterState =
  | { state: "none" }
  /** postmaster.pid names a dead process, or one that is not our postmaster (pid reused). */
  | { state: "stale"; pidFile: string }
  | { state: "running"; pid: number; port: number; orphaned: boolean };

/**
 * Reads `postmaster.pid`. PostgreSQL replaces a lock file whose pid is dead, but refuses to start
 * when that pid now belongs to another live program, which is common after a crash or reboot.
 */
export function postmasterState(dataDir: string): PostmasterState {
  const pidFile = `${dataDir}/postmaster.pid`;
  if (!existsSync(pidFile)) return { state: "none" };
  const lines = readFileSync(pidFile, "utf8").split("\n");
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return { state: "stale", pidFile };
  // Without /proc (macOS) the owner cannot be checked: assume the live pid is our postmaster.
  if (!existsSync("/proc/self")) return { state: "running", pid, port, orphaned: false };
  const command = readProc(pid, "cmdline")?.split("\0") ?? [];
  if (!command[0]?.endsWith("postgres") || !command.includes(dataDir)) {
    return { state: "stale", pidFile };
  }
  const parent = Number(
    readProc(pid, "stat")
      ?.replace(/^.*\) /, "")
      .split(" ")[1],
  );
  const parentCommand = readProc(parent, "comm")?.trim() ?? "";
  // When the node process that started it was killed, the postmaster is reparented to init.
  return { state: "running", pid, port, orphaned: parent <= 1 || !/node/.test(parentCommand) };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return readProc(pid, "stat")?.match(/\) Z/) == null;
  } catch {
    return false;
  }
}

function readProc(pid: number, file: string): string | null {
  try {
    return readFileSync(`/proc/${pid}/${file}`, "utf8");
  } catch {
    return null;
  }
}

/** Sends `signal` to `pid` and waits (polling) until it is gone. */
export async function stopProcess(pid: number, signal: NodeJS.Signals, timeoutMs = 15_000) {
  try {
    process.kill(pid, signal);
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, "SIGKILL");
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
