import { expect, type Page, test } from "@playwright/test";
import {
  chooseLevel,
  expectSaved,
  joinAs,
  openPhone,
  openSessionWithOneWise,
  phoneCriterion,
  startLive,
} from "./live-support";
import { expectAccessible, signInAs } from "./support";

test.use({ locale: "en-GB" });

/** The numbers of a distribution table: levels 1 to 5, not applicable, don't know. */
async function distribution(screen: Page, name: string): Promise<string[]> {
  const table = screen.getByRole("table", { name: `Answers for ${name}` });
  return table.getByRole("cell").allTextContents();
}

test("a facilitator runs a live round with three phones: join, admit, score blind, reveal, second round, agreed level", async ({
  page,
  browser,
}) => {
  // Four browsers, a production server and its database share two cores.
  test.setTimeout(360_000);
  await signInAs(page, "FACILITATOR");
  const { sessionId, wise } = await openSessionWithOneWise(page);
  const code = await startLive(page);

  const names = ["Ana", "Bogdan", "Carmen"];
  const phones: Page[] = [];
  for (const name of names) {
    const phone = await openPhone(browser);
    if (phones.length === 0) {
      // A mistyped code is refused next to the field, and nothing is joined.
      await phone.goto("/join");
      await phone.getByLabel("Session code").fill(code === "AAAAAA" ? "CCC CCC" : "AAA AAA");
      await phone.getByLabel("Your name").fill(name);
      await phone.getByRole("button", { name: "Join" }).click();
      await expect(phone.getByText("No live session has this code.")).toBeVisible();
      await expect(phone.getByLabel("Session code")).toHaveAccessibleDescription(
        /No live session has this code/,
      );
      await expectAccessible(phone);
    }
    await joinAs(phone, code, name);
    await expect(phone.getByText("The facilitator will let you in shortly")).toBeVisible();
    phones.push(phone);
  }

  // The console lists the three waiting guests as they join; one click lets them all in.
  for (const name of names)
    await expect(page.getByRole("listitem").filter({ hasText: name })).toContainText("waiting");
  await page.getByRole("button", { name: "Admit all (3)" }).click();
  for (const phone of phones) await expect(phone.getByText("You are in.")).toBeVisible();

  await page.getByRole("button", { name: `Present ${wise}` }).click();
  for (const phone of phones)
    await expect(phone.getByText(`${wise} is presenting now.`)).toBeVisible();
  await page.getByRole("button", { name: "Open scoring" }).click();
  for (const phone of phones)
    await expect(phone.getByRole("heading", { name: `Score ${wise}` })).toBeVisible();
  await expectAccessible(phones[0]);

  // The room's screen, opened from the console, follows the same stream.
  const [screen] = await Promise.all([
    page.context().waitForEvent("page"),
    page.getByRole("link", { name: "Open the room’s screen (new tab)" }).click(),
  ]);
  await expect(screen.getByTestId("join-code")).toHaveText(`${code.slice(0, 3)} ${code.slice(3)}`);
  await expect(screen.getByRole("img", { name: /QR code to join: .*\/join\?code=/ })).toBeVisible();
  await expect(screen.getByText("0 of 3 have answered")).toBeVisible();

  const [ana, bogdan, carmen] = phones;
  await chooseLevel(ana, "Revenues", 2);
  await chooseLevel(ana, "Turnover", 3);
  await chooseLevel(bogdan, "Revenues", 4);
  await chooseLevel(bogdan, "Turnover", 3);
  await chooseLevel(carmen, "Revenues", 5);
  for (const [phone, criteria] of [
    [ana, ["Revenues", "Turnover"]],
    [bogdan, ["Revenues", "Turnover"]],
    [carmen, ["Revenues"]],
  ] as const)
    for (const criterion of criteria) await expectSaved(phone, criterion);

  // Blind: the facilitator sees how many criteria each answered, never which levels.
  const progress = page.getByRole("table", { name: "Criteria answered by each rater" });
  await expect(progress.getByRole("row", { name: /Ana/ })).toContainText("2 of 18");
  await expect(progress.getByRole("row", { name: /Bogdan/ })).toContainText("2 of 18");
  await expect(progress.getByRole("row", { name: /Carmen/ })).toContainText("1 of 18");
  await expect(page.getByText(/Level [1-5]/)).toHaveCount(0);
  await expect(screen.getByText("3 of 3 have answered")).toBeVisible();

  await page.getByRole("button", { name: "Close scoring" }).click();
  for (const phone of phones)
    await expect(phone.getByText(`Thank you! Scoring of ${wise} is closed.`)).toBeVisible();
  await page.getByRole("button", { name: "Reveal" }).click();

  // Revenues 2, 4, 5 and Turnover 3, 3: levels 2×1, 3×2, 4×1, 5×1 in the category.
  await expect(screen.getByText("3 people answered.")).toBeVisible();
  expect(await distribution(screen, "Entrepreneurial characteristics")).toEqual([
    "0",
    "1",
    "2",
    "1",
    "1",
    "0",
    "0",
  ]);
  const disputed = screen.getByRole("region", { name: "Most disputed criteria" });
  await expect(disputed).toContainText("Revenues");
  await expect(disputed).not.toContainText("Turnover");
  await expectAccessible(screen);
  await expectAccessible(page);

  // Second round on Revenues only.
  await page.getByRole("checkbox", { name: "Revenues", exact: true }).check();
  await page.getByRole("button", { name: "Open second round (1)" }).click();
  for (const phone of phones) {
    await expect(phone.getByText("Second round")).toBeVisible();
    await expect(phoneCriterion(phone, "Revenues")).toBeVisible();
    await expect(phone.getByRole("group")).toHaveCount(1);
  }
  // Their first-round answer is there to change.
  await expect(
    phoneCriterion(ana, "Revenues").getByRole("radio", { name: /^Level 2\b/ }),
  ).toBeChecked();
  // Ana and Bogdan move to level 3; Carmen keeps her 5 by tapping it again.
  await chooseLevel(ana, "Revenues", 3);
  await chooseLevel(bogdan, "Revenues", 3);
  await phoneCriterion(carmen, "Revenues")
    .getByRole("radio", { name: /^Level 5\b/ })
    .click();
  for (const phone of phones) await expectSaved(phone, "Revenues");
  for (const name of names)
    await expect(progress.getByRole("row", { name: new RegExp(name) })).toContainText("1 of 1");

  await page.getByRole("button", { name: "Reveal" }).click();
  await expect(
    page.getByRole("checkbox", { name: "Revenues", exact: true }),
  ).toHaveAccessibleDescription(/1: 0, 2: 0, 3: 2, 4: 0, 5: 1/);
  await page.getByLabel("Agreed level for Revenues", { exact: true }).selectOption("3");
  await page.getByRole("button", { name: "Record the agreed level for Revenues" }).click();
  await expect(page.getByText("Agreed: level 3")).toBeVisible();
  await expect(screen.getByText("Results revealed · second round")).toBeVisible();

  // Ending the live part ends every phone's access.
  await page.getByRole("button", { name: "End live session" }).click();
  await page.getByRole("button", { name: "Yes, end it" }).click();
  for (const phone of phones)
    await expect(phone.getByText("This live session has ended.")).toBeVisible();
  await expect(screen.getByText("The live session has ended. Thank you!")).toBeVisible();
  await page.goto(`/sessions/${sessionId}`);
  await expect(page.getByRole("link", { name: "Run live" })).toBeVisible();
  for (const phone of phones) await phone.context().close();
});
