import { expect, type Page, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

test.use({ locale: "en-GB" });

/** Every criterion of the grid is a fieldset named "<criterion> (weight …)". */
const criteria = (page: Page) => page.getByRole("group", { name: /\(weight/ });

/** The level each criterion gets: varied, with one "not applicable" and one "don't know". */
function answerFor(index: number): RegExp {
  if (index === 4) return /^Not applicable/;
  if (index === 9) return /^Don.t know/;
  return new RegExp(`^Level ${(index % 5) + 1}`);
}

async function scoreWholeGrid(page: Page) {
  const groups = criteria(page);
  await expect(groups).toHaveCount(18);
  for (let index = 0; index < 18; index++) {
    const group = groups.nth(index);
    await group.getByRole("radio", { name: answerFor(index) }).check();
    await expect(group.getByRole("status")).toHaveText(/Saved/);
  }
}

async function expectWholeGridAsScored(page: Page) {
  const groups = criteria(page);
  await expect(groups).toHaveCount(18);
  for (let index = 0; index < 18; index++) {
    await expect(groups.nth(index).getByRole("radio", { name: answerFor(index) })).toBeChecked();
  }
}

test("a facilitator runs a whole focus group: register, prepare, score, classify, close", async ({
  page,
}) => {
  test.setTimeout(300_000);
  const token = `J${Date.now().toString(36)}`;
  const formWise = `${token} Cooperativa Verde`;
  const importedWise = `${token} Școala de Meserii`;
  await signInAs(page, "FACILITATOR");

  // One WISE through the form, with a productive profile.
  await page.goto("/wises/new");
  await page.getByLabel("Name of the WISE").fill(formWise);
  await page.getByLabel("Region").fill("Brașov");
  await page.getByLabel("Integration mode").selectOption({ label: "Permanent employment" });
  // Every fact the classification reads is given (a blank is "not known", not 0).
  await page.getByLabel("Production of goods and services").fill("80");
  await page.getByLabel("Training", { exact: true }).fill("0");
  await page.getByLabel("Social support").fill("20");
  await page.getByLabel("Placement in the open labour market").fill("0");
  await page.getByLabel("Sales (%)").fill("75");
  await page.getByLabel("Public contracts (%)").fill("0");
  await page.getByLabel("Subsidies (%)").fill("25");
  await page.getByLabel("Donations (%)").fill("0");
  await page.getByRole("button", { name: "Register WISE" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(formWise);

  // One WISE from a file, with a vocational-training profile.
  await page.goto("/wises/import");
  const csv = [
    "name,country,region,integration_mode,production_weight,training_weight,social_support_weight,placement_weight,sales_pct,public_contracts_pct,subsidies_pct,donations_pct",
    `${importedWise},RO,Sibiu,TRANSITIONAL,0,70,0,30,10,30,60,0`,
  ].join("\n");
  await page.getByLabel("CSV or Excel file").setInputFiles({
    name: "wises.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(csv, "utf-8"),
  });
  await page.getByRole("button", { name: "Check the file" }).click();
  await page.getByRole("button", { name: "Import 1 WISE" }).click();
  await expect(page.getByText("1 WISE was imported.")).toBeVisible();

  // Prepare the session from the list's own link: details, then both WISEs on the agenda, then
  // open scoring.
  await page.goto("/sessions");
  await expectAccessible(page);
  await page.getByRole("link", { name: "New focus group" }).click();
  await expect(page).toHaveURL(/\/sessions\/new$/);
  await expectAccessible(page);
  await page.getByLabel("Title").fill(`${token} focus group`);
  await page.getByLabel("Date and time").fill("2026-12-10T10:00");
  await page.getByLabel("Country").selectOption({ label: "Romania" });
  await page.getByLabel("Place").fill("Brașov");
  await page.getByLabel("Evaluation grid").selectOption({ label: "B-WISE grid v2" });
  await page.getByLabel("RISE Romania (Romania)").check();
  await page.getByRole("button", { name: "Create the focus group" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${token} focus group`);
  const sessionUrl = page.url();
  const picker = page.getByLabel("Add a WISE of this country to the agenda");
  for (const [name, region] of [
    [formWise, "Brașov"],
    [importedWise, "Sibiu"],
  ]) {
    await picker.selectOption({ label: `${name} (${region})` });
    await page.getByRole("button", { name: "Add to the agenda" }).click();
    await expect(page.getByRole("heading", { level: 3, name: new RegExp(name) })).toBeVisible();
  }
  await page.getByRole("button", { name: "Open scoring" }).click();
  await expect(page.getByText("Open for scoring", { exact: true })).toBeVisible();
  await expectAccessible(page);

  // Score both WISEs on the full grid; a reload shows exactly what was saved.
  const scorePages: string[] = [];
  for (const name of [formWise, importedWise]) {
    await page.goto(sessionUrl);
    await page.getByRole("link", { name: `Score ${name}` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Score ${name}`);
    await scoreWholeGrid(page);
    await expect(page.getByText("Overall: 18 of 18 answered", { exact: false })).toBeVisible();
    await expectAccessible(page);
    scorePages.push(page.url());
    await page.reload();
    await expectWholeGridAsScored(page);
  }

  // Classify each: the suggestion explains itself; the agreed model may differ from it.
  const decisions = [
    { name: formWise, suggested: "Productive", agreed: /^Productive/, shown: "Productive" },
    {
      name: importedWise,
      suggested: "Vocational training",
      agreed: /^Specialised in placement/,
      shown: "Specialised in placement",
    },
  ];
  for (const [index, decision] of decisions.entries()) {
    await page.goto(sessionUrl);
    await page.getByRole("link", { name: "Classify" }).nth(index).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      `Which model fits ${decision.name}?`,
    );
    await expect(
      page.getByRole("heading", { name: `Suggested model: ${decision.suggested}` }),
    ).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("radio", { name: decision.agreed }).check();
    await page.getByLabel("Rationale").fill("Agreed by the group after the presentation.");
    await page.getByRole("button", { name: "Save the decision" }).click();
    await expect(
      page.getByRole("heading", { name: `Agreed model: ${decision.shown}` }),
    ).toBeVisible();
  }

  // Close the session: scores are locked, and still all there.
  await page.goto(sessionUrl);
  await expect(page.getByText("Agreed model: Productive")).toBeVisible();
  await expect(page.getByText("Agreed model: Specialised in placement")).toBeVisible();
  await page.getByRole("button", { name: "Close the session and lock scores" }).click();
  await expect(page.getByText("Closed", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: `Score ${formWise}` })).toHaveCount(0);
  await expectAccessible(page);
  for (const url of scorePages) {
    await page.goto(url);
    await expectWholeGridAsScored(page);
    await expect(criteria(page).first().getByRole("radio").first()).toBeDisabled();
  }
});
