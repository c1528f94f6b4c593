import { problemClass } from "./styles";

/** A form's error, announced when it appears. */
export function FormProblem({ message }: { message?: string }) {
  return (
    <div aria-live="assertive">
      {message ? (
        <p id="form-problem" className={problemClass}>
          {message}
        </p>
      ) : null}
    </div>
  );
}
