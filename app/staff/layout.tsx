import type { Metadata } from "next";
import type { ReactNode } from "react";
import { StaffShell } from "@/components/staff/StaffShell";
import { currentStaff } from "@/lib/staff/guard.server";
import { signOut, signOutEverywhere } from "./actions";

export const metadata: Metadata = {
  title: { template: "%s | Staff", default: "Staff" },
  robots: { index: false, follow: false },
};

/** The frame only: every page and action checks the session itself (lib/staff/guard.server.ts). */
export default async function StaffLayout({ children }: { children: ReactNode }) {
  return <StaffShell staff={await currentStaff()} signOut={signOut} signOutEverywhere={signOutEverywhere}>{children}</StaffShell>;
}
