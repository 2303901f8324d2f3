import { numberFlag } from "../bench/flags";

/**
 * The shape of the simulated load, from issue 5: one main room (60 guests, 2 facilitators) and
 * 10 more sessions (10 guests, 1 facilitator each), all scoring the full grid at human pace.
 * Flags shrink it for a quick check while developing: `npm run bench:live -- --guests 5 --rooms 1`.
 */
export type BenchConfig = {
  mainGuests: number;
  extraRooms: number;
  extraRoomGuests: number;
  /** Agenda items scored one after the other in round 1; the last also gets a second round. */
  items: number;
  /** Criteria put to a second round on the last item. */
  secondRoundCriteria: number;
  /** Pause between two changes of one rater, in ms. */
  paceMs: [number, number];
  /** Share of raters who change their mind once on each item. */
  mindChangeShare: number;
  /** Share of changes sent twice with the same clientChangeId (half at once, half after the ack). */
  retryShare: number;
  /**
   * The other sessions are independent focus groups: each starts its agenda at a random moment
   * within this window after the main room, rather than all 11 opening scoring in the same second.
   * `--stagger-seconds 0` gives that worst case.
   */
  staggerMs: number;
  /** Scoring stops at this budget even if raters are not done: the run stays bounded. */
  scoringBudgetMs: number;
  /** Everything (build excluded) is stopped after this, whatever state it is in. */
  hardStopMs: number;
  requestTimeoutMs: number;
  distDir: string;
  rebuild: boolean;
  /** `--instances 2`: that many servers behind nginx (scripts/scale-out). */
  instances: number;
  /** `--pooler`: the servers reach PostgreSQL through PgBouncer in transaction mode. */
  pooler: boolean;
};

export function readConfig(args: string[], distDirFromEnv: string | undefined): BenchConfig {
  const pace = args.includes("--fast") ? [200, 500] : [1500, 4000];
  return {
    mainGuests: numberFlag(args, "guests", 60),
    extraRooms: numberFlag(args, "rooms", 10),
    extraRoomGuests: numberFlag(args, "room-guests", 10),
    items: Math.max(1, numberFlag(args, "items", 2)),
    secondRoundCriteria: 3,
    paceMs: [pace[0], pace[1]],
    mindChangeShare: 0.3,
    retryShare: 0.1,
    staggerMs: numberFlag(args, "stagger-seconds", 30) * 1000,
    scoringBudgetMs: numberFlag(args, "scoring-seconds", 180) * 1000,
    hardStopMs: numberFlag(args, "hard-stop-seconds", 360) * 1000,
    requestTimeoutMs: 10_000,
    distDir: distDirFromEnv ?? ".next-bench",
    rebuild: args.includes("--rebuild"),
    instances: Math.max(1, numberFlag(args, "instances", 1)),
    pooler: args.includes("--pooler"),
  };
}
