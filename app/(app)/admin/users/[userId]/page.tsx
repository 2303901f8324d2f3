import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { ActivationForm, NewInvitationForm } from "@/components/users/account-controls";
import { PersonalDataSection } from "@/components/users/personal-data-section";
import { EditUserForm } from "@/components/users/user-form";
import { userFormOptions } from "@/components/users/user-form-options";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { getUserForAdmin } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Users");
  return { title: t("editUser") };
}

export default async function EditUserPage({ params }: { params: Promise<{ userId: string }> }) {
  const { userId } = await params;
  const actor = await requirePermission("user.update", { id: userId });
  const [target, options, t, dates] = await Promise.all([
    getUserForAdmin(actor, userId),
    userFormOptions(actor),
    getTranslations("Users"),
    getDateFormatter(),
  ]);
  if (!target) notFound();
  return (
    <ClientMessages namespaces={["Errors", "Forms"]}>
      <PageHeader title={target.name} description={target.email} />
      <section aria-labelledby="details" className="mb-8">
        <h2 id="details" className="mb-3 text-xl font-semibold">
          {t("details")}
        </h2>
        <EditUserForm options={options} user={target} />
      </section>
      <section aria-labelledby="access" className="mb-8">
        <h2 id="access" className="mb-3 text-xl font-semibold">
          {t("access")}
        </h2>
        <p className="mb-3">
          {target.active
            ? t("activeSince", { date: dates.date(target.createdAt) })
            : t("deactivatedOn", {
                date: dates.date(target.deactivatedAt ?? target.createdAt),
              })}
        </p>
        {can(actor, "user.deactivate", { id: target.id }) ? (
          <ActivationForm userId={target.id} active={target.active} />
        ) : (
          <p className="text-slate-700">{t("cannotDeactivateSelf")}</p>
        )}
      </section>
      {target.active && (
        <section aria-labelledby="invitation">
          <h2 id="invitation" className="mb-3 text-xl font-semibold">
            {t("invitation")}
          </h2>
          <p className="mb-3">
            {target.pendingInvitation
              ? t("invitationPending", {
                  date: dates.date(target.pendingInvitation.expiresAt),
                })
              : target.hasPassword
                ? t("hasPassword")
                : t("noPassword")}
          </p>
          <NewInvitationForm userId={target.id} />
        </section>
      )}
      <PersonalDataSection actor={actor} user={target} />
    </ClientMessages>
  );
}
