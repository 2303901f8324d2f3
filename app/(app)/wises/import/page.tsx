import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { ImportColumnsTable } from "@/components/wises/import-columns-table";
import { ImportUpload } from "@/components/wises/import-upload";
import { requirePermission } from "@/lib/auth/session";
import { IMPORT_COLUMNS } from "@/lib/wises/import-columns";
import { GROUP_ERROR_FIELDS } from "@/lib/wises/schemas";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Wises");
  return { title: t("importTitle") };
}

export default async function ImportWisesPage() {
  await requirePermission("wise.import");
  const [t, tForm] = await Promise.all([getTranslations("Wises"), getTranslations("WiseForm")]);
  // Problems name the column of the file; rules across columns name the group they concern.
  const columnLabels: Record<string, string> = {
    ...Object.fromEntries(IMPORT_COLUMNS.map((column) => [column.field, column.header])),
    [GROUP_ERROR_FIELDS.categories]: tForm("supportNeedCategories"),
    [GROUP_ERROR_FIELDS.revenue]: tForm("revenueMix"),
  };
  return (
    <ClientMessages namespaces={["Errors", "WiseForm"]}>
      <p className="mb-2">
        <Link href="/wises" className="text-teal-800 underline underline-offset-4">
          {t("title")}
        </Link>
      </p>
      <PageHeader title={t("importTitle")} description={t("importDescription")} />
      <p className="mb-4 max-w-3xl">{t("importSteps")}</p>
      <p className="mb-6">
        <a href="/api/wises/template" download className={buttonClasses("secondary")}>
          {t("template")}
        </a>
      </p>
      <ImportUpload columnLabels={columnLabels} />
      <section aria-labelledby="columns-heading" className="mt-8">
        <h2 id="columns-heading" className="text-xl font-semibold">
          {t("columnsHeading")}
        </h2>
        <p className="mb-3 max-w-3xl text-slate-700">{t("columnsIntro")}</p>
        <ImportColumnsTable />
      </section>
    </ClientMessages>
  );
}
