export const inputClass = "mt-1 block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink";
export const labelClass = "block text-sm font-semibold";
export const secondaryButton =
  "inline-block rounded-md border border-line-strong bg-surface px-3 py-1.5 text-sm font-semibold text-ink no-underline hover:bg-mist hover:text-ink";
export const tableClass = "w-full border-collapse text-left text-sm [&_td]:border-t [&_td]:border-line [&_td]:px-2 [&_td]:py-2 [&_th]:px-2 [&_th]:py-2 [&_th]:font-semibold";
export const noticeClass = "rounded-md border border-brand bg-mist px-4 py-3";
export const problemClass = "rounded-md border-2 border-crisis bg-surface px-4 py-3 font-semibold text-crisis";
