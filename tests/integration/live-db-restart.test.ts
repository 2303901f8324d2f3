import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type ChildScript, runFixtureScript } from "../fixtures/live-child-process";
import {
  type RestartablePostgres,
  startRestartablePostgres,
} from "../fixtures/live-restartable-postgres";

/**
 * The database restarts while raters score: every change the app acknowledged is in the database
 * exactly once, each score holds the last acknowledged value, and nothing else was written.
 * Runs against a PostgreSQL of its own (the shared test database stays up for the other files).
 */
const RATERS = 3;
const CHANGES_PER_RATER = 40;
const ACKS_BEFORE_RESTART = 15;
const DOWNTIME_MS = 2_000;

type Ack = {
  event: "ack";
  clientChangeId: string;
  raterId: string;
  criterionId: string;
  level: number;
  version: number;
};

let database: RestartablePostgres | undefined;
let scorer: ChildScript | undefined;

beforeAll(async () => {
  database = await startRestartablePostgres();
});
afterAll(async () => {
  await scorer?.stop();
  await database?.dispose();
});

it("keeps every acknowledged score exactly once across a database restart", async () => {
  if (!database) throw new Error("no database");
  scorer = runFixtureScript("live-scorer-process.ts", [String(RATERS), String(CHANGES_PER_RATER)], {
    DATABASE_URL: database.url,
  });
  const acks = () => (scorer?.lines ?? []).filter((line) => line.event === "ack");
  await scorer.waitFor(() => acks().length >= ACKS_BEFORE_RESTART, "the first acknowledgements");

  await database.stop();
  await new Promise((resolve) => setTimeout(resolve, DOWNTIME_MS));
  await database.start();

  const exitCode = await scorer.exited;
  const fatal = scorer.lines.find((line) => line.event === "fatal");
  expect(fatal, JSON.stringify(fatal)).toBeUndefined();
  expect(exitCode).toBe(0);
  // The outage was noticed, so the rest proves something.
  expect(scorer.lines.filter((line) => line.event === "tryAgain").length).toBeGreaterThan(0);

  const acknowledged = acks() as Ack[];
  expect(acknowledged).toHaveLength(RATERS * CHANGES_PER_RATER);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    const changes = await client.query<{ id: string }>(
      `SELECT "clientChangeId"::text AS id FROM "ScoreChange"`,
    );
    // Every acknowledged change once; none that was never acknowledged (every attempt was
    // retried until it was, so an extra row would be a change written twice under a new id).
    expect(changes.rows.map((row) => row.id).sort()).toEqual(
      acknowledged.map((ack) => ack.clientChangeId).sort(),
    );

    const lastAcknowledged = new Map<string, Ack>();
    for (const ack of acknowledged) lastAcknowledged.set(`${ack.raterId}/${ack.criterionId}`, ack);
    const scores = await client.query<{ key: string; level: number; version: number }>(
      `SELECT e."raterId" || '/' || s."criterionId" AS key, s.level, s.version
       FROM "Score" s JOIN "Evaluation" e ON e.id = s."evaluationId"`,
    );
    expect(new Map(scores.rows.map((row) => [row.key, [row.level, row.version]]))).toEqual(
      new Map([...lastAcknowledged].map(([key, ack]) => [key, [ack.level, ack.version]])),
    );
  } finally {
    await client.end();
  }
}, 120_000);
