import type { LiveState } from "../../lib/live/events";
import type { Device } from "./http";
import type { Metrics } from "./metrics";

/** Thrown when the room cannot go on (a refused control action or join). */
export class RoomFailure extends Error {}

type ErrorBody = { error?: string; raw?: string };
const describeAnswer = (status: number, body: ErrorBody) =>
  `${status} ${body.error ?? body.raw?.slice(0, 60) ?? ""}`.trim();

export type ControlRecord = { action: string; startedAt: number; stateVersion: number };

/**
 * `POST /api/live/sessions/:id/control` as the facilitator's console sends it. Returns the new
 * state and when the request started, which is where "time to reach other screens" starts.
 */
export async function control(
  device: Device,
  metrics: Metrics,
  sessionId: string,
  action: Record<string, unknown> & { action: string },
): Promise<{ state: LiveState; record: ControlRecord }> {
  const startedAt = performance.now();
  let response: Awaited<ReturnType<Device["postJson"]>>;
  try {
    response = await device.postJson<{ state?: LiveState } & ErrorBody>(
      `/api/live/sessions/${sessionId}/control`,
      action,
    );
  } catch (error) {
    metrics.error(`control ${action.action}: network error or timeout`);
    throw new RoomFailure(`control ${action.action}: ${String(error)}`);
  }
  metrics.controlMs.push(performance.now() - startedAt);
  const body = response.body as { state?: LiveState } & ErrorBody;
  if (response.status !== 200 || !body.state) {
    metrics.error(`control ${action.action}: ${describeAnswer(response.status, body)}`);
    throw new RoomFailure(
      `control ${action.action} answered ${describeAnswer(response.status, body)}`,
    );
  }
  return {
    state: body.state,
    record: { action: action.action, startedAt, stateVersion: body.state.stateVersion },
  };
}

/** `POST /api/live/join` from a phone; keeps the guest cookie on the device. */
export async function join(
  device: Device,
  metrics: Metrics,
  code: string,
  displayName: string,
): Promise<{ participantId: string; status: string } | null> {
  const startedAt = performance.now();
  try {
    const response = await device.postJson<{ participantId?: string; status?: string } & ErrorBody>(
      "/api/live/join",
      { code, displayName },
    );
    metrics.joinMs.push(performance.now() - startedAt);
    const body = response.body as { participantId?: string; status?: string } & ErrorBody;
    if (response.status !== 201 || !body.participantId) {
      metrics.error(`join: ${describeAnswer(response.status, body)}`);
      return null;
    }
    return { participantId: body.participantId, status: body.status ?? "" };
  } catch {
    metrics.error("join: network error or timeout");
    return null;
  }
}

/** `GET /api/live/sessions/:id/reveal`: what the room's screen shows after the reveal. */
export async function reveal(
  device: Device,
  metrics: Metrics,
  sessionId: string,
): Promise<unknown | null> {
  try {
    const response = await device.getJson<ErrorBody>(`/api/live/sessions/${sessionId}/reveal`);
    if (response.status === 200) return response.body;
    metrics.error(`reveal: ${describeAnswer(response.status, response.body)}`);
  } catch {
    metrics.error("reveal: network error or timeout");
  }
  return null;
}
