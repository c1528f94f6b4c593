"use client";

import { useActionState } from "react";
import type { SignInState, StateAction } from "@/lib/staff/form-states";
import { primaryButton } from "@/components/layout/styles";
import { CodeInput } from "./CodeInput";
import { FormProblem } from "./FormProblem";

export function CodeForm({ action: submitCode, next }: { action: StateAction<SignInState>; next?: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(submitCode, {});
  return (
    <form action={action} className="mt-6 space-y-4">
      <FormProblem message={state.error} />
      {next ? <input type="hidden" name="next" value={next} /> : null}
      <CodeInput invalid={Boolean(state.error)} />
      <button type="submit" className={primaryButton} aria-disabled={pending}>
        Sign in
      </button>
    </form>
  );
}
