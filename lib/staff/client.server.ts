import "server-only";
import { clientKey } from "@/lib/security/client-key.server";

/** Where a staff request came from, for the audit log. */
export type Client = { ip: string; userAgent: string | null };

export function clientOf(headers: Headers, trustedProxyCount: number): Client {
  return { ip: clientKey(headers, trustedProxyCount), userAgent: headers.get("user-agent")?.slice(0, 200) ?? null };
}
