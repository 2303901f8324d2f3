import "server-only";
import {
  guestStateOf,
  type LiveFacilitatorSnapshot,
  type LiveGuest,
  type LiveNotification,
} from "./events";
import { subscribeLive } from "./listener";
import { getFacilitatorSnapshot, getGuestSnapshot } from "./queries";
import { isDatabaseUnavailable } from "./respond";
import { formatSseEvent, openSseStream, SSE_HEADERS, type SseWriter } from "./sse";

/**
 * One reader's live event stream (docs/decisions/0010): subscribe first, then read the snapshot
 * (so no change committed in between is missed), then forward what this reader may see.
 * Facilitators: `state`, `participants` (the fresh list), `progress`. Guests: `state`, their own
 * standing as `participants` when it changes, and `removed` / `ended`, after which the stream
 * closes. When the LISTEN connection is lost the stream closes too, and the reader reconnects to
 * a fresh snapshot.
 */
export type StreamReader = { kind: "facilitator" } | { kind: "guest"; guest: LiveGuest };

/** Reconnect delay suggested while the database cannot be reached. */
const UNAVAILABLE_RETRY_MS = 2_000;

/**
 * The facilitator's view re-read once per notification per process, however many streams of
 * the session are open here: the listener hands every subscriber the same notification object.
 */
const freshViews = new WeakMap<LiveNotification, Promise<LiveFacilitatorSnapshot | null>>();
function freshViewAfter(notification: LiveNotification) {
  let view = freshViews.get(notification);
  if (!view) {
    view = getFacilitatorSnapshot(notification.sessionId);
    freshViews.set(notification, view);
  }
  return view;
}

export async function openLiveEventStream(
  sessionId: string,
  reader: StreamReader,
  signal: AbortSignal,
): Promise<Response> {
  // Notifications that arrive before the stream is ready wait here, in order.
  const early: LiveNotification[] = [];
  let deliver = (notification: LiveNotification) => void early.push(notification);
  // A reset before the stream is ready means notifications may be missing after the snapshot.
  let resetEarly = false;
  let reset = () => {
    resetEarly = true;
  };
  let unsubscribe: () => void;
  try {
    unsubscribe = await subscribeLive(sessionId, {
      onNotification: (notification) => deliver(notification),
      onReset: () => reset(),
    });
  } catch (error) {
    console.error("live events: cannot listen", error);
    return unavailableStream();
  }

  let snapshot: Awaited<ReturnType<typeof readSnapshot>>;
  try {
    snapshot = await readSnapshot(sessionId, reader);
  } catch (error) {
    unsubscribe();
    if (isDatabaseUnavailable(error)) return unavailableStream();
    throw error;
  }

  return openSseStream(signal, (writer) => {
    const forward = forwarder(writer, reader, snapshot.state);
    writer.send("snapshot", snapshot, forward.nextId());
    let chain = Promise.resolve();
    deliver = (notification) => {
      chain = chain
        .then(() => forward.handle(notification))
        // A failed re-read (database gone): the reader reconnects and starts afresh.
        .catch(() => writer.close());
    };
    reset = () => writer.close();
    for (const notification of early.splice(0)) deliver(notification);
    // The snapshot went out, but what followed it may be lost: start again from a new one.
    if (resetEarly) writer.close();
    return unsubscribe;
  });
}

async function readSnapshot(sessionId: string, reader: StreamReader) {
  if (reader.kind === "guest") {
    const snapshot = await getGuestSnapshot(reader.guest);
    if (!snapshot) throw new Error(`guest ${reader.guest.participantId} in a session never live`);
    return snapshot;
  }
  // A session not yet live: the console shows "start", and the `state` event of the start follows.
  return (
    (await getFacilitatorSnapshot(sessionId)) ?? {
      state: null,
      participants: [],
      raters: [],
      refusedJoins: 0,
    }
  );
}

function forwarder(
  writer: SseWriter,
  reader: StreamReader,
  initial: { stateVersion: number } | null,
) {
  let lastVersion = initial?.stateVersion ?? 0;
  let sequence = 0;
  let guestStatus = reader.kind === "guest" ? reader.guest.status : null;
  // Ids grow within a stream; nothing is replayed from them (a reconnect gets a snapshot).
  const nextId = () => `${lastVersion}.${++sequence}`;

  const finish = (event: "removed" | "ended") => {
    writer.send(event, {}, nextId());
    writer.close();
  };

  async function handle(notification: LiveNotification): Promise<void> {
    if (writer.closed) return;
    if (notification.type === "state") {
      // Already covered by the snapshot, or overtaken by a later state: a screen must not go back.
      if (notification.state.stateVersion <= lastVersion) return;
      lastVersion = notification.state.stateVersion;
      const state = notification.state;
      writer.send("state", reader.kind === "guest" ? guestStateOf(state) : state, nextId());
      if (reader.kind === "guest" && notification.state.ended) finish("ended");
      return;
    }
    if (notification.type === "progress") {
      if (reader.kind !== "facilitator") return; // blind scoring: guests see nobody's progress
      const { agendaItemId, raterId, answered, round } = notification;
      writer.send("progress", { agendaItemId, raterId, answered, round }, nextId());
      return;
    }
    const view = await freshViewAfter(notification);
    if (writer.closed || !view) return;
    if (reader.kind === "facilitator") {
      const { participants, refusedJoins } = view;
      writer.send("participants", { participants, refusedJoins }, nextId());
      return;
    }
    const me = view.participants.find((p) => p.participantId === reader.guest.participantId);
    if (!me || me.status === "REMOVED") return finish("removed");
    if (me.status === guestStatus) return;
    guestStatus = me.status;
    const { participantId, displayName, status } = me;
    writer.send("participants", { me: { participantId, displayName, status } }, nextId());
  }

  return { handle, nextId };
}

/**
 * "Try again" for an event stream. Not a 503: EventSource gives up for good on any status but
 * 200. A stream that only sets the retry delay and closes makes the browser come back later.
 */
export function unavailableStream(): Response {
  return new Response(`retry: ${UNAVAILABLE_RETRY_MS}\n\n: tryAgain\n\n`, {
    headers: { ...SSE_HEADERS, "Retry-After": String(UNAVAILABLE_RETRY_MS / 1000) },
  });
}

/** A stream that tells a guest at once that their access is over, and ends. */
export function finalStream(event: "removed" | "ended"): Response {
  return new Response(formatSseEvent(event, {}, "0.1"), { headers: SSE_HEADERS });
}
