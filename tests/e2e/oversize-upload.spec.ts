import { expect, test } from "@playwright/test";
import { signInAs } from "./support";

/** Just over the 4 MB that a form post may carry (lib/http/body-limit.ts). */
const OVERSIZE = 4 * 1024 * 1024 + 1024;

test.describe("a post over the size limit", () => {
  test("the bundle upload, posted past the browser's own size check, gets a 413 the reader can read", async ({
    page,
  }) => {
    await signInAs(page, "ADMIN");
    await page.goto("/admin/import");
    // The form's own fields (the server action's reference among them), with a file the page
    // would not send: as a script or a tampered page posts it.
    const answer = await page.evaluate(async (size) => {
      const form = document.querySelector("form[enctype], form") as HTMLFormElement;
      const body = new FormData(form);
      body.set("file", new File([new Uint8Array(size)], "huge.json", { type: "application/json" }));
      const response = await fetch(location.pathname, { method: "POST", body });
      return { status: response.status, text: await response.text() };
    }, OVERSIZE);
    expect(answer.status).toBe(413);
    expect(answer.text).toContain("larger than 4 MB");
    // The page still works afterwards: nothing broke on the server.
    await page.reload();
    await expect(page.getByRole("heading", { name: "Import a session bundle" })).toBeVisible();
  });

  test("a server action post with a huge body is refused in Romanian for a Romanian reader", async ({
    request,
  }) => {
    const response = await request.post("/wises/import", {
      headers: { "Next-Action": "0".repeat(42), "Accept-Language": "ro-RO,ro;q=0.9" },
      multipart: {
        file: { name: "mare.csv", mimeType: "text/csv", buffer: Buffer.alloc(OVERSIZE, 65) },
      },
    });
    expect(response.status()).toBe(413);
    expect(await response.text()).toContain("depășește 4 MB");
  });
});
