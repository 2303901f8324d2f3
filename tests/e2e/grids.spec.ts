import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

test.use({ locale: "en-GB" });

test("an admin makes a new grid version and edits it, leaving the original as it was", async ({
  page,
}) => {
  await signInAs(page, "ADMIN");
  await page.getByRole("link", { name: "Grids", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Evaluation grids" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "B-WISE grid, version 2" }).click();
  await expect(page.getByRole("heading", { level: 3, name: /^Revenues/ })).toBeVisible();
  await expectAccessible(page);
  const original = page.url();

  await page.getByRole("button", { name: "New version from this one" }).click();
  await expect(page).not.toHaveURL(original);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/B-WISE grid, version \d+/);
  await expect(page.getByText("Based on version 2")).toBeVisible();

  // Edit a copied criterion: a Romanian decimal comma for the weight, a new descriptor.
  const profit = page.getByRole("article", { name: /^Profit/ });
  await profit.getByText("Edit “Profit”").click();
  await profit.getByLabel("Weight").fill("1,5");
  await profit.getByLabel("Level 5 in English").fill("A surplus every year for five years.");
  await expectAccessible(page);
  await profit.getByRole("button", { name: "Save criterion" }).click();
  await expect(profit.getByRole("status")).toHaveText("Saved.");
  await expect(profit.getByText("Weight: 1.5")).toBeVisible();
  await expect(
    profit.getByRole("cell", { name: "A surplus every year for five years." }),
  ).toBeVisible();

  // A refused edit says why, next to the field, and keeps what was typed.
  await profit.getByLabel("Weight").fill("0");
  await profit.getByRole("button", { name: "Save criterion" }).click();
  await expect(profit.getByText("Enter a weight from 0.1 to 10.")).toBeVisible();
  await expect(profit.getByLabel("Weight")).toHaveValue("0");

  // The wording in another language: picked on the page, corrected per field, an empty field
  // showing the English text, marked as such.
  await page.getByLabel("Language of the wording").selectOption("ro");
  await page.getByRole("button", { name: "Show", exact: true }).click();
  await expect(page).toHaveURL(/lang=ro/);
  const profitRo = page.getByRole("article", { name: /^Profit/ });
  await profitRo.getByText("Correct “Profit” in Romanian").click();
  await profitRo.getByLabel("Name in Romanian").fill("Profit net");
  await profitRo.getByLabel("Level 2 in Romanian").fill("");
  await profitRo.getByRole("button", { name: "Save wording" }).click();
  await expect(profitRo.getByRole("status")).toHaveText("Saved.");
  await expect(page.getByRole("heading", { level: 3, name: "Profit net" })).toBeVisible();
  await expect(profitRo.getByRole("cell", { name: /not yet translated/ })).toHaveCount(1);
  await expectAccessible(page);

  // The original version is untouched.
  await page.goto(original);
  const originalProfit = page.getByRole("article", { name: /^Profit/ });
  await expect(originalProfit.getByText("Weight: 1", { exact: false })).toBeVisible();
  await expect(
    originalProfit.getByRole("cell", { name: "A surplus every year for five years." }),
  ).toHaveCount(0);
});
