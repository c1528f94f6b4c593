import { readiness } from "@/lib/health/readiness.server";

/**
 * Readiness: 200 when the database and mail answer, 503 when one does not or the server is
 * stopping, so a load balancer sends requests elsewhere. The body names the checks only.
 */
export const dynamic = "force-dynamic";

export async function GET(): Promise<Response> {
  const result = await readiness();
  return Response.json(result, { status: result.status === "ready" ? 200 : 503, headers: { "Cache-Control": "no-store" } });
}
