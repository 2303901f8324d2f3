import { expect, type Page, test } from "@playwright/test";
import { runFactoryScript } from "./factories";
import { demoAccount, expectAccessible } from "./support";

/**
 * Three staff members answer the skills survey on phones (issue 11): a worker in easy-read, a
 * job coach recorded by an interviewer, a manager whose phone loses the network midway. The
 * database then holds every answer once; axe scans every screen kind on the way.
 */
test.use({
  locale: "en-GB",
  viewport: { width: 390, height: 844 },
  isMobile: true,
  hasTouch: true,
});

type Survey = {
  surveyId: string;
  title: string;
  wise: string;
  codes: Record<"ENABLER" | "SUPPORTER" | "WORKER", string>;
};

const group = (page: Page, legend: string) => page.getByRole("group", { name: legend });
const pick = (page: Page, legend: string, answer: string) =>
  group(page, legend).getByRole("radio", { name: answer, exact: true }).check();
const next = (page: Page) => page.getByRole("button", { name: "Next", exact: true }).click();
const status = (page: Page) => page.getByTestId("save-status");

async function consentAndStart(page: Page) {
  await expect(page.getByRole("heading", { name: "Before you start" })).toBeVisible();
  await expect(page.getByText(/never who answered/)).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("I have read this and I agree to answer").check();
  await page.getByRole("button", { name: "Start" }).click();
}

/** A phone-sized skill card: now, in five years, mastery. */
async function answerCard(page: Page, now: string, future: string, mastery: string) {
  await pick(page, "How important is this in your job now?", now);
  await pick(page, "How important will it be in five years?", future);
  await pick(page, "How well can you do it?", mastery);
}

async function finishProfile(page: Page, barrier: string, format: string, need: string) {
  await expect(page.getByRole("heading", { name: /What stops you/ })).toBeVisible();
  await page.getByRole("checkbox", { name: barrier }).check();
  await next(page);
  await page.getByRole("radio", { name: format, exact: true }).check();
  await next(page);
  await page.getByRole("textbox", { name: /What would you most like to learn/ }).fill(need);
  await page.getByRole("button", { name: "Finish" }).click();
  await expect(page.getByRole("heading", { name: "Thank you!" })).toBeVisible();
  await expect(status(page)).toHaveText(/All answers saved/);
}

test("three respondents: easy-read, interviewer, and a phone that goes offline and back; every answer stored once", async ({
  browser,
  page,
}) => {
  test.setTimeout(240_000);
  const survey = runFactoryScript<Survey>("tests/e2e/skills-answering-data.ts", { action: "make" });

  // 1. A worker, easy-read, from the code typed on /survey.
  const worker = await (
    await browser.newContext({
      locale: "en-GB",
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
  ).newPage();
  await worker.goto("/survey");
  await expectAccessible(worker);
  // The first code box is the respondent's; the second, under "Record an interview", the interviewer's.
  await worker.getByLabel("Survey code").first().fill(survey.codes.WORKER.toLowerCase());
  await worker.getByRole("button", { name: "Open the survey" }).click();
  await expect(worker).toHaveURL(new RegExp(`/survey/${survey.codes.WORKER}$`));
  await expect(worker.getByRole("button", { name: "Read aloud" })).toBeVisible();
  await consentAndStart(worker);
  await expect(worker.getByRole("heading", { name: /I work well with others/ })).toBeVisible();
  await expect(worker.getByRole("button", { name: "Read aloud" })).toBeVisible();
  await expect(worker.getByText("Question 1 of 9")).toBeVisible();
  await expectAccessible(worker);
  await pick(worker, "Is this important in your work now?", "Important");
  await next(worker);
  await pick(worker, "Will this be important in your work later?", "Very important");
  await next(worker);
  await expectAccessible(worker);
  await pick(worker, "Can you do this?", "With help");
  await next(worker);
  // "I don't do this at work" skips the other two questions of that skill.
  await expect(worker.getByRole("heading", { name: /I do what the task asks/ })).toBeVisible();
  await worker.getByRole("checkbox", { name: "I don't do this at work" }).check();
  await next(worker);
  await expect(worker.getByRole("heading", { name: /I keep my passwords secret/ })).toBeVisible();
  await pick(worker, "Is this important in your work now?", "Most important");
  await next(worker);
  await pick(worker, "Will this be important in your work later?", "Most important");
  await next(worker);
  await pick(worker, "Can you do this?", "I can't yet");
  await next(worker);
  await expectAccessible(worker);
  await finishProfile(worker, "No time", "On the job", "Using the tablet at the till");
  await expectAccessible(worker);

  // 2. A job coach's answers recorded face to face by the Romanian partner.
  // Signed out, the interview page asks to sign in first, then comes back.
  await page.goto(`/survey/${survey.codes.SUPPORTER}/interview`);
  await expect(page).toHaveURL(/\/sign-in/);
  const partner = demoAccount("PARTNER");
  await page.getByLabel("E-mail address").fill(partner.email);
  await page.getByLabel("Password").fill(partner.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(new RegExp(`/survey/${survey.codes.SUPPORTER}/interview$`));
  await expect(page.getByRole("heading", { name: /Interview: read this/ })).toBeVisible();
  await consentAndStart(page);
  await expect(page.getByText("Interview: answers recorded with support")).toBeVisible();
  await expect(page.getByText("Skill 1 of 3")).toBeVisible();
  await expectAccessible(page);
  await answerCard(page, "Absolutely essential", "Absolutely essential", "I can on my own");
  await next(page);
  await answerCard(page, "Important", "Very important", "I can with help");
  await next(page);
  await page.getByRole("checkbox", { name: "This is not part of my job" }).check();
  await next(page);
  await finishProfile(page, "The cost", "Online", "Sign language basics");
  await expect(page.getByRole("link", { name: "Start the next interview" })).toBeVisible();

  // 3. A manager on poor wifi: offline midway, nothing is lost.
  const manager = await (
    await browser.newContext({
      locale: "en-GB",
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    })
  ).newPage();
  await manager.goto(`/survey/${survey.codes.ENABLER}`);
  await consentAndStart(manager);
  await answerCard(manager, "Important", "Very important", "I can on my own");
  await expect(status(manager)).toHaveText(/All answers saved/);
  await next(manager);
  await manager.context().setOffline(true);
  await answerCard(manager, "Very important", "Absolutely essential", "I don't know how");
  await expect(status(manager)).toHaveText(/No connection\. 1 answer waits on this device/);
  await expectAccessible(manager);
  await next(manager);
  await answerCard(manager, "A little important", "Important", "I can guide others");
  await expect(status(manager)).toHaveText(/No connection\. 2 answers wait/);
  await manager.context().setOffline(false);
  await expect(status(manager)).toHaveText(/All answers saved/, { timeout: 30_000 });
  // Back on the same device later: it resumes after the last answered skill.
  await manager.reload();
  await expect(manager.getByRole("heading", { name: /What stops you/ })).toBeVisible();
  await finishProfile(
    manager,
    "No suitable training",
    "Both, classroom and online",
    "Cloud accounting",
  );

  const stored = runFactoryScript<unknown[]>("tests/e2e/skills-answering-data.ts", {
    action: "count",
    surveyId: survey.surveyId,
  });
  expect(stored).toEqual([
    {
      group: "ENABLER",
      mode: "SELF",
      submitted: true,
      answers: 3,
      notPartOfJob: 0,
      complete: 3,
      barriers: ["NO_SUITABLE_TRAINING"],
      preferredFormat: "BLENDED",
      needText: "Cloud accounting",
    },
    {
      group: "SUPPORTER",
      mode: "INTERVIEWER",
      submitted: true,
      answers: 3,
      notPartOfJob: 1,
      complete: 3,
      barriers: ["COST"],
      preferredFormat: "ONLINE",
      needText: "Sign language basics",
    },
    {
      group: "WORKER",
      mode: "EASY_READ",
      submitted: true,
      answers: 3,
      notPartOfJob: 1,
      complete: 3,
      barriers: ["TIME"],
      preferredFormat: "ON_THE_JOB",
      needText: "Using the tablet at the till",
    },
  ]);
});

test("an unknown code and a closed survey get a clear page each, and nothing is written", async ({
  page,
}) => {
  const response = await page.goto("/survey/NOPE-NOPE");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Survey not found" })).toBeVisible();
  await expectAccessible(page);

  const closed = runFactoryScript<Survey>("tests/e2e/skills-answering-data.ts", {
    action: "makeClosed",
  });
  await page.goto(`/survey/${closed.codes.ENABLER}`);
  await expect(page.getByRole("heading", { name: "This survey is closed" })).toBeVisible();
  await expect(page.getByRole("checkbox")).toHaveCount(0);
  await expectAccessible(page);
  expect(
    runFactoryScript<unknown[]>("tests/e2e/skills-answering-data.ts", {
      action: "count",
      surveyId: closed.surveyId,
    }),
  ).toEqual([]);
});
