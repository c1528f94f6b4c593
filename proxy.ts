import { type NextRequest, NextResponse } from "next/server";
import { REQUEST_BODY_MAX_BYTES } from "@/lib/uploads/limits";

/**
 * A fresh nonce and Content-Security-Policy for every page. Only scripts Next.js renders
 * with the nonce run; nothing may load from another origin. The other security headers are
 * static and set in next.config.js.
 */
export function proxy(request: NextRequest) {
  const tooLarge = tooLargeRedirect(request);
  if (tooLarge) return tooLarge;

  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const policy = [
    "default-src 'self'",
    // React uses eval in development only, for its debugging aids.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Development injects styles for hot reloading; production uses the nonce.
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Behind a TLS-terminating proxy the request arrives as http with X-Forwarded-Proto.
    ...(request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https"
      ? ["upgrade-insecure-requests"]
      : []),
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);

  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

/**
 * A form post larger than the server reads would end in Next.js's bare error page. Send the
 * person back to the form with an explanation instead (303: the browser follows with a GET).
 */
function tooLargeRedirect(request: NextRequest): NextResponse | undefined {
  const length = Number(request.headers.get("content-length") ?? 0);
  if (request.method !== "POST" || !(length > REQUEST_BODY_MAX_BYTES)) return undefined;
  const back = request.nextUrl.clone();
  back.search = "?upload=too-large";
  return NextResponse.redirect(back, 303);
}

export const config = {
  matcher: [
    {
      source: "/((?!api/|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
