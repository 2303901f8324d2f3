import "server-only";
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { serverEnv } from "@/lib/env";
import { clientAddress } from "@/lib/http/client-address";
import { SignInSchema, verifyCredentials } from "./credentials";
import { logAuthError, SignInRefused } from "./sign-in-log";

const SESSION_HOURS = 8;

// Configured lazily (per request) so that reading the secret never happens during `next build`.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: serverEnv().authSecret,
  // Self-hosted behind the installation's own proxy: the Host header is the app's address.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60, updateAge: 60 * 60 },
  pages: { signIn: "/sign-in" },
  // A wrong password is one line (who, from where, why), not a stack trace.
  logger: { error: (error: Error) => logAuthError(error) },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(rawCredentials, request) {
        const from = clientAddress(request.headers);
        const parsed = SignInSchema.safeParse(rawCredentials);
        if (!parsed.success) {
          const typed = rawCredentials?.email;
          throw new SignInRefused("invalid", typeof typed === "string" ? typed : "", from);
        }
        const outcome = await verifyCredentials(parsed.data, from);
        if (!outcome.ok) throw new SignInRefused(outcome.reason, parsed.data.email, from);
        return outcome.user;
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user?.id) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (token.sub) session.user.id = token.sub;
      return session;
    },
  },
}));
