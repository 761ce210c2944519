import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "lab",
    include: ["test/**/*.test.ts"],
    // the studies train small networks: a claims test re-runs one with ten fresh seeds (about a
    // minute; the limit leaves room for a loaded machine, with e2e running beside the unit tests)
    testTimeout: 600_000,
    // files run in parallel, one per core, beside core's and charts' (`pnpm test:unit` gives every
    // unit project the same worker count, so that they share one pool); each heavy fresh-seed
    // re-run sits in a file of its own (*.fresh.test.ts), which the root config starts first
    maxWorkers: "100%",
    // a worker keeps its modules from one file to the next (none of these files mocks a module or
    // changes shared state): a fresh module graph per file cost about 0.3 s of CPU each
    isolate: false,
  },
});
