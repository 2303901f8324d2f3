/**
 * A language's name as a reader of `inLocale` calls it ("Romanian", "rumänisch", "roumain"),
 * from the runtime's own data (Intl.DisplayNames), so no catalogue has to list thirteen names in
 * thirteen languages. As the language writes it mid-sentence (French and Polish in lower case);
 * the catalogues' sentences take it in that form ("Textes en {language}", "język {language}").
 */
export function languageName(locale: string, inLocale: string): string {
  return new Intl.DisplayNames([inLocale], { type: "language" }).of(locale) ?? locale;
}

/** The same name starting a table cell or a list entry: first letter in upper case. */
export function languageLabel(locale: string, inLocale: string): string {
  const name = languageName(locale, inLocale);
  return name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1);
}
