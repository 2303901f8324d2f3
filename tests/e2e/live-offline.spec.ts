import { expect, test } from "@playwright/test";
import {
  chooseLevel,
  expectSaved,
  joinAs,
  openPhone,
  openSessionWithOneWise,
  phoneCriterion,
  showCriterion,
  startLive,
} from "./live-support";
import { expectAccessible, signInAs } from "./support";

test.use({ locale: "en-GB" });

const CRITERIA = [
  ["Revenues", 2],
  ["Turnover", 3],
  ["Profit", 4],
] as const;

test("a phone that loses the network keeps its answers, sends each once when back, and finds them after a reload", async ({
  page,
  browser,
}) => {
  test.setTimeout(240_000);
  await signInAs(page, "FACILITATOR");
  const { wise } = await openSessionWithOneWise(page);
  const code = await startLive(page);

  const phone = await openPhone(browser);
  await joinAs(phone, code, "Dana");
  await page.getByRole("button", { name: "Admit Dana" }).click();
  await page.getByRole("button", { name: `Present ${wise}` }).click();
  await page.getByRole("button", { name: "Open scoring" }).click();
  await expect(phone.getByRole("heading", { name: `Score ${wise}` })).toBeVisible();

  await phone.context().setOffline(true);
  for (const [criterion, level] of CRITERIA) await chooseLevel(phone, criterion, level);
  await expect(phone.getByText(/^You are offline/)).toBeVisible();
  for (const [criterion] of CRITERIA) {
    await showCriterion(phone, criterion);
    await expect(phoneCriterion(phone, criterion).getByText("Not yet saved")).toBeVisible();
  }
  // Still offline, a change of mind is kept too, in order after the first answer.
  await chooseLevel(phone, "Profit", 5);
  await expectAccessible(phone);
  // Nothing reached the server yet.
  const progress = page.getByRole("table", { name: "Criteria answered by each rater" });
  await expect(progress.getByRole("row", { name: /Dana/ })).toContainText("0 of 18");

  // Closing the tab now would lose them: the phone asks first (dismissed: the tab stays).
  const warning = phone.waitForEvent("dialog");
  await phone.close({ runBeforeUnload: true });
  const dialog = await warning;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.dismiss();

  await phone.context().setOffline(false);
  for (const [criterion] of CRITERIA) await expectSaved(phone, criterion);
  await expect(phone.getByText(/^You are offline/)).toBeHidden();
  await expect(progress.getByRole("row", { name: /Dana/ })).toContainText("3 of 18");

  // After a reload the phone shows what the server holds: the last answer of each criterion.
  await phone.reload();
  await expect(phone.getByRole("heading", { name: `Score ${wise}` })).toBeVisible();
  for (const [criterion, level] of [...CRITERIA.slice(0, 2), ["Profit", 5] as const]) {
    await showCriterion(phone, criterion);
    await expect(
      phoneCriterion(phone, criterion).getByRole("radio", {
        name: new RegExp(`^Level ${level}\\b`),
      }),
    ).toBeChecked();
    await expectSaved(phone, criterion);
  }

  // A change that cannot get through survives a reload of the page (kept in localStorage)
  // and is sent once the server answers again.
  await phone.route("**/api/live/scores", (route) => route.abort());
  await chooseLevel(phone, "Investments", 1);
  await expect(phoneCriterion(phone, "Investments").getByText("Not yet saved")).toBeVisible();
  phone.once("dialog", (dialog) => dialog.accept());
  await phone.reload();
  await showCriterion(phone, "Investments");
  await expect(phoneCriterion(phone, "Investments").getByText("Not yet saved")).toBeVisible();
  await expect(
    phoneCriterion(phone, "Investments").getByRole("radio", { name: /^Level 1\b/ }),
  ).toBeChecked();
  await phone.unroute("**/api/live/scores");
  // The queue retries with back-off (at most 10 s apart).
  await expectSaved(phone, "Investments", 20_000);
  await expect(progress.getByRole("row", { name: /Dana/ })).toContainText("4 of 18");

  // Each criterion counted once in the reveal: one rater, one answer per criterion.
  await page.getByRole("button", { name: "Close scoring" }).click();
  await page.getByRole("button", { name: "Reveal" }).click();
  await expect(page.getByText("1 person answered.")).toBeVisible();
  await expect(
    page.getByRole("checkbox", { name: "Revenues", exact: true }),
  ).toHaveAccessibleDescription(/1: 0, 2: 1, 3: 0, 4: 0, 5: 0/);
  await expect(
    page.getByRole("checkbox", { name: "Turnover", exact: true }),
  ).toHaveAccessibleDescription(/1: 0, 2: 0, 3: 1, 4: 0, 5: 0/);
  await expect(
    page.getByRole("checkbox", { name: "Profit", exact: true }),
  ).toHaveAccessibleDescription(/1: 0, 2: 0, 3: 0, 4: 0, 5: 1/);

  // Removed by the facilitator (asked twice), the phone is told so at once.
  await page.getByRole("button", { name: "Remove Dana" }).click();
  await page.getByRole("button", { name: "Yes, remove" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Dana" })).toContainText("removed");
  await expect(phone.getByText("The facilitator removed you from this session.")).toBeVisible();
  await phone.context().close();
});
