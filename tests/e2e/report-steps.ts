import { expect, type Page } from "@playwright/test";
import { expectAccessible } from "./support";

/** Starts a report from the list page, in English, and waits for its builder (axe on both). */
export async function startReport(page: Page, title: string, coverage: string) {
  await page.getByRole("link", { name: "Reports", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Reports" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Report", { exact: true }).selectOption({ label: coverage });
  await page.getByLabel("Language of the report").selectOption({ label: "English" });
  await page.getByRole("button", { name: "Start the report" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expectAccessible(page);
}
