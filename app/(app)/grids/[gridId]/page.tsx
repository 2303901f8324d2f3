import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CategoryForm } from "@/components/grids/category-form";
import { CriterionCard } from "@/components/grids/criterion-card";
import { CriterionForm } from "@/components/grids/criterion-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { createGridVersionAction } from "@/lib/grids/actions";
import { getGrid } from "@/lib/grids/queries";
import { inReaderLanguage } from "@/lib/grids/rules";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Grids");
  return { title: t("title") };
}

export default async function GridPage({ params }: { params: Promise<{ gridId: string }> }) {
  const { gridId } = await params;
  const user = await requirePermission("grid.read");
  const [grid, t, dates, locale] = await Promise.all([
    getGrid(user, gridId),
    getTranslations("Grids"),
    getDateFormatter(),
    getLocale(),
  ]);
  if (!grid) notFound();
  const manages = can(user, "grid.manage");
  const editable = manages && grid.usage.lockReason === null;
  const created = dates.date(grid.createdAt);
  return (
    <ClientMessages namespaces={["Errors", "Forms", "Grids"]}>
      <PageHeader
        title={t("gridVersion", { name: grid.name, version: grid.version })}
        description={
          grid.basedOn
            ? `${t("basedOnVersion", { version: grid.basedOn.version })} · ${created}`
            : created
        }
      />
      <nav aria-label={t("versions")} className="mb-4">
        <span className="font-medium">{t("versions")}: </span>
        {grid.versions.map((version, index) => (
          <span key={version.id}>
            {index > 0 && " · "}
            {version.id === grid.id ? (
              <span aria-current="page">{t("thisVersion", { version: version.version })}</span>
            ) : (
              <Link href={`/grids/${version.id}`} className="text-teal-800 underline">
                {t("versionLink", { version: version.version })}
              </Link>
            )}
          </span>
        ))}
      </nav>
      {manages && (
        <section
          aria-labelledby="grid-state"
          className="mb-6 rounded-lg border border-slate-300 bg-white p-4"
        >
          <h2 id="grid-state" className="sr-only">
            {t("state")}
          </h2>
          <p className="mb-3">
            {grid.usage.lockReason
              ? t(`lockedNotice.${grid.usage.lockReason}`)
              : t("editableNotice")}
          </p>
          <p className="mb-3 text-sm text-slate-700">{t("newVersionHint")}</p>
          <ActionForm
            action={createGridVersionAction}
            fields={{ gridId: grid.id }}
            label={t("newVersion")}
            variant={grid.usage.lockReason ? "primary" : "secondary"}
            pendingLabel={t("saving")}
          />
        </section>
      )}
      {grid.categories.map((category) => {
        const name = inReaderLanguage(locale, category.nameEn, category.nameRo);
        return (
          <section key={category.id} aria-labelledby={`category-${category.id}`} className="mb-8">
            <h2
              id={`category-${category.id}`}
              className="mb-3 border-b border-slate-300 pb-1 text-xl font-semibold"
            >
              {name.text}{" "}
              <span lang={name.otherLocale} className="font-normal text-slate-700">
                / {name.other}
              </span>
            </h2>
            {editable && (
              <details className="mb-4">
                <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-teal-800 underline">
                  {t("renameCategory", { category: name.text })}
                </summary>
                <CategoryForm category={category} />
              </details>
            )}
            {category.criteria.map((criterion) => (
              <CriterionCard
                key={criterion.id}
                criterion={criterion}
                locale={locale}
                editable={editable}
              />
            ))}
            {editable && (
              <details className="rounded-lg border border-dashed border-slate-400 bg-white p-4">
                <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-teal-800 underline">
                  {t("addCriterion", { category: name.text })}
                </summary>
                <CriterionForm categoryId={category.id} />
              </details>
            )}
          </section>
        );
      })}
    </ClientMessages>
  );
}
