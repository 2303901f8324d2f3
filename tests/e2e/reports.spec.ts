import { expect, type Page, test } from "@playwright/test";
import { runFactoryScript } from "./factories";
import { startReport } from "./report-steps";
import { expectAccessible, signIn } from "./support";

test.use({ locale: "en-GB" });

type Account = { email: string; password: string };
type Data = { partner: Account; admin: Account };

/** Releases the report from its builder and opens the release's web version. */
async function release(page: Page, note: string) {
  await page.getByLabel("Note for readers (optional)").fill(note);
  await page.getByRole("button", { name: "Release the report" }).click();
  const released = page.getByRole("link", { name: /^Release \d+ is out\.$/ });
  await expect(released).toBeVisible({ timeout: 30_000 });
  await released.click();
}

test("a partner writes and releases a country report; the admin releases the European one", async ({
  page,
}) => {
  const token = `r${Date.now().toString(36)}`;
  const data = runFactoryScript<Data>("tests/e2e/reports-data.ts", { token });

  await signIn(page, data.partner);
  const title = `WISEs in Romania ${token}`;
  await startReport(page, title, "Country report: Romania");

  // The introduction, previewed as it is typed, then saved.
  const editor = page.getByLabel("Text of “Introduction” (Markdown)");
  await editor.fill("# Welcome\n\nThe Romanian WISEs in **2026**.");
  const preview = page.getByRole("region", { name: "Preview of “Introduction”" });
  await expect(preview).toContainText("Welcome");
  await expect(preview).toContainText("The Romanian WISEs in");
  const introduction = page.locator("form").filter({ has: editor });
  await introduction.getByRole("button", { name: "Save the text" }).click();
  await expect(introduction.getByRole("status")).toHaveText("Saved.");

  await release(page, "For the partners' meeting");
  await expect(page.getByRole("heading", { level: 1, name: `${title} (release 1)` })).toBeVisible();
  await expect(page.getByText("The Romanian WISEs in", { exact: false }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: "Download as PDF" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Download as Word (DOCX)" })).toBeVisible();
  await expectAccessible(page);
  // At phone width too.
  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page);
  await page.setViewportSize({ width: 1280, height: 800 });

  await page.getByRole("link", { name: "Release history" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Release history" })).toBeVisible();
  const first = page
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: "Release 1" }) });
  await expect(first).toContainText("For the partners' meeting");
  await expect(first).toContainText("First release.");
  await expectAccessible(page);

  // The admin: the European report, with Romania and Belgium side by side.
  await page.context().clearCookies();
  await signIn(page, data.admin);
  const europe = `WISEs in Europe ${token}`;
  await startReport(page, europe, "The European report");
  await release(page, "Covering Romania and Belgium");
  await expect(
    page.getByRole("heading", { level: 1, name: `${europe} (release 1)` }),
  ).toBeVisible();
  await expect(page.getByText("Countries compared").first()).toBeVisible();
  await expect(
    page.getByText("Romania has a model outside the European model", { exact: false }).first(),
  ).toBeVisible();
  await expect(page.getByText("Belgium", { exact: true }).first()).toBeVisible();
  await expectAccessible(page);
});
