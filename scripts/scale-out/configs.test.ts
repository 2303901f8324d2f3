import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT_DIR } from "../db/paths";
import { nginxSiteConfig, pgbouncerConfig, SAMPLE_POOLER, SAMPLE_SITE } from "./configs";

const sample = (name: string) => readFileSync(join(ROOT_DIR, "docs", "deploy", name), "utf8");

describe("the deployment samples in docs/deploy", () => {
  it("are the configurations the scale-out tests run, with sample addresses", () => {
    expect(sample("nginx.conf"), "regenerate docs/deploy/nginx.conf from configs.ts").toBe(
      nginxSiteConfig(SAMPLE_SITE),
    );
    expect(sample("pgbouncer.ini"), "regenerate docs/deploy/pgbouncer.ini from configs.ts").toBe(
      pgbouncerConfig(SAMPLE_POOLER),
    );
  });

  it("pass live streams on unbuffered and pool by transaction", () => {
    const events = nginxSiteConfig(SAMPLE_SITE).split("location ~ ^/api/live/sessions/")[1];
    expect(events?.split("}")[0]).toContain("proxy_buffering off;");
    expect(pgbouncerConfig(SAMPLE_POOLER)).toContain("pool_mode = transaction");
  });
});
