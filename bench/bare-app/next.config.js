// @ts-check

/**
 * The bare Next.js app the benchmark builds beside the clinic site in the same run, with the
 * same installed versions: the yardstick for first-load JavaScript and for a no-op action.
 * scripts/bench/bare-app.ts builds a copy of it outside the project (Turbopack would otherwise
 * compile the project's own instrumentation.ts and proxy.ts into it).
 * @type {import('next').NextConfig}
 */
module.exports = {
  poweredByHeader: false,
  turbopack: { root: __dirname },
};
