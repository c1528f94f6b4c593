/** Distinctive test patients: finding any of their values in an email or a log line is a leak, not a coincidence. */
import { randomBytes } from "node:crypto";
import type { Browser, BrowserContextOptions } from "@playwright/test";
import { baseURL } from "./env";

/** Random letters, so names stay valid (letters only) and unique per test. */
export function letters(length: number): string {
  const alphabet = "abcdefghijklmnopqrstuvwxyz";
  return Array.from(randomBytes(length), (b) => alphabet[b % alphabet.length]).join("");
}

export const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** YYYY-MM-DD for the day `years` years ago (local time). */
export function yearsAgo(years: number): string {
  const d = new Date();
  d.setFullYear(d.getFullYear() - years);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

export type Contact = {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  phone: string; // as typed
  phoneStored: string; // as the app normalizes it
  phoneDigits: string;
  email: string;
};

/** A patient's name, birth date, phone and email, unique to this call. */
export function newContact({ first, last, age, emailPrefix }: { first: string; last: string; age: number; emailPrefix: string }): Contact {
  const tag = letters(8);
  // 50..89: clear of the clinic's own 555-0142/0143 and the form's example 555-0100.
  const line = String(50 + (randomBytes(1)[0]! % 40));
  return {
    firstName: `${first}${capitalized(letters(5))}`,
    lastName: `${last}${capitalized(tag)}`,
    dateOfBirth: yearsAgo(age),
    phone: `541-555-01${line}`,
    phoneStored: `(541) 555-01${line}`,
    phoneDigits: `54155501${line}`,
    email: `${emailPrefix}.${tag}@example.test`,
  };
}

/** How the app stores a contact: the phone and email normalised. */
export function storedContact(person: Contact) {
  const { firstName, lastName, dateOfBirth } = person;
  return { firstName, lastName, dateOfBirth, phone: person.phoneStored, email: person.email.toLowerCase() };
}

export async function openPage(browser: Browser, options: BrowserContextOptions = {}) {
  const context = await browser.newContext({ baseURL: baseURL(), ...options });
  const page = await context.newPage();
  return { context, page };
}
