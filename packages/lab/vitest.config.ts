import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "lab",
    include: ["test/**/*.test.ts"],
    // the studies train small networks: a claims test re-runs one with ten fresh seeds
    testTimeout: 300_000,
    // files run in parallel, one per core (Vitest's default leaves one core free: on a 2-core
    // machine that is one file at a time); the heavy fresh-seed re-runs sit in files of their own
    // (elu.he, elu.glorot, gatedFfn.fresh) so that no single file holds most of the time
    maxWorkers: "100%",
  },
});
