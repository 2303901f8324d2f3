import { describe, expect, it } from "vitest";
import { refuseUnsafeWrite } from "./same-origin";

const APP = "https://wise.example.org";

function post(headers: Record<string, string>, url = `${APP}/api/live/scores`) {
  return new Request(url, { method: "POST", headers, body: "{}" });
}

describe("state-changing route handlers accept only same-origin JSON", () => {
  it("accepts JSON from the app's own pages", () => {
    const request = post({
      "content-type": "application/json; charset=utf-8",
      origin: APP,
      "sec-fetch-site": "same-origin",
    });
    expect(refuseUnsafeWrite(request, APP)).toBeNull();
  });

  it("accepts JSON from a client that says nothing of where it comes from (a script)", () => {
    expect(refuseUnsafeWrite(post({ "content-type": "application/json" }), APP)).toBeNull();
  });

  it("refuses a form another site makes the browser post", () => {
    const request = post({
      "content-type": "application/x-www-form-urlencoded",
      origin: "https://evil.example",
      "sec-fetch-site": "cross-site",
    });
    expect(refuseUnsafeWrite(request, APP)).toEqual({ status: 403, error: "crossSiteRequest" });
  });

  it("refuses a sibling subdomain and an opaque origin", () => {
    const sibling = post({ "content-type": "application/json", "sec-fetch-site": "same-site" });
    expect(refuseUnsafeWrite(sibling, APP)?.status).toBe(403);
    const opaque = post({ "content-type": "application/json", origin: "null" });
    expect(refuseUnsafeWrite(opaque, APP)?.status).toBe(403);
  });

  it("refuses a cross-origin request from an old browser without Sec-Fetch-Site", () => {
    const request = post({ "content-type": "application/json", origin: "https://evil.example" });
    expect(refuseUnsafeWrite(request, APP)).toEqual({ status: 403, error: "crossSiteRequest" });
  });

  it("refuses a same-origin write that is not JSON", () => {
    for (const type of ["text/plain", "multipart/form-data; boundary=x", ""]) {
      const request = post(type ? { "content-type": type, origin: APP } : { origin: APP });
      expect(refuseUnsafeWrite(request, APP)).toEqual({ status: 415, error: "jsonRequired" });
    }
  });

  it("accepts the address the request was made to when it differs from APP_URL (a LAN address)", () => {
    const request = post(
      { "content-type": "application/json", origin: "http://192.168.1.20:3000" },
      "http://192.168.1.20:3000/api/live/join",
    );
    expect(refuseUnsafeWrite(request, APP)).toBeNull();
  });
});
