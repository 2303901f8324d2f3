import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import { e2eDatabaseUrlFile } from "../../scripts/e2e-database-url";

/**
 * A second end-to-end server of the same build (scripts/e2e-server.ts: its own throwaway
 * PostgreSQL, migrated and seeded), for a spec that must know every row written while it runs:
 * the shared server is written to by the other specs in parallel.
 */
export type OwnServer = {
  origin: string;
  port: number;
  databaseUrl: string;
  stop: () => Promise<void>;
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address
          ? resolve(address.port)
          : reject(new Error("no port")),
      );
    });
  });
}

export async function startOwnServer(timeoutMs = 120_000): Promise<OwnServer> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child: ChildProcess = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/e2e-server.ts"],
    { env: { ...process.env, E2E_PORT: String(port) }, stdio: ["ignore", "inherit", "inherit"] },
  );
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
    await Promise.race([exited, sleep(20_000)]);
  };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error("the spec's own e2e server exited on start");
    const urlFile = e2eDatabaseUrlFile(port);
    const answered = await fetch(`${origin}/sign-in`, { signal: AbortSignal.timeout(5_000) })
      .then((response) => response.ok)
      .catch(() => false);
    if (answered && existsSync(urlFile)) {
      return { origin, port, databaseUrl: readFileSync(urlFile, "utf8").trim(), stop };
    }
    await sleep(500);
  }
  await stop();
  throw new Error(`the spec's own e2e server did not answer on ${origin}`);
}
