import type { ComponentPropsWithoutRef, ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

/**
 * Accessible form fields: every input has a visible label, its hint and error are tied to it
 * with aria-describedby, and aria-invalid marks it while the error shows. The inputs are
 * uncontrolled and take their first value from `defaultValue`, so a page rendered by the
 * server after a failed post (JavaScript off) comes back with what the person typed.
 */

const inputClass =
  "mt-1 block w-full rounded-md border border-line-strong bg-surface px-3 py-2 text-base text-ink aria-[invalid=true]:border-2 aria-[invalid=true]:border-crisis";
const labelClass = "block font-semibold";
const hintClass = "mt-1 block text-sm text-ink-muted";

type Described = { name: string; hint?: ReactNode; error?: string };

function describedBy({ name, hint, error }: Described): string | undefined {
  return [hint ? `${name}-hint` : "", error ? `${name}-error` : ""].filter(Boolean).join(" ") || undefined;
}

function Hint({ name, hint }: Described) {
  return hint ? (
    <span id={`${name}-hint`} className={hintClass}>
      {hint}
    </span>
  ) : null;
}

function FieldError({ name, error }: Described) {
  return error ? (
    <p id={`${name}-error`} className="mt-1 text-sm font-semibold text-crisis">
      <span className="sr-only">Error: </span>
      {error}
    </p>
  ) : null;
}

function OptionalMark({ optional }: { optional?: boolean }) {
  return optional ? <span className="font-normal text-ink-muted"> (optional)</span> : null;
}

type TextFieldProps = Described & {
  label: string;
  optional?: boolean;
  registration: UseFormRegisterReturn;
  multiline?: boolean;
} & Omit<ComponentPropsWithoutRef<"input">, "name" | "onChange" | "onBlur">;

export function TextField({ name, label, hint, error, optional, registration, multiline, ...input }: TextFieldProps) {
  const shared = {
    id: name,
    ...registration,
    "aria-invalid": error ? true : undefined,
    "aria-describedby": describedBy({ name, hint, error }),
    "aria-required": optional ? undefined : true,
    className: inputClass,
  };
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
        <OptionalMark optional={optional} />
      </label>
      <Hint name={name} hint={hint} />
      {multiline ? (
        <textarea {...shared} rows={5} maxLength={input.maxLength} autoComplete={input.autoComplete} defaultValue={input.defaultValue} />
      ) : (
        <input {...input} {...shared} />
      )}
      <FieldError name={name} error={error} />
    </div>
  );
}

type ChoiceGroupProps = Described & {
  legend: string;
  type: "radio" | "checkbox";
  options: readonly { id: string; label: string }[];
  registration: UseFormRegisterReturn;
  defaultValue?: string | string[];
  columns?: boolean;
};

/**
 * Radio buttons or a checkbox group in a fieldset. The hint and error describe the group;
 * aria-invalid goes on the inputs, since a fieldset cannot carry it.
 */
export function ChoiceGroup({ name, legend, hint, error, type, options, registration, defaultValue, columns }: ChoiceGroupProps) {
  const selected = Array.isArray(defaultValue) ? defaultValue : defaultValue ? [defaultValue] : [];
  return (
    <fieldset aria-describedby={describedBy({ name, hint, error })}>
      <legend className={labelClass}>{legend}</legend>
      <Hint name={name} hint={hint} />
      <div className={`mt-2 grid gap-2 ${columns ? "sm:grid-cols-2" : ""}`}>
        {options.map((option, index) => (
          <label key={option.id} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-md border border-line bg-surface px-3 py-2">
            <input
              type={type}
              {...registration}
              id={index === 0 ? name : undefined}
              value={option.id}
              defaultChecked={selected.includes(option.id)}
              aria-invalid={error ? true : undefined}
              className="size-5 shrink-0 accent-brand"
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      <FieldError name={name} error={error} />
    </fieldset>
  );
}

type CheckboxProps = Described & {
  label: ReactNode;
  registration: UseFormRegisterReturn;
  defaultChecked?: boolean;
  /** Id of text elsewhere on the page that explains what ticking the box means. */
  explainedBy?: string;
};

export function Checkbox({ name, label, hint, error, registration, defaultChecked, explainedBy }: CheckboxProps) {
  return (
    <div>
      <div className="flex items-start gap-3">
        <input
          type="checkbox"
          id={name}
          {...registration}
          value="on"
          defaultChecked={defaultChecked}
          aria-invalid={error ? true : undefined}
          aria-describedby={[describedBy({ name, hint, error }), explainedBy].filter(Boolean).join(" ") || undefined}
          className="mt-1 size-5 shrink-0 accent-brand"
        />
        <label htmlFor={name}>{label}</label>
      </div>
      <Hint name={name} hint={hint} />
      <FieldError name={name} error={error} />
    </div>
  );
}

type FileFieldProps = Described & {
  label: string;
  registration: UseFormRegisterReturn;
  accept: string;
};

/** An optional file input. Browsers cannot be given a file back, so it never has a default value. */
export function FileField({ name, label, hint, error, registration, accept }: FileFieldProps) {
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
        <OptionalMark optional />
      </label>
      <Hint name={name} hint={hint} />
      <input
        type="file"
        id={name}
        {...registration}
        accept={accept}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ name, hint, error })}
        className={`${inputClass} file:mr-3 file:rounded file:border-0 file:bg-brand file:px-3 file:py-1 file:font-semibold file:text-on-brand`}
      />
      <FieldError name={name} error={error} />
    </div>
  );
}

type SelectProps = Described & {
  label: string;
  options: readonly { id: string; label: string }[];
  registration: UseFormRegisterReturn;
  defaultValue?: string;
  placeholder: string;
};

/** A drop-down list for long lists of choices; the empty first option means "not chosen yet". */
export function SelectField({ name, label, hint, error, options, registration, defaultValue, placeholder }: SelectProps) {
  return (
    <div>
      <label htmlFor={name} className={labelClass}>
        {label}
      </label>
      <Hint name={name} hint={hint} />
      <select
        id={name}
        {...registration}
        defaultValue={defaultValue ?? ""}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy({ name, hint, error })}
        aria-required
        className={inputClass}
      >
        <option value="">{placeholder}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
      </select>
      <FieldError name={name} error={error} />
    </div>
  );
}
