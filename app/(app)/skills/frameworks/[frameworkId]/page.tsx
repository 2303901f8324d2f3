import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SkillTextForm } from "@/components/skills/skill-text-form";
import { ActionForm } from "@/components/ui/action-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getDateFormatter } from "@/lib/dates/reader";
import { LOCALES } from "@/lib/i18n/locales";
import { createSkillFrameworkVersionAction } from "@/lib/skills/framework/actions";
import { getSkillFramework } from "@/lib/skills/framework/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SkillFrameworks");
  return { title: t("title") };
}

/** One version grouped by staff group and area, in the reader's language (English marked). */
export default async function SkillFrameworkPage({
  params,
}: {
  params: Promise<{ frameworkId: string }>;
}) {
  const { frameworkId } = await params;
  const user = await requirePermission("skillFramework.manage");
  const locale = await getLocale();
  const [framework, t, dates] = await Promise.all([
    getSkillFramework(user, frameworkId, locale),
    getTranslations("SkillFrameworks"),
    getDateFormatter(),
  ]);
  if (!framework) notFound();
  const created = dates.date(framework.createdAt);
  // Language names from the browser's own data: right for every language the app adds.
  const languageNames = new Intl.DisplayNames([locale], { type: "language" });
  return (
    <ClientMessages namespaces={["Errors", "Forms", "SkillFrameworks"]}>
      <PageHeader
        title={t("frameworkVersion", { name: framework.name, version: framework.version })}
        description={
          framework.basedOn
            ? `${t("basedOnVersion", { version: framework.basedOn.version })} · ${created}`
            : created
        }
      />
      <nav aria-label={t("versions")} className="mb-4">
        <span className="font-medium">{t("versions")}: </span>
        {framework.versions.map((version, index) => (
          <span key={version.id}>
            {index > 0 && " · "}
            {version.id === framework.id ? (
              <span aria-current="page">{t("thisVersion", { version: version.version })}</span>
            ) : (
              <Link href={`/skills/frameworks/${version.id}`} className="text-teal-800 underline">
                {t("versionLink", { version: version.version })}
              </Link>
            )}
          </span>
        ))}
      </nav>
      <section className="mb-6 rounded-lg border border-slate-300 bg-white p-4">
        <p className="mb-3">{framework.editable ? t("editableNotice") : t("inUseNotice")}</p>
        <ActionForm
          action={createSkillFrameworkVersionAction}
          fields={{ frameworkId: framework.id }}
          label={t("newVersion")}
          variant={framework.editable ? "secondary" : "primary"}
          pendingLabel={t("saving")}
        />
      </section>
      {framework.groups.map(({ group, areas }) => (
        <section key={group} aria-labelledby={`group-${group}`} className="mb-8">
          <h2 id={`group-${group}`} className="mb-2 text-xl font-bold">
            {t(`groups.${group}`)}
          </h2>
          {areas.map(({ area, skills }) => (
            <div key={area} className="mb-4">
              <h3 className="text-lg font-semibold">{t(`areas.${area}`)}</h3>
              <ul className="divide-y divide-slate-200 rounded-lg border border-slate-300 bg-white">
                {skills.map((skill) => (
                  <li key={skill.id} className="p-3">
                    <p className="font-medium">
                      {skill.fallback ? <span lang="en">{skill.name}</span> : skill.name}
                    </p>
                    {skill.fallback && (
                      <p className="text-sm font-medium text-amber-900">{t("englishFallback")}</p>
                    )}
                    {skill.easyRead && (
                      <p className="text-slate-700">{t("easyRead", { text: skill.easyRead })}</p>
                    )}
                    <p className="text-sm text-slate-600">
                      <span className="font-mono">{skill.code}</span>
                      {skill.digCompRef && ` · ${t("digComp", { ref: skill.digCompRef })}`}
                      {skill.escoUri && (
                        <>
                          {" · "}
                          <a href={skill.escoUri} className="text-teal-800 underline">
                            {t("esco")}
                          </a>
                        </>
                      )}
                    </p>
                    {framework.editable && (
                      <details className="mt-2">
                        <summary className="cursor-pointer text-teal-800 underline">
                          {t("editWording", { code: skill.code })}
                        </summary>
                        {LOCALES.map((language) => {
                          const text = skill.texts.find((entry) => entry.locale === language);
                          return (
                            <SkillTextForm
                              key={language}
                              skillId={skill.id}
                              locale={language}
                              languageName={languageNames.of(language) ?? language}
                              name={text?.name ?? ""}
                              easyRead={text?.easyRead ?? null}
                              withEasyRead={group === "WORKER"}
                            />
                          );
                        })}
                      </details>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      ))}
    </ClientMessages>
  );
}
