/** What an erased account is called: no trace of the person, unique, never deliverable (RFC 2606). */
export const ERASED_NAME = "Erased person";
const ERASED_DOMAIN = "@erased.invalid";
export const erasedEmail = (userId: string) => `erased-${userId}${ERASED_DOMAIN}`;
export const isErasedEmail = (email: string) => email.endsWith(ERASED_DOMAIN);
