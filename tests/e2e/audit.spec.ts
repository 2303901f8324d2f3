import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

test.use({ locale: "en-GB" });

async function addOrganisation(page: Page, name: string, country: string) {
  await page.getByLabel("Organisation name").fill(name);
  await page.getByLabel("Country").selectOption({ label: country });
  await page.getByRole("button", { name: "Add organisation" }).click();
  await expect(page.getByRole("cell", { name })).toBeVisible();
}

test("an admin's change is in the audit trail, found by person; a partner sees their country's only", async ({
  browser,
}) => {
  // Three people sign in (argon2) and two pages are scanned on a shared two-core machine.
  test.setTimeout(150_000);
  const stamp = Date.now();
  const romanian = `Rețeaua audit ${stamp}`;
  const belgian = `Réseau audit ${stamp}`;

  const adminContext = await browser.newContext({ locale: "en-GB" });
  const admin = await adminContext.newPage();
  await signInAs(admin, "ADMIN");
  await admin.goto("/admin/organisations");
  await addOrganisation(admin, romanian, "Romania");
  await addOrganisation(admin, belgian, "Belgium");

  await admin.getByRole("link", { name: "Audit trail" }).click();
  await expect(admin.getByRole("heading", { level: 1 })).toHaveText("Audit trail");
  await admin.getByLabel("Person (name or e-mail)").fill("Ana Admin");
  await admin.getByLabel("Object (name or id)").fill(`audit ${stamp}`);
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin).toHaveURL(/person=Ana\+Admin/);
  await expect(admin.getByRole("status")).toHaveText("Showing 2 of 2 entries");
  const rows = admin.getByRole("row").filter({ hasText: "Created an organisation" });
  await expect(rows).toHaveCount(2);
  // Newest first: the Belgian network was added last.
  await expect(rows.first()).toContainText(belgian);
  await expect(rows.first()).toContainText("Ana Admin");
  const romanianRow = rows.filter({ hasText: romanian });
  await romanianRow.getByText("2 fields changed").click();
  await expect(romanianRow.getByRole("row", { name: /countryCode/ })).toContainText("RO");
  await expectAccessible(admin);

  // Someone else's name finds nothing of the admin's.
  await admin.getByLabel("Person (name or e-mail)").fill("Florin");
  await admin.getByRole("button", { name: "Filter" }).click();
  await expect(admin.getByText("No entry matches these filters.")).toBeVisible();
  await adminContext.close();

  const partnerContext = await browser.newContext({ locale: "en-GB" });
  const partner = await partnerContext.newPage();
  await signInAs(partner, "PARTNER");
  await partner.getByRole("link", { name: "Audit trail" }).click();
  await expect(partner.getByText(/in Romania: newest first/)).toBeVisible();
  // Both names match this filter; only the Romanian organisation's entry is the partner's to see.
  await partner.getByLabel("Object (name or id)").fill(`audit ${stamp}`);
  await partner.getByRole("button", { name: "Filter" }).click();
  await expect(partner.getByRole("status")).toHaveText("Showing 1 of 1 entry");
  await expect(partner.getByRole("cell", { name: romanian })).toBeVisible();
  await expect(partner.getByText(belgian)).toHaveCount(0);
  await expectAccessible(partner);
  await partnerContext.close();

  const participantContext = await browser.newContext({ locale: "en-GB" });
  const participant = await participantContext.newPage();
  await signInAs(participant, "PARTICIPANT");
  await expect(participant.getByRole("link", { name: "Audit trail" })).toHaveCount(0);
  expect((await participant.goto("/audit"))?.status()).toBe(403);
  await participantContext.close();
});
