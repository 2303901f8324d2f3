import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import type { BrowserContext } from "@playwright/test";

export type PageWeight = {
  /** Compressed bytes of the script files the page loaded. */
  filesGzip: number;
  /** The same, brotli-compressed (quality 11, as servers precompress static files). */
  filesBrotli: number;
  /** Compressed bytes of the inline scripts: React's server payload, messages included. */
  inlineGzip: number;
  files: number;
  /** Each script file's address and compressed size, largest first, for `--details`. */
  details: { url: string; gzip: number; brotli: number }[];
};

/** Long enough for lazily loaded chunks to arrive; the live pages never go network-idle (SSE). */
const SETTLE_MS = 2000;

/**
 * Loads a page in a fresh tab and adds up the JavaScript it ships, each part gzip-compressed
 * here (level 6, as servers and CDNs do) so that the figure does not depend on whether this server
 * compresses.
 */
export async function measurePage(context: BrowserContext, url: string): Promise<PageWeight> {
  const page = await context.newPage();
  const bodies: Promise<{ url: string; body: Buffer } | null>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    bodies.push(
      response.body().then(
        (body) => ({ url: response.url(), body }),
        () => null,
      ),
    );
  });
  const answer = await page.goto(url, { waitUntil: "load" });
  if (!answer || answer.status() >= 400) {
    throw new Error(`${url} answered ${answer?.status() ?? "nothing"}`);
  }
  await page.waitForTimeout(SETTLE_MS);
  const inline = await page.$$eval("script:not([src])", (scripts) =>
    scripts.map((script) => script.textContent ?? ""),
  );
  const details = (await Promise.all(bodies))
    .filter((file) => file !== null)
    .map((file) => ({
      url: new URL(file.url).pathname,
      gzip: gzipSync(file.body).length,
      brotli: brotliCompressSync(file.body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11 },
      }).length,
    }))
    .sort((a, b) => b.gzip - a.gzip);
  await page.close();
  return {
    filesGzip: details.reduce((sum, file) => sum + file.gzip, 0),
    filesBrotli: details.reduce((sum, file) => sum + file.brotli, 0),
    inlineGzip: gzipSync(Buffer.from(inline.join("\n"))).length,
    files: details.length,
    details,
  };
}
