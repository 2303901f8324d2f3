import { expect, type Page, test } from "@playwright/test";
import { demoAccount, expectAccessible, signIn } from "./support";

test.use({ locale: "en-GB" });

/** A section's good-practice link, as a screen reader names it (the section is in sr-only text). */
const markLink = (section: string) =>
  new RegExp(`^Mark this section as a good practice\\s*: ${section}$`);

/** A new study of a demo WISE of Romania, opened by the demo partner; returns its address. */
async function startStudy(page: Page, wise: string): Promise<string> {
  await signIn(page, demoAccount("PARTNER"));
  await page.goto("/case-studies");
  await page.getByLabel("WISE", { exact: true }).selectOption({ label: wise });
  await page.getByLabel("Language of the study").selectOption("en");
  await page.getByRole("button", { name: "Start the case study" }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Case study: ${wise}` })).toBeVisible();
  return page.url();
}

test("text typed in a section and not saved is saved before its good-practice link goes on, and leaving asks first", async ({
  page,
}) => {
  test.setTimeout(150_000);
  const studyUrl = await startStudy(page, "Casa Meșteșugurilor");
  const practices = page.getByLabel("Practices worth sharing");
  await practices.fill("Every new worker has a mentor.");
  await page.getByRole("button", { name: "Save the study" }).click();
  await expect(page.getByText("The study is saved.")).toBeVisible();
  const markPractices = page.getByRole("link", { name: markLink("Practices worth sharing") });
  await expect(markPractices).toBeVisible();

  const typed = "Every new worker has a mentor, and the mentors meet each Friday.";
  await practices.fill(typed);
  await expect(page.getByText("Changes not saved yet.")).toHaveCount(1);
  await expectAccessible(page);

  // Another link of the app asks first; saying no keeps the page and the text.
  const asked = new Promise<string>((resolve) =>
    page.once("dialog", async (dialog) => {
      resolve(`${dialog.type()}: ${dialog.message()}`);
      await dialog.dismiss();
    }),
  );
  await page.getByRole("link", { name: "All case studies" }).click();
  expect(await asked).toBe(
    "confirm: Some sections of the study have changes that are not saved. Leave this page and lose them?",
  );
  await expect(page).toHaveURL(studyUrl);
  await expect(practices).toHaveValue(typed);

  // Closing the tab: the browser's own question.
  const beforeUnload = new Promise<string>((resolve) =>
    page.once("dialog", async (dialog) => {
      resolve(dialog.type());
      await dialog.dismiss();
    }),
  );
  await page.close({ runBeforeUnload: true });
  expect(await beforeUnload).toBe("beforeunload");
  expect(page.isClosed()).toBe(false);

  // Offline, the save cannot happen: the reason is told next to the section, nothing is lost.
  await page.context().setOffline(true);
  await markPractices.click();
  await expect(page.getByRole("alert").filter({ hasText: "There is no connection" })).toContainText(
    "The good practice was not opened, because the study could not be saved.",
  );
  await expect(page).toHaveURL(studyUrl);
  await expect(practices).toHaveValue(typed);
  await page.context().setOffline(false);

  // Back online, the same link saves the text, then opens the good practice from it.
  await markPractices.click();
  await expect(
    page.getByRole("heading", { level: 1, name: "Mark as good practice" }),
  ).toBeVisible();
  await expect(page.getByLabel("The practice", { exact: true })).toHaveValue(typed);

  await page.goto(studyUrl);
  await expect(practices).toHaveValue(typed);
  await expect(page.getByText("Changes not saved yet.")).toHaveCount(0);
});

test("a section changed meanwhile by another writer keeps the partner on the page with the reason and the text", async ({
  browser,
}) => {
  test.setTimeout(150_000);
  const first = await (await browser.newContext({ locale: "en-GB" })).newPage();
  const studyUrl = await startStudy(first, "Drumuri spre Muncă");
  const challenges = first.getByLabel("Challenges");
  await challenges.fill("Public contracts pay late.");
  await first.getByRole("button", { name: "Save the study" }).click();
  await expect(first.getByText("The study is saved.")).toBeVisible();

  // The same study open in a second window, where a colleague saves first.
  const second = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signIn(second, demoAccount("PARTNER"));
  await second.goto(studyUrl);
  await second.getByLabel("Challenges").fill("Public contracts pay three months late.");
  await second.getByRole("button", { name: "Save the study" }).click();
  await expect(second.getByText("The study is saved.")).toBeVisible();

  const typed = "Public contracts pay late, and the van is old.";
  await challenges.fill(typed);
  await first.getByRole("link", { name: markLink("Challenges") }).click();
  await expect(
    first.getByRole("alert").filter({ hasText: "Someone else changed this case study" }),
  ).toContainText("The good practice was not opened, because the study could not be saved.");
  await expect(first).toHaveURL(studyUrl);
  await expect(challenges).toHaveValue(typed);
  await expectAccessible(first);

  // Nothing of the stale text was written over the colleague's.
  await second.reload();
  await expect(second.getByLabel("Challenges")).toHaveValue(
    "Public contracts pay three months late.",
  );
  await first.context().close();
  await second.context().close();
});

test("submitting for review waits while a section holds unsaved text, and goes once it is saved", async ({
  page,
  browser,
}) => {
  test.setTimeout(150_000);
  const studyUrl = await startStudy(page, "Casa Meșteșugurilor");
  const status = (name: string) => page.getByText(new RegExp(`written in English · ${name}$`));
  await expect(status("Draft")).toBeVisible();
  const challenges = page.getByLabel("Challenges");
  const typed = "Orders drop every winter, so the workshop plans repairs for January.";
  await challenges.fill(typed);
  await expect(page.getByText("Changes not saved yet.")).toHaveCount(1);

  // The button holds back: nothing sent, the study still a draft, the words still in the box,
  // and why is said in the review section, next to the button, with the way to save at hand.
  await page.getByRole("button", { name: "Submit for review" }).click();
  const review = page.locator("section", {
    has: page.getByRole("heading", { level: 2, name: "Review" }),
  });
  const refusal = review.getByRole("alert");
  await expect(refusal).toContainText(
    "Some sections of the study have changes that are not saved, so nothing was sent.",
  );
  const saveNow = refusal.getByRole("button", { name: "Save the study now" });
  await expect(saveNow).toBeFocused();
  await expect(status("Draft")).toBeVisible();
  await expect(challenges).toHaveValue(typed);
  await expect(page.getByText("Study: Draft → In review")).toHaveCount(0);
  await expectAccessible(page);

  // Read afresh elsewhere: still a draft, and the unsaved words were not written.
  const other = await (await browser.newContext({ locale: "en-GB" })).newPage();
  await signIn(other, demoAccount("PARTNER"));
  await other.goto(studyUrl);
  await expect(other.getByText(/written in English · Draft$/)).toBeVisible();
  await expect(other.getByLabel("Challenges")).toHaveValue("");

  // Saving from the message (the sections form's own save) lets the study be submitted.
  await saveNow.click();
  await expect(page.getByText("The study is saved.")).toBeVisible();
  await expect(page.getByText("Changes not saved yet.")).toHaveCount(0);
  await expect(refusal).toHaveCount(0);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(status("In review")).toBeVisible();
  await expect(page.getByTestId("case-study-timeline")).toContainText("Study: Draft → In review");
  // The sections are read-only now, and what they show is the text that was typed.
  await expect(page.getByText(typed)).toBeVisible();

  await other.reload();
  await expect(other.getByText(/written in English · In review$/)).toBeVisible();
  await expect(other.getByText(typed)).toBeVisible();
  await other.context().close();
});
