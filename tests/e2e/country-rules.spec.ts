import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./support";

test.use({ locale: "en-GB" });

const token = `CR${Date.now().toString(36)}`;

test("the WISE form asks the facts of the chosen country's rules, and the page shows each rule's result with its act", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signInAs(page, "ADMIN");
  await page.goto("/wises/new");
  const facts = page.getByRole("group", { name: "Facts for the national rules" });

  // Belgium: the region decides the law; Flanders' decree reads FTE, Wallonia has no share.
  await page.getByLabel("Country").selectOption({ label: "Belgium" });
  await expect(facts.getByLabel("Region whose law applies")).toBeVisible();
  await expect(facts.getByLabel("Workers with support needs in FTE")).toBeVisible();
  await facts.getByLabel("Region whose law applies").selectOption({ label: "Wallonia" });
  await expect(facts.getByLabel("Workers with support needs in FTE")).toHaveCount(0);
  await facts.getByLabel("Region whose law applies").selectOption({ label: "Flanders" });
  await expect(page.locator("#supportNeedFte-note")).toHaveText(
    "Still needed for: BE-VLG maatwerk",
  );

  // Latvia: only a limited liability company distributing no profit; "cannot tell yet" names what is missing.
  await page.getByLabel("Country").selectOption({ label: "Latvia" });
  await expect(facts.getByLabel("Workers with support needs in FTE")).toHaveCount(0);
  const latvia = page
    .getByTestId("threshold-needs")
    .getByRole("listitem")
    .filter({ hasText: "Latvia: social enterprise" });
  await expect(latvia.getByRole("link", { name: "legal form" })).toBeVisible();
  await page.getByLabel("Name of the WISE").fill(`${token} Darbnīca`);
  await facts
    .getByLabel("Legal form (as the national rules know it)")
    .selectOption({ label: "Limited liability company (SIA)" });
  await expect(page.locator("#legalFormCode-note")).toHaveText("Serves: LV social ent.");
  await page.getByLabel("Total employees").fill("10");
  await page.getByLabel("Workers with support needs", { exact: true }).fill("5");
  await facts.getByLabel("Share of profit distributed to members or owners (%)").fill("0");
  await expect(latvia).not.toContainText("also needs");
  await expectAccessible(page);
  await page.getByRole("button", { name: "Register WISE" }).click();

  // Exactly 10 staff is held to "more than 50%": 5 of 10 does not meet it, shown as unverified.
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`${token} Darbnīca`);
  // The profile lists the facts the Latvian rules read, as the form asked them.
  const legalForm = page
    .locator("div")
    .filter({ has: page.getByText("Legal form (as the national rules know it)", { exact: true }) });
  await expect(legalForm.getByText("Limited liability company (SIA)")).toBeVisible();
  const checks = page.getByTestId("rule-checks");
  const rule = checks.getByRole("listitem").filter({ hasText: "Latvia: social enterprise" });
  await expect(rule.getByText("Does not meet it")).toBeVisible();
  await expect(rule.getByText("Unverified", { exact: true })).toBeVisible();
  await expect(rule).toContainText("Sociālā uzņēmuma likums");
  await expect(rule).toContainText("50%, needs more than 50%");
  const eu = checks.getByRole("listitem").filter({ hasText: "EU: reserved public contracts" });
  await expect(eu.getByText("Meets it")).toBeVisible();
  await expect(eu).toContainText("Directive 2014/24/EU, art. 20(1)");
  await expectAccessible(page);
});
