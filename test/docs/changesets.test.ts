import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

// The release plan that `pnpm changeset version` would apply (.changeset/, CONTRIBUTING's
// "Changes and releases"), read with `changeset status`: the config loads, and the pending
// changesets bump only the published packages, never the private notebooks or site.
const root = resolve(import.meta.dirname, "../..");

describe("the pending changesets", () => {
  it("bump only the published packages, each with a summary", () => {
    const scratch = mkdtempSync(join(tmpdir(), "activation-lab-changesets-"));
    try {
      const output = join(scratch, "status.json");
      const cli = join(root, "node_modules/@changesets/cli/bin.js");
      const run = spawnSync(process.execPath, [cli, "status", "--output", output], {
        cwd: root,
        encoding: "utf8",
      });
      expect(run.status, run.stdout + run.stderr).toBe(0);
      const status = JSON.parse(readFileSync(output, "utf8")) as {
        changesets: { summary: string; releases: { name: string }[] }[];
        releases: { name: string; type: string }[];
      };
      const published = ["core", "charts", "lab"].map(
        (dir) =>
          JSON.parse(readFileSync(join(root, "packages", dir, "package.json"), "utf8")) as { name: string },
      );
      const names = published.map((pkg) => pkg.name);
      for (const release of status.releases) {
        // notebooks, site and test are private: listed with no bump, never versioned
        if (!names.includes(release.name)) expect(release, release.name).toMatchObject({ type: "none" });
      }
      expect(status.releases.some((release) => release.type !== "none")).toBe(status.changesets.length > 0);
      for (const changeset of status.changesets) expect(changeset.summary.length).toBeGreaterThan(40);
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
