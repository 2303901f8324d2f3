import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClasses } from "@/components/ui/button-classes";
import { type Actor, can, type SessionAccess } from "@/lib/auth/permissions";
import type { ApprovalState } from "@/lib/reviews/rules";
import { changeSessionStatusAction } from "@/lib/sessions/actions";

const STATE_LOOK: Record<ApprovalState, { icon: string; box: string }> = {
  APPROVED: { icon: "✅", box: "border-teal-700 bg-teal-50 text-teal-950" },
  CHANGES_REQUESTED: { icon: "✏️", box: "border-amber-600 bg-amber-50 text-amber-950" },
  AWAITING: { icon: "⏳", box: "border-slate-400 bg-white text-slate-900" },
  VOID: { icon: "⚠️", box: "border-amber-600 bg-amber-50 text-amber-950" },
};

type Props = { user: Actor; sessionId: string; access: SessionAccess; approval: ApprovalState };

/** Where the review stands and the next step it allows: publish, or read what was published. */
export async function ApprovalPanel({ user, sessionId, access, approval }: Props) {
  const [t, tSessions] = await Promise.all([
    getTranslations("Reviews"),
    getTranslations("Sessions"),
  ]);
  if (access.status === "PUBLISHED") {
    return (
      <div className="mb-6 flex flex-wrap items-center gap-3 rounded-md border border-teal-700 bg-teal-50 p-3">
        <p>{t("published")}</p>
        {can(user, "summary.readSession", access) && (
          <Link href={`/summaries/${sessionId}`} className={buttonClasses("secondary")}>
            {t("readSummary")}
          </Link>
        )}
      </div>
    );
  }
  if (access.status !== "CLOSED") {
    return <p className="mb-6 rounded-md border border-slate-400 bg-white p-3">{t("notClosed")}</p>;
  }
  const look = STATE_LOOK[approval];
  const mayPublish = approval === "APPROVED" && can(user, "session.publish", access);
  return (
    <div className={`mb-6 rounded-md border p-3 ${look.box}`}>
      <p className="font-medium">
        <span aria-hidden="true">{look.icon} </span>
        {t(`state.${approval}`)}
      </p>
      {mayPublish && (
        <div className="mt-3">
          <p className="mb-2">{t("readyToPublish")}</p>
          <ActionForm
            action={changeSessionStatusAction}
            fields={{ sessionId, to: "PUBLISHED" }}
            label={tSessions("moveTo.PUBLISHED")}
            variant="primary"
          />
        </div>
      )}
    </div>
  );
}
