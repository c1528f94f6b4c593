import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/staff/SignInForm";
import { noticeClass } from "@/components/staff/styles";
import { currentStaff, safeReturnPath } from "@/lib/staff/guard.server";
import { submitPassword } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignInPage({ searchParams }: Props) {
  const params = await searchParams;
  const next = safeReturnPath(params.next);
  if (await currentStaff()) redirect(next ?? "/staff");
  const notice =
    params["signed-out"] === "all"
      ? "You are signed out on all devices."
      : params["signed-out"]
        ? "You are signed out."
        : params.expired
          ? "The sign-in took too long. Please start again."
          : next
            ? "Sign in to open that page. Sessions end after 15 minutes without activity."
            : undefined;
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Staff sign-in</h1>
      {notice ? (
        <p role="status" className={`mt-4 ${noticeClass}`}>
          {notice}
        </p>
      ) : null}
      <SignInForm action={submitPassword} next={next} />
      <p className="mt-6 text-sm text-ink-muted">No account, or lost your phone? Ask an admin for a set-up link.</p>
    </div>
  );
}
