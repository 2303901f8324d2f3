/**
 * The password hasher: a child process of the app (lib/auth/password.ts) that runs argon2 at a
 * low CPU priority: every thread of this process (libuv's pool, and argon2's lanes, which
 * inherit it) runs at nice 19, so on a busy machine the app's requests (a live room's score
 * saves) get the CPU first and hashing takes what is left. Plain JavaScript, started with `node`: not part of
 * the Next bundle.
 *
 * Messages: { id, op: "hash", password } → { id, hash }; { id, op: "verify", hash, password } →
 * { id, matches }; a failure → { id, error }.
 */
import { readdirSync } from "node:fs";
import { setPriority } from "node:os";
import argon2 from "argon2";

/** The lowest priority: on an idle machine hashing is as fast as ever. */
const NICE = 19;
// On Linux a priority is a thread's: every thread there is now (libuv's pool started while this
// module loaded), and so every thread they start later (argon2's lanes), gets it.
let threads = ["0"]; // elsewhere than Linux: this thread, which is the whole process
try {
  threads = readdirSync("/proc/self/task");
} catch {}
for (const thread of threads) {
  try {
    setPriority(Number(thread), NICE);
  } catch {
    // Not allowed here (some containers): hash at normal priority rather than not at all.
  }
}

process.on("message", async (message) => {
  const { id, op, password, hash } = message;
  try {
    if (op === "hash") {
      process.send?.({ id, hash: await argon2.hash(password, { type: argon2.argon2id }) });
    } else {
      let matches = false;
      try {
        matches = await argon2.verify(hash, password);
      } catch {
        // A malformed hash simply does not match.
      }
      process.send?.({ id, matches });
    }
  } catch (error) {
    process.send?.({ id, error: String(error) });
  }
});
// The app ended: so does the hasher.
process.on("disconnect", () => process.exit(0));
