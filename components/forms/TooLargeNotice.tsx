import { ErrorSummary } from "@/components/ui/ErrorSummary";
import { clinic, telHref } from "@/lib/clinic";
import { CARD_FILE_MAX_BYTES, CARD_FILES_TOTAL_MAX_BYTES, REQUEST_BODY_MAX_BYTES, megabytes } from "@/lib/uploads/limits";
import { CARD_FORMATS } from "@/lib/validation/card-file";

const cardLimits = `${CARD_FORMATS}, up to ${megabytes(CARD_FILE_MAX_BYTES)} each and ${megabytes(CARD_FILES_TOTAL_MAX_BYTES)} together`;

/**
 * Shown on a form's page when proxy.ts sent a post back because it was larger than the server
 * reads (`?upload=too-large`): nothing of it reached the database, so the person must send
 * the form again, and needs to know what fits.
 */
export function TooLargeNotice({ takesCardPhotos }: { takesCardPhotos: boolean }) {
  return (
    <ErrorSummary title="What you sent was too large, so nothing was saved" errors={[]}>
      <p>
        A form can be up to {megabytes(REQUEST_BODY_MAX_BYTES)} in all, files included.{" "}
        {takesCardPhotos ? (
          <>
            Photos of your insurance card can be {cardLimits}. Please fill in the form again with smaller photos, or send it
            without them and bring your card to your first visit.
          </>
        ) : (
          <>
            This form takes no files. Please fill it in again. To send photos of your insurance card ({cardLimits}), use
            the <a href="/verify-insurance">insurance form</a>.
          </>
        )}
      </p>
      <p>
        You can also call us at <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>.
      </p>
    </ErrorSummary>
  );
}
