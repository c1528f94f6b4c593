import { inputClass, labelClass } from "./styles";

/** The 6-digit authenticator code: numeric keyboard on phones, one-time-code autofill. */
export function CodeInput({ invalid }: { invalid?: boolean }) {
  return (
    <div>
      <label htmlFor="code" className={labelClass}>
        6-digit code
      </label>
      <input
        id="code"
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9 ]{6,7}"
        maxLength={7}
        required
        aria-invalid={invalid || undefined}
        aria-describedby={invalid ? "form-problem" : undefined}
        className={`${inputClass} max-w-40 font-mono text-lg tracking-widest`}
      />
    </div>
  );
}
