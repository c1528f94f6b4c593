import { db } from "@/lib/db/client.server";
import { keyRing } from "@/lib/security/encryption.server";
import { requestClient, staffOrResponse } from "@/lib/staff/guard.server";
import { cardImage } from "@/lib/staff/requests.server";

/** Media types a browser shows safely inline; anything else (HEIC, PDF) is downloaded. */
const INLINE = new Set(["image/jpeg", "image/png"]);

/** One insurance card image, decrypted for signed-in staff; never cached, audited per view. */
export async function GET(request: Request, { params }: { params: Promise<{ ref: string; cardId: string }> }): Promise<Response> {
  const staff = await staffOrResponse();
  if (staff instanceof Response) return staff;
  const { ref, cardId } = await params;
  const card = /^[0-9a-f-]{36}$/.test(cardId) ? await cardImage(await db(), keyRing(), staff, ref, cardId, await requestClient()) : null;
  if (!card) return new Response("There is no such card image.", { status: 404, headers: { "Cache-Control": "no-store" } });
  const disposition = INLINE.has(card.mediaType) && !new URL(request.url).searchParams.has("download") ? "inline" : "attachment";
  return new Response(new Uint8Array(card.bytes), {
    headers: {
      "Content-Type": card.mediaType,
      "Content-Disposition": `${disposition}; filename="${card.name}"`,
      "Content-Length": String(card.bytes.length),
      "Cache-Control": "no-store",
      // A file from outside: it may not run anything, even if a browser were to sniff it as HTML.
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
