import { defineConfig } from "vitest/config";

// One Vitest run over every workspace package that has tests; each keeps its own config.
export default defineConfig({
  test: {
    projects: ["packages/*", "test"],
  },
});
