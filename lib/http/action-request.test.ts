import { describe, expect, it } from "vitest";
import {
  isWellFormedActionReply,
  isWellFormedActionRequest,
  MAX_ACTION_NESTING,
} from "./action-request";

const post = (body: BodyInit) =>
  new Request("http://x/sessions", { method: "POST", body, headers: { "next-action": "ab" } });

describe("server action posts Next can decode", () => {
  it("passes what the app's own pages send", () => {
    // A form action with its previous result; the score grid's object; the sign-out button.
    const previous = { ok: false, status: 400, message: "invalidInput", fieldErrors: {} };
    expect(isWellFormedActionReply(JSON.stringify([previous, "$K1"]))).toBe(true);
    expect(isWellFormedActionReply('[{"level":3,"comment":"$$10 a day","at":"$undefined"}]')).toBe(
      true,
    );
    expect(isWellFormedActionReply("[]")).toBe(true);
    expect(isWellFormedActionReply('["$D2026-12-06T22:00:00.000Z","$n12","$-0","$NaN"]')).toBe(
      true,
    );
    // An object the client met twice is sent once and then referred to by its path.
    expect(isWellFormedActionReply('[{"a":{"b":1},"c":"$0:0:a"}]')).toBe(true);
  });

  it("refuses what Next would answer with a 500", () => {
    for (const body of [
      "not json",
      "{",
      '{"a":1}',
      "123",
      '["$Q1"]',
      '["$@1"]',
      '["$h1"]',
      '["$T"]',
      '["$1:a"]',
      '["$0:a:b"]',
      '["$n1x"]',
      '["$B1"]',
    ]) {
      expect(isWellFormedActionReply(body), body).toBe(false);
    }
    const deep = `${"[".repeat(MAX_ACTION_NESTING + 2)}${"]".repeat(MAX_ACTION_NESTING + 2)}`;
    expect(isWellFormedActionReply(deep)).toBe(false);
  });

  it("reads the arguments from a multipart post's field 0, and refuses one without", async () => {
    const form = (entries: [string, string][]) => {
      const data = new FormData();
      for (const [name, value] of entries) data.append(name, value);
      return data;
    };
    expect(
      await isWellFormedActionRequest(
        post(
          form([
            ["0", '[null,"$K1"]'],
            ["1_name", "A"],
          ]),
        ),
      ),
    ).toBe(true);
    expect(await isWellFormedActionRequest(post(form([["1_name", "A"]])))).toBe(false);
    expect(await isWellFormedActionRequest(post(form([["0", "{"]])))).toBe(false);
    const broken = new Request("http://x/", {
      method: "POST",
      body: "--x\r\nno header end",
      headers: { "content-type": "multipart/form-data; boundary=x" },
    });
    expect(await isWellFormedActionRequest(broken)).toBe(false);
  });

  it("leaves the body for the action to read", async () => {
    const request = post('[{"a":1}]');
    expect(await isWellFormedActionRequest(request)).toBe(true);
    expect(await request.text()).toBe('[{"a":1}]');
  });

  it("refuses multipart headers Next's parser rejects: a control character, over 16 kB", async () => {
    const raw = (name: string) =>
      new Request("http://x/", {
        method: "POST",
        headers: { "next-action": "ab", "content-type": "multipart/form-data; boundary=B0x" },
        body: `--B0x\r\nContent-Disposition: form-data; name="0"\r\n\r\n[null,"$K1"]\r\n--B0x\r\nContent-Disposition: form-data; name="${name}"\r\n\r\nA\r\n--B0x--\r\n`,
      });
    expect(await isWellFormedActionRequest(raw("1_name"))).toBe(true);
    expect(await isWellFormedActionRequest(raw("1_Ș ț"))).toBe(true);
    expect(await isWellFormedActionRequest(raw("1_a\u0000b"))).toBe(false);
    expect(await isWellFormedActionRequest(raw("1_a\u0005b"))).toBe(false);
    expect(await isWellFormedActionRequest(raw(`1_${"x".repeat(17 * 1024)}`))).toBe(false);
  });

  it("refuses more arguments than Next takes", () => {
    expect(isWellFormedActionReply(JSON.stringify(Array(1001).fill(0)))).toBe(false);
  });
});
