"use server";

import { redirect } from "next/navigation";

/** The no-op: an action that does nothing but answer the way a successful form does (303). */
export async function submit(_previous: { message: string }, _formData: FormData): Promise<{ message: string }> {
  redirect("/form/done");
}
