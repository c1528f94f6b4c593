import "server-only";
import { z } from "zod";
import { clinic } from "@/lib/clinic";

/** Private operational settings of the clinic; kept out of lib/clinic.ts so they never reach the browser bundle. */
const schema = z.object({
  /** Who is told about new requests. The emails carry a reference and a link, never patient data. */
  staffNotify: z.array(z.email()).min(1),
  mailFrom: z.string().min(3),
});

export const clinicPrivate = schema.parse({
  staffNotify: ["intake@cedarlane.example.test"],
  mailFrom: `"${clinic.name}" <no-reply@cedarlane.example.test>`,
});
