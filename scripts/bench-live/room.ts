import type { LiveState } from "../../lib/live/events";
import type { BenchConfig } from "./config";
import type { RoomFixture } from "./fixture";
import { Device } from "./http";
import { type ControlRecord, control, join, RoomFailure, reveal } from "./live-api";
import type { Metrics } from "./metrics";
import { type Rater, type RaterContext, scoreRound } from "./rater";
import type { Ack, ScoreSender } from "./score-sender";
import { progressKey, Screen } from "./screen";
import { signIn } from "./sign-in";

export type RoomContext = {
  baseUrl: string;
  config: BenchConfig;
  metrics: Metrics;
  sender: ScoreSender;
  password: string;
  criterionIds: string[];
  stopAt: () => number;
  /** Headers each device of this room sends, e.g. its own X-Forwarded-For address (bench:abuse). */
  deviceHeaders?: () => Record<string, string>;
  /** Runs sign-ins one at a time across rooms: a dozen argon2 checks at once starve the server. */
  oneAtATime<T>(work: () => Promise<T>): Promise<T>;
  /** The guest's rater id (their User), read from the database: join answers with participantId. */
  userIdsOf(participantIds: string[]): Promise<Map<string, string>>;
};

type ProgressExpectation = { key: string; sentAt: number; ackedAt: number };
const GUEST_JOIN_CONCURRENCY = 5;

/**
 * One focus group in the room: facilitators sign in and start live, guests join with the code
 * and open their streams, the facilitator admits all. `prepare` does all that before the
 * measured part; `run` then goes through the agenda while everyone scores.
 */
export class Room {
  readonly controls: ControlRecord[] = [];
  readonly progressExpected: ProgressExpectation[] = [];
  private lead!: Rater;
  private facilitators: Rater[] = [];
  private guests: Rater[] = [];
  private readonly versions = new Map<string, Map<string, number>>();
  private lastVersion = 0;

  constructor(
    readonly fixture: RoomFixture,
    private readonly context: RoomContext,
  ) {}

  get guestCount(): number {
    return this.guests.length;
  }

  async prepare(): Promise<void> {
    const { fixture, context } = this;
    for (const facilitator of fixture.facilitators) {
      const device = new Device(
        context.baseUrl,
        context.config.requestTimeoutMs,
        context.deviceHeaders?.(),
      );
      await context.oneAtATime(() => signIn(device, facilitator.email, context.password));
      const screen = new Screen(device, fixture.sessionId, context.metrics);
      this.facilitators.push({ label: facilitator.email, userId: facilitator.id, device, screen });
    }
    this.lead = this.facilitators[0];
    const started = await this.act({ action: "start" });
    await Promise.all(this.facilitators.map((rater) => rater.screen.open()));

    const joined: { device: Device; participantId: string; label: string }[] = [];
    const names = Array.from({ length: fixture.guests }, (_, index) => `Guest ${index + 1}`);
    for (let i = 0; i < names.length; i += GUEST_JOIN_CONCURRENCY) {
      const batch = names.slice(i, i + GUEST_JOIN_CONCURRENCY).map(async (label) => {
        const device = new Device(
          context.baseUrl,
          context.config.requestTimeoutMs,
          context.deviceHeaders?.(),
        );
        const guest = await join(device, context.metrics, started.joinCode, label);
        if (guest) joined.push({ device, participantId: guest.participantId, label });
      });
      await Promise.all(batch);
    }
    const userIds = await context.userIdsOf(joined.map((guest) => guest.participantId));
    this.guests = joined.flatMap(({ device, participantId, label }) => {
      const userId = userIds.get(participantId);
      if (!userId) return [];
      return [
        { label, userId, device, screen: new Screen(device, fixture.sessionId, context.metrics) },
      ];
    });
    const opened = await Promise.allSettled(this.guests.map((guest) => guest.screen.open()));
    for (const outcome of opened) {
      if (outcome.status === "rejected") context.metrics.error("guest stream refused");
    }
    await this.act({ action: "admitAll" });
  }

  /** The agenda: each item presented, scored and revealed; a second round on the last one. */
  async run(): Promise<void> {
    const { fixture, config, criterionIds } = { ...this.context, fixture: this.fixture };
    const raters = [...this.facilitators, ...this.guests];
    for (const [index, agendaItemId] of fixture.agendaItemIds.entries()) {
      await this.act({ action: "present", agendaItemId });
      await this.act({ action: "openScoring" });
      await this.everyoneScores(raters, agendaItemId, 1, criterionIds);
      await this.act({ action: "closeScoring" });
      await this.act({ action: "reveal" });
      await reveal(this.lead.device, this.context.metrics, fixture.sessionId);
      if (index < fixture.agendaItemIds.length - 1) continue;

      const chosen = criterionIds.slice(0, config.secondRoundCriteria);
      const second = await this.act({ action: "secondRound", criterionIds: chosen });
      if (second.phase !== "SCORING_OPEN") await this.act({ action: "openScoring" });
      await this.everyoneScores(raters, agendaItemId, 2, chosen);
      await this.act({ action: "closeScoring" });
      await this.act({ action: "reveal" });
      await reveal(this.lead.device, this.context.metrics, fixture.sessionId);
      await this.act({ action: "agree", criterionId: chosen[0], level: 3 });
    }
    for (const rater of raters) rater.screen.stream.expectEnd();
    await this.act({ action: "end" }, false);
  }

  /** Closes every stream still open (after the end, or when the run is cut short). */
  close(): void {
    for (const rater of [...this.facilitators, ...this.guests]) rater.screen.stream.close();
  }

  /**
   * Time from each control action to each guest's screen showing it, and from each first
   * answer's ack to each facilitator's screen showing that rater's progress.
   */
  collectUpdateTimes(metrics: Metrics): void {
    for (const record of this.controls) {
      for (const guest of this.guests) {
        const at = guest.screen.arrivalOf(record.stateVersion);
        if (at !== undefined) metrics.stateMs.push(Math.max(0, at - record.startedAt));
        else if (guest.screen.stream.drops === 0) metrics.error("state never reached a guest");
      }
    }
    for (const expected of this.progressExpected) {
      for (const facilitator of this.facilitators) {
        const at = facilitator.screen.progressArrivals.get(expected.key);
        if (at === undefined) {
          if (facilitator.screen.stream.drops === 0)
            metrics.error("progress never reached a facilitator");
          continue;
        }
        if (at < expected.ackedAt) metrics.progressBeforeAck += 1;
        metrics.progressMs.push(at - expected.sentAt);
      }
    }
  }

  private async everyoneScores(
    raters: Rater[],
    agendaItemId: string,
    round: number,
    criterionIds: string[],
  ) {
    const { context } = this;
    const raterContext: RaterContext = {
      sender: context.sender,
      metrics: context.metrics,
      paceMs: context.config.paceMs,
      stopAt: context.stopAt,
      onAnswered: (rater, itemId, answered, ack: Ack) =>
        this.progressExpected.push({
          key: progressKey(itemId, rater.userId, 1, answered),
          sentAt: ack.sentAt,
          ackedAt: ack.ackedAt,
        }),
    };
    await Promise.all(
      raters.map((rater) => {
        const key = `${rater.userId}|${agendaItemId}`;
        if (!this.versions.has(key)) this.versions.set(key, new Map());
        const changeMind = round === 1 && Math.random() < context.config.mindChangeShare;
        return scoreRound(
          rater,
          { agendaItemId, round, criterionIds, changeMind },
          this.versions.get(key) as Map<string, number>,
          raterContext,
        );
      }),
    );
  }

  /** A control action by the lead facilitator; measured for the guests' screens unless told not to. */
  private async act(
    action: Record<string, unknown> & { action: string },
    measure = true,
  ): Promise<LiveState> {
    const { state, record } = await control(
      this.lead.device,
      this.context.metrics,
      this.fixture.sessionId,
      action,
    );
    // Only actions that moved the state on are visible to guests (recording an agreed level may not).
    if (measure && action.action !== "start" && record.stateVersion > this.lastVersion) {
      this.controls.push(record);
    }
    this.lastVersion = Math.max(this.lastVersion, record.stateVersion);
    return state;
  }
}

export { RoomFailure };
