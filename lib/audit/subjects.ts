import "server-only";
import type { Prisma } from "@/lib/db";
import { CATEGORY_TEXTS, GRID_CRITERION_CONTENT } from "@/lib/grids/grid-content";
import { WISE_AUDIT_SELECT } from "@/lib/wises/select";
import type { AuditTargetType } from "./actions";

type Tx = Prisma.TransactionClient;

/**
 * An object as the trail records it: what it is, its name and country (what readers filter
 * on) and the state of the fields that matter.
 *
 * What a snapshot leaves out, on purpose: passwords, invitation and share tokens and join codes
 * (credentials: the trail is read by more people than the object), and a WISE's support-need
 * counts per category (special-category data about workers, only ever shown in aggregate
 * through the suppression rule). Each reader selects its fields explicitly, so a column added
 * to a model later stays out of the trail until someone decides it belongs there.
 */
export type AuditSubject = {
  type: AuditTargetType;
  id: string;
  label: string;
  countryCode: string | null;
  state: Prisma.InputJsonObject;
};

/** Reads one object's snapshot in the command's transaction; null when it does not exist. */
export type SubjectReader = (tx: Tx, id: string) => Promise<AuditSubject | null>;

/** Dates as ISO text and decimals as text, as they would be sent to a browser. */
function plain(value: object): Prisma.InputJsonObject {
  return JSON.parse(JSON.stringify(value));
}

/** Two-part keys (session and user, agenda item and user) written "first:second"; ids hold no ':'. */
export function pairId(first: string, second: string): string {
  return `${first}:${second}`;
}

export function splitPair(id: string): [string, string] {
  const [first = "", second = ""] = id.split(":");
  return [first, second];
}

export const userSubject: SubjectReader = async (tx, id) => {
  const user = await tx.user.findUnique({
    where: { id },
    select: {
      name: true,
      email: true,
      role: true,
      active: true,
      organisationId: true,
      countryCode: true,
      passwordHash: true,
    },
  });
  if (!user) return null;
  const { passwordHash, ...fields } = user;
  // Whether a password is set, never the hash.
  const state = { ...fields, hasPassword: passwordHash !== null };
  return { type: "User", id, label: user.name, countryCode: user.countryCode, state };
};

export const organisationSubject: SubjectReader = async (tx, id) => {
  const organisation = await tx.organisation.findUnique({
    where: { id },
    select: { name: true, countryCode: true },
  });
  if (!organisation) return null;
  const { name, countryCode } = organisation;
  return { type: "Organisation", id, label: name, countryCode, state: { name, countryCode } };
};

// Not the support-need counts per category: see AuditSubject and WISE_AUDIT_SELECT.
const WISE_FIELDS = WISE_AUDIT_SELECT;

/** Many WISEs in one statement, for an import. */
export async function wiseSubjects(tx: Tx, ids: string[]): Promise<AuditSubject[]> {
  const wises = await tx.wise.findMany({ where: { id: { in: ids } }, select: WISE_FIELDS });
  return wises.map(({ id, ...wise }) => ({
    type: "Wise",
    id,
    label: wise.name,
    countryCode: wise.countryCode,
    state: plain(wise),
  }));
}

export const wiseSubject: SubjectReader = async (tx, id) =>
  (await wiseSubjects(tx, [id]))[0] ?? null;

export const gridSubject: SubjectReader = async (tx, id) => {
  const grid = await tx.grid.findUnique({
    where: { id },
    select: { name: true, version: true, basedOnId: true },
  });
  if (!grid) return null;
  const label = `${grid.name} v${grid.version}`;
  return { type: "Grid", id, label, countryCode: null, state: grid };
};

export const gridCategorySubject: SubjectReader = async (tx, id) => {
  const category = await tx.gridCategory.findUnique({
    where: { id },
    select: {
      code: true,
      ...CATEGORY_TEXTS,
      gridId: true,
      grid: { select: { name: true, version: true } },
    },
  });
  if (!category) return null;
  const { grid, ...state } = category;
  const label = `${grid.name} v${grid.version} · ${category.code}`;
  return { type: "GridCategory", id, label, countryCode: null, state };
};

export const gridCriterionSubject: SubjectReader = async (tx, id) => {
  const criterion = await tx.gridCriterion.findUnique({
    where: { id },
    select: {
      position: true,
      ...GRID_CRITERION_CONTENT,
      categoryId: true,
      category: { select: { grid: { select: { name: true, version: true } } } },
    },
  });
  if (!criterion) return null;
  const { category, ...state } = criterion;
  const label = `${category.grid.name} v${category.grid.version} · ${criterion.code}`;
  return { type: "GridCriterion", id, label, countryCode: null, state: plain(state) };
};
