/**
 * A text/event-stream parser for fetch's body stream (what EventSource does in a browser): events
 * are blocks separated by a blank line; `event:` names one, `data:` lines carry it, lines starting
 * with `:` are comments (keep-alives). Pure apart from reading the stream: unit-tested.
 */
export type RawEvent = { event: string; data: string };

export function parseEventBlock(block: string): RawEvent | null {
  let event = "message";
  const data: string[] = [];
  for (const line of block.split("\n")) {
    if (line === "" || line.startsWith(":")) continue;
    const colon = line.indexOf(":");
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? "" : line.slice(colon + 1);
    if (value.startsWith(" ")) value = value.slice(1);
    if (field === "event") event = value;
    else if (field === "data") data.push(value);
  }
  return data.length === 0 ? null : { event, data: data.join("\n") };
}

/** Splits a growing buffer into complete blocks and the unfinished rest. */
export function takeBlocks(buffer: string): { blocks: string[]; rest: string } {
  const normalised = buffer.replace(/\r\n|\r(?!$)/g, "\n");
  const parts = normalised.split("\n\n");
  const rest = parts.pop() ?? "";
  return { blocks: parts, rest };
}

export async function* readEventStream(
  body: ReadableStream<Uint8Array>,
): AsyncGenerator<RawEvent & { receivedAt: number }> {
  const reader = body.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  while (true) {
    const { value, done } = await reader.read();
    if (done) return;
    const receivedAt = performance.now();
    const { blocks, rest } = takeBlocks(buffer + decoder.decode(value, { stream: true }));
    buffer = rest;
    for (const block of blocks) {
      const event = parseEventBlock(block);
      if (event) yield { ...event, receivedAt };
    }
  }
}
