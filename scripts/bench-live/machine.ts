import { readdirSync, readFileSync } from "node:fs";

/**
 * Where the CPU goes during the measured part, read from /proc (Linux): the app server's process
 * group, and the PostgreSQL backends serving the bench database (their process title names it).
 * On a shared 2-core machine this says whether the app, the database or someone else is busy.
 */
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

type ProcessCpu = { pid: number; pgid: number; title: string; seconds: number };

function readProcesses(): ProcessCpu[] {
  const processes: ProcessCpu[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name is in parentheses and may contain spaces: split after it.
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      const seconds = (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
      const title = readFileSync(`/proc/${entry}/cmdline`, "utf8").replace(/\0/g, " ");
      processes.push({ pid: Number(entry), pgid: Number(fields[2]), title, seconds });
    } catch {
      // the process ended while we looked
    }
  }
  return processes;
}

/** `hasher`: the part of `server` spent by its password hasher (lib/auth/password-hasher.mjs). */
export type CpuSample = { server: number; hasher: number; database: number; at: number };

/** `serverGroups`: the process group of each app instance (`--instances`). */
export function sampleCpu(serverGroups: number | number[], databaseName: string): CpuSample {
  const groups = new Set([serverGroups].flat());
  let server = 0;
  let hasher = 0;
  let database = 0;
  for (const process of readProcesses()) {
    if (groups.has(process.pgid)) server += process.seconds;
    if (groups.has(process.pgid) && process.title.includes("password-hasher"))
      hasher += process.seconds;
    else if (process.title.includes(databaseName)) database += process.seconds;
  }
  return { server, hasher, database, at: performance.now() };
}

/** CPU seconds used between two samples, and as a share of one core. */
export function cpuBetween(start: CpuSample, end: CpuSample) {
  const wall = (end.at - start.at) / 1000;
  return {
    wallSeconds: wall,
    server: end.server - start.server,
    hasher: end.hasher - start.hasher,
    database: end.database - start.database,
    serverCores: (end.server - start.server) / wall,
    databaseCores: (end.database - start.database) / wall,
  };
}
