const button =
  "inline-block rounded-md bg-brand font-semibold text-on-brand no-underline hover:bg-brand-strong hover:text-on-brand";

export const primaryButton = `${button} px-4 py-2`;
export const primaryButtonLarge = `${button} px-6 py-3 text-lg`;
