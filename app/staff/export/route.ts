import { db } from "@/lib/db/client.server";
import { exportCsv } from "@/lib/staff/export.server";
import { parseFilters } from "@/lib/staff/filters";
import { requestClient, staffOrResponse } from "@/lib/staff/guard.server";
import { todayIn } from "@/lib/validation/fields";
import { clinic } from "@/lib/clinic";

/** The inbox's filtered list as a CSV download (GET /staff/export?kind=…&status=…). */
export async function GET(request: Request): Promise<Response> {
  const staff = await staffOrResponse();
  if (staff instanceof Response) return staff;
  const filters = parseFilters(new URL(request.url).searchParams);
  const { body } = await exportCsv(await db(), staff, filters, await requestClient());
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="requests-${todayIn(clinic.timeZone)}.csv"`,
      "Cache-Control": "no-store",
    },
  });
}
