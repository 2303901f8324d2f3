import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";
import type { Role } from "../../lib/generated/prisma/enums";
import { DEMO_ACCOUNTS } from "../../prisma/seed";

/** The demo account of a role, as listed in README.md (the Romanian partner for PARTNER). */
export function demoAccount(role: Role) {
  const account = DEMO_ACCOUNTS.find((candidate) => candidate.role === role);
  if (!account) throw new Error(`No demo account for ${role}`);
  return account;
}

/** Signs in through the real form, as a person would, and waits to leave the sign-in page. */
export async function signIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/sign-in");
  await page.getByLabel("E-mail address").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).not.toHaveURL(/\/sign-in/);
}

export async function signInAs(page: Page, role: Role) {
  await signIn(page, demoAccount(role));
}

/** Fails on any serious or critical axe-core violation on the page as it is now. */
export async function expectAccessible(page: Page) {
  // Next streams the <title> after the body: scan once the page has finished arriving (a page
  // that never gets a title still fails, here and in axe's document-title rule).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map(
      (violation) =>
        `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
  expect(serious, `accessibility violations on ${page.url()}`).toEqual([]);
}
