/** What a staff account may do. Front desk works requests; admin also manages accounts, reads the audit log and runs retention. */
export const ROLES = ["front-desk", "admin"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = { "front-desk": "Front desk", admin: "Admin" };

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}
