import { z } from "zod";

/**
 * In the browser, zod 4 probes whether it may compile validators with `new Function`. The
 * Content-Security-Policy forbids eval, so the probe fails quietly but the browser still
 * reports a CSP violation on every form page. Tell zod not to try. Object schemas read this
 * when they are created, so every schema module imports this file first. The server keeps
 * the compiled fast path.
 */
if (typeof window !== "undefined") z.config({ jitless: true });
