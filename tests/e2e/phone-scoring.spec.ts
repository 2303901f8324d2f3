import { type Browser, expect, type Page, test } from "@playwright/test";
import { chooseLanguage } from "./language";
import {
  chooseLevel,
  joinAs,
  openSessionWithOneWise,
  phoneCriterion,
  startLive,
} from "./live-support";
import { demoAccount, expectAccessible, signIn, signInAs } from "./support";

test.use({ locale: "en-GB" });

const PHONE = { width: 390, height: 844 };
const TABLET = { width: 820, height: 1180 };
const REVENUES_LEVEL_1 = "Income is irregular and comes almost entirely from one grant or donor.";

/**
 * As the demo facilitator: a fresh Romanian focus group with one WISE, the demo participant
 * invited to score, scoring open. Returns the address of the WISE's scoring page.
 */
async function scoringPageWithParticipant(page: Page): Promise<string> {
  await signInAs(page, "FACILITATOR");
  await page.goto("/sessions/new");
  await page.getByLabel("Title").fill(`Phone check ${Date.now()}`);
  await page.getByLabel("Date and time").fill("2026-05-12T09:00");
  await page.getByLabel("Country").selectOption("RO");
  await page.getByLabel("Evaluation grid").selectOption({ label: "B-WISE grid v2" });
  await page.getByRole("button", { name: "Create the focus group" }).click();
  await expect(page).toHaveURL(/\/sessions\/(?!new$)[^/]+$/);
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
  return page.url();
}

async function deviceAs(
  browser: Browser,
  role: "FACILITATOR" | "PARTICIPANT",
  viewport: { width: number; height: number },
) {
  const context = await browser.newContext({
    locale: "en-GB",
    viewport,
    isMobile: true,
    hasTouch: true,
  });
  const page = await context.newPage();
  await signIn(page, demoAccount(role));
  return page;
}

/** The criterion shown (its fieldset, named by its legend "Revenues (weight 1)"). */
const criterion = (page: Page, name: string) =>
  page.getByRole("group", { name: new RegExp(`^${name} \\(weight`) });
const shownCriteria = (page: Page) => page.getByRole("group", { name: /\(weight \d+\)$/ });
const heading = (page: Page, name: string) =>
  page.getByRole("heading", { name: new RegExp(`^${name} \\(weight`) });
const saved = (page: Page, name: string) =>
  expect(criterion(page, name).getByRole("status")).toHaveText(/Saved/);
const progress = (page: Page, answered: number) =>
  expect(page.getByText(`${answered} of 18 answered`, { exact: true })).toBeVisible();

test("a participant on a phone scores one criterion a screen, jumps back to one skipped, and finds it all after a reload", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const scoringUrl = await scoringPageWithParticipant(page);
  const phone = await deviceAs(browser, "PARTICIPANT", PHONE);
  await phone.goto(scoringUrl);

  // One criterion on the screen, its level descriptions folded: a short page, not 27,000 px.
  await progress(phone, 0);
  await expect(shownCriteria(phone)).toHaveCount(1);
  await expect(criterion(phone, "Revenues")).toBeVisible();
  await expect(phone.getByText("Criterion 1 of 18")).toBeVisible();
  const pageHeight = () => phone.evaluate(() => document.documentElement.scrollHeight);
  expect(await pageHeight()).toBeLessThan(2000);
  await expectAccessible(phone);

  // The descriptions are one tap away, and a screen reader hears them even while folded.
  const level1 = criterion(phone, "Revenues").getByRole("radio", { name: "Level 1", exact: true });
  await expect(level1).toHaveAccessibleDescription(REVENUES_LEVEL_1);
  await expect(phone.getByText(REVENUES_LEVEL_1)).toBeHidden();
  const unfold = phone.getByRole("button", { name: "Show what each level means" });
  await expect(unfold).toHaveAttribute("aria-expanded", "false");
  await unfold.click();
  await expect(phone.getByText(REVENUES_LEVEL_1)).toBeVisible();
  await expect(phone.getByRole("button", { name: "Hide the level descriptions" })).toHaveAttribute(
    "aria-expanded",
    "true",
  );
  // Unfolded, the criterion still takes about a screen and a half (all 18 used to take 27,000 px).
  expect((await criterion(phone, "Revenues").boundingBox())?.height).toBeLessThan(1300);
  await expectAccessible(phone);

  await criterion(phone, "Revenues")
    .getByRole("radio", { name: /^Level 3/ })
    .check();
  await saved(phone, "Revenues");
  await progress(phone, 1);

  // Next: the following criterion, focus on its heading; Turnover is skipped.
  await phone.getByRole("button", { name: "Next" }).click();
  await expect(heading(phone, "Turnover")).toBeFocused();
  await expect(criterion(phone, "Revenues")).toBeHidden();
  await expect(phone.getByText("Criterion 2 of 18")).toBeVisible();
  await phone.getByRole("button", { name: "Next" }).click();
  await expect(heading(phone, "Profit")).toBeFocused();
  await criterion(phone, "Profit").getByRole("radio", { name: "Not applicable" }).check();
  await saved(phone, "Profit");
  await progress(phone, 2);

  // Back to the one left unanswered, through the list of all criteria.
  await phone.getByText("All criteria · 16 not answered").click();
  await expect(phone.getByRole("button", { name: "1. Revenues Answered" })).toBeVisible();
  await expectAccessible(phone);
  await phone.getByRole("button", { name: "2. Turnover Not answered" }).click();
  await expect(heading(phone, "Turnover")).toBeFocused();
  await criterion(phone, "Turnover")
    .getByRole("radio", { name: /^Level 4/ })
    .check();
  await saved(phone, "Turnover");
  await progress(phone, 3);
  await phone.getByRole("button", { name: "Previous" }).click();
  await expect(heading(phone, "Revenues")).toBeFocused();
  await expect(criterion(phone, "Revenues").getByRole("radio", { name: /^Level 3/ })).toBeChecked();

  // The last criterion offers the first one still unanswered instead of Next.
  await phone.getByText("All criteria · 15 not answered").click();
  await phone.getByRole("button", { name: /^18\. / }).click();
  await expect(phone.getByText("Criterion 18 of 18")).toBeVisible();
  await expect(phone.getByRole("button", { name: "Next" })).toHaveCount(0);
  await phone.getByRole("button", { name: "Go to the first unanswered: Investments" }).click();
  await expect(heading(phone, "Investments")).toBeFocused();

  // Saved on the server: after a reload the phone opens at the first unanswered criterion.
  await phone.reload();
  await progress(phone, 3);
  await expect(criterion(phone, "Investments")).toBeVisible();
  await expect(shownCriteria(phone)).toHaveCount(1);
  for (const [name, answer] of [
    ["Revenues", /^Level 3/],
    ["Turnover", /^Level 4/],
    ["Profit", /^Not applicable/],
  ] as const) {
    await phone.getByText("All criteria · 15 not answered").click();
    await phone.getByRole("button", { name: new RegExp(`^\\d+\\. ${name} Answered$`) }).click();
    await expect(criterion(phone, name).getByRole("radio", { name: answer })).toBeChecked();
  }

  // In Romanian too.
  await chooseLanguage(phone, "ro");
  await expect(phone.getByText("3 din 18 cu răspuns", { exact: true })).toBeVisible();
  await expect(phone.getByText("Toate criteriile · 15 fără răspuns")).toBeVisible();
  await expect(
    phone.getByRole("button", { name: "Arătați ce înseamnă fiecare nivel" }),
  ).toBeVisible();
  await expect(phone.getByRole("button", { name: /Următorul/ })).toBeVisible();
  await expectAccessible(phone);
  await phone.context().close();
});

test("the facilitator scores a criterion on a tablet with the keyboard alone and moves on with Next", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const scoringUrl = await scoringPageWithParticipant(page);
  const tablet = await deviceAs(browser, "FACILITATOR", TABLET);
  await tablet.goto(scoringUrl);
  await expect(shownCriteria(tablet)).toHaveCount(1);

  // From the list of criteria (Enter opens it) to Revenues, then Tab through the criterion.
  await tablet.getByText("All criteria · 18 not answered").focus();
  await tablet.keyboard.press("Enter");
  await tablet.keyboard.press("Tab");
  await expect(tablet.getByRole("button", { name: "1. Revenues Not answered" })).toBeFocused();
  await tablet.keyboard.press("Enter");
  await expect(heading(tablet, "Revenues")).toBeFocused();
  await tablet.keyboard.press("Tab");
  await expect(tablet.getByRole("button", { name: "Show what each level means" })).toBeFocused();
  await tablet.keyboard.press("Enter");
  await expect(tablet.getByText(REVENUES_LEVEL_1)).toBeVisible();
  await tablet.keyboard.press("Tab");
  const revenues = criterion(tablet, "Revenues");
  await expect(revenues.getByRole("radio", { name: "Level 1", exact: true })).toBeFocused();
  await tablet.keyboard.press("Space");
  await tablet.keyboard.press("ArrowRight");
  await tablet.keyboard.press("ArrowRight");
  await expect(revenues.getByRole("radio", { name: "Level 3", exact: true })).toBeChecked();
  await saved(tablet, "Revenues");
  await tablet.keyboard.press("Tab");
  await expect(revenues.getByLabel("Measured value (EUR)")).toBeFocused();
  await tablet.keyboard.type("12 500");
  await tablet.keyboard.press("Tab");
  await tablet.keyboard.type("Audited accounts");
  await tablet.keyboard.press("Tab");
  await saved(tablet, "Revenues");
  await expect(tablet.getByRole("button", { name: "Next" })).toBeFocused();
  await progress(tablet, 1);
  await tablet.keyboard.press("Enter");
  await expect(heading(tablet, "Turnover")).toBeFocused();
  await expect(tablet.getByText("Criterion 2 of 18")).toBeVisible();
  await expectAccessible(tablet);

  await tablet.reload();
  await expect(criterion(tablet, "Turnover")).toBeVisible();
  await tablet.getByRole("button", { name: "Previous" }).click();
  await expect(revenues.getByLabel("Measured value (EUR)")).toHaveValue("12500");
  await expect(revenues.getByLabel("Comment (optional)")).toHaveValue("Audited accounts");
  await tablet.context().close();
});

test("offline, the live phone's banner stays on screen while scrolling and counts the answers not yet saved", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const { wise } = await (async () => {
    await signInAs(page, "FACILITATOR");
    return openSessionWithOneWise(page);
  })();
  const code = await startLive(page);
  const context = await browser.newContext({
    locale: "en-GB",
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
  });
  const phone = await context.newPage();
  await joinAs(phone, code, "Ioana");
  await page.getByRole("button", { name: "Admit Ioana" }).click();
  await page.getByRole("button", { name: `Present ${wise}` }).click();
  await page.getByRole("button", { name: "Open scoring" }).click();
  await expect(phone.getByRole("heading", { name: `Score ${wise}` })).toBeVisible();
  await expect(phone.getByText("0 of 18 answered", { exact: true })).toBeVisible();

  await context.setOffline(true);
  await chooseLevel(phone, "Revenues", 2);
  await phone.getByRole("button", { name: "Next" }).click();
  await expect(phone.getByRole("heading", { name: "Turnover", exact: true })).toBeFocused();
  await chooseLevel(phone, "Turnover", 3);
  await chooseLevel(phone, "Profit", 4);
  const banner = phone.getByTestId("queue-banner");
  await expect(banner).toContainText("You are offline. 3 answers not yet saved.");
  // Answered on this phone, though not yet on the server.
  await expect(phone.getByText("3 of 18 answered", { exact: true })).toBeVisible();

  // A long page (descriptions and the list of criteria unfolded), scrolled to the bottom.
  await phone.getByRole("button", { name: "Show what each level means" }).click();
  await phone.getByText("All criteria · 15 not answered").click();
  await phone.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  expect(await phone.evaluate(() => window.scrollY)).toBeGreaterThan(600);
  await expect(banner).toBeInViewport();
  expect((await banner.boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
  await expect(banner).toContainText("3 answers not yet saved.");
  await expectAccessible(phone);

  // Back online, the answers go out and the banner leaves.
  await context.setOffline(false);
  await expect(banner).not.toContainText("You are offline");
  await expect(phoneCriterion(phone, "Profit").getByText("Saved", { exact: true })).toBeVisible();
  const table = page.getByRole("table", { name: "Criteria answered by each rater" });
  await expect(table.getByRole("row", { name: /Ioana/ })).toContainText("3 of 18");
  await context.close();
});
