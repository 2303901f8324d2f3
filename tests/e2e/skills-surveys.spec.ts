import { expect, type Page, test } from "@playwright/test";
import { runFactoryScript } from "./factories";
import { expectAccessible, signIn } from "./support";

test.use({ locale: "en-GB" });

type Account = { email: string; password: string };
type Data = { partner: Account; admin: Account; sessionTitle: string; wiseNames: string[] };

const CODE = /^[2-9A-HJ-NP-Z]{4}-[2-9A-HJ-NP-Z]{4}$/;

async function codesOf(page: Page, wiseName: string) {
  const section = page.getByRole("region", { name: wiseName });
  const rows = section.getByRole("row").filter({ has: page.getByRole("rowheader") });
  await expect(rows).toHaveCount(3);
  return section.getByRole("cell").filter({ hasText: CODE }).allTextContents();
}

test("a partner surveys a focus group's WISEs in one click, prints the QR codes and closes it", async ({
  page,
}) => {
  const token = `s${Date.now().toString(36)}`;
  const data = runFactoryScript<Data>("tests/e2e/skills-surveys-data.ts", { token });
  await signIn(page, data.partner);

  await page.getByRole("link", { name: "Skills surveys", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Skills surveys" })).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: "New survey" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "New skills survey" })).toBeVisible();
  await expectAccessible(page);

  // One click takes the focus group's WISEs, and only those.
  await page.getByRole("link", { name: `Use the 2 WISEs of ${data.sessionTitle}` }).click();
  await expect(page.getByRole("status")).toHaveText(
    `The WISEs of ${data.sessionTitle} are selected.`,
  );
  for (const name of data.wiseNames) await expect(page.getByLabel(name)).toBeChecked();
  await expect(page.getByRole("checkbox", { checked: true })).toHaveCount(2);
  await expectAccessible(page);

  // A last day before the first is refused next to its field, and nothing is made.
  await page.getByLabel("First day of answers").fill("2027-03-10");
  await page.getByLabel("Last day of answers").fill("2027-03-01");
  await page.getByRole("button", { name: "Create the survey" }).click();
  await expect(
    page.getByText("The last day must be on or after the first day.").first(),
  ).toBeVisible();
  await expect(page).toHaveURL(/\/surveys\/new/);

  await page.getByLabel("Title").fill(`Digital skills ${token}`);
  await page.getByLabel("Last day of answers").fill("2027-03-31");
  await page.getByRole("button", { name: "Create the survey" }).click();
  await expect(
    page.getByRole("heading", { level: 1, name: `Digital skills ${token}` }),
  ).toBeVisible();
  await expect(page.getByText("State: Not open yet")).toBeVisible();

  // Each WISE has a link and a distinct, unambiguous code per staff group, no answers yet.
  const codes = [
    ...(await codesOf(page, data.wiseNames[0])),
    ...(await codesOf(page, data.wiseNames[1])),
  ];
  expect(codes).toHaveLength(6);
  expect(new Set(codes).size).toBe(6);
  const firstWise = page.getByRole("region", { name: data.wiseNames[0] });
  const workers = firstWise.getByRole("row", { name: /Workers with support needs/ });
  const workerCode =
    (await workers.getByRole("cell").filter({ hasText: CODE }).textContent()) ?? "";
  await expect(workers.getByRole("link")).toHaveText(
    new RegExp(`/survey/${workerCode.replace("-", "")}$`),
  );
  await expect(workers.getByRole("cell", { name: "0", exact: true })).toHaveCount(2);
  await expectAccessible(page);

  // A reminder is recorded; without a mail server it says it was not e-mailed.
  await firstWise.getByRole("button", { name: `Remind ${data.wiseNames[0]}` }).click();
  await expect(firstWise.getByRole("status")).toHaveText(/Reminder recorded; no e-mail was sent/);
  await expect(firstWise.getByText(/Last reminder:/)).toBeVisible();

  // The printable sheet: a QR code card per WISE and group, and the print dialog.
  await page.getByRole("link", { name: "Print the QR code sheet" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(/QR code sheet/);
  const qrCodes = page.getByRole("img", { name: /^QR code of http.*\/survey\/[2-9A-HJ-NP-Z]{8}$/ });
  await expect(qrCodes).toHaveCount(6);
  const drawn = await qrCodes.evaluateAll((images) =>
    images.every((image) => (image as HTMLImageElement).naturalWidth > 0),
  );
  expect(drawn).toBe(true);
  await expect(page.getByText(workerCode, { exact: true })).toBeVisible();
  await expectAccessible(page);
  await page.evaluate(() => {
    window.print = () => document.body.setAttribute("data-printed", "yes");
  });
  await page.getByRole("button", { name: "Print or save as PDF" }).click();
  await expect(page.locator("body")).toHaveAttribute("data-printed", "yes");

  // Closing is asked first, then final: no more reminders.
  await page.getByRole("link", { name: "Back to the survey" }).click();
  await page.getByRole("button", { name: "Close the survey" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Close the survey" }).click();
  await expect(page.getByText("State: Closed")).toBeVisible();
  await expect(page.getByText("This survey is closed: its links refuse answers.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Remind/ })).toHaveCount(0);
  await expectAccessible(page);

  await page.getByRole("link", { name: "Skills surveys", exact: true }).click();
  const row = page.getByRole("row", { name: new RegExp(`Digital skills ${token}`) });
  await expect(row.getByRole("cell", { name: "Closed" })).toBeVisible();
});

test("an admin reads the skills framework grouped by staff group and area", async ({ page }) => {
  const token = `f${Date.now().toString(36)}`;
  const data = runFactoryScript<Data>("tests/e2e/skills-surveys-data.ts", { token });
  await signIn(page, data.admin);
  await page.getByRole("link", { name: "Skills frameworks", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Skills frameworks" })).toBeVisible();
  await expectAccessible(page);
  await page.getByRole("link", { name: /^B-WISE skills framework, version 1$/ }).click();
  const enablers = page.getByRole("region", { name: "Enablers" });
  await expect(enablers.getByRole("heading", { level: 3, name: "Management" })).toBeVisible();
  await expect(enablers.getByText("Leading and motivating staff and stakeholders")).toBeVisible();
  const workers = page.getByRole("region", { name: "Workers with support needs" });
  await expect(workers.getByText("Easy-read: I can find things on the internet.")).toBeVisible();
  await expect(workers.getByText("DIGCOMP_5_4 · DigComp 5.4")).toBeVisible();
  await expectAccessible(page);
});
