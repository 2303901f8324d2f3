import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CaseStudyAttachments } from "@/components/case-studies/case-study-attachments";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { getCaseStudyAttachments } from "@/lib/attachments/queries";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Attachments");
  return { title: t("pageTitle") };
}

/** "Photos and documents" of one case study, linked from the study's page. */
export default async function CaseStudyAttachmentsPage({
  params,
}: {
  params: Promise<{ caseStudyId: string }>;
}) {
  const user = await requireUser();
  const { caseStudyId: id } = await params;
  // A study that does not exist and one of another country look the same: not found.
  const study = await getCaseStudyAttachments(user, id);
  if (!study) notFound();
  const t = await getTranslations("Attachments");
  return (
    <ClientMessages namespaces={["Attachments", "Errors", "Forms"]}>
      <p className="mb-2">
        <Link href={`/case-studies/${id}`} className="text-teal-800 underline underline-offset-4">
          {t("backToStudy")}
        </Link>
      </p>
      <PageHeader
        title={t("pageTitle")}
        description={t("pageDescription", { wise: study.wiseName })}
      />
      <CaseStudyAttachments caseStudyId={id} canEdit={study.canEdit} />
    </ClientMessages>
  );
}
