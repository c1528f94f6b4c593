import type { Metadata } from "next";
import { SetupForm } from "@/components/staff/SetupForm";
import { db } from "@/lib/db/client.server";
import { findSetup } from "@/lib/staff/accounts.server";
import { setUp } from "./actions";

export const metadata: Metadata = { title: "Set up your account", referrer: "no-referrer" };

export default async function SetupPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const account = await findSetup(await db(), token);
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="text-2xl font-bold">Set up your staff account</h1>
      {account ? (
        <>
          <p className="mt-4">
            Welcome, {account.name}. Your account is <strong>{account.email}</strong>. Choose a password, then connect an
            authenticator app (such as Google Authenticator, Microsoft Authenticator or 1Password): you will need a code from it
            every time you sign in.
          </p>
          <SetupForm action={setUp.bind(null, token)} />
        </>
      ) : (
        <p className="mt-4">This set-up link has expired or was already used. Ask an admin for a new one.</p>
      )}
    </div>
  );
}
