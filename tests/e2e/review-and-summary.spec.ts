import { type Browser, expect, type Page, test } from "@playwright/test";
import { demoAccount, expectAccessible, signIn } from "./support";

const PHONE = { width: 360, height: 740 };

async function pageAs(
  browser: Browser,
  role: "FACILITATOR" | "PARTNER" | "PARTICIPANT",
  phone = false,
) {
  const context = await browser.newContext({
    locale: "en-GB",
    ...(phone ? { viewport: PHONE, isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  await signIn(page, demoAccount(role));
  return page;
}

/** Nothing wider than the screen: a phone reader never scrolls sideways. */
async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, `page wider than the screen at ${page.url()}`).toBeLessThanOrEqual(0);
}

/**
 * The demo facilitator's own CLOSED Romanian session, made through the pages (so that other
 * specs scoring the demo session in parallel are not disturbed): one WISE, the demo participant,
 * a public note on a theme and a private one. Returns its title and address.
 */
async function closedSession(page: Page) {
  const title = `Review check ${Date.now().toString(36)}`;
  await page.goto("/sessions/new");
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Date and time").fill("2026-12-10T10:00");
  await page.getByLabel("Country").selectOption("RO");
  await page.getByLabel("Place").fill("Cluj-Napoca");
  await page.getByLabel("Evaluation grid").selectOption({ label: "B-WISE grid v2" });
  await page.getByRole("button", { name: "Create the focus group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  const picker = page.getByLabel("Add a WISE of this country to the agenda");
  const wise =
    (await picker.locator("option:checked").textContent())?.replace(/ \(.*\)$/, "") ?? "";
  expect(wise, "the seed needs a Romanian WISE").not.toBe("");
  await page.getByRole("button", { name: "Add to the agenda" }).click();
  await expect(page.getByRole("heading", { level: 3, name: new RegExp(wise) })).toBeVisible();

  await page.getByLabel("E-mail address").fill(demoAccount("PARTICIPANT").email);
  await page.getByRole("button", { name: "Add to the session" }).click();
  await expect(page.getByText("The person was added to the session.")).toBeVisible();

  await page.getByLabel("About").selectOption({ label: "Exchange of good practice" });
  await page.getByLabel("Note", { exact: true }).fill("Visits between WISEs helped most.");
  await page.getByLabel("Show in the participants' summary").check();
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Note saved.")).toBeVisible();
  await page.getByLabel("Note", { exact: true }).fill("Team only: follow up on the accounts.");
  await page.getByRole("button", { name: "Save note" }).click();
  await expect(page.getByText("Team only: follow up on the accounts.")).toBeVisible();

  await page.getByRole("button", { name: "Open scoring" }).click();
  await expect(page.getByText("Open for scoring", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Close the session and lock scores" }).click();
  await expect(page.getByText("Scores are locked.", { exact: false })).toBeVisible();
  return { title, wise, url: page.url() };
}

test("a partner approves a closed session, the facilitator publishes, a participant reads the summary on a phone", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const facilitator = await pageAs(browser, "FACILITATOR");
  const session = await closedSession(facilitator);
  const reviewUrl = `${session.url}/review`;

  // Publishing goes through the review page, which waits for the partner's decision.
  await facilitator.getByRole("link", { name: /^Publish the summary/ }).click();
  await expect(facilitator).toHaveURL(reviewUrl);
  await expect(facilitator.getByRole("button", { name: "Publish the summary" })).toHaveCount(0);
  await expect(facilitator.getByText("Waiting for the partner's decision.")).toBeVisible();

  const partner = await pageAs(browser, "PARTNER");
  await partner.goto(reviewUrl);
  await expect(partner.getByRole("heading", { level: 1 })).toHaveText(`Review: ${session.title}`);
  await expectAccessible(partner);
  await partner.getByLabel("Your comment").fill("The scores match what we heard.");
  await partner.getByRole("button", { name: "Approve the results" }).click();
  await expect(partner.getByRole("status")).toHaveText("Your review was saved.");
  const timeline = partner.getByRole("region", { name: "What happened" });
  await expect(timeline.getByText("The scores match what we heard.")).toBeVisible();
  await expect(timeline.getByText("Paula Partener", { exact: false })).toBeVisible();
  await expect(partner.getByText("Approved. The partner approved the results")).toBeVisible();
  await expectAccessible(partner);

  await facilitator.reload();
  await expect(facilitator.getByText("you can publish the summary now")).toBeVisible();
  await facilitator.getByRole("button", { name: "Publish the summary" }).click();
  await expect(facilitator.getByText("The summary is published.")).toBeVisible();
  await facilitator.getByRole("button", { name: "Share by link" }).click();
  const shareLink = facilitator.getByRole("link", { name: /\/s\/[\w-]{32}$/ });
  await expect(shareLink).toBeVisible();
  const shareUrl = (await shareLink.textContent()) ?? "";
  await expectAccessible(facilitator);

  // The participant, on a phone, finds the summary in their list and reads both versions.
  const participant = await pageAs(browser, "PARTICIPANT", true);
  await participant.goto("/summaries");
  await expectAccessible(participant);
  await participant.getByRole("link", { name: session.title }).click();
  await expect(participant.getByRole("heading", { level: 1 })).toHaveText(session.title);
  await expect(participant.getByText("It met in Cluj-Napoca, Romania.")).toBeVisible();
  await expect(participant.getByRole("heading", { level: 3, name: session.wise })).toBeVisible();
  await expect(participant.getByText("Visits between WISEs helped most.")).toBeVisible();
  await expect(participant.getByText("Team only", { exact: false })).toHaveCount(0);
  await expect(participant.getByText("Florin Facilitator")).toHaveCount(0);
  await expectAccessible(participant);
  await expectNoSidewaysScroll(participant);

  await participant.getByRole("link", { name: "Easy-read version" }).click();
  await expect(participant).toHaveURL(/\?view=easy$/);
  await expect(participant.getByText("Easy-read summary")).toBeVisible();
  await expect(participant.getByText("We met in Cluj-Napoca.")).toBeVisible();
  await expect(participant.getByText("Marks go from 1 to 5. 5 is the best.")).toBeVisible();
  await expect(
    participant.getByText(/^When fewer than 3 people gave marks, we do not show/),
  ).toBeVisible();
  await expect(participant.getByRole("heading", { level: 2, name: session.wise })).toBeVisible();
  // The grid's categories in everyday words; nobody scored this session's WISE.
  for (const plain of [
    "How the business is doing",
    "Help from the state",
    "Jobs for people who need support",
  ]) {
    await expect(participant.getByText(`Nobody gave a mark for: ${plain}.`)).toBeVisible();
  }
  await expectAccessible(participant);
  await expectNoSidewaysScroll(participant);
  await participant.getByRole("link", { name: "Full version" }).click();
  await expect(participant.getByText("What the focus group did")).toBeVisible();

  // Anyone with the link reads the same summary without signing in, until it is turned off.
  const visitor = await (await browser.newContext({ locale: "en-GB", viewport: PHONE })).newPage();
  await visitor.goto(shareUrl);
  await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(session.title);
  await expect(visitor.getByText("You are reading a summary shared by link.")).toBeVisible();
  await expectAccessible(visitor);
  // Server-rendered: a phone with JavaScript off reads it too.
  const noScript = await (
    await browser.newContext({ locale: "en-GB", viewport: PHONE, javaScriptEnabled: false })
  ).newPage();
  await noScript.goto(`${shareUrl}?view=easy`);
  await expect(noScript.getByText("Marks go from 1 to 5. 5 is the best.")).toBeVisible();
  await facilitator.getByRole("button", { name: "Stop sharing" }).click();
  await expect(facilitator.getByText("The summary is not shared by link.")).toBeVisible();
  await visitor.reload();
  await expect(visitor.getByRole("heading", { level: 1, name: session.title })).toHaveCount(0);
});
