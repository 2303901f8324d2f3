import { fork } from "node:child_process";
import { setPriority } from "node:os";
import { fileURLToPath } from "node:url";
import { type AttackPlan, runAttack, type Tallies, type Tally } from "./attack";

/**
 * bench:abuse's attackers in a process of their own at the lowest CPU priority (nice 19): on a
 * real server the attackers' machines pay for making their requests, so this machine's CPU goes
 * to them only when the server, PostgreSQL and the room's devices leave some over. What the
 * server does for each attempt (Auth.js, the throttles, every argon2 hash it runs) stays in the
 * server, at its normal priority.
 */
export const ATTACKER_NICE = 19;

type Sent = {
  /** The attackers' own CPU seconds (user + system). */
  cpuSeconds: number;
  tallies: { [K in keyof Tallies]: Omit<Tally, "outcomes"> & { outcomes: [string, number][] } };
};

const toWire = (tally: Tally) => ({ ...tally, outcomes: [...tally.outcomes] });
const fromWire = (tally: Sent["tallies"]["joins"]): Tally => ({
  ...tally,
  outcomes: new Map(tally.outcomes),
});

/** Runs the attack in a niced child process and resolves with its tallies. */
export function runAttackElsewhere(plan: AttackPlan): Promise<Tallies & { cpuSeconds: number }> {
  const child = fork(fileURLToPath(import.meta.url), [], { stdio: "inherit" });
  if (child.pid) setPriority(child.pid, ATTACKER_NICE);
  return new Promise((resolve, reject) => {
    child.once("message", (message: Sent) => {
      resolve({
        cpuSeconds: message.cpuSeconds,
        joins: fromWire(message.tallies.joins),
        signIns: fromWire(message.tallies.signIns),
      });
    });
    child.once("error", reject);
    child.once("exit", (code) => reject(new Error(`the attack process ended (exit code ${code})`)));
    child.send(plan);
  });
}

// In the child: wait for the plan, attack, send the tallies back, end.
if (process.argv[1] === fileURLToPath(import.meta.url) && process.send) {
  process.once("message", async (plan: AttackPlan) => {
    const tallies = await runAttack(plan);
    const used = process.cpuUsage();
    const message: Sent = {
      cpuSeconds: (used.user + used.system) / 1e6,
      tallies: { joins: toWire(tallies.joins), signIns: toWire(tallies.signIns) },
    };
    process.send?.(message, () => process.exit(0));
  });
}
