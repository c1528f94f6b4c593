import { Writable } from "node:stream";
import pino from "pino";
import { loggerOptions } from "@/lib/log/logger.server";

describe("log redaction", () => {
  it("hides patient fields logged by mistake, at the top level and one level down", () => {
    let output = "";
    const sink = new Writable({
      write(chunk, _encoding, done) {
        output += String(chunk);
        done();
      },
    });
    const log = pino({ ...loggerOptions, level: "info" }, sink);

    log.info({ event: "oops", reference: "APT-7KQ2-M9XD", email: "jo@example.test", phone: "(541) 555-0100" });
    log.info({ event: "oops", request: { firstName: "Jo", lastName: "Quill", dateOfBirth: "1990-01-02", note: "anxious" } });

    expect(output).toContain("APT-7KQ2-M9XD");
    for (const secret of ["jo@example.test", "555-0100", '"Jo"', "Quill", "1990-01-02", "anxious"]) {
      expect(output).not.toContain(secret);
    }
  });
});
