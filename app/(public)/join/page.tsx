import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { JoinForm } from "@/components/live/join-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("LiveJoin");
  return { title: t("title") };
}

/** Where the room's QR code leads: the code comes filled in, the guest adds a name. */
export default async function JoinPage({
  searchParams,
}: {
  searchParams: Promise<{ code?: string | string[] }>;
}) {
  const { code } = await searchParams;
  const t = await getTranslations("LiveJoin");
  return (
    <ClientMessages namespaces={["Errors", "LiveJoin"]}>
      <div className="mx-auto max-w-md">
        <h1 className="mb-2 text-2xl font-bold text-slate-900">{t("title")}</h1>
        <p className="mb-6 text-slate-800">{t("intro")}</p>
        <JoinForm code={typeof code === "string" ? code.slice(0, 32) : ""} />
      </div>
    </ClientMessages>
  );
}
