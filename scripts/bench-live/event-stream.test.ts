import { describe, expect, it } from "vitest";
import { parseEventBlock, readEventStream, takeBlocks } from "./event-stream";

describe("parseEventBlock", () => {
  it("reads the event name and joins data lines", () => {
    expect(parseEventBlock('event: state\ndata: {"a":1}')).toEqual({
      event: "state",
      data: '{"a":1}',
    });
    expect(parseEventBlock("data: one\ndata:two")).toEqual({ event: "message", data: "one\ntwo" });
  });

  it("ignores comments, so a keep-alive is no event", () => {
    expect(parseEventBlock(": keep-alive")).toBeNull();
    expect(parseEventBlock(": hi\nevent: ended\ndata: {}")).toEqual({ event: "ended", data: "{}" });
  });
});

describe("takeBlocks", () => {
  it("keeps an unfinished block for the next chunk", () => {
    expect(takeBlocks("event: a\ndata: 1\n\nevent: b\nda")).toEqual({
      blocks: ["event: a\ndata: 1"],
      rest: "event: b\nda",
    });
  });

  it("accepts CRLF line ends", () => {
    expect(takeBlocks("data: 1\r\n\r\n").blocks).toEqual(["data: 1"]);
  });
});

describe("readEventStream", () => {
  it("yields events split across chunks at any byte", async () => {
    const text = 'event: snapshot\ndata: {"ș":1}\n\n: ping\n\nevent: state\ndata: 2\n\n';
    const bytes = new TextEncoder().encode(text);
    const body = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < bytes.length; i += 3) controller.enqueue(bytes.slice(i, i + 3));
        controller.close();
      },
    });
    const events = [];
    for await (const { event, data } of readEventStream(body)) events.push({ event, data });
    expect(events).toEqual([
      { event: "snapshot", data: '{"ș":1}' },
      { event: "state", data: "2" },
    ]);
  });
});
