"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { updateCategoryAction } from "@/lib/grids/actions";

/** Renames a category in English, the reference; translations have their own form. */
export function CategoryForm({ category }: { category: { id: string; name: string } }) {
  const t = useTranslations("Grids");
  const { state, pending, formProps } = useFormAction(updateCategoryAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const prefix = `category-${category.id}`;
  return (
    <form {...formProps} noValidate className="mt-3 max-w-3xl">
      <FormAlert state={state} />
      {state?.ok && (
        <p role="status" className="mb-3 rounded-md border border-teal-700 bg-teal-50 p-2">
          {t("saved")}
        </p>
      )}
      <input type="hidden" name="categoryId" value={category.id} />
      <div className="grid gap-x-4 md:grid-cols-2">
        <TextField
          id={`${prefix}-name`}
          name="name"
          lang="en"
          label={t("fields.nameEn")}
          defaultValue={category.name}
          errors={errors.name}
        />
      </div>
      <SubmitButton pending={pending} pendingLabel={t("saving")}>
        {t("saveNames")}
      </SubmitButton>
    </form>
  );
}
