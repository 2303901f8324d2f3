import { expect, type Page, test } from "@playwright/test";
import { runFactoryScript } from "./factories";
import { chooseLanguage } from "./language";
import { expectAccessible, signIn } from "./support";

test.use({ locale: "en-GB" });
// One set of data for the whole file, made once: the tests run in order in one worker.
test.describe.configure({ mode: "serial" });

type Account = { email: string; password: string; name: string };
type Session = { id: string; title: string; agendaItemId: string };
type HomeData = {
  accounts: Record<"facilitator" | "partner" | "participant" | "admin" | "idle", Account>;
  sessions: Record<
    "toOpen" | "scoring" | "awaiting" | "changes" | "ready" | "belgian" | "published" | "imported",
    Session
  >;
  invited: { id: string; name: string };
};

let data: HomeData;
test.beforeAll(() => {
  data = runFactoryScript<HomeData>("tests/e2e/home-data.ts", {
    token: `H${Date.now().toString(36)}`,
  });
});

/** A waiting section, named by its heading: "<title> (<count>)". */
const section = (page: Page, title: string) =>
  page.getByRole("region", { name: new RegExp(`^${title} \\(\\d+\\)$`) });

async function countIn(page: Page, title: string): Promise<number> {
  const heading = await page
    .getByRole("heading", { name: new RegExp(`^${title} \\(`) })
    .textContent();
  return Number(/\((\d+)\)/.exec(heading ?? "")?.[1]);
}

const homeLink = (page: Page) =>
  page
    .getByRole("navigation", { name: /Main|Principal/ })
    .getByRole("link")
    .first();

test("a facilitator sees their sessions by next step and goes to each job", async ({ page }) => {
  const { sessions } = data;
  await signIn(page, data.accounts.facilitator);
  await expect(page.getByRole("heading", { level: 2, name: "Waiting for you" })).toBeVisible();
  const expected: [string, Session][] = [
    ["To open", sessions.toOpen],
    ["Scoring in progress", sessions.scoring],
    ["Changes requested", sessions.changes],
    ["Ready to publish", sessions.ready],
    ["Closed, awaiting the partner", sessions.awaiting],
  ];
  for (const [title, session] of expected) {
    await expect(
      section(page, title).getByRole("link", { name: session.title, exact: true }),
    ).toBeVisible();
    expect(await countIn(page, title), title).toBe(1);
  }
  await expect(page.getByRole("link", { name: sessions.belgian.title, exact: true })).toHaveCount(
    0,
  );
  // Waiting for the partner is not the facilitator's job: four of the five are counted.
  await expect(homeLink(page)).toHaveAccessibleName("Home 4 waiting");
  await expectAccessible(page);

  await section(page, "Ready to publish")
    .getByRole("link", { name: sessions.ready.title, exact: true })
    .click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${sessions.ready.id}/review$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sessions.ready.title);

  await homeLink(page).click();
  await page.getByRole("link", { name: `Run live: ${sessions.scoring.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${sessions.scoring.id}/live$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(sessions.scoring.title);
});

test("the Romanian partner sees their country's sessions to review, not Belgium's", async ({
  page,
}) => {
  const { sessions } = data;
  await signIn(page, data.accounts.partner);
  const toReview = section(page, "Awaiting your review");
  await expect(
    toReview.getByRole("link", { name: sessions.awaiting.title, exact: true }),
  ).toBeVisible();
  await expect(
    section(page, "You asked for changes").getByRole("link", {
      name: sessions.changes.title,
      exact: true,
    }),
  ).toBeVisible();
  for (const elsewhere of [sessions.belgian, sessions.ready, sessions.scoring])
    await expect(page.getByRole("link", { name: elsewhere.title, exact: true })).toHaveCount(0);
  // Other specs close Romanian sessions too: the menu counts exactly what the list counts.
  const waiting = await countIn(page, "Awaiting your review");
  await expect(homeLink(page)).toHaveAccessibleName(`Home ${waiting} waiting`);
  await expect(page.getByText(/prepare a focus group/i)).toHaveCount(0);
  await expectAccessible(page);

  await toReview.getByRole("link", { name: sessions.awaiting.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/sessions/${sessions.awaiting.id}/review$`));
  await expect(page.getByRole("button", { name: "Approve the results" })).toBeVisible();
});

test("a participant sees the invitation to score and the published summary, in English and Romanian", async ({
  page,
}) => {
  const { sessions } = data;
  await signIn(page, data.accounts.participant);
  const invitation = section(page, "Invitations to score");
  await expect(
    invitation.getByRole("link", { name: sessions.scoring.title, exact: true }),
  ).toBeVisible();
  await expect(invitation).toContainText("1 of 1 WISEs still to start");
  await expect(
    section(page, "Summaries published for you").getByRole("link", {
      name: sessions.published.title,
      exact: true,
    }),
  ).toBeVisible();
  await expect(homeLink(page)).toHaveAccessibleName("Home 2 waiting");
  await expect(page.getByText(/prepare a focus group/i)).toHaveCount(0);
  await expectAccessible(page);

  await invitation.getByRole("link", { name: sessions.scoring.title, exact: true }).click();
  await expect(page).toHaveURL(
    new RegExp(`/sessions/${sessions.scoring.id}/score/${sessions.scoring.agendaItemId}$`),
  );
  await homeLink(page).click();
  await page.getByRole("link", { name: sessions.published.title, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/summaries/${sessions.published.id}$`));

  await homeLink(page).click();
  await chooseLanguage(page, "ro");
  await expect(page.getByRole("heading", { level: 2, name: "Vă așteaptă" })).toBeVisible();
  await expect(
    section(page, "Invitații de evaluare").getByRole("link", {
      name: sessions.scoring.title,
      exact: true,
    }),
  ).toBeVisible();
  await expect(section(page, "Invitații de evaluare")).toContainText(
    "1 din 1 întreprinderi încă neîncepute",
  );
  await expect(section(page, "Rezumate publicate pentru dvs.")).toContainText("Publicat la");
  await expect(homeLink(page)).toHaveAccessibleName("Acasă 2 în așteptare");
  await expectAccessible(page);
  await chooseLanguage(page, "en");
  await expect(page.getByRole("heading", { level: 2, name: "Waiting for you" })).toBeVisible();
});

test("a participant with nothing waiting is told so, and the menu shows no count", async ({
  page,
}) => {
  await signIn(page, data.accounts.idle);
  await expect(
    page.getByText(/^Nothing is waiting for you\. When a facilitator invites/),
  ).toBeVisible();
  await expect(homeLink(page)).toHaveAccessibleName("Home");
});

test("an admin sees pending invitations and imports and opens the invited account", async ({
  page,
}) => {
  const { sessions, invited } = data;
  await signIn(page, data.accounts.admin);
  const invitations = section(page, "Invitations not yet accepted");
  await expect(invitations.getByRole("link", { name: invited.name, exact: true })).toBeVisible();
  await expect(invitations).toContainText("Link valid until");
  await expect(
    section(page, "Imported sessions to review").getByRole("link", {
      name: sessions.imported.title,
      exact: true,
    }),
  ).toBeVisible();
  const waiting =
    (await countIn(page, "Invitations not yet accepted")) +
    (await countIn(page, "Imported sessions to review"));
  await expect(homeLink(page)).toHaveAccessibleName(`Home ${waiting} waiting`);
  await expectAccessible(page);

  await invitations.getByRole("link", { name: invited.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/users/${invited.id}$`));
});
