/**
 * A planner-facing explanation (Norwegian) of each law or tariff check, keyed by check id.
 * Numbers come from the check's parameters, so the text matches the rules the plan used.
 */
const EXPLANATIONS: Record<string, string> = {
  'daily-rest':
    'Daglig hvile: mellom slutten på én vakt og starten på neste må det være minst det antall timer sammenhengende fri som reglene sier (normalt 11 t, ved avtale ned til 8 t).',
  'weekly-rest':
    'Ukentlig hvile: hver kalenderuke må ha en sammenhengende friperiode av minst den gitte lengden (normalt 35 t) og minst ett helt fritt døgn.',
  'shift-length':
    'Vaktlengde: arbeidstiden i én vakt kan ikke overstige maksimum (normalt 12,5 t med tariffavtale).',
  'weekly-hours': 'Timer per uke: ingen enkeltuke kan ha mer enn maksimum (normalt 54 t).',
  'average-weekly-hours':
    'Gjennomsnittlig ukearbeidstid: over hver periode på 8 uker kan snittet ikke overstige 48 t.',
  'sunday-holiday':
    'Søn- og helgedager: arbeidsfri annenhver søn- og helgedag (normalt aldri to på rad; ved avtale i gjennomsnitt). En søndag regnes som arbeidet når vakten berører tidsrommet lørdag 18:00 – søndag 22:00.',
  'max-consecutive-days':
    'Arbeidsdager på rad: ikke flere sammenhengende arbeidsdager enn det enheten har avtalt.',
  'night-work':
    'Nattarbeid: den som jobber natt (21:00–06:00) kan i gjennomsnitt over 4 uker ikke arbeide mer enn 8 t per døgn.',
  'one-shift-per-day': 'Én vakt per dag: en ansatt kan ikke ha to vakter som starter samme dag.',
  'allowed-shifts': 'Tillatte vakter: en ansatt får bare vakttyper hun eller han kan gå.',
  'shift-days': 'Vaktdager: en vakttype brukes bare på de ukedagene den gjelder for.',
  absence: 'Fravær: ingen vakter på dager med ferie eller annet fravær.',
  'competence-allowed': 'Kompetanse: vakter som krever en kompetanse går til ansatte som har den.',
  'contract-hours':
    'Stillingsprosent: planlagte timer over perioden (med ferie godskrevet) skal stemme med stillingen, innenfor toleransen.',
  'weekend-pattern':
    'Helgemønster: helgene som arbeides følger den ansattes helgemønster (f.eks. hver tredje helg), og en arbeidshelg er både lørdag og søndag.',
};

/**
 * The Norwegian explanation of a check, or an empty string for an unknown id.
 *
 * @example
 * ```ts
 * checkExplanation('daily-rest').startsWith('Daglig hvile'); // true
 * ```
 * @since 0.1.0
 */
export function checkExplanation(id: string): string {
  return EXPLANATIONS[id] ?? '';
}
