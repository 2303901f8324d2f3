import { type Browser, expect, type Locator, type Page } from "@playwright/test";

/**
 * A fresh OPEN session of the demo facilitator with one Romanian WISE on its agenda, made
 * through the sessions pages (so live specs never share a room); returns the session id and
 * the WISE's name. The facilitator must be signed in on `page`.
 */
export async function openSessionWithOneWise(
  page: Page,
): Promise<{ sessionId: string; wise: string }> {
  await page.goto("/sessions/new");
  await page.getByLabel("Title").fill(`Live check ${Date.now()}`);
  await page.getByLabel("Date and time").fill("2026-05-12T09:00");
  await page.getByLabel("Country").selectOption("RO");
  await page.getByLabel("Evaluation grid").selectOption({ label: "B-WISE grid v2" });
  await page.getByRole("button", { name: "Create the focus group" }).click();
  await expect(page).toHaveURL(/\/sessions\/(?!new$)[^/]+$/);
  const sessionId = new URL(page.url()).pathname.split("/").pop() ?? "";
  const picker = page.getByLabel("Add a WISE of this country to the agenda");
  const wise =
    (await picker.locator("option:checked").textContent())?.replace(/ \(.*\)$/, "") ?? "";
  expect(wise, "the seed needs a Romanian WISE").not.toBe("");
  await page.getByRole("button", { name: "Add to the agenda" }).click();
  await page.getByRole("button", { name: "Open scoring" }).click();
  await expect(page.getByText("Open for scoring", { exact: true })).toBeVisible();
  return { sessionId, wise };
}

/** From the session page: Run live, Start, and the join code as the room's screen shows it. */
export async function startLive(page: Page): Promise<string> {
  await page.getByRole("link", { name: "Run live" }).click();
  await page.getByRole("button", { name: "Start live session" }).click();
  const code = page.getByTestId("join-code");
  await expect(code).toHaveText(/^[A-Z0-9]{3} [A-Z0-9]{3}$/);
  return ((await code.textContent()) ?? "").replace(/\s/g, "");
}

/** A phone-sized browser context of its own (no account, its own cookies) for one guest. */
export async function openPhone(browser: Browser): Promise<Page> {
  const context = await browser.newContext({
    locale: "en-GB",
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

/** The guest joins with the code (from the QR link) and a name, and lands on their phone page. */
export async function joinAs(phone: Page, code: string, name: string) {
  await phone.goto(`/join?code=${code}`);
  await expect(phone.getByLabel("Session code")).toHaveValue(code);
  await phone.getByLabel("Your name").fill(name);
  await phone.getByRole("button", { name: "Join" }).click();
  await expect(phone).toHaveURL(/\/live\/[^/]+$/);
  await expect(phone.getByText(`You joined as ${name}.`)).toBeVisible();
}

/** One criterion on the phone, named by its legend. */
export const phoneCriterion = (phone: Page, name: string): Locator =>
  phone.getByRole("group", { name, exact: true });

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A phone shows one criterion a screen: brings `name` on screen through the list of all
 * criteria (as a guest would), unless it is already the one shown.
 */
export async function showCriterion(phone: Page, name: string) {
  if (await phoneCriterion(phone, name).isVisible()) return;
  const list = phone.locator("details").filter({ hasText: "All criteria" });
  if (!(await list.evaluate((details: HTMLDetailsElement) => details.open)))
    await list.locator("summary").click();
  await list
    .getByRole("button", {
      name: new RegExp(`^\\d+\\. ${escapeRegExp(name)}( Answered| Not answered)?$`),
    })
    .click();
  await expect(phoneCriterion(phone, name)).toBeVisible();
}

/** Picks a level of a criterion on the phone. */
export async function chooseLevel(phone: Page, criterion: string, level: number) {
  await showCriterion(phone, criterion);
  await phoneCriterion(phone, criterion)
    .getByRole("radio", { name: new RegExp(`^Level ${level}\\b`) })
    .check();
}

/** Waits until the phone says the criterion's answer is saved on the server. */
export async function expectSaved(phone: Page, criterion: string, timeout?: number) {
  await showCriterion(phone, criterion);
  await expect(phoneCriterion(phone, criterion).getByText("Saved", { exact: true })).toBeVisible({
    timeout,
  });
}
