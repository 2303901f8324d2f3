import { readEventStream } from "./event-stream";
import type { Device } from "./http";

export type StreamEvent = { type: string; data: Record<string, unknown>; receivedAt: number };

type Handlers = {
  onEvent(event: StreamEvent): void;
  /** The stream dropped while it should have stayed open (the stream reconnects by itself). */
  onDrop(reason: string): void;
};

const RECONNECT_DELAY_MS = 1000;
/** After these events the server closes the stream on purpose: no reconnect, no error. */
const FINAL_EVENTS = new Set(["ended", "removed"]);

/**
 * `GET /api/live/sessions/:id/events` read as EventSource would: reconnects after a drop (the
 * server sends a fresh snapshot, which is how a screen catches up), stops after `ended` or
 * `removed`, or when closed.
 */
export class LiveStream {
  drops = 0;
  private closing = false;
  private finished = false;
  private abort: AbortController | null = null;

  constructor(
    private readonly device: Device,
    private readonly sessionId: string,
    private readonly handlers: Handlers,
  ) {}

  /** Resolves on the first event (the snapshot); rejects if the first connection is refused. */
  open(): Promise<void> {
    return new Promise((resolve, reject) => {
      let first = true;
      const run = async () => {
        while (!this.closing && !this.finished) {
          let reason = "closed by the server";
          try {
            await this.connect(() => {
              if (first) resolve();
              first = false;
            });
          } catch (error) {
            if (first) return reject(error);
            reason = error instanceof Error ? error.message : String(error);
          }
          if (this.closing || this.finished) return;
          if (first) return reject(new Error(`stream closed before its snapshot (${reason})`));
          this.drops += 1;
          this.handlers.onDrop(reason);
          await new Promise((wait) => setTimeout(wait, RECONNECT_DELAY_MS));
        }
      };
      void run();
    });
  }

  /** Stops reading; from now on a closed connection is expected, not an error. */
  close(): void {
    this.closing = true;
    this.abort?.abort();
  }

  /** Marks the next close by the server as expected (the session is ending). */
  expectEnd(): void {
    this.finished = true;
  }

  private async connect(onFirstEvent: () => void): Promise<void> {
    this.abort = new AbortController();
    const response = await this.device.fetch(`/api/live/sessions/${this.sessionId}/events`, {
      headers: { accept: "text/event-stream" },
      signal: this.abort.signal,
    });
    if (response.status !== 200 || !response.body) {
      const text = await response.text().catch(() => "");
      throw new Error(`events answered ${response.status} ${text.slice(0, 120)}`);
    }
    try {
      for await (const raw of readEventStream(response.body)) {
        let data: Record<string, unknown> = {};
        try {
          data = JSON.parse(raw.data) as Record<string, unknown>;
        } catch {
          data = { raw: raw.data };
        }
        onFirstEvent();
        this.handlers.onEvent({ type: raw.event, data, receivedAt: raw.receivedAt });
        if (FINAL_EVENTS.has(raw.event)) this.finished = true;
      }
    } catch (error) {
      if (this.closing) return;
      throw error;
    }
  }
}
