import type { CategoryDefinition } from "../grid-definition";

/**
 * Job integration of people with support needs: the mission that makes a WISE a WISE.
 * The share of workers with support needs weighs double because the legal tests turn on it
 * (Romania's Law 219/2015, EU Directive 2014/24/EU art. 20 and Italy's B-type cooperatives all
 * ask for 30%), and social and professional integration weighs double because it is the
 * support itself. The type of support needs weighs half: it says who is employed more than how
 * well, and mostly informs the classification. Levels 4-5 of the share use the 30% threshold.
 * Percentage bands are half-open, "from 25% to under 30%" (lib/grids/percent-bands.ts).
 */
export const JOB_INTEGRATION: CategoryDefinition = {
  code: "JOB_INTEGRATION",
  nameEn: "Job integration of people with support needs",
  nameRo: "Integrarea în muncă a persoanelor cu nevoi de sprijin",
  criteria: [
    {
      code: "WSN_EMPLOYEE_STATUS",
      nameEn: "Status of employees with support needs",
      nameRo: "Statutul angajaților cu nevoi de sprijin",
      unit: "TEXT",
      weight: 1,
      levelsEn: [
        "Workers with support needs are volunteers or beneficiaries, without a contract.",
        "Mostly trainees or interns; few have an employment contract.",
        "About half have an employment contract with the same rights as other staff.",
        "Most have an employment contract with the same rights as other staff.",
        "All have an employment contract with equal rights, and some hold supervisory roles.",
      ],
      levelsRo: [
        "Lucrătorii cu nevoi de sprijin sunt voluntari sau beneficiari, fără contract.",
        "În mare parte cursanți sau stagiari; puțini au contract de muncă.",
        "Cam jumătate au contract de muncă, cu aceleași drepturi ca restul personalului.",
        "Majoritatea au contract de muncă, cu aceleași drepturi ca restul personalului.",
        "Toți au contract de muncă cu drepturi egale, iar unii au roluri de coordonare.",
      ],
    },
    {
      code: "WSN_REMUNERATION",
      nameEn: "Remuneration of employees with support needs",
      nameRo: "Remunerarea angajaților cu nevoi de sprijin",
      unit: "EUR",
      weight: 1,
      levelsEn: [
        "No pay, or only an allowance or pay in kind.",
        "Paid less than the minimum wage for the hours worked.",
        "Paid the national minimum wage.",
        "Paid like other staff in the same job, above the minimum wage.",
        "Paid like other staff, with pay progression and extra benefits.",
      ],
      levelsRo: [
        "Nu sunt plătiți sau primesc doar o indemnizație ori plată în natură.",
        "Sunt plătiți sub salariul minim pentru orele lucrate.",
        "Sunt plătiți cu salariul minim pe economie.",
        "Sunt plătiți ca ceilalți angajați pe același post, peste salariul minim.",
        "Sunt plătiți ca ceilalți angajați, cu evoluție salarială și beneficii suplimentare.",
      ],
    },
    {
      code: "WSN_SHARE",
      nameEn: "Share of workers with support needs in the total number of employees",
      nameRo: "Ponderea lucrătorilor cu nevoi de sprijin în numărul total de angajați",
      unit: "PERCENT",
      weight: 2,
      levelsEn: [
        "Under 10% of employees.",
        "From 10% to under 25% of employees.",
        "From 25% to under 30% of employees.",
        "From 30% to under 50% of employees: the 30% threshold of EU law; Romania's Law 219/2015 also asks that their working time be at least 30% of all working time.",
        "50% of employees or more.",
      ],
      levelsRo: [
        "Sub 10% din angajați.",
        "De la 10% până la sub 25% din angajați.",
        "De la 25% până la sub 30% din angajați.",
        "De la 30% până la sub 50% din angajați: pragul de 30% din legislația europeană; Legea 219/2015 din România cere în plus ca timpul lor de lucru să fie cel puțin 30% din timpul total de lucru.",
        "50% din angajați sau mai mult.",
      ],
    },
    {
      code: "CONTRACT_TYPE",
      nameEn: "Employment on fixed-term or open-ended contracts",
      nameRo: "Angajarea cu contract pe durată determinată sau nedeterminată",
      unit: "PERCENT",
      weight: 1,
      levelsEn: [
        "No employment contracts.",
        "Mostly fixed-term contracts shorter than 6 months.",
        "Fixed-term contracts of 6 months or more, some of them renewed.",
        "A mix; those who stay long get open-ended contracts.",
        "Open-ended contracts for most, or fixed-term ones only where a planned move to another job follows.",
      ],
      levelsRo: [
        "Niciun contract de muncă.",
        "În mare parte contracte pe durată determinată, mai scurte de 6 luni.",
        "Contracte pe durată determinată de cel puțin 6 luni, unele prelungite.",
        "Un amestec; cei care rămân mult primesc contracte pe durată nedeterminată.",
        "Contracte pe durată nedeterminată pentru majoritate sau determinată doar când urmează o trecere planificată la alt loc de muncă.",
      ],
    },
    {
      code: "SOCIAL_PROFESSIONAL_INTEGRATION",
      nameEn: "Social and professional integration",
      nameRo: "Integrarea socială și profesională",
      unit: "TEXT",
      weight: 2,
      levelsEn: [
        "No individual support beyond the job itself.",
        "Occasional, informal help when problems arise.",
        "An individual plan for some workers, with basic skills training.",
        "Individual plans for all, with training and social support (housing, health, family).",
        "Individual plans reviewed regularly, with certified training and partner services.",
      ],
      levelsRo: [
        "Niciun sprijin individual în afara locului de muncă propriu-zis.",
        "Ajutor ocazional și informal, când apar probleme.",
        "Un plan individual pentru unii lucrători, cu formare în competențe de bază.",
        "Planuri individuale pentru toți, cu formare și sprijin social (locuință, sănătate, familie).",
        "Planuri individuale revizuite regulat, cu formare certificată și servicii ale partenerilor.",
      ],
    },
    {
      code: "LABOUR_MARKET_PLACEMENT",
      nameEn: "Labour-market placement of workers with support needs",
      nameRo: "Plasarea pe piața muncii a lucrătorilor cu nevoi de sprijin",
      unit: "PERCENT",
      weight: 1,
      levelsEn: [
        "No worker moved to a job in the open labour market.",
        "Isolated placements, without follow-up.",
        "Some placements each year (under 10% of workers), with brief follow-up.",
        "Regular placements (from 10% to under 25% of workers a year), followed up after placement.",
        "25% of workers or more placed each year, through agreements with employers and 6 months of follow-up.",
      ],
      levelsRo: [
        "Niciun lucrător nu a trecut la un loc de muncă pe piața liberă a muncii.",
        "Plasări izolate, fără monitorizare ulterioară.",
        "Câteva plasări pe an (sub 10% din lucrători), cu monitorizare scurtă.",
        "Plasări regulate (de la 10% până la sub 25% din lucrători pe an), monitorizate după angajare.",
        "25% din lucrători sau mai mult plasați în fiecare an, prin acorduri cu angajatorii și 6 luni de monitorizare.",
      ],
    },
    {
      code: "SUPPORT_NEED_TYPES",
      nameEn: "Type of disabilities / support needs of workers",
      nameRo: "Tipul dizabilităților / nevoilor de sprijin ale lucrătorilor",
      unit: "TEXT",
      weight: 0.5,
      levelsEn: [
        "The workers' support needs are not known.",
        "One type of support need; jobs are not adapted.",
        "One or two types of support needs; some jobs adapted.",
        "Several types of support needs; jobs and workplaces adapted to them.",
        "Several types, severe ones included; every job adapted after an individual assessment.",
      ],
      levelsRo: [
        "Nevoile de sprijin ale lucrătorilor nu sunt cunoscute.",
        "Un singur tip de nevoie de sprijin; posturile nu sunt adaptate.",
        "Unul sau două tipuri de nevoi de sprijin; unele posturi adaptate.",
        "Mai multe tipuri de nevoi de sprijin; posturile și locurile de muncă sunt adaptate.",
        "Mai multe tipuri, inclusiv severe; fiecare post adaptat după o evaluare individuală.",
      ],
    },
    {
      code: "INTEGRATION_COUNSELLORS",
      nameEn: "Work of integration counsellors",
      nameRo: "Activitatea consilierilor de integrare",
      unit: "HEADCOUNT",
      weight: 1,
      levelsEn: [
        "Nobody is assigned to support workers with support needs.",
        "A manager helps workers now and then, besides other duties.",
        "A part-time integration counsellor or job coach.",
        "Full-time integration counsellors, about one for every 15 workers with support needs.",
        "Trained counsellors, one for every 10 workers or fewer, working with outside services.",
      ],
      levelsRo: [
        "Nimeni nu are sarcina de a sprijini lucrătorii cu nevoi de sprijin.",
        "Un manager îi ajută din când în când, pe lângă alte sarcini.",
        "Un consilier de integrare sau un instructor la locul de muncă cu normă parțială.",
        "Consilieri de integrare cu normă întreagă, cam unul la 15 lucrători cu nevoi de sprijin.",
        "Consilieri instruiți, unul la cel mult 10 lucrători, care colaborează cu servicii externe.",
      ],
    },
  ],
};
