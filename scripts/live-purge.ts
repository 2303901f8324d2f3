/**
 * `npm run live:purge`: forgets the guests of live sessions that ended more than
 * LIVE_GUEST_RETENTION_DAYS ago (their scores stay, as an anonymous rater's) and old join-attempt
 * counts. Needs DATABASE_URL, like the app. Safe to run as often as you like, e.g. daily from
 * the host's scheduler; the app also runs it whenever a facilitator ends a live session.
 */
import { purgeExpiredGuests } from "../lib/live/guest-purge-mutations";

const { guests, joinAttempts } = await purgeExpiredGuests();
console.log(
  `Purged ${guests} guest(s) past retention; dropped ${joinAttempts} old join-attempt row(s).`,
);
process.exit(0);
