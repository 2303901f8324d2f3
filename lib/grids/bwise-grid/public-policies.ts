import type { CategoryDefinition } from "../grid-definition";

/**
 * Supporting public policies: how much the state's instruments reach the WISE. A high level
 * means strong, stable support, not dependence; dependence shows in the entrepreneurial
 * category instead. All four weigh the same: none of them defines a WISE on its own.
 */
export const PUBLIC_POLICIES: CategoryDefinition = {
  code: "PUBLIC_POLICIES",
  nameEn: "Supporting public policies",
  nameRo: "Politici publice de sprijin",
  criteria: [
    {
      code: "DIRECT_PUBLIC_SUPPORT",
      nameEn: "Direct public support",
      nameRo: "Sprijin public direct",
      unit: "EUR",
      weight: 1,
      levelsEn: [
        "No direct public funding received or within reach.",
        "One grant in the last three years.",
        "Project grants received repeatedly, with gaps between projects.",
        "Regular grants or operating subsidies that cover part of the costs.",
        "Stable multi-year support, secured by law or by an agreement.",
      ],
      levelsRo: [
        "Nu a primit și nu are acces la finanțare publică directă.",
        "Un singur grant în ultimii trei ani.",
        "Granturi pe proiecte obținute în mod repetat, cu întreruperi între proiecte.",
        "Granturi sau subvenții de funcționare regulate, care acoperă o parte din costuri.",
        "Sprijin stabil pe mai mulți ani, garantat prin lege sau printr-un acord.",
      ],
    },
    {
      code: "INDIRECT_PUBLIC_SUPPORT",
      nameEn: "Indirect public support",
      nameRo: "Sprijin public indirect",
      unit: "TEXT",
      weight: 1,
      levelsEn: [
        "Uses no indirect support (tax relief, reduced contributions, free premises, advice).",
        "Knows of some indirect support but does not use it.",
        "Uses one form of indirect support, for example a tax exemption.",
        "Uses several forms of indirect support regularly.",
        "Uses every form of indirect support it is entitled to, steadily over the years.",
      ],
      levelsRo: [
        "Nu folosește niciun sprijin indirect (scutiri de taxe, contribuții reduse, spații gratuite, consultanță).",
        "Cunoaște unele forme de sprijin indirect, dar nu le folosește.",
        "Folosește o singură formă de sprijin indirect, de exemplu o scutire de impozit.",
        "Folosește regulat mai multe forme de sprijin indirect.",
        "Folosește, an de an, toate formele de sprijin indirect la care are dreptul.",
      ],
    },
    {
      code: "DISADVANTAGED_WORKER_SUBSIDIES",
      nameEn: "Subsidies for disadvantaged workers",
      nameRo: "Subvenții pentru lucrătorii defavorizați",
      unit: "EUR",
      weight: 1,
      levelsEn: [
        "No wage subsidy for any worker with support needs.",
        "Subsidies applied for but refused, or received once.",
        "Subsidies for some workers with support needs, for short periods.",
        "Subsidies for most workers with support needs, renewed regularly.",
        "Stable subsidies for every eligible worker, matched to their support needs.",
      ],
      levelsRo: [
        "Nicio subvenție salarială pentru lucrătorii cu nevoi de sprijin.",
        "Subvenții solicitate, dar refuzate, sau primite o singură dată.",
        "Subvenții pentru unii lucrători cu nevoi de sprijin, pe perioade scurte.",
        "Subvenții pentru majoritatea lucrătorilor cu nevoi de sprijin, reînnoite regulat.",
        "Subvenții stabile pentru toți lucrătorii eligibili, pe măsura nevoilor lor de sprijin.",
      ],
    },
    {
      code: "PUBLIC_CONTRACTS_TURNOVER",
      nameEn: "Turnover generated from contracts with public authorities",
      nameRo: "Cifra de afaceri din contracte cu autoritățile publice",
      unit: "PERCENT",
      weight: 1,
      levelsEn: [
        "No contracts with public authorities.",
        "Occasional small public orders; under 10% of turnover.",
        "Public contracts make from 10% to under 25% of turnover.",
        "Public contracts, reserved ones included, make from 25% to under 50% of turnover.",
        "Long-term public contracts, reserved ones included, make 50% of turnover or more.",
      ],
      levelsRo: [
        "Niciun contract cu autoritățile publice.",
        "Comenzi publice mici și ocazionale; sub 10% din cifra de afaceri.",
        "Contractele publice aduc de la 10% până la sub 25% din cifra de afaceri.",
        "Contractele publice, inclusiv cele rezervate, aduc de la 25% până la sub 50% din cifra de afaceri.",
        "Contracte publice pe termen lung, inclusiv rezervate, aduc 50% din cifra de afaceri sau mai mult.",
      ],
    },
  ],
};
