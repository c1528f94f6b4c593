import { z } from "zod";

/** Eight fields, validated in the browser and on the server, like a typical request form. */
export const schema = z.object({
  firstName: z.string().trim().min(1, "Enter your first name."),
  lastName: z.string().trim().min(1, "Enter your last name."),
  email: z.email("Enter a valid email address."),
  phone: z.string().regex(/^[0-9 ()+-]{7,20}$/, "Enter a phone number."),
  dateOfBirth: z.iso.date("Enter your date of birth."),
  contact: z.enum(["phone", "email"], "Choose how we should contact you."),
  note: z.string().max(1000, "Keep the note under 1000 characters."),
  consent: z.literal("on", "Please agree."),
});
export type Values = z.input<typeof schema>;
export const FIELDS = Object.keys(schema.shape) as (keyof Values)[];
