import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { CreateUserForm } from "@/components/users/user-form";
import { userFormOptions } from "@/components/users/user-form-options";
import { requirePermission } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Users");
  return { title: t("newUser") };
}

export default async function NewUserPage() {
  const user = await requirePermission("user.create");
  const t = await getTranslations("Users");
  return (
    <ClientMessages namespaces={["Errors", "Forms"]}>
      <PageHeader title={t("newUser")} description={t("newUserDescription")} />
      <CreateUserForm options={await userFormOptions(user)} />
    </ClientMessages>
  );
}
