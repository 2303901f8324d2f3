import { expect, test } from "@playwright/test";
import { DEMO_ACCOUNTS } from "../../prisma/seed";
import { openSessionWithOneWise, startLive } from "./live-support";
import { signIn, signInAs } from "./support";

test("a live room is closed to strangers: nobody signed out, and not another country's partner", async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "FACILITATOR");
  const { sessionId } = await openSessionWithOneWise(page);
  await startLive(page);

  const stranger = await browser.newContext({ locale: "en-GB" });
  const anonymous = await stranger.request.get(`/api/live/sessions/${sessionId}/state`);
  expect(anonymous.status()).toBe(401);

  // The session is Romanian: Belgium's partner may not follow it, read its reveal or its console.
  const belgian = DEMO_ACCOUNTS.find((account) => account.email.startsWith("partner.be"));
  if (!belgian) throw new Error("The seed needs Belgium's partner");
  const partnerPage = await stranger.newPage();
  await signIn(partnerPage, belgian);
  for (const path of ["state", "reveal", "events"]) {
    const response = await partnerPage.request.get(`/api/live/sessions/${sessionId}/${path}`);
    expect(response.status(), path).toBe(403);
  }
  const consolePage = await partnerPage.goto(`/sessions/${sessionId}/live`);
  expect(consolePage?.status()).toBe(403);
  await stranger.close();
});
