/**
 * The data of tests/e2e/skills-answering.spec.ts, made with the test factories (run by
 * runFactoryScript): `{ action: "make" }` (or "makeClosed") makes an open (or closed) Romanian survey with a link per staff
 * group and prints its id and codes; `{ action: "count", surveyId }` prints what its respondents
 * left in the database.
 */
import { db } from "@/lib/db";
import { makeAnswerableSurvey } from "../factories/skills-answers";

const input = JSON.parse(process.argv[2] ?? "{}") as {
  action: "make" | "makeClosed" | "count";
  surveyId?: string;
};

if (input.action === "make" || input.action === "makeClosed") {
  const { survey, codes, wise } = await makeAnswerableSurvey({
    status: input.action === "makeClosed" ? "CLOSED" : "OPEN",
  });
  console.log(JSON.stringify({ surveyId: survey.id, title: survey.title, wise: wise.name, codes }));
} else {
  const responses = await db.surveyResponse.findMany({
    where: { link: { surveyWise: { surveyId: input.surveyId } } },
    select: {
      mode: true,
      submittedAt: true,
      barriers: true,
      preferredFormat: true,
      needText: true,
      link: { select: { group: true } },
      _count: { select: { answers: true } },
      answers: { select: { notPartOfJob: true, importanceNow: true, mastery: true } },
    },
  });
  console.log(
    JSON.stringify(
      responses
        .map((response) => ({
          group: response.link.group,
          mode: response.mode,
          submitted: response.submittedAt !== null,
          answers: response._count.answers,
          notPartOfJob: response.answers.filter((answer) => answer.notPartOfJob).length,
          complete: response.answers.filter(
            (a) => a.notPartOfJob || (a.importanceNow !== null && a.mastery !== null),
          ).length,
          barriers: [...response.barriers].sort(),
          preferredFormat: response.preferredFormat,
          needText: response.needText,
        }))
        .sort((a, b) => a.group.localeCompare(b.group)),
    ),
  );
}
await db.$disconnect();
