import { CRISIS, clinic } from "@/lib/clinic";

/**
 * Email bodies are rendered from the template name and the reference only: they cannot
 * contain patient data because they are never given any.
 */
export type TemplateId = "appointment-staff" | "appointment-patient" | "insurance-staff" | "insurance-patient";

export type RenderedEmail = { subject: string; text: string };

type Context = { reference: string; siteUrl: string };

const signature = `${clinic.name}
${clinic.address.street}${clinic.address.suite ? `, ${clinic.address.suite}` : ""}, ${clinic.address.city}, ${clinic.address.region} ${clinic.address.postalCode}
Phone ${clinic.phone.main}`;

const crisisNote = `This email address and our forms are not watched around the clock. If you are in crisis, call or text ${CRISIS.lifeline.number} (the ${CRISIS.lifeline.label}). Veterans can call ${CRISIS.veterans.number} and press ${CRISIS.veterans.press} for the ${CRISIS.veterans.label}. In an emergency, call ${CRISIS.emergency}.`;

const staffEmail = (what: string) => ({ reference, siteUrl }: Context): RenderedEmail => ({
  subject: `New ${what} ${reference}`,
  text: `A new ${what} has arrived.

Reference: ${reference}
Open it in the staff inbox (sign-in required):
${siteUrl}/staff/submissions/${reference}

The patient's details are only in the staff inbox; this email never carries them.
`,
});

const templates: Record<TemplateId, (ctx: Context) => RenderedEmail> = {
  "appointment-staff": staffEmail("appointment request"),
  "appointment-patient": ({ reference }) => ({
    subject: `We received your appointment request (${reference})`,
    text: `Thank you for contacting ${clinic.name}.

We received your request to schedule an appointment. Your reference number is ${reference}.

What happens next: someone from our front desk will contact you within ${clinic.replyWithin}, in the way you asked us to, to talk about next steps and find a time. If you need us sooner, call ${clinic.phone.main} and mention your reference number.

${crisisNote}

If you did not make this request, you can ignore this email or call us.

${signature}
`,
  }),
  "insurance-staff": staffEmail("insurance verification"),
  "insurance-patient": ({ reference }) => ({
    subject: `We received your insurance verification request (${reference})`,
    text: `Thank you for contacting ${clinic.name}.

We received your request to check your insurance benefits. Your reference number is ${reference}. Its status is: awaiting review.

What happens next: our front desk will contact you within ${clinic.insurance.reviewWithin} with what we learned. The result of a benefits check is an estimate from your insurer, not a promise of payment. If you need us sooner, call ${clinic.phone.main} and mention your reference number.

For your privacy, this email does not repeat any of the details you sent us.

${crisisNote}

If you did not make this request, please call us.

${signature}
`,
  }),
};

export function renderEmail(template: string, ctx: Context): RenderedEmail | undefined {
  return Object.hasOwn(templates, template) ? templates[template as TemplateId](ctx) : undefined;
}
