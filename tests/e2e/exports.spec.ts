import { type APIResponse, expect, type Page, test } from "@playwright/test";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { readPdf } from "../fixtures/read-pdf";
import { chooseLanguage } from "./language";
import { expectAccessible, signInAs } from "./support";

test.use({ locale: "en-GB" });

/**
 * A fresh session of the demo facilitator (other specs share the demo data), with one WISE
 * scored on two criteria through the scoring page. Returns the session's id and the WISE.
 */
async function scoredSession(page: Page) {
  await page.goto("/sessions/new");
  await page.getByLabel("Title").fill(`Export check ${Date.now()} Brașov`);
  await page.getByLabel("Date and time").fill("2026-05-12T09:00");
  await page.getByLabel("Country").selectOption("RO");
  await page.getByLabel("Evaluation grid").selectOption({ label: "B-WISE grid v2" });
  await page.getByRole("button", { name: "Create the focus group" }).click();
  // Not /sessions/new, where the form is: the new session's own page.
  await expect(page).toHaveURL(/\/sessions\/(?!new$)[^/]+$/);
  const sessionId = new URL(page.url()).pathname.split("/").pop() as string;
  const picker = page.getByLabel("Add a WISE of this country to the agenda");
  const wise =
    (await picker.locator("option:checked").textContent())?.replace(/ \(.*\)$/, "") ?? "";
  expect(wise, "the seed needs a Romanian WISE").not.toBe("");
  await page.getByRole("button", { name: "Add to the agenda" }).click();
  await page.getByRole("button", { name: "Open scoring" }).click();
  await expect(page.getByText("Open for scoring", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: `Score ${wise}` }).click();
  const revenues = page.getByRole("group", { name: /^Revenues \(weight/ });
  await revenues.getByRole("radio", { name: /^Level 3/ }).check();
  await revenues.getByLabel("Comment (optional)").fill("Conturi auditate, în creștere");
  await revenues.getByLabel("Comment (optional)").blur();
  await expect(revenues.getByRole("status")).toHaveText(/Saved/);
  const profit = page.getByRole("group", { name: /^Profit \(weight/ });
  await profit.getByRole("radio", { name: "Not applicable" }).check();
  await expect(profit.getByRole("status")).toHaveText(/Saved/);
  await page.goto(`/sessions/${sessionId}`);
  await expectAccessible(page);
  return { sessionId, wise };
}

async function expectAttachment(response: APIResponse, type: string, extension: string) {
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain(type);
  expect(response.headers()["content-disposition"]).toMatch(
    new RegExp(`^attachment; filename="export-check-.*\\.${extension}"$`),
  );
  return response.body();
}

test("the facilitator downloads CSV, Excel, PDF and the bundle of a session, and they open", async ({
  page,
}) => {
  test.setTimeout(180_000);
  await signInAs(page, "FACILITATOR");
  const { sessionId, wise } = await scoredSession(page);
  const url = (query: string) => `/api/sessions/${sessionId}/export?${query}`;

  const csv = await expectAttachment(
    await page.request.get(url("dataset=raw&format=csv")),
    "text/csv",
    "csv",
  );
  const rows = Papa.parse<Record<string, string>>(csv.toString("utf8").replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: true,
  }).data;
  expect(
    rows.map((row) => [row.WISE, row["Criterion code"], row.Rater, row.Answer, row.Level]),
  ).toEqual([
    [wise, "REVENUES", "Rater 1", "level", "3"],
    [wise, "PROFIT", "Rater 1", "not applicable", ""],
  ]);
  expect(rows[0].Comment).toBe("Conturi auditate, în creștere");

  const xlsx = await expectAttachment(
    await page.request.get(url("dataset=raw&format=xlsx")),
    "spreadsheetml",
    "xlsx",
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(xlsx).buffer);
  const sheet = workbook.worksheets[0];
  expect(sheet.rowCount).toBe(3);
  expect(sheet.getRow(2).getCell(2).value).toBe(wise);

  const aggregates = await expectAttachment(
    await page.request.get(url("dataset=aggregates&format=csv")),
    "text/csv",
    "csv",
  );
  const perCategory = Papa.parse<Record<string, string>>(
    aggregates.toString("utf8").replace(/^\uFEFF/, ""),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  expect(perCategory.map((row) => [row["Category code"], row.Mean, row.Raters])).toEqual([
    ["ENTREPRENEURIAL", "3", "1"],
    ["PUBLIC_POLICIES", "", "0"],
    ["JOB_INTEGRATION", "", "0"],
    ["OVERALL", "3", "1"],
  ]);

  const pdf = await expectAttachment(
    await page.request.get(url("dataset=report&format=pdf")),
    "application/pdf",
    "pdf",
  );
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const report = await readPdf(new Uint8Array(pdf));
  expect(report.pages).toBeGreaterThanOrEqual(1);
  expect(report.text.join("\n")).toContain(wise);
  expect(report.text.join("\n")).toContain("Conturi auditate, în creștere");

  // A reader who chose Romanian gets the same file in Romanian: headers, answers and raters.
  await page.goto(`/sessions/${sessionId}`);
  await chooseLanguage(page, "ro");
  await expect(page.locator("html")).toHaveAttribute("lang", "ro");
  const romanian = await expectAttachment(
    await page.request.get(url("dataset=raw&format=csv")),
    "text/csv",
    "csv",
  );
  const [romanianHeaders] = Papa.parse<string[]>(
    romanian.toString("utf8").replace(/^\uFEFF/, ""),
  ).data;
  expect(romanianHeaders).toEqual([
    "Sesiune",
    "WISE",
    "Cod categorie",
    "Categorie",
    "Cod criteriu",
    "Criteriu",
    "Evaluator",
    "Răspuns",
    "Nivel",
    "Valoare",
    "Comentariu",
  ]);
  const romanianRows = Papa.parse<Record<string, string>>(
    romanian.toString("utf8").replace(/^\uFEFF/, ""),
    { header: true, skipEmptyLines: true },
  ).data;
  expect(romanianRows.map((row) => [row.Criteriu, row.Evaluator, row.Răspuns])).toEqual([
    ["Venituri", "Evaluator 1", "nivel"],
    ["Profit", "Evaluator 1", "nu se aplică"],
  ]);

  const bundle = await page.request.get(`/api/sessions/${sessionId}/bundle`);
  expect(bundle.status()).toBe(200);
  expect((await bundle.json()).scores).toHaveLength(2);

  // The session is not published: its summary is not there to download.
  expect((await page.request.get(url("dataset=summary&format=pdf"))).status()).toBe(403);

  // A dataset the app does not have is refused with what to ask for, not answered with a file.
  const unknown = await page.request.get(url("dataset=everything&format=pdf"));
  expect(unknown.status()).toBe(400);
  expect(await unknown.text()).toBe(
    'Unknown dataset "everything": ask for one of raw, aggregates, report, summary.',
  );
});

test("an admin imports a session bundle once, then again without duplicating it; its own session changes nothing", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const facilitator = await browser.newContext({ locale: "en-GB" });
  const facilitatorPage = await facilitator.newPage();
  await signInAs(facilitatorPage, "FACILITATOR");
  const { sessionId } = await scoredSession(facilitatorPage);
  const ownBundle = await (
    await facilitatorPage.request.get(`/api/sessions/${sessionId}/bundle`)
  ).body();
  await facilitator.close();
  // The same session as another installation would have exported it.
  const parsed = JSON.parse(ownBundle.toString("utf8"));
  const elsewhere = `elsewhere-${parsed.bundleKey}`;
  parsed.bundleKey = elsewhere;
  parsed.origin = { installationId: "another-installation", sessionId: elsewhere };
  const bundle = Buffer.from(JSON.stringify(parsed));

  await signInAs(page, "ADMIN");
  await page.goto("/admin/import");
  await expect(
    page.getByRole("heading", { level: 1, name: "Import a session bundle" }),
  ).toBeVisible();
  await expectAccessible(page);
  const upload = async (buffer: Buffer) => {
    await page.getByLabel("Bundle file (JSON)").setInputFiles({
      name: "bundle.json",
      mimeType: "application/json",
      buffer,
    });
    await page.getByRole("button", { name: "Import" }).click();
  };

  await upload(Buffer.from('{"format":"something else"}'));
  await expect(page.getByText("This file is not a WISE Focus session bundle.")).toBeVisible();

  await upload(bundle);
  const status = page.getByRole("status");
  await expect(status).toContainText(/Imported “Export check .*”\./);
  await expect(status).toContainText("WISEs on the agenda: 1 added, 0 moved, 0 removed.");
  await expect(status).toContainText("Scores: 2 added, 0 updated, 0 removed.");
  await expectAccessible(page);
  await upload(bundle);
  await expect(status).toContainText("was imported before: it is now up to date");
  await expect(status).toContainText("Scores: 0 added, 0 updated, 0 removed.");
  await expect(status).toContainText("No grid version was added");

  await page.getByRole("link", { name: "Open the session" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Export check");
  await expect(page.getByRole("note")).toContainText("this focus group is read-only here");
  await expect(page.getByRole("link", { name: "Edit session" })).toHaveCount(0);

  // The bundle of a session held here: recognised, nothing imported.
  await page.goto("/admin/import");
  await upload(ownBundle);
  await expect(status).toContainText("was held on this installation");
});
