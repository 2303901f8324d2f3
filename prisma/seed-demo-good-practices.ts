/**
 * Demo good practices: two practices the Romanian facilitator marked from the public notes of
 * the published Iași focus group, one of them published by the Romanian partner (so the public
 * page /practices and the reports have something to show), the other not public yet.
 */
import type { PrismaClient } from "../lib/generated/prisma/client";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export async function seedDemoGoodPractices(tx: Tx, people: { facilitatorId: string }) {
  const noteStarting = (start: string) =>
    tx.sessionNote.findFirstOrThrow({
      where: { body: { startsWith: start }, isPublic: true },
      select: { id: true, session: { select: { countryCode: true } } },
    });
  const visits = await noteStarting("Vizitele de studiu");
  const phones = await noteStarting("Lucrătorii au nevoie de cursuri scurte");
  await tx.goodPractice.create({
    data: {
      countryCode: visits.session.countryCode,
      sessionNoteId: visits.id,
      locale: "ro",
      title: "Vizite de studiu între întreprinderile sociale de inserție",
      need: "Consilierii de integrare noi nu au unde să învețe rolul: nu există o formare pentru el.",
      practice:
        "Fiecare consilier nou petrece două zile într-o altă întreprindere socială de inserție, alături de un consilier cu experiență, și primește la rândul lui un coleg din rețea.",
      results:
        "Consilierii spun că au învățat cel mai mult din aceste vizite; trei întreprinderi din Iași și Timișoara au preluat metodele de însoțire văzute.",
      transfer:
        "O rețea de întreprinderi dispuse să primească vizitatori, două zile pe an pentru fiecare consilier și drumul plătit.",
      models: ["VOCATIONAL_TRAINING", "ONE_STOP_SHOP"],
      staffGroups: ["SUPPORTER"],
      skillAreas: ["SUPPORT", "PEDAGOGY"],
      publishedAt: new Date("2026-11-30T10:00:00Z"),
      authorId: people.facilitatorId,
    },
  });
  await tx.goodPractice.create({
    data: {
      countryCode: phones.session.countryCode,
      sessionNoteId: phones.id,
      locale: "ro",
      title: "Cursuri scurte pe telefon pentru lucrători",
      need: "Lucrătorii cu nevoi de sprijin nu urmează cursurile lungi în sală.",
      practice:
        "Lecții de zece minute, trimise pe telefon, fiecare cu un singur lucru de exersat la locul de muncă.",
      results: "Mai mulți lucrători termină cursurile; rezultatele se măsoară din martie.",
      transfer: "Un formator care pregătește lecțiile și telefoane pentru lucrătorii care nu au.",
      digitalTools: "Mesaje video scurte pe telefon",
      models: [],
      staffGroups: ["WORKER"],
      skillAreas: ["DIGITAL_COMMUNICATION", "DIGITAL_SAFETY"],
      authorId: people.facilitatorId,
    },
  });
}
