import { describe, expect, it } from "vitest";
import { formatSseEvent, openSseStream } from "./sse";

async function readAll(response: Response): Promise<string> {
  return new TextDecoder().decode(await response.arrayBuffer());
}

describe("the event-stream response", () => {
  it("formats one named event with its id and JSON data on one line", () => {
    expect(formatSseEvent("state", { note: "a\nb" }, "7.1")).toBe(
      'event: state\nid: 7.1\ndata: {"note":"a\\nb"}\n\n',
    );
  });

  it("starts with the reconnect delay, sends events, and cleans up once when closed", async () => {
    let cleanups = 0;
    const response = openSseStream(new AbortController().signal, (writer) => {
      writer.send("snapshot", { ok: true }, "1.1");
      writer.close();
      writer.send("state", { late: true }); // after closing: dropped
      return () => {
        cleanups += 1;
      };
    });
    expect(response.headers.get("content-type")).toContain("text/event-stream");
    expect(response.headers.get("cache-control")).toBe("no-cache, no-transform");
    expect(response.headers.get("x-accel-buffering")).toBe("no");
    expect(await readAll(response)).toBe(
      'retry: 1000\n\nevent: snapshot\nid: 1.1\ndata: {"ok":true}\n\n',
    );
    expect(cleanups).toBe(1);
  });

  it("cleans up when the request is aborted or the reader goes away", async () => {
    const aborted = new AbortController();
    let cleanedOnAbort = 0;
    const first = openSseStream(aborted.signal, () => () => {
      cleanedOnAbort += 1;
    });
    const reading = readAll(first);
    aborted.abort();
    aborted.abort();
    await reading;
    expect(cleanedOnAbort).toBe(1);

    let cleanedOnCancel = 0;
    const second = openSseStream(new AbortController().signal, () => () => {
      cleanedOnCancel += 1;
    });
    await second.body?.cancel();
    expect(cleanedOnCancel).toBe(1);

    // The reader left while the snapshot was being read: what start() set up is undone at once.
    let cleanedBeforeStart = 0;
    const gone = new AbortController();
    gone.abort();
    const third = openSseStream(gone.signal, () => () => {
      cleanedBeforeStart += 1;
    });
    await readAll(third);
    expect(cleanedBeforeStart).toBe(1);
  });
});
