import "server-only";
import { type Actor, assertCan } from "@/lib/auth/permissions";
import { db } from "@/lib/db";

/**
 * Everything the app holds about one person, for an admin answering a request under GDPR
 * art. 15: the account, invitations (never their tokens), sign-in attempts made with the
 * person's e-mail, session memberships, live-session guest records, their scores and what they
 * wrote. Null when the person does not exist. Throws ForbiddenError for anyone but an admin.
 */
export async function getPersonalData(actor: Actor, userId: string) {
  assertCan(actor, "user.exportData", { id: userId });
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      countryCode: true,
      organisation: { select: { name: true } },
      active: true,
      guest: true,
      createdAt: true,
      deactivatedAt: true,
      invitations: { select: { createdAt: true, expiresAt: true, usedAt: true } },
      sessionMemberships: {
        select: { role: true, canScore: true, session: { select: { id: true, title: true } } },
      },
      liveParticipant: {
        select: {
          displayName: true,
          status: true,
          joinedAt: true,
          admittedAt: true,
          removedAt: true,
          session: { select: { id: true, title: true } },
        },
      },
      evaluations: {
        select: {
          agendaItem: {
            select: {
              session: { select: { id: true, title: true } },
              wise: { select: { name: true } },
            },
          },
          scores: {
            select: {
              criterion: { select: { code: true } },
              answer: true,
              level: true,
              value: true,
              comment: true,
            },
          },
        },
      },
      notes: { select: { body: true, isPublic: true, createdAt: true } },
      sessionReviews: { select: { step: true, body: true, createdAt: true, sessionId: true } },
      // What they wrote as a case study's author or reviewer (decision 0016).
      caseStudiesAuthored: { select: { id: true, wiseId: true, locale: true, createdAt: true } },
      caseStudyReviews: {
        select: { step: true, body: true, createdAt: true, caseStudyId: true },
      },
      goodPractices: { select: { id: true, title: true, countryCode: true, createdAt: true } },
    },
  });
  if (!user) return null;
  const signInAttempts = await db.signInAttempt.findMany({
    where: { email: user.email },
    orderBy: { createdAt: "asc" },
    select: { ip: true, succeeded: true, createdAt: true },
  });
  return { exportedAt: new Date().toISOString(), person: user, signInAttempts };
}

export type PersonalData = NonNullable<Awaited<ReturnType<typeof getPersonalData>>>;
