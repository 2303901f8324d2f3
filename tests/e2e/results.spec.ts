import { type Browser, expect, type Page, test } from "@playwright/test";
import { krippendorffAlpha } from "../../lib/results/krippendorff";
import { demoAccount, expectAccessible, signIn, signInAs } from "./support";

test.use({ locale: "en-GB" });

/** Levels the two raters give to four criteria of the WISE: close on three, apart on one. */
const SHEETS = {
  facilitator: { Revenues: 3, Turnover: 4, Profit: 2, Investments: 2 },
  participant: { Revenues: 3, Turnover: 5, Profit: 2, Investments: 1 },
};

const criterion = (page: Page, name: string) =>
  page.getByRole("group", { name: new RegExp(`^${name} \\(weight`) });

async function score(page: Page, sheet: Record<string, number>) {
  for (const [name, level] of Object.entries(sheet)) {
    const group = criterion(page, name);
    await group.getByRole("radio", { name: new RegExp(`^Level ${level}`) }).check();
    await expect(group.getByRole("status")).toHaveText(/Saved/);
  }
}

/**
 * As the demo facilitator: a Romanian focus group with one WISE, the demo participant invited to
 * score, scoring open, and the facilitator's own levels saved. Returns the session's path and
 * the scoring page's address.
 */
async function scoredSession(page: Page): Promise<{ sessionPath: string; scoringUrl: string }> {
  await signInAs(page, "FACILITATOR");
  await page.goto("/sessions/new");
  await page.getByLabel("Title").fill(`Results check ${Date.now()}`);
  await page.getByLabel("Date and time").fill("2026-05-12T09:00");
  await page.getByLabel("Country").selectOption("RO");
  await page.getByLabel("Evaluation grid").selectOption({ label: "B-WISE grid v2" });
  await page.getByRole("button", { name: "Create the focus group" }).click();
  // Not /sessions/new, where the form itself lives: the created session's page.
  await expect(page).toHaveURL(/\/sessions\/(?!new$)[^/]+$/);
  // The path alone: the address may carry a query string after a form's redirect.
  const sessionPath = new URL(page.url()).pathname;
  await page.getByRole("button", { name: "Add to the agenda" }).click();
  await page.getByLabel("E-mail address").fill(demoAccount("PARTICIPANT").email);
  await page.getByLabel("Role in this session").selectOption("PARTICIPANT");
  await page.getByLabel("Invite this participant to score").check();
  await page.getByRole("button", { name: "Add to the session" }).click();
  await expect(page.getByText("The person was added to the session.")).toBeVisible();
  await page.getByRole("button", { name: "Open scoring" }).click();
  await expect(page.getByText("Open for scoring", { exact: true })).toBeVisible();
  await page
    .getByRole("link", { name: /^Score / })
    .first()
    .click();
  await expect(page).toHaveURL(/\/score\//);
  const scoringUrl = page.url();
  await score(page, SHEETS.facilitator);
  return { sessionPath, scoringUrl };
}

async function scoreAsParticipant(browser: Browser, scoringUrl: string) {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await signIn(page, demoAccount("PARTICIPANT"));
  await page.goto(scoringUrl);
  await score(page, SHEETS.participant);
  await context.close();
}

test("the Romanian partner reads a session's category scores and how far its raters agree", async ({
  page,
  browser,
}) => {
  // Three people sign in and two score through the UI: more than a minute on a busy machine.
  test.setTimeout(180_000);
  const { sessionPath, scoringUrl } = await scoredSession(page);
  await scoreAsParticipant(browser, scoringUrl);

  const partner = await browser.newContext({ locale: "en-GB" });
  const partnerPage = await partner.newPage();
  await signIn(partnerPage, demoAccount("PARTNER"));
  await partnerPage.goto(`${sessionPath}/results`);
  await expect(
    partnerPage.getByRole("heading", { level: 1, name: /^Results: Results check/ }),
  ).toBeVisible();

  const table = partnerPage.getByRole("table", { name: "Category scores per WISE, over raters" });
  const entrepreneurial = table.getByRole("row", { name: /Entrepreneurial characteristics/ });
  // Weights 1, 2, 1, 1: the facilitator (3 + 8 + 2 + 2) / 5 = 3.00, the participant
  // (3 + 10 + 2 + 1) / 5 = 3.20; mean 3.10 over 2 raters, 8 of 12 answers given.
  await expect(entrepreneurial).toContainText("3.10");
  await expect(entrepreneurial).toContainText("3.00–3.20");
  await expect(entrepreneurial).toContainText("8 of 12");

  const expected = krippendorffAlpha(
    [
      [3, 4, 2, 2],
      [3, 5, 2, 1],
    ],
    "ordinal",
  ).alpha;
  expect(expected).not.toBeNull();
  await expect(partnerPage.getByTestId("session-alpha")).toContainText(
    `α = ${expected?.toFixed(3)}`,
  );
  await expect(partnerPage.getByTestId("session-alpha")).toContainText("4 units, 2 raters");
  await expectAccessible(partnerPage);

  // The same figures sit behind the chart as a table, and the WISE's details unfold.
  await partnerPage.getByText("Show the figures as a table").first().click();
  await partnerPage.locator("details summary").last().click();
  await expectAccessible(partnerPage);

  // The review dashboard lists the session, with the same agreement.
  await partnerPage.goto("/results");
  await expect(partnerPage.getByRole("link", { name: /^Results check/ }).first()).toBeVisible();
  await expectAccessible(partnerPage);
  await partner.close();
});
