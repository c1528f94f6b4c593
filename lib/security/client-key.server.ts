import "server-only";

/**
 * Identifies the client for rate limiting. Next.js fills X-Forwarded-For with the socket
 * address only when the request has none, so without a proxy the header is whatever the
 * client sent. With TRUSTED_PROXY_COUNT = n, the entry the n-th proxy from us appended is
 * the first one a client cannot forge. See docs/decisions/0003-client-key-and-rate-limits.md.
 */
export function clientKey(headers: Headers, trustedProxyCount: number): string {
  const hops = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((h) => h.trim())
    .filter(Boolean);
  if (hops.length === 0) return "unknown";
  const index = trustedProxyCount > 0 ? Math.max(hops.length - trustedProxyCount, 0) : hops.length - 1;
  return hops[index] ?? "unknown";
}
