import type { ReactNode, RefObject } from "react";

type Props = {
  title: string;
  errors: { field: string; message: string }[];
  ref?: RefObject<HTMLDivElement | null>;
  /** What to do about a problem that belongs to no one field. */
  children?: ReactNode;
};

/**
 * Announced when it appears (role="alert") and listed at the top of the form with links to
 * each field, so a person who cannot see the page, or whose browser has no JavaScript to
 * move focus, still finds every problem.
 */
export function ErrorSummary({ title, errors, ref, children }: Props) {
  return (
    <div ref={ref} role="alert" tabIndex={-1} className="rounded-md border-2 border-crisis bg-surface p-4">
      <h2 className="text-lg font-bold text-crisis">{title}</h2>
      {children && <div className="mt-2 space-y-2">{children}</div>}
      {errors.length > 0 && (
        <ul className="mt-2 list-disc space-y-1 pl-6">
          {errors.map(({ field, message }) => (
            <li key={field}>
              <a href={`#${field}`}>{message}</a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
