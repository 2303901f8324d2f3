import "server-only";
import nodemailer from "nodemailer";
import { serverEnv } from "@/lib/env";

type Mail = { to: string; subject: string; text: string };

/**
 * Sends a plain-text e-mail when an SMTP server is configured (SMTP_URL). Without one it does
 * nothing and says so, because every link we e-mail is also shown to the person who made it.
 * A failure to send is reported, never thrown: the action it belongs to has already succeeded.
 */
export async function sendMailIfConfigured(
  mail: Mail,
): Promise<"sent" | "not-configured" | "failed"> {
  const { smtpUrl, mailFrom } = serverEnv();
  if (!smtpUrl) return "not-configured";
  try {
    await nodemailer.createTransport(smtpUrl).sendMail({ from: mailFrom, ...mail });
    return "sent";
  } catch (error) {
    console.error("Sending e-mail failed", error);
    return "failed";
  }
}
