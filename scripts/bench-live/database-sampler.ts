import type pg from "pg";

const EVERY_MS = 500;

export type DatabaseSamples = {
  samples: number;
  /** Connections the app held (its pool and its LISTEN connection), at most. */
  maxConnections: number;
  /** Connections in a transaction or running a query, on average and at most. */
  meanBusy: number;
  maxBusy: number;
  /** Of those, waiting for the app to send the next statement of an open transaction. */
  meanIdleInTransaction: number;
  /** Waiting on a lock (row locks of the live state, say), on average and at most. */
  meanLockWaits: number;
  maxLockWaits: number;
};

type Row = { connections: number; busy: number; idle_in_tx: number; lock_waits: number };

/**
 * Twice a second, what the app's database connections are doing (pg_stat_activity): whether
 * the pool is exhausted (every connection busy, requests queueing in the app), whether
 * transactions wait on the app between statements, or on each other's locks.
 */
export function startDatabaseSampler(client: pg.Client, database: string) {
  const rows: Row[] = [];
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      try {
        const {
          rows: [row],
        } = await client.query<Row>(
          `SELECT count(*)::int AS connections,
             count(*) FILTER (WHERE state IN ('active', 'idle in transaction'))::int AS busy,
             count(*) FILTER (WHERE state = 'idle in transaction')::int AS idle_in_tx,
             count(*) FILTER (WHERE wait_event_type = 'Lock')::int AS lock_waits
           FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()`,
          [database],
        );
        rows.push(row);
      } catch {
        // the sampler is a diagnosis; the measurement goes on without it
      }
      await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
    }
  };
  void loop();
  return (): DatabaseSamples => {
    stopped = true;
    const mean = (pick: (row: Row) => number) =>
      rows.length === 0 ? 0 : rows.reduce((sum, row) => sum + pick(row), 0) / rows.length;
    const max = (pick: (row: Row) => number) =>
      rows.reduce((top, row) => Math.max(top, pick(row)), 0);
    return {
      samples: rows.length,
      maxConnections: max((row) => row.connections),
      meanBusy: mean((row) => row.busy),
      maxBusy: max((row) => row.busy),
      meanIdleInTransaction: mean((row) => row.idle_in_tx),
      meanLockWaits: mean((row) => row.lock_waits),
      maxLockWaits: max((row) => row.lock_waits),
    };
  };
}
