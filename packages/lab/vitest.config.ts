import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "lab",
    include: ["test/**/*.test.ts"],
    // the studies train small networks: a claims test re-runs one with ten fresh seeds
    testTimeout: 300_000,
    // the files compete for the same cores: one at a time keeps each under its timeout
    fileParallelism: false,
  },
});
