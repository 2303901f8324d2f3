import type { ReviewStep } from "@/lib/generated/prisma/enums";

/**
 * A mark and a border per review step, so the decisions stand out from the discussion around
 * them: the same on a session's review and a case study's.
 */
export const STEP_LOOK: Record<ReviewStep, { icon: string; border: string }> = {
  COMMENT: { icon: "💬", border: "border-slate-300" },
  CHANGES_REQUESTED: { icon: "✏️", border: "border-amber-600" },
  APPROVED: { icon: "✅", border: "border-teal-700" },
  FACILITATOR_REPLY: { icon: "↩️", border: "border-slate-300" },
};
