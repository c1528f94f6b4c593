/** The appointment request: one schema for the browser form and the server action. */
import "./zod-config";
import { z } from "zod";
import { clinic } from "@/lib/clinic";
import { adultDateOfBirth, choice, choices, email, longText, mustAgree, personName, phone, text } from "./fields";

const ids = <T extends { id: string }>(items: readonly T[]) => items.map((i) => i.id) as [T["id"], ...T["id"][]];

export const CONTACT_METHODS = [
  { id: "phone", label: "Phone call" },
  { id: "text", label: "Text message" },
  { id: "email", label: "Email" },
] as const;

export const PATIENT_STATUSES = [
  { id: "new", label: "I am new to the clinic" },
  { id: "returning", label: "I have been treated here before" },
] as const;

export const NOTE_MAX = 1000;

export const appointmentSchema = z.object({
  firstName: personName("your first name"),
  lastName: personName("your last name"),
  dateOfBirth: adultDateOfBirth(clinic.timeZone),
  phone,
  email,
  preferredContact: choice(ids(CONTACT_METHODS), "Choose how we should contact you."),
  availableDays: choices(ids(clinic.contactDays.map((id) => ({ id }))), "Choose at least one day."),
  availableTimes: choices(ids(clinic.contactWindows), "Choose at least one time of day."),
  treatment: choice(ids(clinic.treatments), "Choose a treatment, or “Not sure yet”."),
  patientStatus: choice(ids(PATIENT_STATUSES), "Tell us whether you are new or returning."),
  referringClinician: text("the referring clinician", { max: 120, required: false }),
  note: longText("your note", NOTE_MAX),
  consentToContact: mustAgree("Please agree that we may contact you about this request."),
  acknowledgeNotEmergency: mustAgree("Please confirm you understand this form is not for emergencies."),
});

export type AppointmentInput = z.input<typeof appointmentSchema>;
export type Appointment = z.output<typeof appointmentSchema>;
export type AppointmentField = keyof typeof appointmentSchema.shape;

/** Every field, in the order the form shows them. */
export const APPOINTMENT_FIELDS = Object.keys(appointmentSchema.shape) as AppointmentField[];

/** Fields that hold several values (checkbox groups); FormData carries them as repeated keys. */
export const APPOINTMENT_LIST_FIELDS = ["availableDays", "availableTimes"] as const satisfies AppointmentField[];
