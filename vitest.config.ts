import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    reporters: ["default", "./test/summary-reporter.ts"],
    // The end-to-end tests spawn the compiled program; give a cold machine room.
    testTimeout: 20_000,
    // One throwaway PostgreSQL server per run, for the PostgreSQL suites (test/postgres/).
    globalSetup: ["./test/postgres/global-setup.ts"],
  },
});
