import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/auth/sign-in-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { safeRedirectPath } from "@/lib/auth/safe-redirect";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("SignIn");
  return { title: t("title") };
}

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string }>;
}) {
  const { callbackUrl } = await searchParams;
  if (await getCurrentUser()) redirect(safeRedirectPath(callbackUrl));
  const t = await getTranslations("SignIn");
  const tApp = await getTranslations("App");
  return (
    <ClientMessages namespaces={["Errors", "Forms"]}>
      <div className="rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        <p className="mb-6 mt-1 text-slate-700">{tApp("tagline")}</p>
        <SignInForm callbackUrl={safeRedirectPath(callbackUrl)} />
      </div>
    </ClientMessages>
  );
}
