import type { FormValues } from "./form-state";

/**
 * Reads only the fields a form declares. Server actions receive React's own `$ACTION_*`
 * entries and whatever else a client chooses to send; everything else is ignored, and
 * files are dropped where text is expected. A hand-made post can put anything where the
 * FormData should be: that reads as an empty form.
 */
export function pickFields(formData: unknown, fields: readonly string[], listFields: readonly string[] = []): FormValues {
  const values: FormValues = {};
  if (!(formData instanceof FormData)) return values;
  for (const field of fields) {
    if (listFields.includes(field)) {
      values[field] = formData.getAll(field).filter((v): v is string => typeof v === "string");
    } else {
      const value = formData.get(field);
      if (typeof value === "string") values[field] = value;
    }
  }
  return values;
}

/** The files a form declares; a file input left empty (an unnamed, empty file) counts as none. */
export function pickFiles<Field extends string>(formData: FormData, fields: readonly Field[]): Partial<Record<Field, File>> {
  const files: Partial<Record<Field, File>> = {};
  for (const field of fields) {
    const value = formData.get(field);
    if (value instanceof File && !(value.size === 0 && value.name === "")) files[field] = value;
  }
  return files;
}
