import nodemailer from "nodemailer";
import { startSmtpServer, type TestSmtpServer } from "@/tests/helpers/smtp";

describe("test SMTP server", () => {
  let smtp: TestSmtpServer;
  beforeAll(async () => {
    smtp = await startSmtpServer();
  });
  afterAll(() => smtp.stop());
  beforeEach(() => {
    smtp.messages.length = 0;
    smtp.setMode("accept");
  });

  const send = (subject = "Your request CL-1 — received ✓") =>
    nodemailer
      .createTransport({ url: smtp.url, connectionTimeout: 1000, greetingTimeout: 1000, socketTimeout: 2000 })
      .sendMail({
        from: "clinic@example.test",
        to: ["ana@example.test", "staff@example.test"],
        subject,
        text: "Thank you, Ana. We’ll call within one business day.",
        html: "<p>Thank you, Ana.</p>",
      });

  it("captures the envelope, decoded subject and bodies", async () => {
    await send();
    const [message] = await smtp.waitFor(1);
    expect(message).toMatchObject({
      from: "clinic@example.test",
      to: ["ana@example.test", "staff@example.test"],
      subject: "Your request CL-1 — received ✓",
      text: "Thank you, Ana. We’ll call within one business day.",
      html: "<p>Thank you, Ana.</p>",
    });
    expect(message!.raw).toMatch(/^Subject: =\?UTF-8\?/m);
  });

  it("decodes a text-only message with long lines and non-ASCII text", async () => {
    const text = `Line one\nLine two: café ${"x".repeat(200)}`;
    await nodemailer
      .createTransport({ url: smtp.url })
      .sendMail({ from: "clinic@example.test", to: "ana@example.test", subject: "Plain", text });
    const [message] = await smtp.waitFor(1);
    expect(message).toMatchObject({ subject: "Plain", text, html: "" });
  });

  it.each([
    ["reject", 550],
    ["tempfail", 451],
  ] as const)("refuses messages in %s mode with %i", async (mode, code) => {
    smtp.setMode(mode);
    await expect(send()).rejects.toMatchObject({ responseCode: code });
    expect(smtp.messages).toHaveLength(0);
  });

  it("can go down and come back on the same port", async () => {
    await smtp.stop();
    await expect(send()).rejects.toThrow(/ECONNREFUSED/);
    await smtp.start();
    await send();
    expect(smtp.url).toBe(`smtp://127.0.0.1:${smtp.port}`);
    await smtp.waitFor(1);
  });
});
