/** The brand's filled button, without its display or padding. */
export const brandFill = "rounded-md bg-brand font-semibold text-on-brand no-underline hover:bg-brand-strong hover:text-on-brand";
const button = `inline-block ${brandFill}`;

export const primaryButton = `${button} px-4 py-2`;
export const primaryButtonLarge = `${button} px-6 py-3 text-lg`;
