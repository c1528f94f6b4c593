import "server-only";
import { createHash, randomUUID } from "node:crypto";
import { clinic } from "@/lib/clinic";
import type { Db } from "@/lib/db/client.server";
import type { Prisma } from "@/lib/generated/sqlite/client";
import { pickFields, pickFiles } from "@/lib/forms/form-data";
import { correctFieldsMessage, type FormState, type FormValues } from "@/lib/forms/form-state";
import { errorFacts, logger } from "@/lib/log/logger.server";
import type { TemplateId } from "@/lib/mail/templates";
import type { SubmissionLimiter } from "@/lib/security/rate-limit.server";
import { newReference, type ReferencePrefix } from "./reference";

export const HONEYPOT_FIELD = "website";
export const IDEMPOTENCY_FIELD = "idempotencyKey";

type FieldErrors<Field extends string> = Partial<Record<Field, string>>;
export type ErrorState<Field extends string> = Extract<FormState<Field>, { status: "error" }>;

export type SubmitResult<Field extends string> =
  | { ok: true; reference: string; duplicate: boolean }
  | { ok: false; state: ErrorState<Field> };

export type SubmitDeps = { db: () => Promise<Db>; limiter: SubmissionLimiter; clientKey: string };

/** What differs between the forms; everything else about a submission is the same. */
export type SubmissionForm<Field extends string, Data> = {
  /** Names log events, e.g. "appointment.stored". */
  kind: string;
  referencePrefix: ReferencePrefix;
  fields: readonly Field[];
  listFields?: readonly Field[];
  fileFields?: readonly Field[];
  /** Validates everything that was sent; `data` is what gets stored. */
  parse(values: FormValues, files: Partial<Record<Field, File>>): Promise<{ ok: true; data: Data } | { ok: false; fieldErrors: FieldErrors<Field> }>;
  /** The reference of a request already stored under this key. */
  findByKey(db: Db, idempotencyKey: string): Promise<{ reference: string } | null>;
  /** The write that stores the request; it runs in one transaction with its emails. */
  create(db: Db, data: Data, ids: { reference: string; idempotencyKey: string }): Prisma.PrismaPromise<unknown>;
  /** Who is told, by which template. Templates render from the reference only. */
  emails(data: Data): { template: TemplateId; recipient: string }[];
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const callUs = `call us at ${clinic.phone.main}`;

/**
 * Handles one posted form: everything a server action does except the Next.js parts
 * (headers, `after()`, redirect), so tests can drive it with real databases. In order: the
 * honeypot, the rate limit, validation, then one transaction for the request and its emails,
 * stored once per idempotency key. Never throws: every outcome is a result the page can show.
 */
export async function submitForm<Field extends string, Data>(
  form: SubmissionForm<Field, Data>,
  posted: FormData,
  { db, limiter, clientKey }: SubmitDeps,
): Promise<SubmitResult<Field>> {
  const formData = asForm(posted);
  const values = pickFields(formData, form.fields, form.listFields);
  const files = pickFiles(formData, form.fileFields ?? []);
  const failure = (message: string, fieldErrors: FieldErrors<Field> = {}): SubmitResult<Field> => ({
    ok: false,
    // Files cannot be sent back to a browser's file input: the form asks for them again.
    state: { status: "error", message, fieldErrors, values, filesNotKept: Object.keys(files) },
  });

  try {
    const honeypot = formData.get(HONEYPOT_FIELD);
    if (typeof honeypot !== "string" || honeypot !== "") {
      // Shown, not silently dropped: a person whose browser filled the hidden field still learns what to do.
      logger.warn({ event: `${form.kind}.honeypot` });
      return failure(`We could not send this request. Please ${callUs} and we will help you directly.`);
    }

    const limit = await limiter.consume(clientKey);
    if (!limit.ok) {
      logger.warn({ event: `${form.kind}.rate_limited` });
      const minutes = Math.max(1, Math.ceil(limit.retryAfterSeconds / 60));
      return failure(`Too many requests have come from your connection. Please try again in ${minutes} minute${minutes === 1 ? "" : "s"}, or ${callUs}.`);
    }

    const parsed = await form.parse(values, files);
    if (!parsed.ok) return failure(correctFieldsMessage(Object.keys(parsed.fieldErrors).length), parsed.fieldErrors);

    const stored = await store(form, await db(), parsed.data, idempotencyKeyOf(formData.get(IDEMPOTENCY_FIELD), parsed.data));
    logger.info({ event: `${form.kind}.${stored.duplicate ? "duplicate" : "stored"}`, reference: stored.reference });
    return { ok: true, ...stored };
  } catch (err) {
    logger.error({ event: `${form.kind}.store_failed`, ...errorFacts(err) });
    return failure(`We could not save your request because of a problem on our side. Your answers are still here: please try again in a few minutes, or ${callUs}.`);
  }
}

/**
 * A hand-made post can replace an action's arguments (a `$ACTION_ID_` post without the form's
 * action state calls it with the FormData first and nothing second): that reads as an empty
 * form, as a browser sends it, so the person gets the field errors rather than a server error.
 */
function asForm(posted: unknown): FormData {
  if (posted instanceof FormData) return posted;
  const empty = new FormData();
  empty.set(HONEYPOT_FIELD, "");
  return empty;
}

/**
 * The form's one-time key plus a digest of the answers: a double click or a re-sent POST
 * stores once, while going Back, changing an answer and sending again is a new request.
 * File contents enter the digest as their own digests.
 */
function idempotencyKeyOf(formKey: FormDataEntryValue | null, data: unknown): string {
  const key = typeof formKey === "string" && UUID.test(formKey) ? formKey.toLowerCase() : randomUUID();
  const json = JSON.stringify(data, function (this: Record<string, unknown>, name, value: unknown) {
    const original = this[name];
    return original instanceof Uint8Array ? createHash("sha256").update(original).digest("hex") : value;
  });
  return `${key}:${createHash("sha256").update(json).digest("base64url").slice(0, 22)}`;
}

async function store<Field extends string, Data>(
  form: SubmissionForm<Field, Data>,
  db: Db,
  data: Data,
  idempotencyKey: string,
): Promise<{ reference: string; duplicate: boolean }> {
  // Insert first: a repeat is rare, so it pays for the lookup instead of every request paying
  // for one. The unique idempotency key refuses a repeat, even one racing this insert; a clash
  // of random references also lands here and just tries again with another.
  for (let attempt = 0; ; attempt++) {
    const reference = newReference(form.referencePrefix);
    try {
      await db.$transaction([
        form.create(db, data, { reference, idempotencyKey }),
        db.outboxEmail.createMany({ data: form.emails(data).map((email) => ({ ...email, reference })) }),
      ]);
      return { reference, duplicate: false };
    } catch (err) {
      if ((err as { code?: string }).code !== "P2002") throw err;
      const existing = await form.findByKey(db, idempotencyKey);
      if (existing) return { reference: existing.reference, duplicate: true };
      if (attempt >= 2) throw err;
    }
  }
}
