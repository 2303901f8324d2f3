import type { CategoryDefinition } from "../grid-definition";

/**
 * Entrepreneurial characteristics: how far the WISE lives from trading like any firm.
 * Turnover weighs double because income from the market is what tells a WISE apart from a
 * sheltered workshop or a charity (Social Firms UK asks for at least 50% of income from trade).
 */
export const ENTREPRENEURIAL: CategoryDefinition = {
  code: "ENTREPRENEURIAL",
  nameEn: "Entrepreneurial characteristics",
  nameRo: "Caracteristici antreprenoriale",
  criteria: [
    {
      code: "REVENUES",
      nameEn: "Revenues",
      nameRo: "Venituri",
      unit: "EUR",
      weight: 1,
      levelsEn: [
        "Income is irregular and comes almost entirely from one grant or donor.",
        "Some regular income, but one source provides more than 75% of it.",
        "Regular income from two or three sources; none provides more than 60%.",
        "Stable, diversified income; earned income is the largest source.",
        "Stable income that grew over the last three years; no source provides more than 40%.",
      ],
      levelsRo: [
        "Veniturile sunt neregulate și provin aproape în întregime de la un singur finanțator sau donator.",
        "Există venituri regulate, dar o singură sursă asigură peste 75% din ele.",
        "Venituri regulate din două sau trei surse; niciuna nu depășește 60%.",
        "Venituri stabile și diversificate; veniturile proprii sunt cea mai mare sursă.",
        "Venituri stabile, în creștere în ultimii trei ani; nicio sursă nu depășește 40%.",
      ],
    },
    {
      code: "TURNOVER",
      nameEn: "Turnover",
      nameRo: "Cifra de afaceri",
      unit: "EUR",
      weight: 2,
      levelsEn: [
        "No sales of goods or services yet.",
        "Occasional sales; under 25% of income comes from the market.",
        "Regular sales that make from 25% to under 50% of income.",
        "Sales make from 50% to under 75% of income, with repeat customers.",
        "Sales make 75% of income or more and grew over the last three years.",
      ],
      levelsRo: [
        "Nu vinde încă bunuri sau servicii.",
        "Vânzări ocazionale; sub 25% din venituri provin de pe piață.",
        "Vânzări regulate, care aduc de la 25% până la sub 50% din venituri.",
        "Vânzările aduc de la 50% până la sub 75% din venituri, cu clienți care revin.",
        "Vânzările aduc 75% din venituri sau mai mult și au crescut în ultimii trei ani.",
      ],
    },
    {
      code: "PROFIT",
      nameEn: "Profit",
      nameRo: "Profit",
      unit: "EUR",
      weight: 1,
      levelsEn: [
        "Recurring losses, covered by outside funds.",
        "Breaks even only in some years.",
        "Breaks even most years, with a small surplus.",
        "A regular surplus, partly reinvested in the social mission.",
        "A regular surplus, reinvested in jobs, training or equipment under a written policy.",
      ],
      levelsRo: [
        "Pierderi repetate, acoperite din fonduri externe.",
        "Ajunge la echilibru doar în unii ani.",
        "Ajunge la echilibru în majoritatea anilor, cu un mic excedent.",
        "Excedent regulat, reinvestit parțial în misiunea socială.",
        "Excedent regulat, reinvestit în locuri de muncă, formare sau echipamente, după o politică scrisă.",
      ],
    },
    {
      code: "INVESTMENTS",
      nameEn: "Investments",
      nameRo: "Investiții",
      unit: "EUR",
      weight: 1,
      levelsEn: [
        "No investment in the last three years.",
        "Small replacements only, paid for by grants.",
        "Occasional investment in equipment or premises.",
        "Planned investment every year, partly self-funded.",
        "A multi-year investment plan, mostly self-funded, tied to growth and new jobs.",
      ],
      levelsRo: [
        "Nicio investiție în ultimii trei ani.",
        "Doar înlocuiri mărunte, plătite din granturi.",
        "Investiții ocazionale în echipamente sau spații.",
        "Investiții planificate în fiecare an, finanțate parțial din surse proprii.",
        "Un plan de investiții pe mai mulți ani, finanțat în mare parte din surse proprii, legat de creștere și de noi locuri de muncă.",
      ],
    },
    {
      code: "TECHNOLOGY",
      nameEn: "Technology used",
      nameRo: "Tehnologia utilizată",
      unit: "TEXT",
      weight: 1,
      levelsEn: [
        "Manual work with basic tools; no digital tools.",
        "Basic equipment; only managers use office software.",
        "Equipment comparable to small firms in the sector; some digital tools for staff.",
        "Up-to-date equipment and digital tools, adapted for workers with support needs.",
        "Modern and assistive technology used by all staff, with regular training in using it.",
      ],
      levelsRo: [
        "Muncă manuală cu unelte de bază; fără instrumente digitale.",
        "Echipamente de bază; doar conducerea folosește programe de birou.",
        "Echipamente comparabile cu ale firmelor mici din sector; câteva instrumente digitale pentru personal.",
        "Echipamente și instrumente digitale actuale, adaptate pentru lucrătorii cu nevoi de sprijin.",
        "Tehnologie modernă și tehnologii asistive folosite de tot personalul, cu instruire regulată.",
      ],
    },
    {
      code: "COMPETITORS",
      nameEn: "Competitors in the market",
      nameRo: "Concurenții de pe piață",
      unit: "TEXT",
      weight: 1,
      levelsEn: [
        "Does not know its competitors; sells only to sympathetic buyers.",
        "Knows a few competitors; competes on price or goodwill alone.",
        "Knows its market; competes with mainstream firms on some products.",
        "Competes with mainstream firms on quality and price in its main market.",
        "Holds a recognised position in its market and wins contracts against mainstream firms.",
      ],
      levelsRo: [
        "Nu își cunoaște concurenții; vinde doar cumpărătorilor binevoitori.",
        "Cunoaște câțiva concurenți; concurează doar prin preț sau bunăvoință.",
        "Își cunoaște piața; concurează cu firmele obișnuite la unele produse.",
        "Concurează cu firmele obișnuite prin calitate și preț pe piața sa principală.",
        "Are o poziție recunoscută pe piață și câștigă contracte în fața firmelor obișnuite.",
      ],
    },
  ],
};
