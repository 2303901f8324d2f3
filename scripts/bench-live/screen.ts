import type { LiveState } from "../../lib/live/events";
import type { Device } from "./http";
import type { Metrics } from "./metrics";
import { LiveStream, type StreamEvent } from "./sse-client";

export const progressKey = (
  agendaItemId: string,
  raterId: string,
  round: number,
  answered: number,
) => `${agendaItemId}|${raterId}|${round}|${answered}`;

/**
 * One device's view of a live session, fed only by its event stream: the latest state, when
 * each state version first arrived, and (on facilitators' screens) when each rater's progress
 * first showed. This is what a phone or the console would render.
 */
export class Screen {
  state: LiveState | null = null;
  status: string | null = null;
  readonly progressArrivals = new Map<string, number>();
  readonly stream: LiveStream;
  private readonly stateArrivals: { version: number; at: number }[] = [];
  private readonly waiters = new Set<() => void>();

  constructor(
    device: Device,
    sessionId: string,
    private readonly metrics: Metrics,
  ) {
    this.stream = new LiveStream(device, sessionId, {
      onEvent: (event) => this.apply(event),
      onDrop: () => metrics.error("SSE stream dropped (reconnected)"),
    });
  }

  open(): Promise<void> {
    return this.stream.open();
  }

  /** Resolves true once the state satisfies `wanted`, false after the timeout. */
  waitFor(wanted: (state: LiveState) => boolean, timeoutMs: number): Promise<boolean> {
    if (this.state && wanted(this.state)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const check = () => {
        if (!this.state || !wanted(this.state)) return;
        cleanUp();
        resolve(true);
      };
      const timer = setTimeout(() => {
        cleanUp();
        resolve(false);
      }, timeoutMs);
      const cleanUp = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
    });
  }

  /** When this screen first showed `version` of the state or a later one. */
  arrivalOf(version: number): number | undefined {
    return this.stateArrivals.find((arrival) => arrival.version >= version)?.at;
  }

  private apply(event: StreamEvent): void {
    const { data } = event;
    switch (event.type) {
      case "snapshot":
        this.status = (data.me as { status?: string } | undefined)?.status ?? this.status;
        this.takeState(data.state as LiveState | undefined, event.receivedAt);
        break;
      case "state":
        // The contract's NOTIFY payload wraps the state; accept a bare LiveState as well.
        this.takeState((data.state ?? data) as LiveState, event.receivedAt);
        break;
      case "progress": {
        const { agendaItemId, raterId, round, answered } = data as Record<string, string & number>;
        const key = progressKey(agendaItemId, raterId, round, answered);
        if (!this.progressArrivals.has(key)) this.progressArrivals.set(key, event.receivedAt);
        break;
      }
      case "participants":
      case "removed":
      case "ended":
        break;
      default:
        this.metrics.error(`SSE event of unknown type "${event.type}"`);
    }
    for (const check of [...this.waiters]) check();
  }

  private takeState(state: LiveState | undefined, at: number): void {
    if (!state || typeof state.stateVersion !== "number") {
      this.metrics.error("SSE state without a stateVersion");
      return;
    }
    if (this.state && this.state.stateVersion > state.stateVersion) return;
    this.state = state;
    this.stateArrivals.push({ version: state.stateVersion, at });
  }
}
