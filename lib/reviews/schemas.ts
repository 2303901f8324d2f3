import { errorKey, optionalText, z } from "@/lib/validation/zod";
import { needsBody, PARTNER_STEPS } from "./rules";

const Id = z.string().trim().min(1).max(64);
const Body = optionalText.pipe(z.string().max(5000).optional());

/**
 * A partner's step. `seenChangeId` is the latest status change the partner's page showed: if
 * the session has moved since (reopened, rescored, closed again), the step would be about
 * results they have not seen, so the command refuses it.
 */
export const WriteReviewSchema = z
  .object({
    sessionId: Id,
    step: z.enum(PARTNER_STEPS),
    body: Body,
    seenChangeId: optionalText.pipe(z.string().max(64).optional()),
  })
  .superRefine((input, context) => {
    if (needsBody(input.step) && !input.body) {
      context.addIssue({ code: "custom", path: ["body"], message: errorKey("reviewBodyRequired") });
    }
  });
export type WriteReviewInput = z.infer<typeof WriteReviewSchema>;

export const ReplyToReviewSchema = z.object({
  sessionId: Id,
  body: z.string().trim().min(1).max(5000),
});

export const SetShareLinkSchema = z.object({
  sessionId: Id,
  enabled: z.enum(["true", "false"]).transform((value) => value === "true"),
});
