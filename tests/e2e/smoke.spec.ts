import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed";

test.use({ locale: "en-GB" });

// Proves the end-to-end server's wiring: production build, migrated and seeded database, and a
// working AUTH_SECRET (a demo account can sign in and leaves the sign-in page).
test("a demo account signs in on the end-to-end server", async ({ page }) => {
  const admin = DEMO_ACCOUNTS.find((account) => account.role === "ADMIN");
  if (!admin) throw new Error("The seed has no ADMIN demo account");

  await page.goto("/");
  await expect(page).toHaveURL(/\/sign-in/);
  await page.getByLabel("E-mail address").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();

  await expect(page).not.toHaveURL(/\/sign-in/);
});
