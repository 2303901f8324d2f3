/**
 * A `text/event-stream` response for one reader, with what keeps it healthy behind proxies:
 * `retry: 1000` first (EventSource reconnects a second after a drop), a comment line every 15 s
 * (idle connections are not cut), and one cleanup, run once however the stream ends (the
 * reader leaves, the server closes it, the request is aborted).
 */

export const SSE_HEADERS = {
  "Content-Type": "text/event-stream; charset=utf-8",
  // no-transform: compression or buffering by a proxy would hold events back.
  "Cache-Control": "no-cache, no-transform",
  // nginx buffers responses unless told not to.
  "X-Accel-Buffering": "no",
} as const;

const RECONNECT_AFTER_MS = 1_000;
const PING_EVERY_MS = 15_000;

export type SseWriter = {
  /** Sends one named event; ignored once the stream is closed. */
  send(event: string, data: unknown, id?: string): void;
  /** Ends the stream (the reader's EventSource then reconnects unless it chose to stop). */
  close(): void;
  readonly closed: boolean;
};

/** One event in the wire format; `data` as JSON on one line (JSON has no raw newlines). */
export function formatSseEvent(event: string, data: unknown, id?: string): string {
  const idLine = id === undefined ? "" : `id: ${id.replace(/[\r\n]/g, "")}\n`;
  return `event: ${event}\n${idLine}data: ${JSON.stringify(data)}\n\n`;
}

/**
 * Streams to one reader. `start` runs when the stream opens, may send at once, and returns the
 * cleanup (unsubscribe, timers) to run when the stream ends for whatever reason.
 */
export function openSseStream(
  signal: AbortSignal,
  start: (writer: SseWriter) => () => void,
): Response {
  const encoder = new TextEncoder();
  let closed = false;
  let cleanup: (() => void) | null = null;
  let ping: ReturnType<typeof setInterval> | null = null;
  let controllerRef: ReadableStreamDefaultController<Uint8Array> | null = null;

  const finish = (closeController: boolean) => {
    if (closed) return;
    closed = true;
    if (ping) clearInterval(ping);
    signal.removeEventListener("abort", onAbort);
    cleanup?.();
    cleanup = null;
    if (closeController) {
      try {
        controllerRef?.close();
      } catch {
        // already closed or errored by the runtime
      }
    }
  };
  const onAbort = () => finish(true);

  const write = (text: string) => {
    if (closed || !controllerRef) return;
    try {
      controllerRef.enqueue(encoder.encode(text));
    } catch {
      finish(false); // the reader is gone
    }
  };

  const writer: SseWriter = {
    send: (event, data, id) => write(formatSseEvent(event, data, id)),
    close: () => finish(true),
    get closed() {
      return closed;
    },
  };

  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controllerRef = controller;
      write(`retry: ${RECONNECT_AFTER_MS}\n\n`);
      ping = setInterval(() => write(": ping\n\n"), PING_EVERY_MS);
      signal.addEventListener("abort", onAbort);
      // Called even for a request already aborted, so that its cleanup (unsubscribe) runs.
      const stop = start(writer);
      // start() may have closed the stream already (e.g. a reader removed in the meantime).
      if (closed) stop();
      else cleanup = stop;
      if (signal.aborted) finish(true);
    },
    cancel() {
      finish(false);
    },
  });
  return new Response(body, { headers: SSE_HEADERS });
}
