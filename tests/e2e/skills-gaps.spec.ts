import { expect, test } from "@playwright/test";
import { runFactoryScript } from "./factories";
import { expectAccessible, signIn } from "./support";

test.use({ locale: "en-GB" });
test.describe.configure({ mode: "serial" });

type SkillsData = {
  partner: { email: string; password: string };
  surveyId: string;
  wiseId: string;
  wiseName: string;
  offerTitle: string;
  skills: { digital: string; strategy: string };
};

let data: SkillsData;
test.beforeAll(() => {
  data = runFactoryScript<SkillsData>("tests/e2e/skills-gaps-data.ts", {
    token: `K${Date.now().toString(36)}`,
  });
});

test("a partner reads a survey's gap map, then adopts and follows a WISE's plan", async ({
  page,
}) => {
  await signIn(page, data.partner);
  await page.goto(`/surveys/${data.surveyId}/gaps`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Gap map");
  // The heatmap is a table: the enablers' row, the digital column, the mean gap as a number.
  const heatmap = page.getByTestId("gap-heatmap");
  await expect(
    heatmap.getByRole("columnheader", { name: "Digital: information and data" }),
  ).toBeVisible();
  const enablers = heatmap.getByRole("row", { name: /Enablers/ });
  // Importance 5, mastery 1 (rescaled 1): a gap of 4.00 for the digital skill.
  await expect(enablers.getByRole("cell").first()).toHaveText(/\d\.\d\d/);
  await expect(page.getByRole("cell", { name: "Concentrate here" }).first()).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("link", { name: `Plan for ${data.wiseName}` }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(data.wiseName);
  await expect(page.getByText(data.offerTitle)).toBeVisible();
  await expect(page.getByText(/Matched because it addresses DIGCOMP_1_1/)).toBeVisible();
  await expect(page.getByText(/Unmet: no offer addresses this skill/)).toBeVisible();
  await expectAccessible(page);

  await page.getByRole("button", { name: "Adopt this plan" }).click();
  await expect(page.getByTestId("plan-progress")).toHaveText("0 of 2 actions done");
  const firstAction = page.getByRole("form", { name: new RegExp(data.skills.digital) });
  await firstAction.getByLabel("Status").selectOption("DONE");
  await firstAction.getByLabel("Owner (a role, not a name)").fill("HR manager");
  await firstAction.getByRole("button", { name: "Save" }).click();
  await expect(firstAction.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByTestId("plan-progress")).toHaveText("1 of 2 actions done");
  await expect(page.getByRole("button", { name: "Adopt this plan" })).toHaveCount(0);
  await expectAccessible(page);
});

test("the country map, the unmet gaps and the offers catalogue, with a refused empty offer", async ({
  page,
}) => {
  await signIn(page, data.partner);
  await page.goto("/skills/gaps");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Skills gap map: Romania");
  await expect(page.getByTestId("gap-heatmap")).toBeVisible();
  await expectAccessible(page);

  await page.goto("/skills/gaps/unmet");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Most frequent unmet gaps");
  await expectAccessible(page);

  await page.goto("/skills/offers");
  await expect(page.getByRole("row", { name: new RegExp(data.offerTitle) })).toBeVisible();
  await page.getByRole("button", { name: "Save the offer" }).click();
  await expect(page.getByText("This field is required.").first()).toBeVisible();
  await expectAccessible(page);
});
