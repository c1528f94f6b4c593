// @ts-check

/** Headers that are the same on every response; the per-request CSP is set in proxy.ts. */
const securityHeaders = [
  { key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Not "no-referrer": under it Chromium sends `Origin: null` with a same-origin form post,
  // and Next.js rejects the server action, so every form breaks without JavaScript.
  { key: "Referrer-Policy", value: "same-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

// The largest form post the server reads: insurance card images up to 20 MB together, plus
// room so files a little over that still get a friendly field error. Larger posts are turned
// away by proxy.ts before they are read. Keep equal to REQUEST_BODY_MAX_BYTES in
// lib/validation/card-file.ts (tests/unit/body-limit.test.ts checks it).
const REQUEST_BODY_LIMIT = "25mb";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // .next/standalone: the server with only the files it needs (npm start runs it; see docs/deployment.md).
  output: "standalone",
  poweredByHeader: false,
  experimental: {
    serverActions: { bodySizeLimit: REQUEST_BODY_LIMIT },
    // With a proxy, Next.js buffers request bodies and silently cuts them at 10 MB by default,
    // which would corrupt card uploads.
    proxyClientMaxBodySize: REQUEST_BODY_LIMIT,
    // forbidden() and forbidden.tsx: a signed-in front-desk account opening an admin page gets a 403.
    authInterrupts: true,
  },
  reactStrictMode: true,
  // Next's redirect from /about/ to /about would carry none of the headers below; proxy.ts makes it.
  skipTrailingSlashRedirect: true,
  // better-sqlite3 is a native module; Prisma's generated clients load their own runtime.
  serverExternalPackages: ["better-sqlite3", "@prisma/adapter-better-sqlite3"],
  // file-type and its helpers ship only ES modules; listing them here also makes next/jest
  // compile them for the tests.
  transpilePackages: ["file-type", "strtok3", "token-types", "uint8array-extras", "@tokenizer/inflate", "@borewit/text-codec"],
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Patient data: never stored by the browser or a proxy, never indexed.
      {
        source: "/staff/:path*",
        headers: [
          { key: "Cache-Control", value: "no-store" },
          { key: "X-Robots-Tag", value: "noindex, nofollow" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
