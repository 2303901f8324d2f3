import { createHash } from "node:crypto";

/** 8 MiB of fixed bytes, hashed REFERENCE_ROUNDS times: about a quarter of a second of one core. */
const BLOCK = Buffer.alloc(8 * 1024 * 1024, 7);
const REFERENCE_ROUNDS = 40;

/**
 * The same fixed piece of work (SHA-256 over 320 MiB, one core) timed three times, the fastest
 * kept. The figures of a run on a shared or virtual machine depend on how fast its cores are at
 * that moment, which the load average does not say (another guest of the host is invisible):
 * runs whose reference work took different times are not comparable.
 */
export function referenceWorkMs(): number {
  let fastest = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 3; attempt++) {
    const started = performance.now();
    for (let round = 0; round < REFERENCE_ROUNDS; round++)
      createHash("sha256").update(BLOCK).digest();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}
