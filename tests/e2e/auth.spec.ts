import { expect, test } from "@playwright/test";
import type { Role } from "../../lib/generated/prisma/enums";
import { chooseLanguage } from "./language";
import { demoAccount, expectAccessible, signIn } from "./support";

test.use({ locale: "en-GB" });

const HOME_HEADINGS: Record<Role, { intro: RegExp; sees: string[]; doesNotSee: string[] }> = {
  ADMIN: {
    intro: /manage the accounts/,
    sees: ["Manage users", "Organisations", "Evaluation grids"],
    doesNotSee: [],
  },
  FACILITATOR: {
    intro: /prepare focus groups/,
    sees: ["Focus groups", "WISE registry"],
    doesNotSee: ["Manage users"],
  },
  PARTNER: {
    intro: /review the focus-group results of your country/,
    sees: ["Review results"],
    doesNotSee: ["Manage users", "Evaluation grids"],
  },
  PARTICIPANT: {
    intro: /read the summaries/,
    sees: ["Read summaries"],
    doesNotSee: ["Manage users", "WISE registry"],
  },
};

for (const [role, home] of Object.entries(HOME_HEADINGS) as [
  Role,
  (typeof HOME_HEADINGS)[Role],
][]) {
  test(`${role.toLowerCase()} signs in, sees their home, and signs out`, async ({ page }) => {
    const account = demoAccount(role);
    await page.goto("/sign-in");
    await expectAccessible(page);
    await signIn(page, account);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${account.name}`);
    await expect(page.getByText(home.intro)).toBeVisible();
    for (const title of home.sees)
      await expect(page.getByRole("heading", { name: title, exact: true })).toBeVisible();
    for (const title of home.doesNotSee)
      await expect(page.getByRole("heading", { name: title, exact: true })).toHaveCount(0);
    await expectAccessible(page);

    await page.getByRole("button", { name: "Sign out" }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto("/");
    await expect(page).toHaveURL(/\/sign-in/);
  });
}

test("a wrong password gets one generic message and no session", async ({ page }) => {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(demoAccount("FACILITATOR").email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\S/ })).toHaveText(
    "The e-mail address or the password is not right.",
  );
  await expect(page).toHaveURL(/\/sign-in/);
  await expectAccessible(page);
});

test("a signed-out visitor is sent to sign-in and comes back where they were going", async ({
  page,
}) => {
  await page.goto("/admin/users?role=PARTNER");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  const admin = demoAccount("ADMIN");
  await page.getByLabel("E-mail address").fill(admin.email);
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin\/users\?role=PARTNER$/);
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
});

test("a participant is refused the admin pages with a 403 page", async ({ page }) => {
  await signIn(page, demoAccount("PARTICIPANT"));
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "You cannot open this page" })).toBeVisible();
  await expectAccessible(page);
});

test("the language switch turns the app Romanian and remembers it", async ({ page }) => {
  await signIn(page, demoAccount("FACILITATOR"));
  await chooseLanguage(page, "ro");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Bun venit, /);
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  await page.reload();
  await expect(page.getByRole("button", { name: "Deconectare" })).toBeVisible();
  await expectAccessible(page);
  await chooseLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/^Welcome, /);
});

test("a Romanian browser gets Romanian before choosing", async ({ browser }) => {
  const context = await browser.newContext({ locale: "ro-RO" });
  const page = await context.newPage();
  await page.goto("/sign-in");
  await expect(page.getByRole("heading", { name: "Autentificare" })).toBeVisible();
  await context.close();
});
