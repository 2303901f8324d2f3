import { expect, test } from "@playwright/test";
import { demoAccount, expectAccessible, signIn } from "./support";

test.use({ locale: "en-GB" });

/** Yesterday, as a date field takes it: a consent day that is never after today. */
function yesterday(): string {
  return new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
}

test("the Romanian partner writes a case study with a quote and submits it; an admin approves it", async ({
  page,
  browser,
}) => {
  // Two accounts, six pages scanned by axe: longer than one page's journey on two shared cores.
  test.setTimeout(180_000);
  const wise = "Casa Meșteșugurilor";
  await signIn(page, demoAccount("PARTNER"));
  await page.getByRole("link", { name: "Case studies", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Case studies" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("WISE", { exact: true }).selectOption({ label: wise });
  await page.getByLabel("Language of the study").selectOption("en");
  await page.getByRole("button", { name: "Start the case study" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Case study: ${wise}` })).toBeVisible();
  const studyUrl = page.url();
  // The profile is read from the registry, not typed into the study.
  await expect(page.getByTestId("case-study-profile")).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("Pathway into the WISE").fill("Referred by the county employment agency.");
  await page
    .getByLabel("Pathway out to the open labour market")
    .fill("Two carpenters moved to a furniture maker this year.");
  await page.getByRole("button", { name: "Save the study" }).click();
  await expect(page.getByText("The study is saved.")).toBeVisible();

  // A quote with a phone number is refused next to its field, and nothing is added.
  await page.getByLabel("What was said").fill("Call me on 0721 123 456 to visit.");
  await page.getByLabel("Who said it (role)").selectOption({ label: "Worker with support needs" });
  await page.getByLabel("How consent was given").selectOption({ label: "in writing" });
  await page.getByLabel("Day consent was given").fill(yesterday());
  await page.getByRole("button", { name: "Add the quote" }).click();
  await expect(
    page.getByText(/Remove the e-mail address, phone number or handle/).first(),
  ).toBeVisible();
  await expect(page.getByText("No quote yet.")).toBeVisible();

  await page.getByLabel("What was said").fill("Here I learnt to work with others again.");
  await page.getByRole("button", { name: "Add the quote" }).click();
  const quotes = page.getByTestId("case-study-quotes");
  await expect(quotes.getByText("Here I learnt to work with others again.")).toBeVisible();
  await expect(quotes.getByText(/Worker with support needs · consent: in writing/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByText(/In review/).first()).toBeVisible();
  await expect(page.getByTestId("case-study-timeline")).toContainText("Study: Draft → In review");
  // Four eyes: the author is not offered the approval.
  await expect(page.getByRole("button", { name: "Approve the study" })).toHaveCount(0);
  await expect(page.getByText(/You wrote this study/)).toBeVisible();
  await expectAccessible(page);

  const adminContext = await browser.newContext({ locale: "en-GB" });
  const admin = await adminContext.newPage();
  await signIn(admin, demoAccount("ADMIN"));
  await admin.goto(studyUrl);
  await expect(admin.getByRole("heading", { level: 1, name: `Case study: ${wise}` })).toBeVisible();
  await expectAccessible(admin);
  await admin.getByRole("button", { name: "Approve the study" }).click();
  // The decision is in the timeline, and there is nothing left to decide.
  await expect(admin.getByTestId("case-study-timeline")).toContainText(
    "Study: In review → Approved",
  );
  await expect(admin.getByRole("button", { name: "Approve the study" })).toHaveCount(0);
  await expectAccessible(admin);

  await admin.getByRole("link", { name: "All case studies" }).click();
  const row = admin.getByRole("row").filter({ hasText: wise }).first();
  await expect(row).toContainText("Approved");
  await expectAccessible(admin);
  await adminContext.close();

  // Back to the author: saving the approved study would send it back to draft, and it says so.
  await page.goto(studyUrl);
  await expect(
    page.getByText(/This study is approved. Saving a change sends it back to draft/),
  ).toBeVisible();
  // A section's good-practice link would save the typed text first, which reopens the study: it
  // asks before, and saying no leaves the study approved and the text in its box.
  const pathwayIn = page.getByLabel("Pathway into the WISE");
  await pathwayIn.fill("Referred by the county employment agency and by two NGOs.");
  const question = new Promise<string>((resolve) =>
    page.once("dialog", async (dialog) => {
      resolve(dialog.message());
      await dialog.dismiss();
    }),
  );
  await page
    .getByRole("link", { name: /^Mark this section as a good practice\s*: Pathway into the WISE$/ })
    .click();
  expect(await question).toMatch(/^This study is approved. Saving a change sends it back to draft/);
  await expect(page).toHaveURL(studyUrl);
  await expect(pathwayIn).toHaveValue("Referred by the county employment agency and by two NGOs.");
  await page.reload();
  await expect(page.getByText(/Approved/).first()).toBeVisible();
  await expect(pathwayIn).toHaveValue("Referred by the county employment agency.");
});

test("a save on a study someone changed meanwhile is refused, and the typed text stays", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const first = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signIn(first, demoAccount("PARTNER"));
  await first.goto("/case-studies");
  await first.getByLabel("WISE", { exact: true }).selectOption({ label: "Drumuri spre Muncă" });
  await first.getByRole("button", { name: "Start the case study" }).click();
  await expect(first.getByRole("heading", { level: 1, name: /Case study: Drumuri/ })).toBeVisible();

  // The same study open in a second window, as a colleague would have it.
  const second = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signIn(second, demoAccount("PARTNER"));
  await second.goto(first.url());

  await first.getByLabel("Challenges").fill("Public contracts pay late.");
  await first.getByRole("button", { name: "Save the study" }).click();
  await expect(first.getByText("The study is saved.")).toBeVisible();

  await second.getByLabel("Challenges").fill("Finding a second van.");
  await second.getByRole("button", { name: "Save the study" }).click();
  await expect(
    second.getByRole("alert").filter({ hasText: "Someone else changed this case study" }),
  ).toContainText("Nothing was saved: your text is still in the form.");
  await expect(second.getByLabel("Challenges")).toHaveValue("Finding a second van.");
  await expectAccessible(second);

  await second.goto(first.url());
  await expect(second.getByLabel("Challenges")).toHaveValue("Public contracts pay late.");
});
