import type { BrowserContext } from "@playwright/test";
import pg from "pg";

/**
 * An open survey link of the workers' group (the easy-read version, the heaviest answer page):
 * the demo data's when it has one, otherwise a small survey made here (three skills of a bench
 * framework, one Romanian WISE), so the answer pages can be weighed either way.
 */
export async function openWorkerSurveyCode(databaseUrl: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const existing = await client.query<{ code: string }>(
      `SELECT l.code FROM "SurveyLink" l
       JOIN "SurveyWise" sw ON sw.id = l."surveyWiseId"
       JOIN "Survey" s ON s.id = sw."surveyId"
       WHERE s.status = 'OPEN' AND s."opensAt" <= now() AND s."closesAt" > now() AND l."group" = 'WORKER'
       LIMIT 1`,
    );
    if (existing.rows[0]) return existing.rows[0].code;
    await client.query("BEGIN");
    const framework = await client.query<{ id: string }>(
      `INSERT INTO "SkillFramework" (id, name, version) VALUES (gen_random_uuid()::text, 'Bench weight framework', 1)
       RETURNING id`,
    );
    const frameworkId = framework.rows[0]?.id;
    const skills = [
      ["WORKER_TEAMWORK", "WORK", "Working in a team", "I work well with others."],
      ["WORKER_INSTRUCTIONS", "WORK", "Following instructions", "I do what the task asks."],
      [
        "DIGCOMP_4_2",
        "DIGITAL_SAFETY",
        "Protecting personal data and privacy",
        "I keep my passwords secret.",
      ],
    ];
    for (const [position, [code, area, name, easyRead]] of skills.entries()) {
      await client.query(
        `WITH skill AS (
           INSERT INTO "Skill" (id, "frameworkId", code, "group", area, position)
           VALUES (gen_random_uuid()::text, $1, $2, 'WORKER', $3::"SkillArea", $4) RETURNING id)
         INSERT INTO "SkillText" ("skillId", locale, name, "easyRead") SELECT id, 'en', $5, $6 FROM skill`,
        [frameworkId, code, area, position, name, easyRead],
      );
    }
    const survey = await client.query<{ id: string }>(
      `INSERT INTO "Survey" (id, title, "countryCode", "frameworkId", "opensAt", "closesAt", status, "createdById", "updatedAt")
       SELECT gen_random_uuid()::text, 'Bench weight survey', 'RO', $1, now() - interval '1 day',
              now() + interval '30 days', 'OPEN', (SELECT id FROM "User" WHERE role = 'ADMIN' LIMIT 1), now()
       RETURNING id`,
      [frameworkId],
    );
    const code = "BENCHW1";
    await client.query(
      `WITH sw AS (
         INSERT INTO "SurveyWise" (id, "surveyId", "wiseId")
         SELECT gen_random_uuid()::text, $1, (SELECT id FROM "Wise" WHERE "countryCode" = 'RO' LIMIT 1)
         RETURNING id)
       INSERT INTO "SurveyLink" (id, "surveyWiseId", "group", code) SELECT gen_random_uuid()::text, id, 'WORKER', $2 FROM sw`,
      [survey.rows[0]?.id, code],
    );
    await client.query("COMMIT");
    return code;
  } finally {
    await client.end();
  }
}

/** Gives consent on the link's page in this browser context, so its next visit shows the questions. */
export async function consentInBrowser(context: BrowserContext, baseUrl: string, code: string) {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/survey/${code}`);
  await page.locator('input[name="consent"]').check();
  await page.locator('form:has(input[name="consent"]) button[type="submit"]').click();
  await page.locator("[data-testid=save-status]").waitFor({ timeout: 30_000 });
  await page.close();
}
