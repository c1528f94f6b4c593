import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

const prismaDir = path.join(__dirname, "../../prisma");

/** The models and enums of a schema file: no comments, generator, datasource or blank space. */
function models(provider: "sqlite" | "postgres"): string {
  return readFileSync(path.join(prismaDir, provider, "schema.prisma"), "utf8")
    .replace(/\/\/.*$/gm, "") // also removes /// doc comments
    .replace(/^\s*(generator|datasource)\s+\w+\s*\{[^}]*\}/gm, "")
    .replace(/\s+/g, " ")
    .trim();
}

const migrations = (provider: "sqlite" | "postgres") =>
  readdirSync(path.join(prismaDir, provider, "migrations"), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

describe("the SQLite and PostgreSQL Prisma schemas", () => {
  it("declare exactly the same models and enums", () => {
    const sqlite = models("sqlite");
    expect(sqlite).toMatch(/\bmodel AppointmentRequest \{/);
    expect(sqlite).not.toMatch(/\b(generator|datasource)\b/);
    expect(models("postgres")).toBe(sqlite);
  });

  it("have migrations with the same names", () => {
    expect(migrations("sqlite").length).toBeGreaterThan(0);
    expect(migrations("postgres")).toEqual(migrations("sqlite"));
  });

  it("lock each migrations folder to its own provider", () => {
    const lock = (provider: string) => readFileSync(path.join(prismaDir, provider, "migrations/migration_lock.toml"), "utf8");
    expect(lock("sqlite")).toMatch(/provider = "sqlite"/);
    expect(lock("postgres")).toMatch(/provider = "postgresql"/);
  });
});
