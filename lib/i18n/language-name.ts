/**
 * A language's name as a reader of `inLocale` calls it ("Romanian", "rumänisch"), from the
 * runtime's own data (Intl.DisplayNames), so no catalogue has to list thirteen names in
 * thirteen languages. Capitalised, as it starts a table cell or a list item.
 */
export function languageName(locale: string, inLocale: string): string {
  const name = new Intl.DisplayNames([inLocale], { type: "language" }).of(locale) ?? locale;
  return name.charAt(0).toLocaleUpperCase(inLocale) + name.slice(1);
}
