import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SessionForm } from "@/components/sessions/session-form";
import { sessionFormChoices } from "@/components/sessions/session-form-choices";
import { PageHeader } from "@/components/ui/page-header";
import { forbidIfRefused } from "@/lib/auth/forbid";
import { requireUser } from "@/lib/auth/session";
import { instantToWallTime } from "@/lib/dates/zoned-time";
import { serverEnv } from "@/lib/env";
import { getSessionForEdit } from "@/lib/sessions/queries";
import { isGridEditable } from "@/lib/sessions/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sessions");
  return { title: t("edit") };
}

export default async function EditSessionPage({
  params,
}: {
  params: Promise<{ sessionId: string }>;
}) {
  const { sessionId } = await params;
  const user = await requireUser();
  const session = await forbidIfRefused(() => getSessionForEdit(user, sessionId));
  if (!session) notFound();
  const t = await getTranslations("Sessions");
  return (
    <ClientMessages namespaces={["Errors", "Forms", "Sessions"]}>
      <PageHeader title={t("edit")} description={session.title} />
      <SessionForm
        choices={await sessionFormChoices()}
        session={{
          ...session,
          startsAt: instantToWallTime(session.startsAt, serverEnv().timeZone),
          organisationIds: session.organisations.map((link) => link.organisationId),
          gridLocked: !isGridEditable(session.status),
        }}
      />
    </ClientMessages>
  );
}
