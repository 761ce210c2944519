import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "lab",
    include: ["test/**/*.test.ts"],
    // the studies train small networks: a claims test re-runs one with ten fresh seeds
    testTimeout: 120_000,
  },
});
