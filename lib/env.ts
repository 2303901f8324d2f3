import { z } from "zod";

/**
 * The one reader of process.env. Values are parsed lazily, on first use, so that `next build`
 * (which imports modules without a database or secrets) never trips over a missing variable.
 */
const DEVELOPMENT_AUTH_SECRET = "wise-focus-development-secret-do-not-use-in-production";

const EnvSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z
    .string({
      error:
        "DATABASE_URL is not set. `npm run dev` sets it for you; in production point it at your PostgreSQL.",
    })
    .url("DATABASE_URL must be a postgres:// connection URL"),
  /**
   * A connection straight to PostgreSQL when DATABASE_URL points at a pooler in transaction mode
   * (PgBouncer): LISTEN needs a session of its own. Defaults to DATABASE_URL.
   */
  DIRECT_DATABASE_URL: z
    .string()
    .url("DIRECT_DATABASE_URL must be a postgres:// connection URL")
    .optional(),
  AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
  /** The time zone dates are shown in; one per installation until users can choose their own. */
  APP_TIME_ZONE: z.string().default("Europe/Bucharest"),
  /** e.g. smtp://user:pass@mail.example.org:587; without it, invitation links are only shown to copy. */
  SMTP_URL: z.string().url().optional(),
  MAIL_FROM: z.string().default("WISE Focus <no-reply@wisefocus.example>"),
  /**
   * The address people use to reach the app (https://wise.example.org): invitation links, share
   * links and the live QR code are built from it, never from request headers, which a client or a
   * misconfigured proxy could set. Required in production.
   */
  APP_URL: z
    .string()
    .url("APP_URL must be the app's public address, e.g. https://wise.example.org")
    .refine((url) => /^https?:\/\//.test(url), "APP_URL must start with http:// or https://")
    .optional(),
  PORT: z.string().optional(),
  /**
   * How many proxies in front of the app (nginx, a load balancer) append to X-Forwarded-For and
   * are trusted to tell the client's address: 0 when clients connect to the app directly.
   */
  TRUSTED_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  /** Set by scripts/serve.mjs for its own process; see lib/http/client-address.ts. */
  WISE_PEER_MARK: z.string().optional(),
  /** End-to-end runs only: Content-Security-Policy violations are appended here (one JSON line each). */
  CSP_REPORT_FILE: z.string().optional(),
  /** Days after a live session ends before its guests' accounts are anonymised (README). */
  LIVE_GUEST_RETENTION_DAYS: z.coerce.number().int().min(0).default(30),
  /** Join attempts allowed per client address, and per session, in each 10-minute window. */
  LIVE_JOIN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).default(100),
  LIVE_JOIN_ATTEMPTS_PER_SESSION: z.coerce.number().int().min(1).default(300),
});

export type ServerEnv = {
  nodeEnv: "development" | "production" | "test";
  databaseUrl: string;
  /** For LISTEN: never through a transaction-mode pooler. */
  directDatabaseUrl: string;
  authSecret: string;
  timeZone: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /**
   * Origin only (scheme, host, port), without a trailing slash; in development
   * http://localhost:<PORT> when unset. Read through lib/http/public-origin.ts.
   */
  appUrl: string | undefined;
  cspReportFile: string | undefined;
  trustedProxyHops: number;
  peerMark: string | undefined;
  liveGuestRetentionDays: number;
  liveJoinAttemptsPerAddress: number;
  liveJoinAttemptsPerSession: number;
};

let cached: ServerEnv | undefined;

export function serverEnv(): ServerEnv {
  if (cached) return cached;
  const parsed = EnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  const env = parsed.data;
  cached = {
    nodeEnv: env.NODE_ENV,
    databaseUrl: env.DATABASE_URL,
    directDatabaseUrl: env.DIRECT_DATABASE_URL ?? env.DATABASE_URL,
    authSecret: resolveAuthSecret(env.AUTH_SECRET, env.NODE_ENV),
    timeZone: env.APP_TIME_ZONE,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
    appUrl: resolveAppUrl(env.APP_URL, env.NODE_ENV, env.PORT),
    cspReportFile: env.CSP_REPORT_FILE,
    trustedProxyHops: env.TRUSTED_PROXY_HOPS,
    peerMark: env.WISE_PEER_MARK,
    liveGuestRetentionDays: env.LIVE_GUEST_RETENTION_DAYS,
    liveJoinAttemptsPerAddress: env.LIVE_JOIN_ATTEMPTS_PER_ADDRESS,
    liveJoinAttemptsPerSession: env.LIVE_JOIN_ATTEMPTS_PER_SESSION,
  };
  return cached;
}

function resolveAuthSecret(secret: string | undefined, nodeEnv: ServerEnv["nodeEnv"]): string {
  if (secret) return secret;
  if (nodeEnv === "production") {
    throw new Error(
      "AUTH_SECRET is not set. Production needs a secret of at least 32 characters, e.g. `openssl rand -base64 32`.",
    );
  }
  return DEVELOPMENT_AUTH_SECRET;
}

function resolveAppUrl(
  appUrl: string | undefined,
  nodeEnv: ServerEnv["nodeEnv"],
  port: string | undefined,
): string | undefined {
  if (appUrl) return new URL(appUrl).origin;
  return nodeEnv === "production" ? undefined : `http://localhost:${port ?? "3000"}`;
}

/**
 * Where case-study attachments keep their bytes (lib/attachments/store.ts): PostgreSQL unless
 * S3_BUCKET is set, then S3-compatible object storage. S3_ENDPOINT for a server other than
 * Amazon's (MinIO, Garage, a provider's); S3_FORCE_PATH_STYLE=true for servers that want the
 * bucket in the path rather than in the host name. Read on first use, apart from serverEnv so that
 * a fault in these variables names them alone.
 */
const AttachmentStorageEnvSchema = z.object({
  S3_BUCKET: z.string().min(1).optional(),
  S3_ENDPOINT: z.string().url("S3_ENDPOINT must be a URL, e.g. https://s3.example.org").optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  S3_FORCE_PATH_STYLE: z.enum(["true", "false", "1", "0"]).optional(),
});

export type S3Settings = {
  bucket: string;
  endpoint: string | undefined;
  region: string;
  credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
  forcePathStyle: boolean;
};

/** The S3 settings, or null when attachments are stored in PostgreSQL (no S3_BUCKET). */
export function attachmentStorageEnv(): S3Settings | null {
  const parsed = AttachmentStorageEnvSchema.safeParse(process.env);
  if (!parsed.success) {
    throw new Error(`Invalid environment:\n${z.prettifyError(parsed.error)}`);
  }
  const env = parsed.data;
  if (!env.S3_BUCKET) return null;
  if (Boolean(env.S3_ACCESS_KEY_ID) !== Boolean(env.S3_SECRET_ACCESS_KEY)) {
    throw new Error("Set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither.");
  }
  return {
    bucket: env.S3_BUCKET,
    endpoint: env.S3_ENDPOINT,
    region: env.S3_REGION,
    credentials:
      env.S3_ACCESS_KEY_ID && env.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: env.S3_ACCESS_KEY_ID, secretAccessKey: env.S3_SECRET_ACCESS_KEY }
        : undefined,
    forcePathStyle: env.S3_FORCE_PATH_STYLE === "true" || env.S3_FORCE_PATH_STYLE === "1",
  };
}
