import type { Metadata } from "next";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { practiceFormOptions } from "@/components/good-practices/form-options";
import { PracticeForm } from "@/components/good-practices/practice-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getGoodPractice } from "@/lib/good-practices/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("GoodPractices.form");
  return { title: t("editTitle") };
}

/** Editing names the version read here: a save by someone else meanwhile is shown as a conflict. */
export default async function EditGoodPracticePage({
  params,
}: {
  params: Promise<{ goodPracticeId: string }>;
}) {
  const { goodPracticeId } = await params;
  const user = await requirePermission("goodPractice.read");
  const item = await getGoodPractice(user, goodPracticeId);
  if (!item) notFound();
  if (!can(user, "goodPractice.update", item)) forbidden();
  const [t, options] = await Promise.all([
    getTranslations("GoodPractices.form"),
    practiceFormOptions(),
  ]);
  return (
    <ClientMessages namespaces={["Errors", "GoodPractices"]}>
      <PageHeader title={t("editTitle")} description={item.title} />
      <PracticeForm
        values={item}
        hidden={{ goodPracticeId: item.id, version: String(item.version) }}
        locales={options.locales}
        tagOptions={options.tagOptions}
      />
    </ClientMessages>
  );
}
