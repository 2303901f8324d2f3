import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

test.use({ locale: "en-GB" });

const token = `F${Date.now().toString(36)}`;

test("the WISE form reports every problem in one round, with focus on a summary whose links focus the fields", async ({
  page,
}) => {
  await signInAs(page, "FACILITATOR");
  await page.goto("/wises/new");

  // What each legal check still needs, read from the checks as figures are typed.
  const checks = page.getByTestId("threshold-needs");
  const romania = checks
    .getByRole("listitem")
    .filter({ hasText: "Romania: social insertion enterprise" });
  await expect(romania).toContainText("also needs");
  await expect(romania.getByRole("link", { name: "their share of working time" })).toBeVisible();
  await expect(page.locator("#supportNeedWorkingTimePct-note")).toHaveText(
    "Still needed for: RO insertion",
  );
  await page.getByLabel("Their share of working time (%)").fill("40");
  await expect(romania.getByRole("link", { name: "their share of working time" })).toHaveCount(0);
  // Once given, the figure still says which check it serves.
  await expect(page.locator("#supportNeedWorkingTimePct-note")).toHaveText("Serves: RO insertion");
  await page.getByLabel("Their share of working time (%)").fill("");

  // A missing name and a future year (the fields' own checks) and two rules between fields.
  await page.getByLabel("Year founded").fill(String(new Date().getFullYear() + 1));
  await page.getByLabel("Total employees").fill("5");
  await page.getByLabel("Workers with support needs", { exact: true }).fill("8");
  await page.getByLabel("Sales (%)").fill("80");
  await page.getByLabel("Donations (%)").fill("30");
  await page.getByRole("button", { name: "Register WISE" }).click();

  const summary = page.getByTestId("error-summary");
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText("There are 4 problems to fix");
  await expect(summary.getByRole("link")).toHaveText([
    "Name of the WISE: This field is required.",
    "Year founded: Enter a year from 1800 to this year, like 2012.",
    "Workers with support needs: Workers with support needs cannot be more than the total employees.",
    "Revenue mix: The revenue shares add up to more than 100%.",
  ]);
  await expect(page.getByLabel("Year founded")).toHaveAttribute("aria-invalid", "true");
  await expectAccessible(page);

  await summary.getByRole("link", { name: /^Year founded/ }).click();
  await expect(page.getByLabel("Year founded")).toBeFocused();
  // A rule across a group focuses the group's first box.
  await summary.getByRole("link", { name: /^Revenue mix/ }).click();
  await expect(page.getByLabel("Sales (%)")).toBeFocused();

  // Nothing was saved, and one more round with everything fixed registers the WISE.
  await expect(page).toHaveURL(/\/wises\/new$/);
  await page.getByLabel("Name of the WISE").fill(`${token} Atelierul Unei Runde`);
  await page.getByLabel("Year founded").fill("2015");
  await page.getByLabel("Workers with support needs", { exact: true }).fill("3");
  await page.getByLabel("Donations (%)").fill("20");
  await page.getByRole("button", { name: "Register WISE" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${token} Atelierul Unei Runde`);
});

test("an empty join form says once each that the code and the name are required", async ({
  page,
}) => {
  await page.goto("/join");
  await page.getByRole("button", { name: "Join" }).click();
  await expect(page.getByText("This field is required.", { exact: true })).toHaveCount(2);
  await expect(page.getByText(/No live session has this code/)).toHaveCount(0);
  for (const label of ["Session code", "Your name"]) {
    await expect(page.getByLabel(label, { exact: true })).toHaveAttribute("aria-invalid", "true");
  }
  await expectAccessible(page);
});

test("removing an agenda item asks first; Cancel keeps it, confirming removes it", async ({
  page,
}) => {
  await signInAs(page, "FACILITATOR");
  await page.goto("/sessions/new");
  await page.getByLabel("Title").fill(`${token} agenda`);
  await page.getByLabel("Date and time").fill("2026-12-20T10:00");
  await page.getByLabel("Country").selectOption({ label: "Romania" });
  await page.getByLabel("Evaluation grid").selectOption({ label: "B-WISE grid v2" });
  await page.getByRole("button", { name: "Create the focus group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${token} agenda`);

  await page.getByLabel("Add a WISE of this country to the agenda").selectOption({ index: 0 });
  await page.getByRole("button", { name: "Add to the agenda" }).click();
  const item = page.getByRole("heading", { level: 3, name: /^1\. / });
  await expect(item).toBeVisible();
  const wiseName = ((await item.textContent()) ?? "").replace(/^1\. /, "").split(" · ")[0];

  const remove = page.getByRole("button", { name: `Remove ${wiseName} from the agenda` });
  await remove.click();
  const dialog = page.getByRole("dialog", { name: `Remove ${wiseName} from the agenda?` });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("button", { name: "Cancel" })).toBeFocused();
  await expectAccessible(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(remove).toBeFocused();
  await expect(item).toBeVisible();

  await remove.click();
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(item).toHaveCount(0);
  await expect(page.getByText("No WISE on the agenda yet.", { exact: false })).toBeVisible();
});

test("adding a person clears the form for the next one; removing a person asks first", async ({
  page,
}) => {
  await signInAs(page, "FACILITATOR");
  await page.goto("/sessions/new");
  await page.getByLabel("Title").fill(`${token} people`);
  await page.getByLabel("Date and time").fill("2026-12-21T10:00");
  await page.getByLabel("Country").selectOption({ label: "Romania" });
  await page.getByLabel("Evaluation grid").selectOption({ label: "B-WISE grid v2" });
  await page.getByRole("button", { name: "Create the focus group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${token} people`);

  const email = page.getByLabel("E-mail address");
  await email.fill("participant@wisefocus.example");
  await page.getByRole("button", { name: "Add to the session" }).click();
  await expect(page.getByText("The person was added to the session.")).toBeVisible();
  await expect(email).toHaveValue("");

  const remove = page.getByRole("button", { name: /^Remove: / });
  await remove.click();
  const dialog = page.getByRole("dialog", { name: /from this session\?/ });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Remove" }).click();
  await expect(page.getByText("No co-facilitator or participant yet.")).toBeVisible();
});
