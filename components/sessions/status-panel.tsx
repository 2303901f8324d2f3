import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { buttonClasses } from "@/components/ui/button-classes";
import { type Actor, can, type SessionAccess } from "@/lib/auth/permissions";
import { getDateFormatter } from "@/lib/dates/reader";
import type { SessionStatus } from "@/lib/generated/prisma/enums";
import { changeSessionStatusAction } from "@/lib/sessions/actions";
import { isReopening, nextStatuses } from "@/lib/sessions/rules";
import { ReopenForm } from "./reopen-form";
import { StatusBadge } from "./status-badge";

type StatusChange = {
  id: string;
  fromStatus: SessionStatus;
  toStatus: SessionStatus;
  reason: string | null;
  changedAt: Date;
  changedBy: { name: string };
};

type Props = { user: Actor; sessionId: string; access: SessionAccess; history: StatusChange[] };

export async function StatusPanel({ user, sessionId, access, history }: Props) {
  const t = await getTranslations("Sessions");
  const dates = await getDateFormatter();
  const moves = nextStatuses(access.status).filter((to) =>
    isReopening(access.status, to)
      ? can(user, "session.reopen", access)
      : can(user, "session.manage", access),
  );
  return (
    <section aria-labelledby="status-heading" className="mb-8">
      <h2 id="status-heading" className="mb-2 text-xl font-semibold">
        {t("statusHeading")}
      </h2>
      <p className="mb-3 flex items-center gap-2">
        <StatusBadge status={access.status} /> <span>{t(`statusExplained.${access.status}`)}</span>
      </p>
      <div className="flex flex-wrap gap-2">
        {moves.map((to) => {
          if (isReopening(access.status, to)) return <ReopenForm key={to} sessionId={sessionId} />;
          // Publishing waits for the partner's approval, which lives on the review page.
          if (to === "PUBLISHED") {
            return (
              <Link
                key={to}
                href={`/sessions/${sessionId}/review`}
                className={buttonClasses("secondary")}
              >
                {t("publishFromReview")}
              </Link>
            );
          }
          return (
            <ActionForm
              key={to}
              action={changeSessionStatusAction}
              fields={{ sessionId, to }}
              label={t(`moveTo.${to as "OPEN" | "CLOSED"}`)}
              variant="primary"
            />
          );
        })}
      </div>
      {history.length > 0 && (
        <details className="mt-3">
          <summary className="cursor-pointer font-medium">{t("history")}</summary>
          <ol className="mt-2 list-inside list-disc text-slate-800">
            {history.map((change) => (
              <li key={change.id}>
                {t("historyEntry", {
                  from: t(`status.${change.fromStatus}`),
                  to: t(`status.${change.toStatus}`),
                  name: change.changedBy.name,
                  date: dates.dateTime(change.changedAt, "medium"),
                })}
                {change.reason && <> — {change.reason}</>}
              </li>
            ))}
          </ol>
        </details>
      )}
    </section>
  );
}
