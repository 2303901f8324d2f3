import { type ChildProcess, spawn } from "node:child_process";
import { connect } from "node:net";

/** A helper program (nginx, PgBouncer) started for a test or a bench, stopped by `stop()`. */
export type Daemon = { pid: number; tail(): string; stop(): Promise<void> };

const READY_TIMEOUT_MS = 15_000;

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/**
 * Runs `command` in the foreground in its own process group (so that its workers stop with it)
 * and resolves once it accepts TCP connections on every one of `ports` on 127.0.0.1.
 */
export async function startDaemon(
  command: string,
  args: string[],
  ports: number[],
  stopSignal: NodeJS.Signals = "SIGTERM",
): Promise<Daemon> {
  const child: ChildProcess = spawn(command, args, {
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => {
    log.push(...chunk.toString().split("\n").filter(Boolean));
    if (log.length > 40) log.splice(0, log.length - 40);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const exited = new Promise<void>((resolve) => {
    child.once("exit", () => resolve());
    child.once("error", (error) => {
      log.push(String(error));
      resolve();
    });
  });
  const running = () => child.exitCode === null && child.signalCode === null;
  const stop = async () => {
    if (!child.pid || !running()) return;
    try {
      process.kill(-child.pid, stopSignal);
    } catch {
      return;
    }
    const timer = setTimeout(() => child.pid && process.kill(-child.pid, "SIGKILL"), 5000);
    await exited;
    clearTimeout(timer);
  };
  const daemon = { pid: child.pid ?? 0, tail: () => log.join("\n"), stop };
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline && running() && child.pid) {
    const ready = await Promise.all(ports.map(accepts));
    if (ready.every(Boolean)) return daemon;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error(`${command} did not start:\n${daemon.tail()}`);
}
