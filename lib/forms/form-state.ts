/** Raw values as the form posted them: one string per field, an array for checkbox groups. */
export type FormValues = Record<string, string | string[]>;

/**
 * What a form's server action returns when it does not redirect. React resets a form after
 * its action runs, so `values` come back for the inputs' default values (needed without
 * JavaScript, where the page is rendered again from this state).
 */
export type FormState<Field extends string = string> =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      fieldErrors: Partial<Record<Field, string>>;
      values: FormValues;
      /** File fields that held a file: a browser cannot be given them back, so the form asks again. */
      filesNotKept?: string[];
    };

export const idleState: FormState<never> = { status: "idle" };

export function correctFieldsMessage(count: number): string {
  return `Please correct ${count === 1 ? "the highlighted field" : `the ${count} highlighted fields`} and send the form again.`;
}
