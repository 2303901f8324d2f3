import { expect, type Page, test } from "@playwright/test";
import { entryKey, listEntryPoints, listServerActions } from "./entry-points";
import { runFactoryScript } from "./factories";
import { CALLERS, type Caller, classify, MATRIX, type MatrixData } from "./permission-matrix-table";
import { SERVER_ACTION_PERMISSIONS } from "./server-action-permissions";
import { signIn } from "./support";

/**
 * Every page and route handler of the app (read from app/ by entry-points.ts) requested by each
 * kind of caller, against the table in permission-matrix-table.ts. A new entry point without a
 * row fails the first test, so nobody can add one and forget to decide who may reach it.
 */
test.describe.configure({ mode: "serial" });

test("every entry point of the app has exactly one row in the permission matrix", () => {
  const derived = listEntryPoints().map(entryKey);
  const table = Object.keys(MATRIX);
  expect({
    withoutRow: derived.filter((key) => !table.includes(key)),
    rowWithoutEntryPoint: table.filter((key) => !derived.includes(key)),
  }).toEqual({ withoutRow: [], rowWithoutEntryPoint: [] });
});

test("every server action names the permission it asserts", () => {
  const derived = listServerActions();
  const listed = Object.keys(SERVER_ACTION_PERMISSIONS);
  expect({
    unlisted: derived.filter((name) => !listed.includes(name)),
    listedButGone: listed.filter((name) => !derived.includes(name)),
  }).toEqual({ unlisted: [], listedButGone: [] });
});

const cookieHeader = async (page: Page) =>
  (await page.context().cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join("; ");

test("each caller reaches exactly the entry points the matrix allows", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  const origin = baseURL ?? "";
  const data = runFactoryScript<MatrixData>("tests/e2e/permission-matrix-data.ts", {
    token: `M${Date.now().toString(36)}`,
  });

  // Cookies of each caller: none, a live guest's (from joining the running session), and each
  // role's session after signing in through the real form.
  const cookies: Record<Caller, string> = {} as Record<Caller, string>;
  cookies.signedOut = "";
  const joined = await fetch(`${origin}/api/live/join`, {
    method: "POST",
    headers: { "content-type": "application/json", origin, "sec-fetch-site": "same-origin" },
    body: JSON.stringify({ code: data.joinCode, displayName: "Matrix guest" }),
  });
  expect(joined.status, "the guest joins the live session").toBe(201);
  const guest = (await joined.json()) as { participantId: string; status: string };
  expect(guest.status, "guests are let in as they join").toBe("ADMITTED");
  data.guestParticipantId = guest.participantId;
  cookies.guest = joined.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0])
    .join("; ");
  for (const caller of CALLERS) {
    if (caller === "signedOut" || caller === "guest") continue;
    const context = await browser.newContext({ locale: "en-GB" });
    const page = await context.newPage();
    await signIn(page, data.accounts[caller]);
    cookies[caller] = await cookieHeader(page);
    await context.close();
  }

  // Every cell, a few at a time; nothing requested changes what a later cell reads (pages and
  // reads are GETs, and each write is sent an empty body that the handler must refuse).
  const cells = Object.entries(MATRIX).flatMap(([key, row]) =>
    CALLERS.map((caller, index) => ({ key, row, caller, expected: row.expect[index] })),
  );
  const mismatches: string[] = [];
  const recorded: Record<string, string[]> = {};
  let next = 0;
  async function worker() {
    while (next < cells.length) {
      const cell = cells[next++];
      if (!cell) return;
      const [method = "GET"] = cell.key.split(" ");
      const response = await fetch(`${origin}${cell.row.url(data)}`, {
        method,
        redirect: "manual",
        headers: {
          cookie: cookies[cell.caller],
          origin,
          "sec-fetch-site": "same-origin",
          ...(method === "GET" ? {} : { "content-type": "application/json" }),
        },
        body: method === "GET" ? undefined : JSON.stringify(cell.row.body?.(data) ?? {}),
        signal: AbortSignal.timeout(30_000),
      });
      // The live event stream never ends: the status is all a cell needs.
      await response.body?.cancel();
      const actual = classify(response.status, response.headers.get("location"));
      const row = recorded[cell.key] ?? [];
      row[CALLERS.indexOf(cell.caller)] = actual;
      recorded[cell.key] = row;
      if (actual !== cell.expected)
        mismatches.push(
          `${cell.key} as ${cell.caller}: expected ${cell.expected}, got ${actual} (${response.status})`,
        );
    }
  }
  await Promise.all(Array.from({ length: 4 }, worker));
  // MATRIX_RECORD=1 prints what each caller got, to read through when a row is added.
  if (process.env.MATRIX_RECORD)
    for (const [key, row] of Object.entries(recorded)) console.log(`${key}: ${row.join(" ")}`);
  expect(mismatches).toEqual([]);
});
