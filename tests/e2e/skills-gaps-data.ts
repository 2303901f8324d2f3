/**
 * The data of tests/e2e/skills-gaps.spec.ts, made with the test factories (run by
 * runFactoryScript): a Romanian partner, a closed focus group of one WISE, a skills survey of it
 * answered by six enablers, and a Romanian offer for one of their two largest gaps.
 * Prints the ids and names the spec needs as JSON.
 */
import { db } from "@/lib/db";
import { createTrainingOffer } from "@/lib/skills/offers/mutations";
import { makeSession } from "../factories/sessions";
import { addRespondents, makeSkillFramework, makeSurvey } from "../factories/skills-gaps";
import { asActor, makeUser } from "../factories/users";

const token = JSON.parse(process.argv[2] ?? "{}").token as string;
const password = `skills spec ${token}`;
const partnerUser = await makeUser("PARTNER", {
  email: `partner-${token}@skills.example`.toLowerCase(),
  password,
  countryCode: "RO",
});
const facilitator = await makeUser("FACILITATOR", { countryCode: "RO" });
const { session, agendaItems } = await makeSession({
  facilitatorId: facilitator.id,
  status: "CLOSED",
});
const wiseId = agendaItems[0]?.wiseId ?? "";
const framework = await makeSkillFramework([
  {
    code: "DIGCOMP_1_1",
    group: "ENABLER",
    area: "DIGITAL_INFORMATION",
    name: `Searching data ${token}`,
  },
  {
    code: "ENABLER_STRATEGY",
    group: "ENABLER",
    area: "MANAGEMENT",
    name: `Setting strategy ${token}`,
  },
]);
const survey = await makeSurvey({
  frameworkId: framework.id,
  createdById: partnerUser.id,
  wiseIds: [wiseId],
  sessionId: session.id,
  title: `Skills survey ${token}`,
});
await addRespondents(6, {
  surveyId: survey.id,
  wiseId,
  group: "ENABLER",
  answers: { DIGCOMP_1_1: [5, 1, 5], ENABLER_STRATEGY: [4, 2, 4] },
});
const offerTitle = `Digital basics ${token}`;
const offer = await createTrainingOffer(asActor(partnerUser), {
  title: offerTitle,
  skillCodes: "DIGCOMP_1_1",
  group: "ENABLER",
  eqfLevel: "3",
  format: "BLENDED",
  hours: "20",
  language: "ro",
  countryCode: "RO",
  provider: "Asociația Exemplu",
  costEur: "",
  accessibility: "",
  url: "",
});
if (!offer.ok) throw new Error(`offer not created: ${JSON.stringify(offer)}`);
const wise = await db.wise.findUniqueOrThrow({ where: { id: wiseId } });

console.log(
  JSON.stringify({
    partner: { email: partnerUser.email, password },
    surveyId: survey.id,
    wiseId,
    wiseName: wise.name,
    offerTitle,
    skills: { digital: `Searching data ${token}`, strategy: `Setting strategy ${token}` },
  }),
);
await db.$disconnect();
