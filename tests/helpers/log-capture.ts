/** A logger as the app's (lib/log/logger.server.ts), writing into a string a test can read. */
import { Writable } from "node:stream";
import { createLogger } from "@/lib/log/logger.server";

export type LogLine = Record<string, unknown>;

export function captureLog() {
  let output = "";
  const sink = new Writable({
    write(chunk, _encoding, done) {
      output += String(chunk);
      done();
    },
  });
  return {
    log: createLogger(sink, "info"),
    text: () => output,
    lines: () => output.trim().split("\n").filter(Boolean).map((line) => JSON.parse(line) as LogLine),
  };
}
