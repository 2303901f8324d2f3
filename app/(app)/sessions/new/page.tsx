import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SessionForm } from "@/components/sessions/session-form";
import { sessionFormChoices } from "@/components/sessions/session-form-choices";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Sessions");
  return { title: t("new") };
}

export default async function NewSessionPage() {
  await requirePermission("session.create");
  const t = await getTranslations("Sessions");
  return (
    <ClientMessages namespaces={["Errors", "Forms", "Sessions"]}>
      <PageHeader title={t("new")} description={t("newDescription")} />
      <SessionForm choices={await sessionFormChoices()} />
    </ClientMessages>
  );
}
