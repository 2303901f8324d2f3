import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ApprovalPanel } from "@/components/reviews/approval-panel";
import { ReplyForm } from "@/components/reviews/reply-form";
import { ReviewForm } from "@/components/reviews/review-form";
import { ReviewTimeline, type ReviewTimelineEntry } from "@/components/reviews/review-timeline";
import { SharePanel } from "@/components/reviews/share-link-panel";
import { buttonClasses } from "@/components/ui/button-classes";
import { PageHeader } from "@/components/ui/page-header";
import { forbidIfRefused } from "@/lib/auth/forbid";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { countryName } from "@/lib/countries/catalogue";
import { getDateFormatter } from "@/lib/dates/reader";
import { getSessionReview } from "@/lib/reviews/queries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("Reviews");
  return { title: t("title") };
}

/** The national partner's review of a session's results, and the facilitators' answers. */
export default async function ReviewPage({ params }: { params: Promise<{ sessionId: string }> }) {
  const { sessionId } = await params;
  const user = await requireUser();
  const review = await forbidIfRefused(() => getSessionReview(user, sessionId));
  if (!review) notFound();
  const { session, access } = review;
  const [t, tSessions, dates, locale] = await Promise.all([
    getTranslations("Reviews"),
    getTranslations("Sessions"),
    getDateFormatter(),
    getLocale(),
  ]);
  const country = countryName(session.countryCode, locale);
  const timeline = review.timeline.map(
    (entry): ReviewTimelineEntry =>
      entry.kind === "review"
        ? {
            key: entry.id,
            step: entry.step,
            what: t(`step.${entry.step}`),
            text: entry.body,
            who: entry.author.name,
            at: entry.at,
          }
        : {
            key: entry.id,
            step: null,
            what: t("statusEntry", {
              from: tSessions(`status.${entry.fromStatus}`),
              to: tSessions(`status.${entry.toStatus}`),
            }),
            text: entry.reason,
            who: entry.changedBy.name,
            at: entry.at,
          },
  );
  return (
    <ClientMessages namespaces={["Errors", "Forms"]}>
      <PageHeader
        title={t("heading", { title: session.title })}
        description={`${dates.date(session.startsAt)} · ${country}`}
        actions={
          <Link href={`/sessions/${sessionId}`} className={buttonClasses("secondary")}>
            {t("backToSession")}
          </Link>
        }
      />
      <p className="mb-4 max-w-prose text-slate-800">{t("intro", { country })}</p>
      <ApprovalPanel user={user} sessionId={sessionId} access={access} approval={review.approval} />
      <ReviewTimeline
        entries={timeline}
        heading={t("timelineHeading")}
        empty={t("timelineEmpty")}
        level={2}
      />
      {can(user, "review.write", access) && (
        <ReviewForm
          sessionId={sessionId}
          seenChangeId={review.latestChangeId}
          labels={{
            heading: t("partnerForm.heading"),
            body: t("partnerForm.body"),
            bodyHint: t("partnerForm.bodyHint"),
            comment: t("partnerForm.comment"),
            requestChanges: t("partnerForm.requestChanges"),
            approve: t("partnerForm.approve"),
            saved: t("partnerForm.saved"),
          }}
        />
      )}
      {can(user, "review.reply", access) && (
        <ReplyForm
          sessionId={sessionId}
          labels={{
            heading: t("replyForm.heading"),
            body: t("replyForm.body"),
            send: t("replyForm.send"),
            saved: t("replyForm.saved"),
          }}
        />
      )}
      {access.status === "PUBLISHED" && can(user, "session.manage", access) && (
        <SharePanel sessionId={sessionId} shareToken={review.shareToken} />
      )}
    </ClientMessages>
  );
}
