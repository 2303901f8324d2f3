import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

test.use({ locale: "en-GB" });

/** The e2e database lives for the whole run: names carry a token so reruns never collide. */
const token = `E2E${Date.now().toString(36)}`;

async function filterList(page: Page, filters: { q?: string; check?: string; outcome?: string }) {
  if (filters.q !== undefined) await page.getByLabel("Name contains").fill(filters.q);
  if (filters.check)
    await page.getByLabel("Threshold check").selectOption({ label: filters.check });
  if (filters.outcome)
    await page.getByLabel("Result of the check").selectOption({ label: filters.outcome });
  await page.getByRole("button", { name: "Apply filters" }).click();
}

test("a facilitator registers a WISE, imports another from a file and finds both in the registry", async ({
  page,
}) => {
  // One long journey with seven axe scans: more than the default 30 s on a small machine.
  test.setTimeout(120_000);
  await signInAs(page, "FACILITATOR");

  // Register through the form; a wrong figure is refused next to its field first.
  await page.getByRole("link", { name: "WISEs", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("WISE registry");
  await expectAccessible(page);
  await page.getByRole("link", { name: "Register a WISE" }).click();
  await expectAccessible(page);
  await page.getByLabel("Name of the WISE").fill(`${token} Atelierul de Pânză`);
  await expect(page.getByLabel("Country")).toHaveValue("RO");
  await page.getByLabel("Region").fill("Cluj");
  await page.getByLabel("Activity sectors").fill("textiles, repairs");
  await page.getByLabel("Total employees").fill("20");
  await page.getByLabel("Workers with support needs", { exact: true }).fill("28");
  await page.getByLabel("Their share of working time (%)").fill("35,5");
  await page.getByLabel("Homeless").fill("3");
  await page.getByLabel("Sales (%)").fill("60");
  await page.getByRole("button", { name: "Register WISE" }).click();
  await expect(
    page.getByText("Workers with support needs cannot be more than the total employees.", {
      exact: true,
    }),
  ).toBeVisible();
  await expect(page.getByLabel("Workers with support needs", { exact: true })).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  await expectAccessible(page);
  // What was typed is kept: only the wrong figure needs correcting.
  await expect(page.getByLabel("Region")).toHaveValue("Cluj");
  await page.getByLabel("Workers with support needs", { exact: true }).fill("8");
  await page.getByRole("button", { name: "Register WISE" }).click();

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${token} Atelierul de Pânză`);
  await expect(page.getByRole("status")).toHaveText("The profile is saved.");
  const romania = page
    .getByRole("listitem")
    .filter({ hasText: "Romania: social insertion enterprise" });
  await expect(romania.getByText("Meets it")).toBeVisible();
  // Three homeless workers are a small group, but the WISE's own country's facilitator sees
  // exact counts ("wise.readWorkerCounts"); readers from elsewhere get them suppressed
  // (tests/integration/worker-data.test.ts).
  const homeless = page.locator("div").filter({ has: page.getByText("Homeless", { exact: true }) });
  await expect(homeless.getByText("3", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Import a second WISE from a CSV file whose other row is invalid.
  await page.goto("/wises/import");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Import WISEs from a file");
  await expectAccessible(page);
  const csv = [
    "name,country,region,total_employees,wsn_count,sales_pct",
    `${token} Brutăria Bună,RO,Iași,10,1,80`,
    `${token} Invalid,RO,Iași,5,9,`,
  ].join("\n");
  await page.getByLabel("CSV or Excel file").setInputFiles({
    name: "registry.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf-8"),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await expect(page.getByRole("heading", { name: "Rows in registry.csv" })).toBeVisible();
  await expect(
    page.getByText(
      "wsn_count: Workers with support needs cannot be more than the total employees.",
    ),
  ).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("button", { name: "Import 2 WISEs" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Nothing was imported" })).toBeVisible();
  await page.getByRole("button", { name: "Untick rows with problems" }).click();
  await expect(page.getByLabel("Import row 3")).not.toBeChecked();
  await page.getByRole("button", { name: "Import 1 WISE" }).click();
  await expect(page.getByText("1 WISE was imported.")).toBeVisible();
  await page.getByRole("link", { name: "Go to the registry" }).click();

  // Both are in the list when filtered by name; a threshold filter tells them apart.
  await filterList(page, { q: token });
  await expect(page.getByText("2 WISEs found")).toBeVisible();
  const table = page.getByRole("table", { name: "WISE registry" });
  await expect(table.getByRole("link", { name: `${token} Atelierul de Pânză` })).toBeVisible();
  await expect(table.getByRole("link", { name: `${token} Brutăria Bună` })).toBeVisible();
  await expect(table.getByRole("link", { name: `${token} Invalid` })).toHaveCount(0);
  await expectAccessible(page);

  await filterList(page, { check: "EU: reserved public contracts", outcome: "Meets it" });
  await expect(page.getByText("1 WISE found")).toBeVisible();
  await expect(table.getByRole("link", { name: `${token} Atelierul de Pânză` })).toBeVisible();
  await filterList(page, { outcome: "Does not meet it" });
  await expect(table.getByRole("link", { name: `${token} Brutăria Bună` })).toBeVisible();
  await expect(table.getByRole("link", { name: `${token} Atelierul de Pânză` })).toHaveCount(0);
  await expectAccessible(page);

  // The download link carries the current filters: only the WISE that fails the EU check.
  const csvLink = page.getByRole("link", { name: "CSV" });
  const response = await page.request.get((await csvLink.getAttribute("href")) ?? "");
  expect(response.headers()["content-type"]).toContain("text/csv");
  const file = await response.text();
  expect(file).toContain(`${token} Brutăria Bună`);
  expect(file).not.toContain(`${token} Atelierul de Pânză`);
  const xlsx = await page.request.get(`/api/wises/export?format=xlsx&q=${token}`);
  expect(xlsx.headers()["content-disposition"]).toMatch(/attachment; filename="wises-.*\.xlsx"/);
});
