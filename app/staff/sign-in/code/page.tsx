import type { Metadata } from "next";
import { CodeForm } from "@/components/staff/CodeForm";
import { safeReturnPath } from "@/lib/staff/guard.server";
import { submitCode } from "../actions";

export const metadata: Metadata = { title: "Enter your code" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CodePage({ searchParams }: Props) {
  const next = safeReturnPath((await searchParams).next);
  return (
    <div className="mx-auto max-w-md">
      <h1 className="text-2xl font-bold">Enter your code</h1>
      <p className="mt-4">Open the authenticator app on your phone and enter the 6-digit code it shows for this clinic.</p>
      <CodeForm action={submitCode} next={next} />
    </div>
  );
}
