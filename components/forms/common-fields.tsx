import type { UseFormRegisterReturn } from "react-hook-form";
import { TextField } from "@/components/ui/fields";
import { primaryButtonLarge } from "@/components/layout/styles";
import { clinic, telHref } from "@/lib/clinic";

/** What every form's `field()` gives a field component (see useActionForm). */
type FieldProps = { name: string; error?: string; registration: UseFormRegisterReturn };
type Props<Name extends string> = { field: (name: Name) => FieldProps; text: (name: Name) => string | undefined };

export function NameAndBirthFields({ field, text, birthHint }: Props<"firstName" | "lastName" | "dateOfBirth"> & { birthHint: string }) {
  return (
    <>
      <div className="grid gap-5 sm:grid-cols-2">
        <TextField {...field("firstName")} label="First name" autoComplete="given-name" defaultValue={text("firstName")} />
        <TextField {...field("lastName")} label="Last name" autoComplete="family-name" defaultValue={text("lastName")} />
      </div>
      <TextField
        {...field("dateOfBirth")}
        label="Date of birth"
        type="date"
        autoComplete="bday"
        hint={birthHint}
        defaultValue={text("dateOfBirth")}
        className="sm:max-w-xs"
      />
    </>
  );
}

export function PhoneAndEmailFields({ field, text }: Props<"phone" | "email">) {
  return (
    <div className="grid gap-5 sm:grid-cols-2">
      <TextField
        {...field("phone")}
        label="Phone number"
        type="tel"
        autoComplete="tel"
        inputMode="tel"
        hint="A US number, like 541-555-0100."
        defaultValue={text("phone")}
      />
      <TextField {...field("email")} label="Email address" type="email" autoComplete="email" defaultValue={text("email")} />
    </div>
  );
}

type SendProps = { idempotencyKey: string; pending: boolean; label: string; pendingLabel: string; replyWithin: string };

/** The end of every form: the spam trap, the one-time key, the button and the phone number. */
export function SendSection({ idempotencyKey, pending, label, pendingLabel, replyWithin }: SendProps) {
  return (
    <>
      {/* Left empty by people; filled by many spam bots. */}
      <div className="hidden">
        <label htmlFor="website">Leave this field empty</label>
        <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />

      <div className="space-y-3">
        <button type="submit" disabled={pending} className={`${primaryButtonLarge} disabled:opacity-70`}>
          {pending ? pendingLabel : label}
        </button>
        <p className="text-sm text-ink-muted">
          Prefer to talk? Call <a href={telHref(clinic.phone.main)}>{clinic.phone.main}</a>. We usually reply within{" "}
          {replyWithin}.
        </p>
      </div>
    </>
  );
}
