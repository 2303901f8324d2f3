import "server-only";
import pg from "pg";
import { serverEnv } from "@/lib/env";
import { LIVE_CHANNEL, type LiveNotification } from "./events";
import { parseLiveNotification } from "./realtime-payload";

/**
 * This process's one LISTEN connection to PostgreSQL, fanning `wise_live` notifications out to
 * the SSE streams open in this process (docs/decisions/0010). The subscriber registry is the only
 * memory state, and it is bookkeeping of this process's own sockets: every fact a screen shows is
 * read from the database, and every change is announced through it by whichever instance made it.
 */

/** Visible in pg_stat_activity, so operators (and tests) can tell this connection apart. */
export const LISTENER_APPLICATION_NAME = "wise-focus-live-listener";

const FIRST_RETRY_MS = 250;
const LONGEST_RETRY_MS = 5_000;

export type LiveSubscriber = {
  /** A notification for the subscribed session, committed by any instance. */
  onNotification(notification: LiveNotification): void;
  /**
   * The LISTEN connection was lost (e.g. the database restarted): notifications may have been
   * missed. SSE streams close themselves so browsers reconnect and read a fresh snapshot.
   */
  onReset(): void;
};

type ListenerState = {
  subscribers: Map<string, Set<LiveSubscriber>>;
  client: pg.Client | null;
  connecting: Promise<void> | null;
  retryTimer: NodeJS.Timeout | null;
  retryDelayMs: number;
  /** Bumped by stopLiveListener, so that a connection still being made is not kept after it. */
  generation: number;
};

// On globalThis so that Next's hot reload in development keeps one connection, not one per reload.
const globalForListener = globalThis as unknown as { wiseLiveListener?: ListenerState };
globalForListener.wiseLiveListener ??= {
  subscribers: new Map(),
  client: null,
  connecting: null,
  retryTimer: null,
  retryDelayMs: FIRST_RETRY_MS,
  generation: 0,
};
const state: ListenerState = globalForListener.wiseLiveListener;

/**
 * Registers `subscriber` for one session's notifications. Resolves once this process is
 * LISTENing, so that a snapshot read afterwards cannot miss a change committed in between;
 * rejects (and registers nothing) when the database cannot be reached. Returns the function that
 * unsubscribes.
 */
export async function subscribeLive(
  sessionId: string,
  subscriber: LiveSubscriber,
): Promise<() => void> {
  let forSession = state.subscribers.get(sessionId);
  if (!forSession) {
    forSession = new Set();
    state.subscribers.set(sessionId, forSession);
  }
  forSession.add(subscriber);
  const unsubscribe = () => {
    const current = state.subscribers.get(sessionId);
    current?.delete(subscriber);
    if (current?.size === 0) state.subscribers.delete(sessionId);
  };
  try {
    await ensureListening();
  } catch (error) {
    unsubscribe();
    throw error;
  }
  return unsubscribe;
}

/** How many subscribers this process holds; for tests and diagnostics. */
export function liveSubscriberCount(): number {
  let count = 0;
  for (const set of state.subscribers.values()) count += set.size;
  return count;
}

/** Closes the connection and forgets every subscriber (tests, and processes shutting down). */
export async function stopLiveListener(): Promise<void> {
  state.subscribers.clear();
  state.generation += 1;
  if (state.retryTimer) clearTimeout(state.retryTimer);
  state.retryTimer = null;
  const client = state.client;
  state.client = null;
  state.connecting = null;
  await client?.end().catch(() => {});
}

function ensureListening(): Promise<void> {
  if (state.client) return Promise.resolve();
  if (!state.connecting) {
    const attempt = connect().finally(() => {
      if (state.connecting === attempt) state.connecting = null;
    });
    state.connecting = attempt;
  }
  return state.connecting;
}

async function connect(): Promise<void> {
  const generation = state.generation;
  const client = new pg.Client({
    // LISTEN holds a session: through a transaction-mode pooler it would be lost between queries.
    connectionString: serverEnv().directDatabaseUrl,
    application_name: LISTENER_APPLICATION_NAME,
    // A peer that vanishes without closing the socket is noticed by TCP keep-alive.
    keepAlive: true,
    keepAliveInitialDelayMillis: 10_000,
  });
  // Registered before connecting: an error event without a listener would crash the process.
  client.on("error", () => connectionLost(client));
  client.on("end", () => connectionLost(client));
  client.on("notification", (message) => {
    if (message.channel === LIVE_CHANNEL && message.payload) dispatch(message.payload);
  });
  try {
    await client.connect();
    await client.query(`LISTEN ${client.escapeIdentifier(LIVE_CHANNEL)}`);
    if (generation !== state.generation) throw new Error("The live listener was stopped");
  } catch (error) {
    client.removeAllListeners("end");
    client.removeAllListeners("error");
    client.on("error", () => {});
    await client.end().catch(() => {});
    throw error;
  }
  state.client = client;
  state.retryDelayMs = FIRST_RETRY_MS;
}

function connectionLost(client: pg.Client): void {
  if (state.client !== client) return; // an old client, or one still connecting (connect() throws)
  state.client = null;
  client.end().catch(() => {});
  for (const set of state.subscribers.values()) {
    for (const subscriber of [...set]) safely(() => subscriber.onReset());
  }
  scheduleReconnect();
}

/**
 * Reconnects in the background while anyone is subscribed (a subscriber that outlives a reset,
 * like a test's, keeps receiving); with nobody subscribed the next subscribe connects.
 */
function scheduleReconnect(): void {
  if (state.retryTimer || state.subscribers.size === 0) return;
  const delay = state.retryDelayMs;
  state.retryDelayMs = Math.min(delay * 2, LONGEST_RETRY_MS);
  state.retryTimer = setTimeout(() => {
    state.retryTimer = null;
    ensureListening().catch(() => scheduleReconnect());
  }, delay);
  // A pending retry alone must not keep a process (a CLI, a test worker) alive.
  state.retryTimer.unref();
}

function dispatch(payload: string): void {
  const notification = parseLiveNotification(payload);
  if (!notification) return; // not ours, or malformed: nothing a screen could use
  const subscribers = state.subscribers.get(notification.sessionId);
  if (!subscribers) return;
  // Every subscriber gets the same object, so that work per notification can be shared.
  for (const subscriber of [...subscribers]) {
    safely(() => subscriber.onNotification(notification));
  }
}

/** One stream's failure must not keep the notification from the others. */
function safely(callback: () => void): void {
  try {
    callback();
  } catch (error) {
    console.error("live listener: a subscriber failed", error);
  }
}
