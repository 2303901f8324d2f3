import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { hashPassword, passwordHasherPid, verifyPassword } from "@/lib/auth/password";

/** The nice value of each thread of a process (Linux: field 19 of /proc/<pid>/task/<tid>/stat). */
function threadNiceValues(pid: number): number[] {
  return readdirSync(`/proc/${pid}/task`).map((tid) => {
    const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, "utf8");
    return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[16]);
  });
}

describe("password hashing", () => {
  it("hashes and checks in a child process whose every thread runs at the lowest priority", async () => {
    const hash = await hashPassword("correct horse");
    expect(await verifyPassword(hash, "correct horse")).toBe(true);
    expect(await verifyPassword(hash, "wrong horse")).toBe(false);
    expect(await verifyPassword("not a hash", "correct horse")).toBe(false);
    const pid = passwordHasherPid();
    expect(pid).not.toBe(process.pid);
    if (pid === undefined) throw new Error("no hasher process");
    // A live room's requests get the CPU first: argon2's threads (libuv's pool) are all at 19.
    const nice = threadNiceValues(pid);
    expect(nice.length).toBeGreaterThan(4);
    expect(nice.every((value) => value === 19)).toBe(true);
  });
});
