import { type Browser, expect, type Page, test } from "@playwright/test";
import type { Locale } from "@/lib/i18n/locales";
import { startingWith, translator } from "./catalogue";
import { runFactoryScript } from "./factories";
import { chooseLanguage } from "./language";
import { expectAccessible } from "./support";

type Data = {
  facilitator: { email: string; password: string };
  scoring: { sessionId: string; agendaItemId: string; wise: string };
  live: { sessionId: string; wise: string; code: string };
  shareToken: string;
};

let data: Data;
test.beforeAll(() => {
  data = runFactoryScript<Data>("tests/e2e/languages-data.ts", { token: `${Date.now()}` });
});

const expectLanguage = (page: Page, locale: Locale) =>
  expect(page.locator("html")).toHaveAttribute("lang", locale);

async function phoneWithBrowserLanguage(browser: Browser, locale: string) {
  const context = await browser.newContext({
    locale,
    viewport: { width: 360, height: 780 },
    isMobile: true,
    hasTouch: true,
  });
  return context.newPage();
}

test.describe("a facilitator whose browser prefers Spanish", () => {
  test.use({ locale: "es-ES" });

  test("gets the pages in Spanish, picker included, and scores a WISE", async ({ page }) => {
    const es = translator("es");
    await page.goto("/sign-in");
    await expectLanguage(page, "es");
    await expect(page.locator("#language-picker")).toHaveValue("es");
    await expect(page.getByText(es("DraftNotice.text"))).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel(es("Forms.email")).fill(data.facilitator.email);
    await page.getByLabel(es("Forms.password")).fill(data.facilitator.password);
    await page.getByRole("button", { name: es("Forms.signIn"), exact: true }).click();
    await expect(page).not.toHaveURL(/\/sign-in/);

    const { sessionId, agendaItemId, wise } = data.scoring;
    await page.goto(`/sessions/${sessionId}/score/${agendaItemId}`);
    await expectLanguage(page, "es");
    await expect(
      page.getByRole("heading", { level: 1, name: es("Scoring.heading", { wise }) }),
    ).toBeVisible();
    const level3 = page.getByRole("radio", {
      name: startingWith(es("Scoring.level", { level: 3 })),
    });
    await level3.first().check();
    await expect(page.getByRole("status").first()).toContainText(es("Scoring.saved"));
    await page.reload();
    await expect(level3.first()).toBeChecked();
    await expectAccessible(page);
  });
});

test("a participant picks Greek on the phone and gets the phone page and the summary in Greek", async ({
  browser,
}) => {
  const [en, el] = [translator("en"), translator("el")];
  const phone = await phoneWithBrowserLanguage(browser, "en-GB");
  await phone.goto(`/join?code=${data.live.code}`);
  await expectLanguage(phone, "en");
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(en("LiveJoin.title"));

  await chooseLanguage(phone, "el");
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(el("LiveJoin.title"));
  await expect(phone.getByText(el("DraftNotice.text"))).toBeVisible();
  await phone.getByLabel(el("LiveJoin.code")).fill(data.live.code);
  await phone.getByLabel(el("LiveJoin.displayName")).fill("Ελένη");
  await phone.getByRole("button", { name: el("LiveJoin.submit"), exact: true }).click();
  await expect(phone).toHaveURL(/\/live\/[^/]+$/);
  await expectLanguage(phone, "el");
  await expect(phone.getByText(el("LivePhone.joinedAs", { name: "Ελένη" }))).toBeVisible();
  await expect(phone.getByText(el("LivePhone.waitingAdmission"))).toBeVisible();
  await expectAccessible(phone);

  // The choice stays with the phone: the summary shared by link opens in Greek too.
  await phone.goto(`/s/${data.shareToken}`);
  await expectLanguage(phone, "el");
  await expect(phone.getByRole("heading", { name: el("Summaries.what.heading") })).toBeVisible();
  await phone.goto(`/s/${data.shareToken}?view=easy`);
  await expectLanguage(phone, "el");
  await expect(phone.getByRole("region", { name: el("Summaries.easy.title") })).toBeVisible();
  await expectAccessible(phone);
});

test("a Bulgarian browser gets the shared summary and the join page in Bulgarian", async ({
  browser,
}) => {
  const bg = translator("bg");
  const phone = await phoneWithBrowserLanguage(browser, "bg-BG");
  await phone.goto(`/s/${data.shareToken}?view=easy`);
  await expectLanguage(phone, "bg");
  await expect(phone.getByRole("region", { name: bg("Summaries.easy.title") })).toBeVisible();
  await expect(phone.getByText(bg("DraftNotice.text"))).toBeVisible();
  await expectAccessible(phone);
  await phone.goto("/join");
  await expectLanguage(phone, "bg");
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(bg("LiveJoin.title"));
  await expectAccessible(phone);
});
