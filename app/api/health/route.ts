/** Liveness: the process answers HTTP. No I/O, so a slow database never gets a live server restarted. */
export const dynamic = "force-dynamic";

export function GET(): Response {
  return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
}
