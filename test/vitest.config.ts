import { defineProject } from "vitest/config";

// End-to-end checks: slow, real processes (Jupyter, Chromium, pnpm); one file at a time.
export default defineProject({
  test: {
    name: "e2e",
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    fileParallelism: false,
    // a folder for the one default site build that the site's test files share (helpers/site-build.ts)
    globalSetup: ["./helpers/global-setup.ts"],
  },
});
