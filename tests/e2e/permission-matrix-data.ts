/**
 * The data of tests/e2e/permission-matrix.spec.ts, made with the test factories (run by
 * runFactoryScript): one Romanian session running live, and a fresh account for each caller of
 * the matrix, so that what other specs do to the demo accounts never moves a cell.
 * Prints the ids, join code and accounts as JSON.
 */
import { randomBytes } from "node:crypto";
import { db } from "@/lib/db";
import { makeAttachment } from "../factories/attachments";
import { makeCaseStudy } from "../factories/case-studies";
import { makeGoodPractice, makeNote } from "../factories/good-practices";
import { control } from "../factories/live";
import { addMember, makeSession } from "../factories/sessions";
import { makeSurvey as makeGapSurvey, makeSkillFramework } from "../factories/skills-gaps";
import { makeSurvey } from "../factories/skills-surveys";
import { asActor, specAccounts } from "../factories/users";

const token = JSON.parse(process.argv[2] ?? "{}").token as string;
const account = specAccounts("matrix", token);

const owner = await account("owner", "FACILITATOR", "RO");
const participant = await account("participant", "PARTICIPANT");
const otherFacilitator = await account("otherfacilitator", "FACILITATOR", "RO");
const partnerOtherCountry = await account("partnerbe", "PARTNER", "BE");
const partnerSameCountry = await account("partnerro", "PARTNER", "RO");
const admin = await account("admin", "ADMIN");

const { session, agendaItems } = await makeSession({ facilitatorId: owner.id, countryCode: "RO" });
const agendaItem = agendaItems[0];
if (!agendaItem) throw new Error("the session needs an agenda item");
await addMember(session.id, participant.id, "PARTICIPANT", true);
// The other facilitator runs a session of their own: theirs, not the one the matrix reads.
await makeSession({
  facilitatorId: otherFacilitator.id,
  countryCode: "RO",
  gridId: session.gridId,
});
// A published session of the same facilitator, shared by link, for the summary entry points
// (which show published sessions only).
const published = await makeSession({
  facilitatorId: owner.id,
  countryCode: "RO",
  gridId: session.gridId,
  status: "PUBLISHED",
});
await addMember(published.session.id, participant.id, "PARTICIPANT");
const shareToken = randomBytes(16).toString("hex");
await db.focusGroupSession.update({
  where: { id: published.session.id },
  data: { shareToken },
});
// A Romanian skills survey of the session's WISE, for the gap map and plan entry points.
const skillsFramework = await makeSkillFramework([
  { code: "DIGCOMP_1_1", group: "ENABLER", area: "DIGITAL_INFORMATION" },
]);
const skillsSurvey = await makeGapSurvey({
  frameworkId: skillsFramework.id,
  createdById: owner.id,
  wiseIds: [agendaItem.wiseId],
});
const ownerActor = asActor(await db.user.findUniqueOrThrow({ where: { id: owner.id } }));
const state = await control(ownerActor, session.id, { action: "start" });
// Guests are let in as they join, so the guest caller is admitted from the first cell to the
// last (the matrix's own "admit" of them then changes nothing).
await control(ownerActor, session.id, { action: "admitAll" });

const survey = await makeSurvey({ sessionId: session.id, createdById: owner.id });
const caseStudy = await makeCaseStudy({
  wiseId: agendaItem.wiseId,
  authorId: partnerSameCountry.id,
  sessionId: session.id,
});
const caseStudyAttachment = await makeAttachment(caseStudy.id, partnerSameCountry.id);

// Romania's country report with one release (an empty snapshot: the matrix reads access only).
const report = await db.report.create({
  data: {
    scope: "COUNTRY",
    countryCode: "RO",
    title: "Matrix report",
    locale: "en",
    createdById: admin.id,
  },
});
const snapshot = {
  format: 1,
  scope: "COUNTRY",
  countryCode: "RO",
  title: "Matrix report",
  locale: "en",
  generatedAt: new Date().toISOString(),
  // The study's photo, released: its readers see it through the release's own route.
  chapters: [
    {
      key: "caseStudies",
      title: "Case studies",
      narrative: null,
      blocks: [
        {
          kind: "image",
          attachmentId: caseStudyAttachment.id,
          sha256: caseStudyAttachment.sha256,
          altText: caseStudyAttachment.altText,
          caption: null,
          caseStudyId: caseStudy.id,
        },
      ],
    },
  ],
};
await db.reportRelease.create({
  data: { reportId: report.id, number: 1, snapshot, changes: [], releasedById: admin.id },
});
// A public note of the session, and Romanian good practices marked by its facilitator.
const publicNote = await makeNote({
  sessionId: session.id,
  authorId: owner.id,
  body: "A practice worth sharing",
});
const goodPractice = await makeGoodPractice({ authorId: owner.id, countryCode: "RO" });
const publishedGoodPractice = await makeGoodPractice({
  authorId: owner.id,
  countryCode: "RO",
  published: true,
});

console.log(
  JSON.stringify({
    accounts: {
      owner,
      participant,
      otherFacilitator,
      partnerOtherCountry,
      partnerSameCountry,
      admin,
    },
    sessionId: session.id,
    agendaItemId: agendaItem.id,
    wiseId: agendaItem.wiseId,
    gridId: session.gridId,
    publishedSessionId: published.session.id,
    shareToken,
    surveyId: survey.id,
    skillFrameworkId: survey.frameworkId,
    joinCode: state.joinCode,
    skillsSurveyId: skillsSurvey.id,
    caseStudyId: caseStudy.id,
    caseStudyAttachmentId: caseStudyAttachment.id,
    reportId: report.id,
    releasedImageId: caseStudyAttachment.id,
    publicNoteId: publicNote.id,
    goodPracticeId: goodPractice.id,
    publishedGoodPracticeId: publishedGoodPractice.id,
  }),
);
await db.$disconnect();
