import { expect, test } from "@playwright/test";
import { PROBE_MARKER, reportedViolations } from "./csp-violations";
import { signInAs } from "./support";

test.describe("HTTP security", () => {
  test("pages carry the security headers and a fresh nonce on every script", async ({ page }) => {
    const first = await page.goto("/sign-in");
    const headers = first?.headers() ?? {};
    const policy = headers["content-security-policy"] ?? "";
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, "the policy names a nonce").toBeTruthy();
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"]).toContain("camera=()");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["strict-transport-security"]).toContain("max-age=");

    // Every script the page was served with carries this response's nonce; the page still works.
    const scriptNonces = await page
      .locator("script")
      .evaluateAll((scripts) => scripts.map((script) => (script as HTMLScriptElement).nonce));
    expect(scriptNonces.length).toBeGreaterThan(0);
    expect(new Set(scriptNonces)).toEqual(new Set([nonce]));
    await signInAs(page, "FACILITATOR");

    const second = await page.goto("/sign-in");
    const nextNonce = /'nonce-([^']+)'/.exec(second?.headers()["content-security-policy"] ?? "");
    expect(nextNonce?.[1]).not.toBe(nonce);
  });

  test("the live API allows nothing to run or embed it", async ({ request }) => {
    const response = await request.post("/api/live/join", {
      data: { code: "ZZZZZZ", displayName: "Ana" },
    });
    expect(response.headers()["content-security-policy"]).toBe(
      "default-src 'none'; frame-ancestors 'none'",
    );
    expect(response.headers()["x-content-type-options"]).toBe("nosniff");
  });

  test("injected markup cannot run script, and the attempt is reported", async ({ page }) => {
    await page.goto("/sign-in");
    // What an HTML injection would bring: an inline event handler (a <script> inserted by
    // markup never runs anyway). Scripts the app's own code creates stay allowed
    // ('strict-dynamic'), which is how Next loads its chunks.
    await page.evaluate((marker) => {
      document.body.insertAdjacentHTML(
        "beforeend",
        `<img alt="" src="/missing-${marker}.png" onerror="/*${marker}*/window.injected=true">`,
      );
    }, PROBE_MARKER);
    // The report reaches the app, which is how a real violation fails the run.
    await expect
      .poll(() => reportedViolations().some((v) => v.sample.includes(PROBE_MARKER)))
      .toBe(true);
    expect(await page.evaluate(() => (window as { injected?: boolean }).injected)).toBeUndefined();
  });

  test("a form another site makes the browser post is refused", async ({ page, baseURL }) => {
    // A page on another origin, as an attacker's site would be, posting to the live join route.
    await page.route("http://attacker.test/**", (route) =>
      route.fulfill({
        contentType: "text/html",
        body: `<form method="post" action="${baseURL}/api/live/join" enctype="text/plain">
            <input name='{"code":"ABC123","displayName":"x","pad":"' value='"}'>
            <button>Go</button></form>`,
      }),
    );
    await page.goto("http://attacker.test/");
    const [response] = await Promise.all([
      page.waitForResponse((candidate) => candidate.url().endsWith("/api/live/join")),
      page.getByRole("button", { name: "Go" }).click(),
    ]);
    expect(response.status()).toBe(403);
    expect(await response.json()).toEqual({ error: "crossSiteRequest" });
  });
});
