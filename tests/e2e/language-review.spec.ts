import { type Browser, expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed";
import { expectAccessible, signIn } from "./support";

test.use({ locale: "en-GB" });

const KEY = "Summaries.description";
const CATALOGUE_RO = "Ce au aflat focus grupurile la care ați participat, după ce sunt publicate.";
const CATALOGUE_EN = "What the focus groups you took part in found, once they are published.";
const CORRECTED = "Ce au aflat focus grupurile la care ați luat parte, odată publicate.";

function account(email: string) {
  const found = DEMO_ACCOUNTS.find((candidate) => candidate.email === email);
  if (!found) throw new Error(`No demo account ${email}`);
  return found;
}

/** Signs in (the sign-in form is in English), then reads the app in `locale`, as if chosen. */
async function readerIn(browser: Browser, email: string, locale: "en" | "ro") {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await signIn(page, account(email));
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: page.url() }]);
  return { context, page };
}

test("a Romanian partner corrects a summary text: Romanian readers see it, others the catalogue", async ({
  browser,
}) => {
  // Three people sign in (argon2) and pages are scanned on a shared two-core machine.
  test.setTimeout(180_000);
  const partner = await readerIn(browser, "partner.ro@wisefocus.example", "ro");
  const page = partner.page;

  // Romanian is a draft until its partner says otherwise: every page says so, in Romanian.
  await page.goto("/languages");
  await expect(page.getByText("Această traducere este o ciornă")).toBeVisible();
  const romanian = page.getByRole("row", { name: /Română/ });
  await expect(romanian).toContainText("Ciornă");
  await romanian.getByRole("button", { name: "Marchează limba română ca verificată" }).click();
  await expect(romanian).toContainText("Verificată");
  await expect(page.getByText("Această traducere este o ciornă")).toHaveCount(0);
  await expectAccessible(page);

  await romanian.getByRole("link", { name: "Corectează textele în limba română" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Texte în limba română");
  const field = page.getByLabel(`Corectura dumneavoastră pentru „${KEY}”`);
  await expect(field).toHaveValue(CATALOGUE_RO);
  const item = page.getByRole("listitem").filter({ has: field });

  // A placeholder the original does not have is refused next to the field; nothing is saved.
  await field.fill("Ce au aflat {count} focus grupuri.");
  await item.getByRole("button", { name: "Salvează corectura" }).click();
  // The message is tied to the field, so a screen reader announces it with the field.
  await expect(field).toHaveAccessibleDescription(/Folosiți exact aceleași cuvinte dintre acolade/);
  await expect(field).toHaveAttribute("aria-invalid", "true");

  await field.fill(CORRECTED);
  await item.getByRole("button", { name: "Salvează corectura" }).click();
  await expect(item.getByRole("status")).toHaveText("Salvat.");
  await expectAccessible(page);

  // Romanian readers see the correction where the text is used.
  await page.goto("/summaries");
  await expect(page.getByText(CORRECTED)).toBeVisible();

  // An English reader sees the English catalogue text, and no draft notice.
  const participant = await readerIn(browser, "participant@wisefocus.example", "en");
  await participant.page.goto("/summaries");
  await expect(participant.page.getByText(CATALOGUE_EN)).toBeVisible();
  await expect(participant.page.getByText(CORRECTED)).toHaveCount(0);
  await participant.context.close();

  // The Belgian partner (French and Dutch) may not correct Romanian.
  const belgian = await readerIn(browser, "partner.be@wisefocus.example", "en");
  expect((await belgian.page.goto("/languages/ro"))?.status()).toBe(403);
  await belgian.context.close();

  // Restoring the original (and setting the language back to draft) leaves the app as it was.
  await page.goto("/languages/ro?show=corrected");
  await page.getByRole("button", { name: `Restabilește originalul pentru „${KEY}”` }).click();
  await expect(page.getByText("Corectat", { exact: true })).toHaveCount(0);
  await page.goto("/summaries");
  await expect(page.getByText(CATALOGUE_RO)).toBeVisible();
  await page.goto("/languages");
  await page
    .getByRole("row", { name: /Română/ })
    .getByRole("button", { name: "Trece limba română înapoi la ciornă" })
    .click();
  await expect(page.getByText("Această traducere este o ciornă")).toBeVisible();
  await partner.context.close();
});
