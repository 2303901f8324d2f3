import { type ChildProcess, spawn } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { whyBuild } from "../build-freshness";
import { ROOT_DIR } from "../db/paths";
import { freePort } from "../db/postgres-host";

/** Only for this throwaway server; production needs a real secret. */
const BENCH_AUTH_SECRET = "bench-only-secret-not-for-production-0123456789";
const READY_TIMEOUT_MS = 60_000;
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

function run(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.on("error", reject);
    child.on("exit", (code) => resolve(code ?? 1));
  });
}

/**
 * A production build in `distDir`, made when there is none or a source changed after it
 * (`--rebuild` makes it anyway). Built in Next's two steps, compile then generate, which is `next build` without its type
 * check: types are `npm run typecheck`'s job, and a half-written test file elsewhere in a shared
 * tree should not stop a measurement of the server.
 */
export async function ensureBuild(distDir: string, rebuild: boolean): Promise<void> {
  const why = rebuild ? "--rebuild" : whyBuild(distDir);
  if (!why) return;
  console.log(`Building the app for production into ${distDir} (${why}; next build)…`);
  for (const mode of ["compile", "generate"]) {
    const child = spawn(process.execPath, [nextBin, "build", `--experimental-build-mode=${mode}`], {
      cwd: ROOT_DIR,
      stdio: "inherit",
      env: { ...process.env, NEXT_DIST_DIR: distDir, NEXT_TELEMETRY_DISABLED: "1" },
    });
    const code = await run(child);
    if (code !== 0) throw new Error(`next build (${mode}) failed (exit code ${code})`);
  }
}

export type Server = {
  url: string;
  /** Also the id of its process group. */
  pid: number;
  /** Lines the server logged that name an error: server-side failures the HTTP answers may hide. */
  errorLines: string[];
  tail(): string;
  stop(): Promise<void>;
};

/**
 * `next start` on the production build, on a free loopback port, in its own process group so
 * that stopping it stops whatever workers it started.
 */
export async function startServer(
  databaseUrl: string,
  distDir: string,
  /** More environment, e.g. DIRECT_DATABASE_URL and APP_URL behind a pooler and a balancer. */
  env: Record<string, string> = {},
  /**
   * `asInProduction`: served as `npm start` does (scripts/serve.mjs, which appends the socket's
   * address to X-Forwarded-For) with the join limits left at their defaults: bench:abuse.
   */
  {
    asInProduction = false,
    nodeFlags = [],
  }: {
    asInProduction?: boolean;
    /** Flags for the server's node, e.g. --cpu-prof (which NODE_OPTIONS refuses). */
    nodeFlags?: string[];
  } = {},
): Promise<Server> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const entry = asInProduction ? [join(ROOT_DIR, "scripts", "serve.mjs")] : [nextBin, "start"];
  const child = spawn(
    process.execPath,
    [...nodeFlags, ...entry, "--hostname", "127.0.0.1", "--port", String(port)],
    {
      cwd: ROOT_DIR,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        AUTH_SECRET: BENCH_AUTH_SECRET,
        AUTH_TRUST_HOST: "true",
        APP_URL: url,
        NEXT_DIST_DIR: distDir,
        NEXT_TELEMETRY_DISABLED: "1",
        // Every simulated phone of every room joins from this one machine's address: the room is
        // measured here, not the join throttle (a run that measures it passes its own limit).
        ...(asInProduction ? {} : { LIVE_JOIN_ATTEMPTS_PER_ADDRESS: "100000" }),
        ...env,
      },
    },
  );
  const log: string[] = [];
  const errorLines: string[] = [];
  // An error's first line says little ("PrismaClientValidationError:"): keep what follows too.
  let followLines = 0;
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split("\n")) {
      if (!line.trim()) continue;
      log.push(line);
      if (log.length > 60) log.shift();
      if (/error/i.test(line)) {
        errorLines.push(line);
        followLines = 40;
      } else if (followLines > 0 && errorLines.length <= 200) {
        followLines -= 1;
        errorLines[errorLines.length - 1] += `\n    ${line}`;
      }
    }
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = run(child);

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  const server = { url, pid: child.pid ?? 0, errorLines, tail: () => log.join("\n"), stop };

  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    const ready = await fetch(`${url}/api/auth/csrf`, { signal: AbortSignal.timeout(2000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (ready) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await stop();
  throw new Error(`next start did not answer on ${url}:\n${server.tail()}`);
}
