import type { Metadata } from "next";
import Link from "next/link";
import { forbidden, notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/ui/page-header";
import { wiseCountryOptions } from "@/components/wises/country-options";
import { WiseForm } from "@/components/wises/wise-form";
import { wiseFormValues } from "@/components/wises/wise-form-values";
import { ForbiddenError } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { getWiseForEdit } from "@/lib/wises/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Wises");
  return { title: t("edit") };
}

export default async function EditWisePage({ params }: { params: Promise<{ wiseId: string }> }) {
  const { wiseId } = await params;
  const user = await requireUser();
  // "wise.update" depends on the WISE's country, so the query checks it once the WISE is read.
  const wise = await getWiseForEdit(user, wiseId).catch((error: unknown) => {
    if (error instanceof ForbiddenError) forbidden();
    throw error;
  });
  if (!wise) notFound();
  const [t, countryOptions] = await Promise.all([getTranslations("Wises"), wiseCountryOptions()]);
  return (
    <>
      <p className="mb-2">
        <Link href={`/wises/${wise.id}`} className="text-teal-800 underline underline-offset-4">
          {wise.name}
        </Link>
      </p>
      <PageHeader title={t("editTitle", { name: wise.name })} />
      <WiseForm countryOptions={countryOptions} wiseId={wise.id} values={wiseFormValues(wise)} />
    </>
  );
}
