/**
 * The data of tests/e2e/case-study-attachments.spec.ts, made with the test factories (run by
 * runFactoryScript): a partner of Romania and a draft case study of theirs. Prints the account
 * and the study's id as JSON.
 */
import { db } from "@/lib/db";
import { makeCaseStudy } from "../factories/case-studies";
import { makeUser } from "../factories/users";

const token = JSON.parse(process.argv[2] ?? "{}").token as string;
const password = `attachments spec ${token}`;
const partner = await makeUser("PARTNER", {
  email: `partner-${token}@attachments.example`.toLowerCase(),
  password,
  countryCode: "RO",
});
const study = await makeCaseStudy({ authorId: partner.id, countryCode: "RO" });

console.log(JSON.stringify({ partner: { email: partner.email, password }, caseStudyId: study.id }));
await db.$disconnect();
