/**
 * A form's fields as a plain object for zod; repeated names become arrays. A server action is a
 * public endpoint that anyone can call with any arguments, not only the form's FormData: anything
 * else reads as a form with no fields, which the command's schema then refuses (400), where a
 * `.entries()` on it would have thrown (500).
 */
export function formDataToObject(formData: unknown): Record<string, string | string[]> {
  const result: Record<string, string | string[]> = {};
  if (!(formData instanceof FormData)) return result;
  for (const [key, value] of formData.entries()) {
    if (typeof value !== "string" || key.startsWith("$ACTION")) continue;
    const existing = result[key];
    if (existing === undefined) result[key] = value;
    else result[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return result;
}

/** One field of a form, or null when there is no such field or the argument is no form at all. */
export function formValue(formData: unknown, name: string): FormDataEntryValue | null {
  return formData instanceof FormData ? formData.get(name) : null;
}
