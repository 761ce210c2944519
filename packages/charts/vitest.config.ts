import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "charts",
    include: ["test/**/*.test.ts"],
    // a fuzz property renders hundreds of charts (about 4 s on a loaded machine): room to spare,
    // with the e2e tests running beside the unit tests
    testTimeout: 30_000,
    // a worker keeps its modules from one file to the next (none of these files mocks a module or
    // changes shared state): a fresh module graph per file cost about 0.3 s of CPU each
    isolate: false,
  },
});
