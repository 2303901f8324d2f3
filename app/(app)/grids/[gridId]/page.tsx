import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CategoryForm } from "@/components/grids/category-form";
import { CriterionCard } from "@/components/grids/criterion-card";
import { CriterionForm } from "@/components/grids/criterion-form";
import { FallbackMark } from "@/components/grids/fallback-mark";
import { WordingForm } from "@/components/grids/wording-form";
import { WordingLanguagePicker } from "@/components/grids/wording-language-picker";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { can } from "@/lib/auth/permissions";
import { requirePermission } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { createGridVersionAction } from "@/lib/grids/actions";
import { getGrid } from "@/lib/grids/queries";
import { FALLBACK_LOCALE, localName } from "@/lib/grids/rules";
import { languageName } from "@/lib/i18n/language-name";
import { isLocale } from "@/lib/i18n/locales";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Grids");
  return { title: t("title") };
}

type PageProps = {
  params: Promise<{ gridId: string }>;
  searchParams: Promise<{ lang?: string | string[] }>;
};

export default async function GridPage({ params, searchParams }: PageProps) {
  const [{ gridId }, { lang }] = await Promise.all([params, searchParams]);
  const user = await requirePermission("grid.read");
  const [grid, t, tw, dates, locale] = await Promise.all([
    getGrid(user, gridId),
    getTranslations("Grids"),
    getTranslations("GridWording"),
    getDateFormatter(),
    getLocale(),
  ]);
  if (!grid) notFound();
  // The language whose wording is shown: the one picked on the page, else the reader's own.
  const shown = isLocale(lang) ? lang : locale;
  const shownName = languageName(shown, locale);
  const manages = can(user, "grid.manage");
  const editable = manages && grid.usage.lockReason === null && shown === FALLBACK_LOCALE;
  const corrects = shown !== FALLBACK_LOCALE && can(user, "content.correct", { locale: shown });
  const wordingLabels = (item: string, english: { name: string; levels: string[] }) => ({
    open: tw("translateNamed", { name: item, language: shownName }),
    name: tw("name", { language: shownName }),
    levels: tw("levels", { language: shownName }),
    level: [1, 2, 3, 4, 5].map((level) => tw("level", { level, language: shownName })),
    englishName: tw("englishBeside", { text: english.name }),
    englishLevels: english.levels.map((text) => tw("englishBeside", { text })),
    save: tw("save"),
    saved: tw("saved"),
    saving: t("saving"),
  });
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
      <WordingLanguagePicker gridId={grid.id} shown={shown} readerLocale={locale} />
      {corrects && (
        <p className="mb-4 rounded-md border border-slate-300 bg-white p-3 text-sm">
          {tw("translationNotice", { language: shownName })}
        </p>
      )}
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
          {shown !== FALLBACK_LOCALE && <p className="mb-3 text-sm">{tw("reference")}</p>}
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
        const name = localName(shown, category);
        const english = localName(FALLBACK_LOCALE, category);
        const own = category.texts.find((text) => text.locale === shown)?.name.trim() ?? "";
        return (
          <section key={category.id} aria-labelledby={`category-${category.id}`} className="mb-8">
            <h2
              id={`category-${category.id}`}
              className="mb-3 border-b border-slate-300 pb-1 text-xl font-semibold"
            >
              <span lang={own ? shown : FALLBACK_LOCALE}>{name}</span>
              {shown !== FALLBACK_LOCALE && !own && <FallbackMark />}
            </h2>
            {editable && (
              <details className="mb-4">
                <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-teal-800 underline">
                  {t("renameCategory", { category: name })}
                </summary>
                <CategoryForm category={{ id: category.id, name: english }} />
              </details>
            )}
            {corrects && (
              <details className="mb-4">
                <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-teal-800 underline">
                  {tw("translateNamed", { name, language: shownName })}
                </summary>
                <WordingForm
                  target={{ categoryId: category.id }}
                  locale={shown}
                  name={own}
                  labels={wordingLabels(name, { name: english, levels: [] })}
                />
              </details>
            )}
            {category.criteria.map((criterion) => (
              <CriterionCard
                key={criterion.id}
                criterion={criterion}
                shown={shown}
                editable={editable}
                wordingLabels={
                  corrects ? (english) => wordingLabels(localName(shown, criterion), english) : null
                }
              />
            ))}
            {editable && (
              <details className="rounded-lg border border-dashed border-slate-400 bg-white p-4">
                <summary className="inline-flex min-h-11 cursor-pointer items-center font-medium text-teal-800 underline">
                  {t("addCriterion", { category: name })}
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
