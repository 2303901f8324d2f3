import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

test.use({ locale: "en-GB" });

test("a tie and a thin profile get no suggested model, on the classification page and in the results", async ({
  page,
}) => {
  test.setTimeout(180_000);
  const token = `C${Date.now().toString(36)}`;
  const tie = `${token} Atelier Egal`;
  const thin = `${token} Atelier Nou`;
  await signInAs(page, "FACILITATOR");

  // Two WISEs from a file: every fact of a tie, and a profile that gives only the mode.
  await page.goto("/wises/import");
  const csv = [
    "name,country,region,integration_mode,production_weight,training_weight,social_support_weight,placement_weight,sales_pct,public_contracts_pct,subsidies_pct,donations_pct",
    `${tie},RO,Cluj,PERMANENT,50,0,50,0,0,0,0,0`,
    `${thin},RO,Cluj,MIXED,,,,,,,,`,
  ].join("\n");
  await page.getByLabel("CSV or Excel file").setInputFiles({
    name: "wises.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf-8"),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await page.getByRole("button", { name: "Import 2 WISEs" }).click();
  await expect(page.getByText("2 WISEs were imported.")).toBeVisible();

  await page.goto("/sessions/new");
  await page.getByLabel("Title").fill(`${token} focus group`);
  await page.getByLabel("Date and time").fill("2026-12-10T10:00");
  await page.getByLabel("Country").selectOption({ label: "Romania" });
  await page.getByLabel("Evaluation grid").selectOption({ label: "B-WISE grid v2" });
  await page.getByRole("button", { name: "Create the focus group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${token} focus group`);
  const sessionUrl = page.url();
  const picker = page.getByLabel("Add a WISE of this country to the agenda");
  for (const name of [tie, thin]) {
    await picker.selectOption({ label: `${name} (Cluj)` });
    await page.getByRole("button", { name: "Add to the agenda" }).click();
    await expect(page.getByRole("heading", { level: 3, name: new RegExp(name) })).toBeVisible();
  }
  await page.getByRole("button", { name: "Open scoring" }).click();
  await expect(page.getByText("Open for scoring", { exact: true })).toBeVisible();

  // The tie names both models; nothing is preselected for the group.
  await page.getByRole("link", { name: "Classify" }).nth(0).click();
  await expect(page.getByRole("heading", { name: "No suggestion: a tie" })).toBeVisible();
  await expect(
    page.getByText("Too close to call between Productive, Social enterprise. The group decides."),
  ).toBeVisible();
  await expect(page.getByRole("radio", { checked: true })).toHaveCount(0);
  await expectAccessible(page);

  // The thin profile names what is missing, one fact at a time.
  await page.goto(sessionUrl);
  await page.getByRole("link", { name: "Classify" }).nth(1).click();
  await expect(
    page.getByRole("heading", { name: "No suggestion: not enough information" }),
  ).toBeVisible();
  await expect(
    page.getByText(/the weight of production, the weight of vocational training/),
  ).toBeVisible();
  await expect(page.getByText(/the share of income from donations/)).toBeVisible();

  // The results count them as such, never as a model.
  await page.goto(`${new URL(sessionUrl).pathname}/results`);
  await expect(
    page.getByText("No suggested model: a tie between models (not agreed yet)"),
  ).toBeVisible();
  await expect(
    page.getByText("No suggested model: the profile lacks the facts to tell (not agreed yet)"),
  ).toBeVisible();
  const chart = page.getByRole("figure", {
    name: "How many WISEs have each model, agreed and suggested",
  });
  await chart.locator("summary").click();
  const row = (label: string) => chart.getByRole("row", { name: new RegExp(`^${label}`) });
  await expect(row("No suggestion: a tie")).toHaveText(/No suggestion: a tie\s*—\s*1$/);
  await expect(row("No suggestion: not enough information")).toHaveText(
    /not enough information\s*—\s*1$/,
  );
  await expect(row("Productive")).toHaveText(/Productive\s*0\s*0$/);
});
