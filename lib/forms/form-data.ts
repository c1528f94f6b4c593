import type { FormValues } from "./form-state";

/**
 * Reads only the fields a form declares. Server actions receive React's own `$ACTION_*`
 * entries and whatever else a client chooses to send; everything else is ignored, and
 * files are dropped where text is expected.
 */
export function pickFields(formData: FormData, fields: readonly string[], listFields: readonly string[] = []): FormValues {
  const values: FormValues = {};
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
