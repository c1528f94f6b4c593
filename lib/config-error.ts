/**
 * A setting that is wrong. Its message is written by our own checks and names settings and
 * the rule they break, never a value, so it is safe to print at start-up.
 */
export class ConfigError extends Error {
  override name = "ConfigError";
  constructor(readonly report: string) {
    super(report);
  }
}
