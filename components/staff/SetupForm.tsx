"use client";

import { useActionState } from "react";
import type { SetupState, StateAction } from "@/lib/staff/form-states";
import { primaryButton } from "@/components/layout/styles";
import { CodeInput } from "./CodeInput";
import { FormProblem } from "./FormProblem";
import { inputClass, labelClass } from "./styles";

/** Two steps on one page: the password, then the authenticator app. */
export function SetupForm({ action: setUp }: { action: StateAction<SetupState> }) {
  const [state, action, pending] = useActionState<SetupState, FormData>(setUp, { step: "password" });
  return (
    <form action={action} className="mt-6 space-y-4">
      <FormProblem message={state.error} />
      {state.step === "password" ? (
        <>
          <h2 className="text-xl font-bold">1. Choose a password</h2>
          <div>
            <label htmlFor="password" className={labelClass}>
              Password
            </label>
            <span id="password-hint" className="block text-sm text-ink-muted">
              At least 12 characters. A few unrelated words make a strong one.
            </span>
            <input id="password" name="password" type="password" autoComplete="new-password" minLength={12} maxLength={128} required aria-describedby="password-hint" className={inputClass} />
          </div>
          <div>
            <label htmlFor="confirm" className={labelClass}>
              The same password again
            </label>
            <input id="confirm" name="confirm" type="password" autoComplete="new-password" required className={inputClass} />
          </div>
          <button type="submit" className={primaryButton} aria-disabled={pending}>
            Continue
          </button>
        </>
      ) : (
        <>
          <h2 className="text-xl font-bold">2. Connect your authenticator app</h2>
          <p>In the app, add an account and scan this code:</p>
          {/* eslint-disable-next-line @next/next/no-img-element -- a generated data: URL */}
          <img src={state.qrCode} alt="QR code that adds this account to an authenticator app" width={216} height={216} />
          <p>
            Cannot scan? Enter this key in the app instead:{" "}
            <code className="break-all rounded bg-mist px-1 font-mono" data-testid="totp-secret">
              {state.secret}
            </code>
          </p>
          <p>Then enter the code the app shows, to check it works.</p>
          <CodeInput invalid={Boolean(state.error)} />
          <button type="submit" className={primaryButton} aria-disabled={pending}>
            Finish set-up
          </button>
        </>
      )}
    </form>
  );
}
