"use client";

import { useActionState } from "react";
import type { SetupLinkState } from "@/lib/staff/form-states";
import { secondaryButton } from "./styles";

/** Starts an account over and shows its new set-up link once. */
export function SetupLinkButton({ action: newLink, name }: { action: (state: SetupLinkState) => Promise<SetupLinkState>; name: string }) {
  const [state, action, pending] = useActionState<SetupLinkState>(newLink, {});
  return (
    <form action={action}>
      {state.link ? (
        <p role="status" className="max-w-sm text-sm">
          Give {name} this link (works once, for 72 hours): <code className="break-all">{state.link}</code>
        </p>
      ) : (
        <button type="submit" className={secondaryButton} aria-disabled={pending}>
          New set-up link<span className="sr-only"> for {name}</span>
        </button>
      )}
      {state.error ? <p className="text-sm font-semibold text-crisis">{state.error}</p> : null}
    </form>
  );
}
