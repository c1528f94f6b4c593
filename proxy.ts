import { type NextRequest, NextResponse } from "next/server";
import { clinic } from "@/lib/clinic";
import { REQUEST_ID_HEADER, requestIdFor } from "@/lib/log/request-id";
import { type PageHashes, readStaticPageHashes } from "@/lib/security/static-page-hashes";
import { refuseUnreadablePost } from "@/lib/security/unreadable-post";
import { REQUEST_BODY_MAX_BYTES } from "@/lib/uploads/limits";

const dev = process.env.NODE_ENV === "development";

let staticPages: Map<string, PageHashes> | undefined;

/** Route handlers that send their own Content-Security-Policy: the card images (a sandbox). */
const OWN_POLICY = [/^\/staff\/submissions\/[^/]+\/cards\/[^/]+$/];

/**
 * A Content-Security-Policy for every page: only the inline code Next.js rendered for that
 * page runs, and nothing loads from another origin. Pages rendered per request get a fresh
 * nonce, which Next.js adds to its scripts; prerendered pages are the same for everyone, so
 * their policy lists the hashes of their inline scripts instead. The other security headers
 * are static and set in next.config.js. Every request and response also gets an id
 * (x-request-id), which the server's log lines carry.
 */
export async function proxy(request: NextRequest) {
  const requestId = requestIdFor(request.headers.get(REQUEST_ID_HEADER));
  const response = await respond(request, requestId);
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

/**
 * Passes the request on with its id (and any `extra` headers) in its headers, where the
 * logger finds it (lib/log/logger.server.ts): whatever x-request-id a client sent is replaced.
 */
function forward(request: NextRequest, requestId: string, extra: Record<string, string> = {}): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  for (const [name, value] of Object.entries(extra)) headers.set(name, value);
  return NextResponse.next({ request: { headers } });
}

async function respond(request: NextRequest, requestId: string): Promise<NextResponse> {
  const redirect = trailingSlashRedirect(request) ?? tooLargeRedirect(request);
  if (redirect) return redirect;
  const refusal = await refuseUnreadablePost(request);
  if (refusal) {
    const message = `We could not read this form. Please reload the page and send it again, or call us at ${clinic.phone.main}.`;
    return new NextResponse(message, { status: refusal.status, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  // Headers set here replace those of the response, so a route's own, stricter policy would be lost.
  if (OWN_POLICY.some((route) => route.test(request.nextUrl.pathname))) return forward(request, requestId);

  staticPages ??= dev ? new Map() : readStaticPageHashes(".next");
  const prerendered = request.method === "GET" || request.method === "HEAD" ? staticPages.get(request.nextUrl.pathname) : undefined;
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";

  if (prerendered) {
    const response = forward(request, requestId);
    response.headers.set("Content-Security-Policy", policy(prerendered.scripts, prerendered.styles, https));
    return response;
  }

  // A path no page matches gets the prerendered not-found page: allow its code too.
  const notFound = staticPages.get("/_not-found");
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const csp = policy(
    [`'nonce-${nonce}'`, ...(notFound?.scripts ?? [])],
    [`'nonce-${nonce}'`, ...(notFound?.styles ?? [])],
    https,
  );
  const response = forward(request, requestId, { "Content-Security-Policy": csp });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

function policy(scripts: string[], styles: string[], https: boolean): string {
  return [
    "default-src 'self'",
    // React uses eval in development only, for its debugging aids.
    `script-src 'self' ${scripts.join(" ")}${dev ? " 'unsafe-eval'" : ""}`.trimEnd(),
    // Development injects styles for hot reloading.
    `style-src 'self' ${dev ? "'unsafe-inline'" : styles.join(" ")}`.trimEnd(),
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Behind a TLS-terminating proxy the request arrives as http with X-Forwarded-Proto.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/**
 * /about/ -> /about. Next's own redirect for this (turned off in next.config.js) sends none of the
 * headers next.config.js sets; redirects from here carry them all. One leading slash, so the
 * Location cannot name another host (//host).
 */
function trailingSlashRedirect(request: NextRequest): NextResponse | undefined {
  const { pathname, search } = request.nextUrl;
  if (pathname === "/" || !pathname.endsWith("/")) return undefined;
  return NextResponse.redirect(new URL(`/${pathname.replace(/^\/+|\/+$/g, "")}${search}`, request.url), 308);
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

// Everything but the build's files (never a page). Any other address may answer with HTML: one no
// route matches gets the 404 page, and a prefetched document may become the page a browser shows.
export const config = {
  matcher: ["/((?!_next/static/).*)"],
};
