import { readFile } from "node:fs/promises";
import { expect, type Page, test } from "@playwright/test";
import JSZip from "jszip";
import { PNG } from "../fixtures/attachment-files";
import { readPdf } from "../fixtures/read-pdf";
import { startReport } from "./report-steps";
import { demoAccount, expectAccessible, signIn } from "./support";

/**
 * Issue 12's whole journey on the demo data, as a new user walks it: the Romanian partner writes
 * a case study (with a photo and a quote), marks a section as good practice and publishes it;
 * the admin approves the study; the partner builds, releases and downloads a country report; the
 * admin releases the European report. Atelierul de Pâine is the one Romanian demo WISE no other
 * spec writes a case study of; titles carry a token so reruns and other specs do not collide.
 */

test.use({ locale: "en-GB" });

const WISE = "Atelierul de Pâine";
const ALT = "Three apprentices kneading dough in the bakery";

/** Yesterday, as a date field takes it: a consent day that is never after today. */
const yesterday = () => new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);

/** pdf.js breaks lines where the layout does: compare with runs of white space as one space. */
const flat = (text: string) => text.replace(/\s+/g, " ");

/** Clicks a download link and returns the file's name and bytes. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path()) ?? "") };
}

/** Releases the report from its builder and opens release 1's web version. */
async function releaseAndOpen(page: Page, title: string) {
  await page.getByRole("button", { name: "Release the report" }).click();
  await page.getByRole("link", { name: "Release 1 is out." }).click({ timeout: 60_000 });
  await expect(page.getByRole("heading", { level: 1, name: `${title} (release 1)` })).toBeVisible();
  await expectAccessible(page);
}

test("from a case study to a released country report, then the European report, both downloaded", async ({
  page,
  browser,
}) => {
  // Two accounts, a dozen pages scanned, two PDFs and a DOCX rendered on two shared cores.
  test.setTimeout(360_000);
  const token = `j${Date.now().toString(36)}`;
  const pathwayOut = `Four bakers moved on to city bakeries this year (${token}).`;
  const practices = `Apprentices bake beside a mentor for their first month (${token}).`;
  const quote = `I bake for the whole street now (${token}).`;
  const practiceTitle = `Mentored first month at the bakery ${token}`;
  const introduction = `The bakeries and workshops of Romania, seen through the focus groups (${token}).`;

  // The partner starts the case study from the list.
  await signIn(page, demoAccount("PARTNER"));
  await page.getByRole("link", { name: "Case studies", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Case studies" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("WISE", { exact: true }).selectOption({ label: WISE });
  await page.getByLabel("Language of the study").selectOption("en");
  await page.getByRole("button", { name: "Start the case study" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Case study: ${WISE}` })).toBeVisible();
  const studyUrl = page.url();
  // Nothing written yet: no section to mark as good practice.
  await expect(
    page.getByRole("link", { name: /^Mark this section as a good practice/ }),
  ).toHaveCount(0);

  await page.getByLabel("Pathway into the WISE").fill("Referred by the county social services.");
  await page.getByLabel("Pathway out to the open labour market").fill(pathwayOut);
  await page.getByLabel("Practices worth sharing").fill(practices);
  await page.getByRole("button", { name: "Save the study" }).click();
  await expect(page.getByText("The study is saved.")).toBeVisible();

  // A photo with its description.
  await page.getByLabel("File", { exact: true }).setInputFiles({
    name: "kneading.png",
    mimeType: "image/png",
    buffer: Buffer.from(PNG),
  });
  await page.getByLabel("Description of the photo (alternative text)").fill(ALT);
  await page.getByRole("button", { name: "Add file" }).click();
  await expect(page.getByRole("img", { name: ALT })).toBeVisible();

  // A quote, with the speaker's consent.
  await page.getByLabel("What was said").fill(quote);
  await page.getByLabel("Who said it (role)").selectOption({ label: "Worker with support needs" });
  await page.getByLabel("How consent was given").selectOption({ label: "in writing" });
  await page.getByLabel("Day consent was given").fill(yesterday());
  await page.getByRole("button", { name: "Add the quote" }).click();
  await expect(page.getByTestId("case-study-quotes").getByText(quote)).toBeVisible();
  await expectAccessible(page);

  // The saved practices section becomes a good practice, prefilled from its text.
  await page
    .getByRole("link", {
      name: /^Mark this section as a good practice\s*: Practices worth sharing$/,
    })
    .click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Mark as good practice" }),
  ).toBeVisible();
  await expect(page.getByLabel("The practice", { exact: true })).toHaveValue(practices);
  await expectAccessible(page);
  await page.getByLabel("Title").fill(practiceTitle);
  await page.getByLabel("The need").fill("New workers give up in their first weeks.");
  await page.getByLabel("Its results").fill("Nine in ten apprentices stay past the first month.");
  await page.getByLabel("What it takes to transfer it").fill("One experienced baker's time.");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { level: 1, name: practiceTitle })).toBeVisible();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText(/^Published on /)).toBeVisible();
  await expectAccessible(page);

  // Back to the study: submitted for review.
  await page.goto(studyUrl);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByTestId("case-study-timeline")).toContainText("Study: Draft → In review");

  // The admin approves it.
  const adminContext = await browser.newContext({ locale: "en-GB" });
  const admin = await adminContext.newPage();
  await signIn(admin, demoAccount("ADMIN"));
  await admin.goto(studyUrl);
  await expect(admin.getByRole("heading", { level: 1, name: `Case study: ${WISE}` })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Approve the study" }).click();
  await expect(admin.getByTestId("case-study-timeline")).toContainText(
    "Study: In review → Approved",
  );

  // The partner's country report: the introduction previewed as typed, saved, released.
  const title = `WISEs in Romania ${token}`;
  await startReport(page, title, "Country report: Romania");
  const editor = page.getByLabel("Text of “Introduction” (Markdown)");
  await editor.fill(`# Why this report\n\n${introduction}`);
  const preview = page.getByRole("region", { name: "Preview of “Introduction”" });
  await expect(preview.getByRole("heading", { name: "Why this report" })).toBeVisible();
  await expect(preview).toContainText(introduction);
  const introductionForm = page.locator("form").filter({ has: editor });
  await introductionForm.getByRole("button", { name: "Save the text" }).click();
  await expect(introductionForm.getByRole("status")).toHaveText("Saved.");
  await expectAccessible(page);
  await releaseAndOpen(page, title);

  // Release 1 holds the approved study, its quote and photo, and the published practice.
  await expect(page.getByText(introduction)).toBeVisible();
  const studies = page.getByRole("region", { name: "Case studies", exact: true });
  await expect(studies).toContainText(WISE);
  await expect(studies).toContainText(pathwayOut);
  await expect(studies).toContainText(quote);
  const photo = studies.getByRole("img", { name: ALT });
  await photo.scrollIntoViewIfNeeded();
  await expect.poll(() => photo.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(1);
  await expect(page.getByRole("region", { name: "Good practices", exact: true })).toContainText(
    practiceTitle,
  );
  // The table of contents leads to each chapter.
  const contents = page.getByRole("navigation", { name: "Contents" });
  await contents.getByRole("link", { name: "Case studies" }).click();
  await expect(page).toHaveURL(/#chapter-caseStudies$/);
  await expect(studies.getByRole("heading", { level: 2, name: "Case studies" })).toBeInViewport();
  await contents.getByRole("link", { name: "Introduction" }).click();
  await expect(page).toHaveURL(/#chapter-introduction$/);

  // Both documents download and open, with the partner's own words in them.
  const pdf = await download(page, "Download as PDF");
  expect(pdf.name).toMatch(/\.pdf$/);
  const pdfText = flat((await readPdf(pdf.bytes)).text.join("\n"));
  expect(pdfText).toContain(title);
  expect(pdfText).toContain(flat(introduction));
  expect(pdfText).toContain(flat(quote));
  const docx = await download(page, "Download as Word (DOCX)");
  expect(docx.name).toMatch(/\.docx$/);
  const documentXml = await (await JSZip.loadAsync(docx.bytes))
    .file("word/document.xml")
    ?.async("string");
  expect(documentXml).toContain(introduction);

  // The admin's European report, covering Romania and Belgium side by side.
  const europe = `WISEs in Europe ${token}`;
  await startReport(admin, europe, "The European report");
  await releaseAndOpen(admin, europe);
  const comparison = admin.getByRole("region", { name: "Countries compared", exact: true });
  await expect(comparison.getByRole("rowheader", { name: "Romania", exact: true })).toBeVisible();
  await expect(comparison.getByRole("rowheader", { name: "Belgium", exact: true })).toBeVisible();
  const europePdf = await download(admin, "Download as PDF");
  const europeText = flat((await readPdf(europePdf.bytes)).text.join("\n"));
  expect(europeText).toContain(europe);
  expect(europeText).toContain("Countries compared");
  expect(europeText).toContain("Belgium");
  await adminContext.close();
});
