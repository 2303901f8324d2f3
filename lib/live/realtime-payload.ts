import { z } from "zod";
import { LivePhase } from "@/lib/generated/prisma/enums";
import type { LiveNotification } from "./events";

/**
 * NOTIFY payloads arrive as text from whatever wrote to the channel (another instance, an older
 * version during a deploy, someone in psql): checked against the contract before anyone sees them.
 */
const LiveStateSchema = z.object({
  sessionId: z.string(),
  stateVersion: z.number().int(),
  phase: z.enum(LivePhase),
  round: z.number().int(),
  roundCriterionIds: z.array(z.string()),
  currentAgendaItemId: z.string().nullable(),
  currentWiseName: z.string().nullable(),
  admitAll: z.boolean(),
  admitDuringScoring: z.boolean(),
  guestCap: z.number().int(),
  joinCode: z.string(),
  ended: z.boolean(),
});

const LiveNotificationSchema = z.discriminatedUnion("type", [
  z.object({ sessionId: z.string(), type: z.literal("state"), state: LiveStateSchema }),
  z.object({ sessionId: z.string(), type: z.literal("participants") }),
  z.object({
    sessionId: z.string(),
    type: z.literal("progress"),
    agendaItemId: z.string(),
    raterId: z.string(),
    answered: z.number().int(),
    round: z.number().int(),
  }),
]);

/** The notification in `payload`, or null when it is not valid JSON or not one of ours. */
export function parseLiveNotification(payload: string): LiveNotification | null {
  let json: unknown;
  try {
    json = JSON.parse(payload);
  } catch {
    return null;
  }
  const parsed = LiveNotificationSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}
