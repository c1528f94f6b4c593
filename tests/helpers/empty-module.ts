// Stands in for `server-only` in tests, which are not React server components.
export {};
