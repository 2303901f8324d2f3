import pg from "pg";
import { beforeEach, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { reserveSignInAttempt } from "@/lib/auth/mutations";
import {
  FREE_FAILURES_PER_ACCOUNT,
  LONGEST_ACCOUNT_DELAY_SECONDS,
  MAX_FAILURES_PER_ADDRESS,
} from "@/lib/auth/throttle-rules";
import { db } from "@/lib/db";
import { acceptInvitation, createUser } from "@/lib/users/mutations";
import { makeActor, makeUser } from "../factories/users";
import { resetDatabase } from "../setup/reset-db";

const PASSWORD = "correct horse battery staple";
const EMAIL = "owner@test.example";
const start = new Date();
const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);

describe("sign-in throttling", () => {
  beforeEach(async () => {
    await resetDatabase();
    await makeUser("FACILITATOR", { email: EMAIL, password: PASSWORD });
  });

  it("checks no more passwords of a parallel burst than the free tries, and counts each", async () => {
    const burst = 12;
    const outcomes = await Promise.all(
      Array.from({ length: burst }, (_, index) =>
        verifyCredentials({ email: EMAIL, password: `guess ${index}` }, "198.51.100.7", start),
      ),
    );
    const checked = outcomes.filter((outcome) => !outcome.ok && outcome.reason === "invalid");
    const refused = outcomes.filter((outcome) => !outcome.ok && outcome.reason === "throttled");
    // Tries that found another under way are refused unchecked; none slipped past the count.
    expect(checked.length).toBeGreaterThan(0);
    expect(checked.length).toBeLessThanOrEqual(FREE_FAILURES_PER_ACCOUNT);
    expect(refused).toHaveLength(burst - checked.length);
    expect(await db.signInAttempt.count({ where: { email: EMAIL, succeeded: false } })).toBe(
      checked.length,
    );
    // Tried one after another, the same burst is counted to the limit and no further.
    for (let index = 0; index < burst; index++) {
      await verifyCredentials({ email: EMAIL, password: `again ${index}` }, "198.51.100.7", start);
    }
    expect(await db.signInAttempt.count({ where: { email: EMAIL, succeeded: false } })).toBe(
      FREE_FAILURES_PER_ACCOUNT,
    );
  });

  it("a try that would queue behind another on the same account is refused, not left waiting", async () => {
    // Another try holds the account (as a flood of guesses would): this one must not hold a
    // pooled connection while it waits, so it is told to try again in a moment.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [
        `sign-in:account:${EMAIL}`,
      ]);
      const busy = await verifyCredentials({ email: EMAIL, password: PASSWORD }, "192.0.2.5");
      expect(busy).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 1 });
      await other.query("COMMIT");
      const after = await verifyCredentials({ email: EMAIL, password: PASSWORD }, "192.0.2.5");
      expect(after.ok).toBe(true);
    } finally {
      await other.end();
    }
  });

  it("a try that gets no pooled connection in time is told to try again, not answered 500", async () => {
    // Every connection of the app's pool (pg's default of 10) held by a transaction that waits,
    // as a server starved of CPU holds them: the reservation's transaction cannot start.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const holders = Array.from({ length: 10 }, () =>
      db.$transaction(
        async (tx) => {
          await tx.$queryRaw`SELECT 1`;
          await held;
        },
        { maxWait: 10_000, timeout: 30_000 },
      ),
    );
    try {
      // Wait until all ten hold a connection (the pool has none left).
      await new Promise((resolve) => setTimeout(resolve, 500));
      const busy = await reserveSignInAttempt(EMAIL, "192.0.2.9", start);
      expect(busy).toEqual({ allowed: false, retryAfterSeconds: 1 });
    } finally {
      release();
      await Promise.all(holders);
    }
    // Refused unchecked and uncounted; with the pool free again, the owner gets in.
    expect(await db.signInAttempt.count({ where: { email: EMAIL } })).toBe(0);
    const after = await verifyCredentials({ email: EMAIL, password: PASSWORD }, "192.0.2.9");
    expect(after.ok).toBe(true);
  });

  it("a throttled account is refused from one read, without queueing for its lock", async () => {
    // Eight failures just now: the account rests 8 s after the last one.
    await db.signInAttempt.createMany({
      data: Array.from({ length: 8 }, (_, n) => ({
        email: EMAIL,
        ip: `203.0.113.${n}`,
        succeeded: false,
        createdAt: start,
      })),
    });
    // A flood holds the account's lock: a try that took it would be told "busy, 1 s".
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query("BEGIN");
      await other.query("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", [
        `sign-in:account:${EMAIL}`,
      ]);
      const refused = await verifyCredentials(
        { email: EMAIL, password: PASSWORD },
        "192.0.2.5",
        at(1),
      );
      expect(refused).toEqual({ ok: false, reason: "throttled", retryAfterSeconds: 7 });
      await other.query("COMMIT");
    } finally {
      await other.end();
    }
    // Refused unchecked and uncounted.
    expect(await db.signInAttempt.count({ where: { email: EMAIL } })).toBe(8);
  });

  it("a stranger's guesses slow the account down but never lock its owner out", async () => {
    // The stranger guesses from many addresses, as fast as allowed, for a long while.
    let clock = 0;
    for (let guess = 0; guess < 14; guess++) {
      let outcome = await verifyCredentials(
        { email: EMAIL, password: "guess" },
        `203.0.113.${guess}`,
        at(clock),
      );
      while (!outcome.ok && outcome.reason === "throttled") {
        clock += outcome.retryAfterSeconds;
        outcome = await verifyCredentials(
          { email: EMAIL, password: "guess" },
          `203.0.113.${guess}`,
          at(clock),
        );
      }
      expect(outcome).toEqual({ ok: false, reason: "invalid" });
    }
    // Each guess after the free ones waited longer than the one before.
    expect(clock).toBeGreaterThan(2 ** (14 - FREE_FAILURES_PER_ACCOUNT - 1));

    // Right after the last guess the owner is asked to wait, and told how long (never longer
    // than the longest delay) …
    const during = await verifyCredentials(
      { email: EMAIL, password: PASSWORD },
      "192.0.2.1",
      at(clock),
    );
    expect(during.ok).toBe(false);
    if (!during.ok && during.reason === "throttled") {
      expect(during.retryAfterSeconds).toBeLessThanOrEqual(LONGEST_ACCOUNT_DELAY_SECONDS);
      clock += during.retryAfterSeconds;
    }
    // … and then gets in, which clears the slate for the next sign-in.
    const after = await verifyCredentials(
      { email: EMAIL, password: PASSWORD },
      "192.0.2.1",
      at(clock),
    );
    expect(after.ok).toBe(true);
    const next = await verifyCredentials(
      { email: EMAIL, password: PASSWORD },
      "192.0.2.1",
      at(clock),
    );
    expect(next.ok).toBe(true);
  });

  it("an address spraying one password across many accounts is refused", async () => {
    // What a spray leaves behind (checking each password for real would only make this slow).
    await db.signInAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_ADDRESS }, (_, account) => ({
        email: `u${account}@test.example`,
        ip: "198.51.100.9",
        succeeded: false,
        createdAt: start,
      })),
    });
    const owner = await verifyCredentials(
      { email: EMAIL, password: PASSWORD },
      "198.51.100.9",
      start,
    );
    expect(owner).toMatchObject({ ok: false, reason: "throttled" });
    // Another address is not affected.
    expect(
      (await verifyCredentials({ email: EMAIL, password: PASSWORD }, "192.0.2.1", start)).ok,
    ).toBe(true);
  });
});

describe("invitation links", () => {
  beforeEach(resetDatabase);

  it("an address guessing links is refused after the limit, even with a real link", async () => {
    const admin = await makeActor("ADMIN");
    const created = await createUser(admin, {
      name: "Ioana",
      email: "ioana@test.example",
      role: "FACILITATOR",
    });
    if (!created.ok || !created.data.invitationToken) throw new Error("no invitation");
    const token = created.data.invitationToken;

    for (let guess = 0; guess < MAX_FAILURES_PER_ADDRESS; guess++) {
      const wrong = await acceptInvitation(
        {
          token: `made-up-token-${guess}-${"x".repeat(30)}`,
          password: PASSWORD,
          confirmPassword: PASSWORD,
        },
        "198.51.100.20",
      );
      expect(wrong).toMatchObject({ ok: false, status: 404, message: "invitationInvalid" });
    }
    const refused = await acceptInvitation(
      { token, password: PASSWORD, confirmPassword: PASSWORD },
      "198.51.100.20",
    );
    expect(refused).toMatchObject({ ok: false, status: 429, message: "tooManyAttempts" });
    // The link itself is untouched: its owner, elsewhere, can still use it.
    const owner = await acceptInvitation(
      { token, password: PASSWORD, confirmPassword: PASSWORD },
      "192.0.2.30",
    );
    expect(owner).toMatchObject({ ok: true, data: { email: "ioana@test.example" } });
  });

  it("wrong links never throttle an account's sign-in", async () => {
    for (let guess = 0; guess < FREE_FAILURES_PER_ACCOUNT + 3; guess++) {
      await acceptInvitation(
        {
          token: `made-up-${guess}-${"y".repeat(40)}`,
          password: PASSWORD,
          confirmPassword: PASSWORD,
        },
        `203.0.113.${guess}`,
      );
    }
    await makeUser("PARTICIPANT", { email: "p@test.example", password: PASSWORD });
    expect(
      (await verifyCredentials({ email: "p@test.example", password: PASSWORD }, "192.0.2.9")).ok,
    ).toBe(true);
  });
});
