import { describe, expect, it } from "vitest";
import { DomainError, failure } from "@/lib/actions/result";
import { ForbiddenError } from "@/lib/auth/permissions";
import {
  isDatabaseUnavailable,
  JSON_WRITE_LIMIT_BYTES,
  liveFailure,
  liveJson,
  liveRoute,
  readJsonWrite,
} from "./respond";

describe("live JSON answers", () => {
  it("a refusal carries its catalogue key, its field and, for a stale save, what is stored", async () => {
    const response = liveFailure({
      ...failure(409, "scoreStale", { level: ["scoreStale"] }),
      current: { level: 4 },
    });
    expect(response.status).toBe(409);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({
      error: "scoreStale",
      field: "level",
      fieldErrors: { level: ["scoreStale"] },
      current: { level: 4 },
    });
  });

  it("success is never cached", () => {
    expect(liveJson({ ok: 1 }).headers.get("cache-control")).toBe("no-store");
  });

  it("turns thrown refusals into their answers, and an unreachable database into 503", async () => {
    const thrown = (error: unknown) =>
      liveRoute(async () => {
        throw error;
      });
    const domain = await thrown(new DomainError(409, "liveScoringClosed"));
    expect([domain.status, await domain.json()]).toEqual([409, { error: "liveScoringClosed" }]);
    const forbidden = await thrown(new ForbiddenError("live.control"));
    expect([forbidden.status, await forbidden.json()]).toEqual([403, { error: "forbidden" }]);
    const down = await thrown(
      Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), {
        code: "ECONNREFUSED",
        syscall: "connect",
      }),
    );
    expect(down.status).toBe(503);
    expect(down.headers.get("retry-after")).toBe("1");
    expect(await down.json()).toEqual({ error: "tryAgain" });
    await expect(thrown(new TypeError("a bug"))).rejects.toThrow("a bug");
  });

  it("recognises a restart's SQLSTATE wherever the driver adapter put it", () => {
    const adapterError = {
      name: "DriverAdapterError",
      cause: { kind: "postgres", originalCode: "57P01", message: "terminating connection" },
    };
    expect(
      isDatabaseUnavailable({ code: "P2010", meta: { driverAdapterError: adapterError } }),
    ).toBe(true);
    expect(isDatabaseUnavailable({ code: "P2002", meta: { target: ["id"] } })).toBe(false);
  });

  it("a body that is not JSON is told apart from a JSON one", async () => {
    const post = (body: string) =>
      new Request("http://x/", {
        method: "POST",
        body,
        headers: { "content-type": "application/json" },
      });
    const bad = await readJsonWrite(post("{bad"), "http://x");
    expect(bad.ok ? null : bad.response.status).toBe(400);
    expect(await readJsonWrite(post('{"a":1}'), "http://x")).toEqual({ ok: true, body: { a: 1 } });
  });

  it("refuses a cross-site form post before reading it", async () => {
    const request = new Request("http://x/", {
      method: "POST",
      body: "code=ABC123",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        origin: "https://evil.example",
        "sec-fetch-site": "cross-site",
      },
    });
    const read = await readJsonWrite(request, "http://x");
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.response.status).toBe(403);
      expect(await read.response.json()).toEqual({ error: "crossSiteRequest" });
    }
  });

  it("refuses a body over the limit with 413, whether it declares its length or not", async () => {
    const huge = JSON.stringify({ comment: "x".repeat(JSON_WRITE_LIMIT_BYTES) });
    const declared = new Request("http://x/", {
      method: "POST",
      body: huge,
      headers: { "content-type": "application/json" },
    });
    const read = await readJsonWrite(declared, "http://x");
    expect(read.ok ? null : [read.response.status, await read.response.json()]).toEqual([
      413,
      { error: "requestTooLarge" },
    ]);
    // Streamed without a length, as a client bypassing the browser may send it.
    const bytes = new TextEncoder().encode(huge);
    const streamed = new Request("http://x/", {
      method: "POST",
      body: new ReadableStream({
        start(controller) {
          for (let at = 0; at < bytes.length; at += 8192)
            controller.enqueue(bytes.subarray(at, at + 8192));
          controller.close();
        },
      }),
      headers: { "content-type": "application/json" },
      duplex: "half",
    } as RequestInit);
    const read2 = await readJsonWrite(streamed, "http://x");
    expect(read2.ok ? null : read2.response.status).toBe(413);
  });

  it("answers a NUL byte that reached PostgreSQL with 400, not a 500", async () => {
    // What @prisma/adapter-pg throws for "WHERE id = 'a\0b'".
    const nul = Object.assign(new Error("Invalid `prisma.user.findUnique()` invocation"), {
      code: "P2039",
      meta: {
        driverAdapterError: {
          cause: {
            originalCode: "22021",
            originalMessage: 'invalid byte sequence for encoding "UTF8": 0x00',
          },
        },
      },
    });
    const answer = await liveRoute(async () => {
      throw nul;
    });
    expect([answer.status, await answer.json()]).toEqual([400, { error: "invalidInput" }]);
  });
});
