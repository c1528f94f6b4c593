import "server-only";
import { z } from "zod";
import { clinic } from "@/lib/clinic";

/** Private operational settings of the clinic; kept out of lib/clinic.ts so they never reach the browser bundle. */
const schema = z.object({
  /** Who is told about new requests. The emails carry a reference and a link, never patient data. */
  staffNotify: z.array(z.email()).min(1),
  mailFrom: z.string().min(3),
  /**
   * Requests (with their card images, notes and emails) older than this many days are deleted
   * by `npm run purge`. A request that became part of a patient record lives on in the clinic's
   * medical record system, not here. The audit log is kept.
   */
  retentionDays: z.number().int().min(1).max(3650),
});

export const clinicPrivate = schema.parse({
  staffNotify: ["intake@cedarlane.example.test"],
  mailFrom: `"${clinic.name}" <no-reply@cedarlane.example.test>`,
  retentionDays: 180,
});
