"use server";

import { after } from "next/server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { db } from "@/lib/db/client.server";
import { pickFields } from "@/lib/forms/form-data";
import { drainAppOutbox } from "@/lib/mail/outbox.server";
import type { Client } from "@/lib/staff/client.server";
import { requestClient, requireStaff } from "@/lib/staff/guard.server";
import { NOTE_MAX_LENGTH, RequestError, addNote, changeStatus, resendEmail } from "@/lib/staff/requests.server";
import type { Staff } from "@/lib/staff/session.server";
import { STATUSES } from "@/lib/staff/workflow";

const reference = z.string().regex(/^(APT|INS)-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
/** Every field the request page's forms send. */
const FIELDS = ["reference", "from", "to", "note", "emailId"];
type Fields = Partial<Record<string, string>>;

/**
 * Each action checks the session, parses its fields, changes one thing through the data
 * layer (which checks the role and audits) and comes back to the request's page with a
 * notice or a problem code in the URL (post/redirect/get; the codes carry no patient data).
 */
async function act(formData: FormData, work: (ref: string, fields: Fields, staff: Staff, client: Client) => Promise<string>): Promise<never> {
  const fields = pickFields(formData, FIELDS) as Fields;
  const ref = reference.safeParse(fields.reference);
  const staff = await requireStaff("front-desk", ref.success ? `/staff/submissions/${ref.data}` : "/staff");
  if (!ref.success) redirect("/staff");
  let outcome: string;
  try {
    outcome = `notice=${await work(ref.data, fields, staff, await requestClient())}`;
  } catch (err) {
    if (!(err instanceof RequestError)) throw err;
    outcome = `problem=${encodeURIComponent(err.message)}`;
  }
  redirect(`/staff/submissions/${ref.data}?${outcome}`);
}

export async function updateStatus(formData: FormData): Promise<void> {
  await act(formData, async (ref, fields, staff, client) => {
    const parsed = z.object({ from: z.enum(STATUSES), to: z.enum(STATUSES) }).safeParse(fields);
    if (!parsed.success) throw new RequestError("That status change is not allowed.");
    await changeStatus(await db(), staff, ref, parsed.data.from, parsed.data.to, client);
    return "status";
  });
}

export async function saveNote(formData: FormData): Promise<void> {
  await act(formData, async (ref, fields, staff, client) => {
    const body = fields.note ?? "";
    if (body.length > NOTE_MAX_LENGTH * 2) throw new RequestError(`A note can be at most ${NOTE_MAX_LENGTH} characters.`);
    await addNote(await db(), staff, ref, body, client);
    return "note";
  });
}

export async function resend(formData: FormData): Promise<void> {
  await act(formData, async (ref, fields, staff, client) => {
    const emailId = z.uuid().safeParse(fields.emailId);
    if (!emailId.success) throw new RequestError("There is no such email.");
    await resendEmail(await db(), staff, ref, emailId.data, client);
    after(() => drainAppOutbox({ reference: ref }));
    return "resent";
  });
}
