import { expect, test } from "@playwright/test";
import {
  chooseLevel,
  expectSaved,
  joinAs,
  openPhone,
  openSessionWithOneWise,
  startLive,
} from "./live-support";
import { signInAs } from "./support";

test.use({ locale: "en-GB" });

/**
 * A flood of joins from one address (a script that knows the code on the screen) is refused
 * after the per-address limit, while the room goes on: the facilitator's console keeps working
 * and shows the refusals as a count, and an admitted phone keeps scoring.
 */
test("a join flood from one address is throttled while the room keeps scoring", async ({
  page,
  browser,
  playwright,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, "FACILITATOR");
  const { wise } = await openSessionWithOneWise(page);
  const code = await startLive(page);

  // Room for a handful of guests: the flood cannot fill the console's list.
  await page.getByLabel("Most guests in the room").fill("5");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByLabel("Most guests in the room")).toHaveValue("5");

  const phone = await openPhone(browser);
  await joinAs(phone, code, "Ana");
  await page.getByRole("button", { name: "Admit Ana" }).click();
  await expect(phone.getByText("You are in.")).toBeVisible();
  await page.getByRole("button", { name: `Present ${wise}` }).click();
  await page.getByRole("button", { name: "Open scoring" }).click();
  await expect(phone.getByRole("heading", { name: `Score ${wise}` })).toBeVisible();

  // One address, far more attempts than it may make (100 per 10-minute window by default): twice
  // as many, so that at least 20 are refused even if a window boundary falls within the flood.
  const flooder = await playwright.request.newContext({
    baseURL: test.info().project.use.baseURL,
    extraHTTPHeaders: { "X-Forwarded-For": "203.0.113.66" },
  });
  const statuses: number[] = [];
  const flood = (async () => {
    for (let batch = 0; batch < 22; batch++) {
      const answers = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          flooder.post("/api/live/join", {
            data: { code, displayName: `Bot ${batch * 10 + i}` },
          }),
        ),
      );
      statuses.push(...answers.map((answer) => answer.status()));
    }
  })();

  // Meanwhile the phone scores and the facilitator's console answers.
  await chooseLevel(phone, "Revenues", 4);
  await expectSaved(phone, "Revenues");
  await flood;
  await flooder.dispose();

  expect(statuses).toHaveLength(220);
  expect(statuses.filter((status) => status === 429).length).toBeGreaterThanOrEqual(20);
  expect(statuses.filter((status) => status === 201).length).toBeLessThanOrEqual(4);
  expect(statuses.filter((status) => status >= 500)).toEqual([]);

  await chooseLevel(phone, "Turnover", 3);
  await expectSaved(phone, "Turnover");
  await expect(page.getByTestId("refused-joins")).toHaveText(
    /^Joins refused \(too many attempts or room full\): [1-9]\d*$/,
  );
  // The list holds the guests who got in, not the refusals.
  expect(await page.getByRole("button", { name: /^Remove / }).count()).toBeLessThanOrEqual(5);
  await page.getByRole("button", { name: "Close scoring" }).click();
  await expect(phone.getByText(`Thank you! Scoring of ${wise} is closed.`)).toBeVisible();
});
