// Prisma CLI config for PostgreSQL: pass `--config prisma.config.postgres.ts`.
import { defineConfig } from "prisma/config";
import { pgCliAdapter } from "./prisma/pg-cli-adapter";

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  adapter: () => pgCliAdapter(process.env.DATABASE_URL),
  schema: "prisma/postgres/schema.prisma",
  migrations: { path: "prisma/postgres/migrations" },
});
