import "server-only";
import { clinicPrivate } from "@/lib/clinic.server";
import { encryptBytes, encryptText, type KeyRing } from "@/lib/security/encryption.server";
import { readCardFile, type CardContent } from "@/lib/uploads/card-files.server";
import { CARD_FILE_MAX_BYTES } from "@/lib/uploads/limits";
import { firstErrors } from "@/lib/validation/errors";
import { CARD_FIELDS, INSURANCE_FIELDS, applicableAnswers, insuranceSchema, type Coverage, type InsuranceField, type InsuranceRequest } from "@/lib/validation/insurance";
import { submitForm, type SubmissionForm, type SubmitDeps, type SubmitResult } from "./submit-form.server";

type StoredCoverage = Omit<Coverage, "cards"> & { cards: { side: "front" | "back"; content: CardContent }[] };
export type InsuranceData = Omit<InsuranceRequest, "coverages"> & { coverages: StoredCoverage[] };

/** What each encrypted value is bound to (AES-GCM associated data): moved elsewhere, it will not decrypt. */
export const encryptionContext = (reference: string, rank: string, what: string) => `insurance:${reference}:${rank}:${what}`;

export function insuranceForm(keys: KeyRing): SubmissionForm<InsuranceField, InsuranceData> {
  return {
    kind: "insurance",
    referencePrefix: "INS",
    fields: INSURANCE_FIELDS.filter((field) => !(CARD_FIELDS as readonly string[]).includes(field)),
    fileFields: CARD_FIELDS,
    async parse(values, files) {
      // The answers and the files' contents are checked together, so every problem shows at once.
      const answers = { ...values, ...files };
      const [parsed, contents] = await Promise.all([insuranceSchema.safeParseAsync(answers), readCards(applicableAnswers(answers))]);
      const fieldErrors = { ...contents.errors, ...(parsed.success ? {} : firstErrors<InsuranceField>(parsed.error)) };
      if (!parsed.success || Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors };

      const coverages = parsed.data.coverages.map(({ cards, ...coverage }) => ({
        ...coverage,
        cards: cards.map(({ side, file }) => ({ side, content: contents.byFile.get(file)! })),
      }));
      return { ok: true, data: { ...parsed.data, coverages } };
    },
    findByKey: (db, idempotencyKey) => db.insuranceRequest.findUnique({ where: { idempotencyKey }, select: { reference: true } }),
    create(db, { patient, treatment, coverageType, coverages }, ids) {
      const seal = (rank: string, what: string, value: string) => encryptText(keys, value, encryptionContext(ids.reference, rank, what));
      return db.insuranceRequest.create({
        data: {
          ...ids,
          ...patient,
          treatment,
          coverageType,
          consentToVerifyAt: coverages.length > 0 ? new Date() : null,
          coverages: {
            create: coverages.map((c) => ({
              rank: c.rank,
              carrier: c.carrier,
              carrierName: c.carrierName,
              planType: c.planType,
              relationship: c.relationship,
              memberId: seal(c.rank, "memberId", c.memberId),
              groupNumber: c.groupNumber ? seal(c.rank, "groupNumber", c.groupNumber) : null,
              policyholder: c.policyholder ? seal(c.rank, "policyholder", JSON.stringify(c.policyholder)) : null,
            })),
          },
          cards: {
            create: coverages.flatMap((c) =>
              c.cards.map(({ side, content }) => ({
                rank: c.rank,
                side,
                mediaType: content.mediaType,
                byteSize: content.bytes.length,
                // Prisma's Bytes type wants a Uint8Array over a plain ArrayBuffer, not a Buffer.
                content: new Uint8Array(encryptBytes(keys, content.bytes, encryptionContext(ids.reference, c.rank, `card-${side}`))),
              })),
            ),
          },
        },
      });
    },
    emails: (data) => [
      ...clinicPrivate.staffNotify.map((recipient) => ({ template: "insurance-staff" as const, recipient })),
      { template: "insurance-patient", recipient: data.patient.email },
    ],
  };
}

/** Reads the bytes of each file that applies and decides its type from them. */
async function readCards(answers: Record<string, unknown>) {
  const errors: Partial<Record<InsuranceField, string>> = {};
  const byFile = new Map<unknown, CardContent>();
  await Promise.all(
    CARD_FIELDS.map(async (field) => {
      const file = answers[field];
      if (!(file instanceof File) || file.size === 0 || file.size > CARD_FILE_MAX_BYTES) return; // the schema explains these
      const result = await readCardFile(file);
      if (result.ok) byFile.set(file, result.content);
      else errors[field] = result.message;
    }),
  );
  return { errors, byFile };
}

/** Handles one posted insurance verification form (see submitForm). */
export function submitInsurance(formData: FormData, deps: SubmitDeps & { keys: KeyRing }): Promise<SubmitResult<InsuranceField>> {
  return submitForm(insuranceForm(deps.keys), formData, deps);
}
