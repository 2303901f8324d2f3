import { describe, expect, it } from "vitest";
import { ATTACHMENT_POST_LIMIT_BYTES } from "../attachments/limits";
import { FORM_POST_LIMIT_BYTES, refuseOversizeBody } from "./body-limit";

const post = (headers: Record<string, string>, path = "/admin/import") =>
  refuseOversizeBody("POST", path, new Headers(headers));

describe("form posts over the limit", () => {
  it("are refused with 413 when they declare more than the limit, and let through otherwise", () => {
    expect(post({ "content-length": String(FORM_POST_LIMIT_BYTES + 1) })).toEqual({
      status: 413,
      error: "requestTooLarge",
    });
    expect(post({ "content-length": String(FORM_POST_LIMIT_BYTES) })).toBeNull();
    expect(refuseOversizeBody("GET", "/admin/import", new Headers())).toBeNull();
  });

  it("must declare their length when they stream, and route handlers are left to themselves", () => {
    expect(post({ "transfer-encoding": "chunked" })).toEqual({
      status: 411,
      error: "lengthRequired",
    });
    expect(post({ "content-length": "lots" })).toMatchObject({ status: 411 });
    expect(post({ "content-length": "99999999" }, "/api/sessions/x/bundle")).toBeNull();
  });
});

describe("attachment uploads", () => {
  it("may post up to the attachment limit on a case study's pages, and no more", () => {
    const large = { "content-length": String(ATTACHMENT_POST_LIMIT_BYTES) };
    expect(post(large, "/case-studies/cs1/attachments")).toBeNull();
    expect(post(large, "/case-studies/cs1")).toBeNull();
    expect(
      post({ "content-length": String(ATTACHMENT_POST_LIMIT_BYTES + 1) }, "/case-studies/cs1"),
    ).toEqual({ status: 413, error: "attachmentPostTooLarge" });
  });

  it("do not lift the limit of any other page", () => {
    const large = { "content-length": String(FORM_POST_LIMIT_BYTES + 1) };
    expect(post(large, "/case-studies/cs1/edit")).toMatchObject({ status: 413 });
    expect(post(large, "/case-studies")).toMatchObject({ status: 413 });
    expect(post(large, "/wises/import")).toMatchObject({ error: "requestTooLarge" });
  });
});
