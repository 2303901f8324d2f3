import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { AcceptInvitationForm } from "@/components/auth/accept-invitation-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { hashInvitationToken } from "@/lib/users/invitation-tokens";
import { findUsableInvitation } from "@/lib/users/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Invitation");
  return { title: t("title") };
}

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations("Invitation");
  const invitation = await findUsableInvitation(hashInvitationToken(token));
  return (
    <ClientMessages namespaces={["Errors", "Forms"]}>
      <div className="rounded-lg border border-slate-300 bg-white p-6 shadow-sm">
        <h1 className="text-2xl font-bold">{t("title")}</h1>
        {invitation ? (
          <>
            <p className="mb-6 mt-1 text-slate-700">
              {t("intro", { name: invitation.user.name, email: invitation.user.email })}
            </p>
            <AcceptInvitationForm token={token} />
          </>
        ) : (
          <>
            <p className="mt-2 text-slate-800">{t("invalid")}</p>
            <Link href="/sign-in" className="mt-4 inline-block font-medium text-teal-800 underline">
              {t("goToSignIn")}
            </Link>
          </>
        )}
      </div>
    </ClientMessages>
  );
}
