import { expect, type Page, test } from "@playwright/test";
import { translator } from "./catalogue";
import { runFactoryScript } from "./factories";
import { expectAccessible, signIn, signInAs } from "./support";

test.use({ locale: "en-GB" });

type Account = { email: string; password: string };
type Data = { facilitator: Account; partner: Account; sessionId: string; wiseName: string };

/** Nothing wider than the screen: no sideways scrolling on a phone. */
async function expectFitsTheScreen(page: Page) {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a facilitator marks a public note as good practice, the partner publishes it, anyone reads it", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const token = `gp${Date.now().toString(36)}`;
  const data = runFactoryScript<Data>("tests/e2e/good-practices-data.ts", { token });
  const title = `Ucenicie în Timișoara ${token}`;

  // The facilitator marks the focus group's public note from the session page.
  await signIn(page, data.facilitator);
  await page.goto(`/sessions/${data.sessionId}`);
  await page.getByRole("link", { name: `Mark as good practice: ${data.wiseName}` }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Mark as good practice" }),
  ).toBeVisible();
  await expect(page.getByLabel("The practice", { exact: true })).toHaveValue(
    `Ucenicie la brutăriile partenere din Timișoara ${token}`,
  );
  // Prefilled with the model the focus group agreed for the WISE.
  await expect(page.getByRole("checkbox", { name: "Specialised in placement" })).toBeChecked();
  await expectAccessible(page);

  // Missing parts are named next to their fields, and nothing is saved.
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByLabel("The need")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Its results")).toHaveAttribute("aria-invalid", "true");
  await expect(page).toHaveURL(/\/good-practices\/new/);

  await page.getByLabel("Title").fill(title);
  await page.getByLabel("The need").fill("Young people leave before they learn the trade.");
  await page.getByLabel("Its results").fill("Eight apprentices hired in a year.");
  await page.getByLabel("What it takes to transfer it").fill("A partner bakery and a mentor.");
  await page.getByRole("checkbox", { name: "Supporters" }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText("Not public yet")).toBeVisible();
  // A facilitator marks, but only a partner publishes.
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expectAccessible(page);
  const itemId = page.url().split("/").at(-1) ?? "";

  // Not published: the public page does not know it.
  const hidden = await page.request.get(`/practices/${itemId}`);
  expect(hidden.status()).toBe(404);

  // The partner finds it in the library typing without diacritics, and publishes it.
  const partnerContext = await browser.newContext({ locale: "en-GB" });
  const partnerPage = await partnerContext.newPage();
  await signIn(partnerPage, data.partner);
  await partnerPage.getByRole("link", { name: "Good practices", exact: true }).click();
  await expect(
    partnerPage.getByRole("heading", { level: 1, name: "Good practices" }),
  ).toBeVisible();
  await partnerPage.getByLabel("Search", { exact: true }).fill(`timisoara ${token}`);
  await partnerPage.getByLabel("WISE model").selectOption({ label: "Specialised in placement" });
  await partnerPage.getByRole("button", { name: "Search", exact: true }).click();
  await expect(partnerPage).toHaveURL(/q=timisoara/);
  await expect(partnerPage.getByRole("status")).toHaveText("1 good practice");
  await expectAccessible(partnerPage);
  await partnerPage.getByRole("link", { name: title }).click();
  await expect(partnerPage.getByRole("heading", { level: 1, name: title })).toBeVisible();

  // Both open the edit form; the facilitator saves first, so the partner's edit is a conflict.
  await partnerPage.getByRole("link", { name: "Edit" }).click();
  await expect(
    partnerPage.getByRole("heading", { level: 1, name: "Edit the good practice" }),
  ).toBeVisible();
  await expectAccessible(partnerPage);
  await page.goto(`/good-practices/${itemId}/edit`);
  await page.getByLabel("Its results").fill("Eight apprentices hired in a year, six still there.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Eight apprentices hired in a year, six still there.")).toBeVisible();
  await partnerPage.getByLabel("Its results").fill("Something else.");
  await partnerPage.getByRole("button", { name: "Save" }).click();
  await expect(
    partnerPage.getByText(/^Someone saved this good practice while you were editing it\./),
  ).toBeVisible();
  await partnerPage.goto(`/good-practices/${itemId}`);
  await expect(
    partnerPage.getByText("Eight apprentices hired in a year, six still there."),
  ).toBeVisible();
  await partnerPage.getByRole("button", { name: "Publish" }).click();
  await expect(partnerPage.getByText(/^Published on /)).toBeVisible();
  // The partner of Romania reads the focus group the note came from, and is led to it.
  await expect(partnerPage.getByRole("link", { name: "Open the focus group" })).toBeVisible();
  await expectAccessible(partnerPage);
  await partnerContext.close();

  // A participant reads the library too, but is not led to a focus group they cannot open.
  const participantContext = await browser.newContext({ locale: "en-GB" });
  const participantPage = await participantContext.newPage();
  await signInAs(participantPage, "PARTICIPANT");
  await participantPage.goto(`/good-practices/${itemId}`);
  await expect(participantPage.getByText("From a public note of a focus group")).toBeVisible();
  await expect(participantPage.getByRole("link", { name: "Open the focus group" })).toHaveCount(0);
  await participantContext.close();

  // Signed out, anyone reads it (here a Romanian reader on a phone, in their language), without
  // the name of who marked it.
  const ro = translator("ro");
  const publicContext = await browser.newContext({
    locale: "ro-RO",
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
  });
  const publicPage = await publicContext.newPage();
  await publicPage.goto(`/practices?q=${encodeURIComponent(`TIMISOARA ${token}`)}`);
  await expect(publicPage.locator("html")).toHaveAttribute("lang", "ro");
  await expect(publicPage.getByRole("status")).toHaveText(ro("GoodPractices.count", { count: 1 }));
  await expectFitsTheScreen(publicPage);
  await expectAccessible(publicPage);
  await publicPage.getByRole("link", { name: title }).click();
  await expect(publicPage.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(publicPage.getByText("A partner bakery and a mentor.")).toBeVisible();
  await expect(publicPage.getByText(/FACILITATOR|PARTNER/)).toHaveCount(0);
  await expectFitsTheScreen(publicPage);
  await expectAccessible(publicPage);
  await publicContext.close();
});
