"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { startTransition, useActionState, useEffect, useMemo, useRef, useSyncExternalStore } from "react";
import { useForm, type FieldErrors, type FieldValues, type Path, type Resolver } from "react-hook-form";
import type { z } from "zod";
import { correctFieldsMessage, idleState, type FormState } from "@/lib/forms/form-state";

export type FormAction<Field extends string> = (state: FormState<Field>, formData: FormData) => Promise<FormState<Field>>;

/** The server's field errors in react-hook-form's shape, or undefined when it sent none. */
function toFieldErrors<Input extends FieldValues>(state: FormState): FieldErrors<Input> | undefined {
  if (state.status !== "error") return undefined;
  const entries = Object.entries(state.fieldErrors).map(([name, message]) => [name, { type: "server", message }]);
  return entries.length > 0 ? (Object.fromEntries(entries) as FieldErrors<Input>) : undefined;
}

/**
 * A file input left empty still adds an empty, unnamed file to FormData, and Next.js's reading
 * of an action's multipart body names it "undefined": leave it out, as "no file chosen".
 */
function withoutEmptyFiles(data: FormData): FormData {
  for (const [name, value] of [...data.entries()]) {
    if (value instanceof File && value.size === 0 && value.name === "") data.delete(name);
  }
  return data;
}

const noSubscription = () => () => {};

/** False while rendering on the server and hydrating; true once React runs in the browser. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/**
 * One form wired to its server action. Without JavaScript the form is a plain POST to the
 * action and the server renders errors and typed values back. With JavaScript,
 * react-hook-form checks the form with the same zod schema as the server when it is sent,
 * then each field again as it changes; the server's own field errors go through
 * react-hook-form too, which focuses the first one and clears each as soon as it is fixed.
 *
 * Nothing is checked when a field loses focus: an error line appearing there pushes the
 * controls below it down between mouse-down and mouse-up on the next one, and the click
 * lands on nothing (tests/e2e/click-after-error.spec.ts).
 */
export function useActionForm<Field extends string, Input extends FieldValues>({
  action,
  schema,
  fields,
}: {
  action: FormAction<Field>;
  schema: z.ZodType;
  fields: readonly Field[];
}) {
  const [state, formAction, pending] = useActionState<FormState<Field>, FormData>(action, idleState);
  const serverState = state.status === "error" ? state : undefined;
  const values = serverState?.values ?? {};

  const serverErrors = useMemo(() => toFieldErrors<Input>(state), [state]);
  const form = useForm<Input>({
    resolver: zodResolver(schema as z.ZodType<Input, Input>) as Resolver<Input>,
    mode: "onSubmit",
    reValidateMode: "onChange",
    errors: serverErrors,
  });

  // Registered in the form's order, whatever order the components render in: react-hook-form
  // focuses the first invalid field in registration order.
  for (const name of fields) form.register(name as unknown as Path<Input>);

  const formRef = useRef<HTMLFormElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // An answer without field errors (e.g. the database is down) is read from the summary.
  const serverMessage = serverState && !serverErrors ? serverState.message : undefined;
  useEffect(() => {
    if (serverMessage) summaryRef.current?.focus();
  }, [state, serverMessage]);

  const errorOf = (name: Field) => form.formState.errors[name]?.message as string | undefined;
  const errors = fields.flatMap((field) => {
    const message = errorOf(field);
    return message ? [{ field, message }] : [];
  });
  const triedToSend = form.formState.submitCount > 0 || serverState !== undefined;
  const summaryTitle = errors.length > 0 && triedToSend ? correctFieldsMessage(errors.length) : serverMessage;

  const send = () => {
    const element = formRef.current;
    if (element) startTransition(() => formAction(withoutEmptyFiles(new FormData(element))));
  };

  return {
    form,
    formRef,
    summaryRef,
    formAction,
    onSubmit: form.handleSubmit(send),
    pending,
    serverState,
    /** What the person typed, for the inputs' default values after a failed post. */
    values,
    text: (name: Field) => (typeof values[name] === "string" ? (values[name] as string) : undefined),
    /**
     * Props for one field of components/ui/fields.tsx. `shouldUnregister` drops the value when
     * the input leaves the page: right for files, which a file input cannot show again.
     */
    field: (name: Field, options?: { shouldUnregister: boolean }) => ({
      name,
      error: errorOf(name),
      registration: form.register(name as unknown as Path<Input>, options),
    }),
    summary: summaryTitle ? { title: summaryTitle, errors } : undefined,
  };
}
