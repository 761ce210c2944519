import { defineConfig } from "vitest/config";
import { longestFirst } from "./test/helpers/longest-first.js";

// One Vitest run over every workspace package that has tests; each keeps its own config.
export default defineConfig({
  test: {
    projects: ["packages/*", "test"],
    sequence: {
      // on a first run, before Vitest has durations, the longest files are the studies' re-runs on
      // fresh seeds (a file each), the notebooks executed in Jupyter, and the rest of lab's
      sequencer: longestFirst([/\.fresh\.test\.ts$/, /\/test\/notebooks\//, /\/packages\/lab\/test\//]),
    },
  },
});
