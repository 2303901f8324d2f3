import { type APIRequestContext, expect, test } from "@playwright/test";

test.use({ locale: "en-GB" });

/** Fetches as a signed-out visitor; a redirect (to the sign-in page) would fail the checks. */
async function fetchPublic(request: APIRequestContext, path: string) {
  const response = await request.get(path, { maxRedirects: 0 });
  expect(response.status(), `${path} for a signed-out visitor`).toBe(200);
  return response;
}

/** The width and height a PNG declares in its IHDR chunk. */
function pngSize(bytes: Buffer) {
  expect(bytes.subarray(1, 4).toString("ascii")).toBe("PNG");
  return `${bytes.readUInt32BE(16)}x${bytes.readUInt32BE(20)}`;
}

type Manifest = {
  name: string;
  short_name: string;
  start_url: string;
  display: string;
  theme_color: string;
  background_color: string;
  icons: { src: string; sizes: string; type: string; purpose?: string }[];
};

test("a signed-out phone gets the join page's manifest and icons, to keep it on the home screen", async ({
  page,
  request,
}) => {
  await page.goto("/join");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute("href");
  expect(manifestHref).toBe("/manifest.webmanifest");
  await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#005f5a");

  const manifestResponse = await fetchPublic(request, "/manifest.webmanifest");
  expect(manifestResponse.headers()["content-type"]).toMatch(/^application\/manifest\+json/);
  const manifest = (await manifestResponse.json()) as Manifest;
  expect(manifest).toMatchObject({
    name: "WISE Focus",
    start_url: "/join",
    display: "standalone",
    theme_color: "#005f5a",
  });
  expect(manifest.short_name.length).toBeLessThanOrEqual(12);
  // An installable app needs a 192 and a 512 icon; Android crops a maskable one to its shape.
  const pngIcons = manifest.icons.filter((icon) => icon.type === "image/png");
  expect(pngIcons.map((icon) => icon.sizes)).toEqual(
    expect.arrayContaining(["192x192", "512x512"]),
  );
  expect(manifest.icons.some((icon) => icon.purpose === "maskable")).toBe(true);
  for (const icon of manifest.icons) {
    const response = await fetchPublic(request, icon.src);
    expect(response.headers()["content-type"]).toContain(icon.type);
    if (icon.type === "image/png") expect(pngSize(await response.body())).toBe(icon.sizes);
  }

  // What the page links for tabs and for iOS's home screen is served too.
  const links = page.locator('link[rel="icon"], link[rel="apple-touch-icon"]');
  const hrefs = await links.evaluateAll((elements) =>
    elements.map((element) => element.getAttribute("href") ?? ""),
  );
  expect(hrefs).toEqual(
    expect.arrayContaining(["/favicon.ico", "/icon.svg", "/apple-touch-icon.png"]),
  );
  const types: Record<string, RegExp> = {
    "/favicon.ico": /^image\/(x-icon|vnd\.microsoft\.icon)/,
    "/icon.svg": /^image\/svg\+xml/,
    "/apple-touch-icon.png": /^image\/png/,
  };
  for (const href of hrefs) {
    const response = await fetchPublic(request, href);
    expect(response.headers()["content-type"]).toMatch(types[href] ?? /^image\//);
  }
  expect(pngSize(await (await fetchPublic(request, "/apple-touch-icon.png")).body())).toBe(
    "180x180",
  );
});
