import { getLocale, getTranslations } from "next-intl/server";
import { countryName } from "@/lib/countries/catalogue";
import type { GapMap } from "@/lib/skills/gaps/queries";
import { GroupGapsSection } from "./group-gaps-section";
import { HeatmapTable } from "./heatmap-table";

/** What both gap maps show: the heatmap, then each group's priorities and chart. */
export async function GapMapBody({
  map,
  skillName,
}: {
  map: GapMap;
  skillName: (code: string) => string;
}) {
  const [t, tModels, locale] = await Promise.all([
    getTranslations("SkillGaps"),
    getTranslations("Models"),
    getLocale(),
  ]);
  const rowLabel = (key: string): string => {
    if (map.rows === "group") return t(`groups.${key}` as "groups.ENABLER");
    if (map.rows === "country") return countryName(key, locale);
    return key === "NONE" ? t("noModel") : tModels(`${key}.name` as Parameters<typeof tModels>[0]);
  };
  if (map.groups.length === 0) return <p className="mb-6">{t("empty")}</p>;
  return (
    <>
      <section aria-labelledby="heatmap-heading" className="mb-8">
        <h2 id="heatmap-heading" className="mb-2 text-xl font-semibold">
          {t("heatmap", { rows: t(`rowsBy.${map.rows}`).toLowerCase() })}
        </h2>
        <HeatmapTable
          id="heatmap"
          title={t("heatmap", { rows: t(`rowsBy.${map.rows}`).toLowerCase() })}
          heatmap={map.heatmap}
          rowLabel={rowLabel}
          areaLabel={(area) => t(`areas.${area}` as "areas.WORK")}
        />
      </section>
      {map.groups.map((group) => (
        <GroupGapsSection key={group.group} group={group} skillName={skillName} />
      ))}
    </>
  );
}
