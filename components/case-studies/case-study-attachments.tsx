import { getFormatter, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import { deleteAttachmentAction } from "@/lib/attachments/actions";
import {
  MAX_ATTACHMENTS_PER_STUDY,
  MAX_DOCUMENT_BYTES,
  MAX_IMAGE_BYTES,
} from "@/lib/attachments/limits";
import { getCaseStudyAttachments, type ListedAttachment } from "@/lib/attachments/queries";
import { imagesMissingAltText, isImage } from "@/lib/attachments/rules";
import { getCurrentUser } from "@/lib/auth/session";
import { AttachmentEditForm } from "./attachment-edit-form";
import { AttachmentUploadForm } from "./attachment-upload-form";

type Translator = Awaited<ReturnType<typeof getTranslations<"Attachments">>>;

export function attachmentUrl(caseStudyId: string, attachmentId: string): string {
  return `/api/case-studies/${caseStudyId}/attachments/${attachmentId}`;
}

function kindLabel(t: Translator, mediaType: string): string {
  switch (mediaType) {
    case "application/pdf":
      return t("kind.pdf");
    case "application/vnd.openxmlformats-officedocument.wordprocessingml.document":
      return t("kind.docx");
    case "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet":
      return t("kind.xlsx");
    case "application/vnd.oasis.opendocument.text":
      return t("kind.odt");
    default:
      return t("kind.image");
  }
}

const MB = 1024 * 1024;

/**
 * A case study's photos and documents: photos shown with their description, documents as
 * download links, and for whoever may change the study (`canEdit`, checked again on the server
 * by every action) the forms to add, describe and remove them. Renders nothing for a reader who
 * may not read the study. Its page must give the client parts the "Attachments", "Errors" and
 * "Forms" messages (<ClientMessages>).
 */
export async function CaseStudyAttachments({
  caseStudyId,
  canEdit,
}: {
  caseStudyId: string;
  canEdit: boolean;
}) {
  const user = await getCurrentUser();
  const data = user ? await getCaseStudyAttachments(user, caseStudyId) : null;
  if (!data) return null;
  const [t, format] = await Promise.all([getTranslations("Attachments"), getFormatter()]);
  const editable = canEdit && data.canEdit;
  const missing = imagesMissingAltText(data.attachments).length;
  const size = (bytes: number) =>
    format.number(bytes / MB, { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });
  return (
    <section aria-labelledby="attachments-heading" className="mt-8">
      <h2 id="attachments-heading" className="mb-3 text-xl font-semibold">
        {t("heading")}
      </h2>
      {missing > 0 && (
        <p className="mb-4 rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-900">
          {t("missingAltText", { count: missing })}
        </p>
      )}
      {data.attachments.length === 0 ? (
        <p className="text-slate-700">{t("empty")}</p>
      ) : (
        <ul className="grid gap-4 sm:grid-cols-2">
          {data.attachments.map((attachment) => (
            <AttachmentItem
              key={attachment.id}
              attachment={attachment}
              url={attachmentUrl(caseStudyId, attachment.id)}
              details={t("documentSize", {
                type: kindLabel(t, attachment.mediaType),
                size: size(attachment.byteSize),
              })}
              editable={editable}
              t={t}
            />
          ))}
        </ul>
      )}
      {editable && (
        <AttachmentUploadForm
          caseStudyId={caseStudyId}
          fileHint={t("fileHint", {
            imageMb: MAX_IMAGE_BYTES / MB,
            documentMb: MAX_DOCUMENT_BYTES / MB,
            max: MAX_ATTACHMENTS_PER_STUDY,
          })}
        />
      )}
    </section>
  );
}

function AttachmentItem({
  attachment,
  url,
  details,
  editable,
  t,
}: {
  attachment: ListedAttachment;
  url: string;
  details: string;
  editable: boolean;
  t: Translator;
}) {
  const image = isImage(attachment.mediaType);
  return (
    <li className="rounded-lg border border-slate-300 bg-white p-3">
      {image ? (
        <figure>
          {/* The app's own route, authorised per request: next/image would cache it for everyone. */}
          {/* biome-ignore lint/performance/noImgElement: see above */}
          <img
            src={url}
            alt={attachment.altText ?? ""}
            className="max-h-64 w-full rounded object-contain"
            loading="lazy"
          />
          {attachment.caption && (
            <figcaption className="mt-2 text-slate-700">{attachment.caption}</figcaption>
          )}
        </figure>
      ) : (
        attachment.caption && <p className="mb-1 text-slate-700">{attachment.caption}</p>
      )}
      <p className="mt-2 break-words">
        <a
          href={url}
          className="text-teal-800 underline underline-offset-4"
          aria-label={t(image ? "open" : "download", { name: attachment.fileName })}
        >
          {attachment.fileName}
        </a>{" "}
        <span className="text-sm text-slate-600">({details})</span>
      </p>
      {image && !attachment.altText?.trim() && (
        <p className="text-sm font-medium text-amber-900">{t("noAltText")}</p>
      )}
      {editable && (
        <>
          <AttachmentEditForm attachment={attachment} image={image} />
          <ActionForm
            action={deleteAttachmentAction}
            fields={{ attachmentId: attachment.id }}
            label={t("delete")}
            accessibleLabel={t("deleteLabel", { name: attachment.fileName })}
            variant="danger"
            pendingLabel={t("deleting")}
            confirm={t("deleteQuestion", { name: attachment.fileName })}
          />
        </>
      )}
    </li>
  );
}
