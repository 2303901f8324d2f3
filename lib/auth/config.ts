import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { serverEnv } from "@/lib/env";
import { SignInSchema, verifyCredentials } from "./credentials";

/** Carries why a sign-in failed to the sign-in action, which shows one message per code. */
class SignInRefused extends CredentialsSignin {
  constructor(code: "invalid" | "throttled") {
    super();
    this.code = code;
  }
}

const SESSION_HOURS = 8;

function clientAddress(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || request.headers.get("x-real-ip") || "unknown";
}

// Configured lazily (per request) so that reading the secret never happens during `next build`.
export const { handlers, auth, signIn, signOut } = NextAuth(() => ({
  secret: serverEnv().authSecret,
  // Self-hosted behind the installation's own proxy: the Host header is the app's address.
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_HOURS * 60 * 60, updateAge: 60 * 60 },
  pages: { signIn: "/sign-in" },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(rawCredentials, request) {
        const parsed = SignInSchema.safeParse(rawCredentials);
        if (!parsed.success) throw new SignInRefused("invalid");
        const outcome = await verifyCredentials(parsed.data, clientAddress(request));
        if (!outcome.ok) throw new SignInRefused(outcome.reason);
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
