import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { type Actor, can, type SessionAccess } from "@/lib/auth/permissions";
import type { SessionMemberRole } from "@/lib/generated/prisma/enums";
import { removeSessionMemberAction, setMemberCanScoreAction } from "@/lib/sessions/actions";
import { AddMemberForm } from "./add-member-form";

type Member = {
  role: SessionMemberRole;
  canScore: boolean;
  user: { id: string; name: string; email: string };
};

type Props = {
  user: Actor;
  sessionId: string;
  access: SessionAccess;
  facilitatorName: string;
  members: Member[];
};

export async function MembersPanel({ user, sessionId, access, facilitatorName, members }: Props) {
  const t = await getTranslations("Sessions.members");
  const manages = can(user, "session.manage", access);
  return (
    <section aria-labelledby="members-heading" className="mb-8">
      <h2 id="members-heading" className="mb-2 text-xl font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-2">{t("facilitator", { name: facilitatorName })}</p>
      {members.length === 0 ? (
        <p className="mb-3">{t("empty")}</p>
      ) : (
        <ul className="mb-4 divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
          {members.map((member) => (
            <li
              key={member.user.id}
              className="flex flex-wrap items-center justify-between gap-2 p-3"
            >
              <div>
                <p className="font-medium">{member.user.name}</p>
                <p className="text-sm text-slate-700">
                  {t(`role.${member.role}`)}
                  {member.role === "PARTICIPANT" && (
                    <> · {member.canScore ? t("scores") : t("doesNotScore")}</>
                  )}
                  {manages && <> · {member.user.email}</>}
                </p>
              </div>
              {manages && (
                <div className="flex flex-wrap gap-2">
                  {member.role === "PARTICIPANT" && (
                    <ActionForm
                      action={setMemberCanScoreAction}
                      fields={{
                        sessionId,
                        userId: member.user.id,
                        canScore: String(!member.canScore),
                      }}
                      label={member.canScore ? t("stopScoring") : t("inviteToScore")}
                      accessibleLabel={`${member.canScore ? t("stopScoring") : t("inviteToScore")}: ${member.user.name}`}
                    />
                  )}
                  <ActionForm
                    action={removeSessionMemberAction}
                    fields={{ sessionId, userId: member.user.id }}
                    label={t("remove")}
                    accessibleLabel={`${t("remove")}: ${member.user.name}`}
                    variant="danger"
                    confirm={t("removeConfirm", { name: member.user.name })}
                  />
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
      {manages && <AddMemberForm sessionId={sessionId} />}
    </section>
  );
}
