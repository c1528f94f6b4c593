"use client";

import { useActionState } from "react";
import { useForm } from "react-hook-form";
import { zodResolver } from "@hookform/resolvers/zod";
import { submit } from "./actions";
import { FIELDS, schema, type Values } from "./schema";

export function ContactForm() {
  const [state, formAction] = useActionState(submit, { message: "" });
  const { register, formState, trigger } = useForm<Values>({ resolver: zodResolver(schema), mode: "onTouched" });
  return (
    <form
      action={formAction}
      onSubmit={async (event) => {
        if (!(await trigger())) event.preventDefault();
      }}
      noValidate
    >
      {state.message && <p role="alert">{state.message}</p>}
      {FIELDS.map((name) => (
        <p key={name}>
          <label htmlFor={name}>{name}</label>
          <input id={name} {...register(name)} aria-invalid={formState.errors[name] ? true : undefined} />
          {formState.errors[name] && <span>{formState.errors[name]?.message}</span>}
        </p>
      ))}
      <button type="submit">Send</button>
    </form>
  );
}
