import { getTranslations } from "next-intl/server";

/** Says that the text beside it is English because the language shown lacks it. */
export async function FallbackMark() {
  const t = await getTranslations("GridWording");
  return (
    <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-medium text-amber-950">
      {t("fallback")}
    </span>
  );
}
