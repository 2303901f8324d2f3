import { expect, type Locator, type Page, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

test.use({ locale: "en-GB" });

/**
 * A fresh OPEN session of the demo facilitator with one WISE on its agenda, made through the
 * sessions pages; returns the WISE's name. Needs the seed's B-WISE grid and at least one
 * Romanian WISE in the registry.
 */
async function openSessionWithOneWise(page: Page): Promise<string> {
  await page.goto("/sessions/new");
  await page.getByLabel("Title").fill(`Scoring check ${Date.now()}`);
  await page.getByLabel("Date and time").fill("2026-05-12T09:00");
  await page.getByLabel("Country").selectOption("RO");
  await page.getByLabel("Evaluation grid").selectOption({ label: "B-WISE grid v2" });
  await page.getByRole("button", { name: "Create the focus group" }).click();
  await expect(page).toHaveURL(/\/sessions\/[^/]+$/);
  const picker = page.getByLabel("Add a WISE of this country to the agenda");
  const wise =
    (await picker.locator("option:checked").textContent())?.replace(/ \(.*\)$/, "") ?? "";
  expect(wise, "the seed needs a Romanian WISE").not.toBe("");
  await page.getByRole("button", { name: "Add to the agenda" }).click();
  await page.getByRole("button", { name: "Open scoring" }).click();
  await expect(page.getByText("Open for scoring", { exact: true })).toBeVisible();
  return wise;
}

/** One criterion's fieldset, named by its legend ("Revenues (weight 1)"). */
const criterion = (page: Page, name: string) =>
  page.getByRole("group", { name: new RegExp(`^${name} \\(weight`) });
const saved = (group: Locator) => expect(group.getByRole("status")).toHaveText(/Saved/);

test("the facilitator scores a WISE, with the keyboard too, sees each save and finds it all after a reload", async ({
  page,
}) => {
  // A sign-in, a new session and two axe scans of the whole 18-criterion grid: on a busy
  // two-core machine this takes close to the default minute.
  test.setTimeout(120_000);
  await signInAs(page, "FACILITATOR");
  const wise = await openSessionWithOneWise(page);
  await page.getByRole("link", { name: `Score ${wise}` }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Score ${wise}` })).toBeVisible();
  await expectAccessible(page);

  // Keyboard alone: Space picks level 1, two arrows move the choice to level 3 (three saves
  // of one criterion in quick succession), Tab reaches the value and then the comment.
  const revenues = criterion(page, "Revenues");
  await revenues.getByRole("radio", { name: /^Level 1/ }).focus();
  await page.keyboard.press("Space");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  await expect(revenues.getByRole("radio", { name: /^Level 3/ })).toBeChecked();
  await saved(revenues);
  await page.keyboard.press("Tab");
  await expect(revenues.getByLabel("Measured value (EUR)")).toBeFocused();
  await page.keyboard.type("12 500");
  await page.keyboard.press("Tab");
  await page.keyboard.type("Audited accounts for 2024");
  await page.keyboard.press("Tab");
  await saved(revenues);

  const turnover = criterion(page, "Turnover");
  await turnover.getByRole("radio", { name: "Not applicable" }).check();
  await saved(turnover);
  const profit = criterion(page, "Profit");
  await profit.getByRole("radio", { name: "Don’t know" }).check();
  await saved(profit);
  const share = criterion(
    page,
    "Share of workers with support needs in the total number of employees",
  );
  await share.getByRole("radio", { name: /^Level 4/ }).check();
  await saved(share);

  // N/A and don't know count as answered, not in the score.
  const entrepreneurial = page.getByRole("region", { name: "Entrepreneurial characteristics" });
  await expect(
    entrepreneurial.getByText("3 of 6 answered · score 3.0 of 5, from 1 rated"),
  ).toBeVisible();
  await expect(page.getByText("Overall: 4 of 18 answered")).toBeVisible();
  await expectAccessible(page);

  await page.reload();
  await expect(revenues.getByRole("radio", { name: /^Level 3/ })).toBeChecked();
  await expect(revenues.getByLabel("Measured value (EUR)")).toHaveValue("12500");
  await expect(revenues.getByLabel("Comment (optional)")).toHaveValue("Audited accounts for 2024");
  await expect(turnover.getByRole("radio", { name: "Not applicable" })).toBeChecked();
  await expect(profit.getByRole("radio", { name: "Don’t know" })).toBeChecked();
  await expect(share.getByRole("radio", { name: /^Level 4/ })).toBeChecked();
  await expect(
    entrepreneurial.getByText("3 of 6 answered · score 3.0 of 5, from 1 rated"),
  ).toBeVisible();
});

test("a second tab that missed a save is told so and can take the current value", async ({
  page,
  context,
}) => {
  await signInAs(page, "FACILITATOR");
  const wise = await openSessionWithOneWise(page);
  await page.getByRole("link", { name: `Score ${wise}` }).click();
  await expect(page).toHaveURL(/\/score\//);
  const scoringUrl = page.url();
  const second = await context.newPage();
  await second.goto(scoringUrl);

  await criterion(page, "Investments")
    .getByRole("radio", { name: /^Level 2/ })
    .check();
  await saved(criterion(page, "Investments"));

  const stale = criterion(second, "Investments");
  await stale.getByRole("radio", { name: /^Level 4/ }).check();
  await expect(stale.getByRole("alert")).toContainText(
    "Changed in another tab: the current value is level 2 (Small replacements only, paid for by grants)",
  );
  await expectAccessible(second);
  await stale.getByRole("button", { name: "Use the current value" }).click();
  await expect(stale.getByRole("radio", { name: /^Level 2/ })).toBeChecked();
  await saved(stale);

  // Having taken the current value, the second tab saves normally again.
  await stale.getByRole("radio", { name: /^Level 5/ }).check();
  await saved(stale);
  await page.reload();
  await expect(
    criterion(page, "Investments").getByRole("radio", { name: /^Level 5/ }),
  ).toBeChecked();
});
