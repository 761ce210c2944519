import { defineProject } from "vitest/config";

// End-to-end checks: slow, real processes (Jupyter, Chromium, pnpm). Two files at a time: each
// drives processes of its own, and those of one file often wait (a kernel starting, a page
// loading) while the other's compute; the site's builds take turns (helpers/site-build.ts).
export default defineProject({
  test: {
    name: "e2e",
    include: ["**/*.test.ts"],
    exclude: ["**/node_modules/**"],
    testTimeout: 600_000,
    hookTimeout: 600_000,
    maxWorkers: 2,
    // a page's state, polled: Vitest's default 1 s gives up on a loaded machine, where a single
    // round trip to Chromium can take longer (seen: the playground's JavaScript-off check failed
    // while other jobs held both cores)
    expect: { poll: { timeout: 15_000 } },
    // a folder for the one default site build that the site's test files share (helpers/site-build.ts)
    globalSetup: ["./helpers/global-setup.ts"],
  },
});
