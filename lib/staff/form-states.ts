/** What the staff area's server actions answer their forms with; shared by app/staff and components/staff. */
export type SignInState = { error?: string };

export type SetupState =
  | { step: "password"; error?: string }
  | { step: "code"; qrCode: string; secret: string; error?: string };

export type SetupLinkState = { link?: string; error?: string };

/** A server action used as a form's action with useActionState. */
export type StateAction<State> = (state: State, formData: FormData) => Promise<State>;
