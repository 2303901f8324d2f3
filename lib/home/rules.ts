/**
 * What a home page lists as waiting, in the order the sections appear. Pure: no Prisma, no Next.
 *
 * A kind is "counted" when the reader is the one who must act: the menu shows how many such
 * items wait. A few kinds are listed only so that the reader knows where things stand (a closed
 * session awaiting the partner waits for someone else), and are not counted.
 */
export const WAITING_KINDS = [
  // The facilitator's (and co-facilitator's) sessions, by next step.
  "TO_OPEN",
  "SCORING",
  "CHANGES_REQUESTED",
  "READY_TO_PUBLISH",
  "AWAITING_PARTNER",
  // The national partner's review of their country's closed sessions.
  "TO_REVIEW",
  "ASKED_TO_CHANGE",
  // A participant's invitations to score and the summaries published for them.
  "INVITED_TO_SCORE",
  "NEW_SUMMARY",
  // The administrator's accounts still without a password and imported sessions not yet published.
  "PENDING_INVITATION",
  "PENDING_IMPORT",
] as const;

export type WaitingKind = (typeof WAITING_KINDS)[number];

const NOT_COUNTED: ReadonlySet<WaitingKind> = new Set(["AWAITING_PARTNER", "ASKED_TO_CHANGE"]);

export function isCounted(kind: WaitingKind): boolean {
  return !NOT_COUNTED.has(kind);
}

export const COUNTED_KINDS: readonly WaitingKind[] = WAITING_KINDS.filter(isCounted);

/** A published summary stays "new" on a participant's home for this many days. */
export const NEW_SUMMARY_DAYS = 30;

/** Items shown per section; the section's heading gives the full count. */
export const ITEMS_PER_SECTION = 10;

/** One waiting thing as the home shows it: what it is and where the job is done. */
export type WaitingItem = {
  kind: WaitingKind;
  id: string;
  label: string;
  at: Date | null;
  countryCode: string | null;
  /** The WISE to score next, for an invitation to score. */
  agendaItemId: string | null;
  /** For an invitation to score: WISEs not yet started, of all on the agenda. */
  remaining: number | null;
  total: number | null;
  /** For an invitation: its link has expired, a new one is needed. */
  expired: boolean;
};

/** Where the reader does the job an item asks for. */
export function hrefOf(item: Pick<WaitingItem, "kind" | "id" | "agendaItemId">): string {
  switch (item.kind) {
    case "TO_OPEN":
    case "SCORING":
    case "PENDING_IMPORT":
      return `/sessions/${item.id}`;
    case "CHANGES_REQUESTED":
    case "READY_TO_PUBLISH":
    case "AWAITING_PARTNER":
    case "TO_REVIEW":
    case "ASKED_TO_CHANGE":
      return `/sessions/${item.id}/review`;
    case "INVITED_TO_SCORE":
      return item.agendaItemId
        ? `/sessions/${item.id}/score/${item.agendaItemId}`
        : `/sessions/${item.id}`;
    case "NEW_SUMMARY":
      return `/summaries/${item.id}`;
    case "PENDING_INVITATION":
      return `/admin/users/${item.id}`;
  }
}
