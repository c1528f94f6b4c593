"use client";

import { useActionState } from "react";
import type { SignInState, StateAction } from "@/lib/staff/form-states";
import { primaryButton } from "@/components/layout/styles";
import { FormProblem } from "./FormProblem";
import { inputClass, labelClass } from "./styles";

export function SignInForm({ action: submitPassword, next }: { action: StateAction<SignInState>; next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(submitPassword, {});
  return (
    <form action={action} className="mt-6 space-y-4">
      <FormProblem message={state.error} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <div>
        <label htmlFor="email" className={labelClass}>
          Email
        </label>
        <input id="email" name="email" type="email" autoComplete="username" required className={inputClass} />
      </div>
      <div>
        <label htmlFor="password" className={labelClass}>
          Password
        </label>
        <input id="password" name="password" type="password" autoComplete="current-password" required className={inputClass} />
      </div>
      <button type="submit" className={primaryButton} aria-disabled={pending}>
        Continue
      </button>
    </form>
  );
}
