import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { isDatabaseUnavailable } from "@/lib/live/respond";

/**
 * The live routes answer 503 "tryAgain" instead of 500 when PostgreSQL cannot be reached. These
 * tests make the failures happen for real, through the same Prisma client and pg adapter as the
 * app, and check that each is recognised, and that an ordinary error is not.
 */
const clients: PrismaClient[] = [];
function clientFor(connectionString: string) {
  const client = new PrismaClient({ adapter: new PrismaPg({ connectionString }) });
  clients.push(client);
  return client;
}

async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  throw new Error("expected the work to fail");
}

describe("recognising an unreachable database", () => {
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.$disconnect().catch(() => {})));
  });

  it("nobody listening on the port", async () => {
    const url = new URL(inject("databaseUrl"));
    url.port = "1";
    const error = await errorOf(() => clientFor(url.toString()).user.count());
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("the server terminates the connection mid-transaction (as a restart does)", async () => {
    const url = new URL(inject("databaseUrl"));
    url.searchParams.set("application_name", "live-unreachable-test");
    const client = clientFor(url.toString());
    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    const error = await errorOf(() =>
      client.$transaction(async (tx) => {
        await tx.user.count();
        await admin.query(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1",
          ["live-unreachable-test"],
        );
        await tx.user.count();
      }),
    );
    await admin.end();
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it("the server terminates the connection while a query runs", async () => {
    const url = new URL(inject("databaseUrl"));
    url.searchParams.set("application_name", "live-unreachable-running");
    const client = clientFor(url.toString());
    const admin = new pg.Client({ connectionString: inject("databaseUrl") });
    await admin.connect();
    const running = errorOf(() => client.$queryRawUnsafe("SELECT pg_sleep(30)"));
    // Wait until the query is running on the server, then cut it off as a shutdown does.
    for (;;) {
      const { rowCount } = await admin.query(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1 AND query LIKE '%pg_sleep(30)%' AND state = 'active'",
        ["live-unreachable-running"],
      );
      if (rowCount) break;
    }
    await admin.end();
    expect(isDatabaseUnavailable(await running)).toBe(true);
  });

  it("an ordinary query error is not mistaken for it", async () => {
    const client = clientFor(inject("databaseUrl"));
    const error = await errorOf(() => client.$queryRawUnsafe("SELECT * FROM no_such_table"));
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(isDatabaseUnavailable(new Error("scoreStale"))).toBe(false);
  });
});
