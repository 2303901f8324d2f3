"use client";

import { useTranslations } from "next-intl";
import { SubmitButton } from "@/components/ui/button";
import { SelectField, TextField } from "@/components/ui/field";
import { FormAlert } from "@/components/ui/form-alert";
import { useFormAction } from "@/components/ui/use-form-action";
import { updatePlanActionAction } from "@/lib/skills/actions";
import { PLAN_ACTION_STATUSES } from "@/lib/skills/plans/schemas";

/** One action of an adopted plan: its owner (a role), due date and status, saved on its own. */
export function PlanActionForm({
  action,
  heading,
}: {
  action: { id: string; ownerRole: string; dueDate: string; status: string };
  /** What the action is about (the skill and its offer), for the form's name. */
  heading: string;
}) {
  const t = useTranslations("DevelopmentPlans");
  const { state, pending, formProps } = useFormAction(updatePlanActionAction);
  const errors = state && !state.ok ? state.fieldErrors : {};
  const id = (name: string) => `${name}-${action.id}`;
  return (
    <form
      {...formProps}
      noValidate
      aria-label={heading}
      className="flex flex-wrap items-end gap-x-4"
    >
      <input type="hidden" name="actionId" value={action.id} />
      <TextField
        id={id("ownerRole")}
        name="ownerRole"
        label={t("columns.ownerRole")}
        defaultValue={action.ownerRole}
        errors={errors.ownerRole}
        required
      />
      <TextField
        id={id("dueDate")}
        name="dueDate"
        type="date"
        label={t("columns.dueDate")}
        defaultValue={action.dueDate}
        errors={errors.dueDate}
      />
      <SelectField
        id={id("status")}
        name="status"
        label={t("columns.status")}
        defaultValue={action.status}
        errors={errors.status}
        options={PLAN_ACTION_STATUSES.map((status) => ({
          value: status,
          label: t(`statuses.${status}`),
        }))}
      />
      <div className="mb-4">
        <SubmitButton pending={pending}>{t("saveAction")}</SubmitButton>
      </div>
      <div className="basis-full">
        <FormAlert state={state} savedMessage={t("savedAction")} />
      </div>
    </form>
  );
}
