import "server-only";
import { defineCommand } from "@/lib/actions/command";
import { DomainError } from "@/lib/actions/result";
import { organisationSubject } from "@/lib/audit/subjects";
import { assertCan } from "@/lib/auth/permissions";
import { CreateOrganisationSchema } from "./schemas";

export const createOrganisation = defineCommand({
  schema: CreateOrganisationSchema,
  authorize: (actor) => assertCan(actor, "organisation.create"),
  run: async (_actor, input, tx) => {
    const country = await tx.country.findUnique({ where: { code: input.countryCode } });
    if (!country) throw new DomainError(400, "countryRequired", "countryCode");
    const duplicate = await tx.organisation.findUnique({
      where: { name_countryCode: { name: input.name, countryCode: input.countryCode } },
      select: { id: true },
    });
    if (duplicate) throw new DomainError(409, "organisationExists", "name");
    const organisation = await tx.organisation.create({ data: input, select: { id: true } });
    return { organisationId: organisation.id };
  },
  audit: {
    action: "organisation.create",
    subject: organisationSubject,
    createdId: (_, result) => result.organisationId,
  },
});
