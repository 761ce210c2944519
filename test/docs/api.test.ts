import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// `pnpm docs:api`: TypeDoc's API reference of @activation-lab/core (with /nn) and
// @activation-lab/charts from their doc comments, with warnings as errors (typedoc.json), so a
// `{@link}` to nothing, or to something the packages do not export, fails here.
const root = resolve(import.meta.dirname, "../..");
const typedoc = join(root, "node_modules/typedoc/bin/typedoc");
const scratch = mkdtempSync(join(tmpdir(), "activation-lab-api-"));

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const runTypedoc = (args: string[]) =>
  spawnSync(process.execPath, [typedoc, "--options", join(root, "typedoc.json"), ...args], {
    cwd: root,
    encoding: "utf8",
  });

describe("the API reference", () => {
  it("builds from the packages' doc comments with no warning", () => {
    const out = join(scratch, "api");
    const run = runTypedoc(["--out", out]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout + run.stderr).not.toMatch(/\[warning\]|\[error\]/);
    // a page for a function of each entry point, read off the packages' exports
    for (const page of [
      "functions/_activation-lab_core..sigmoidGrad.html",
      "functions/_activation-lab_core.nn.train.html",
      "classes/_activation-lab_core.nn.Dense.html",
      "functions/_activation-lab_charts..activationChart.html",
      "functions/_activation-lab_charts.notebook.show.html",
    ]) {
      expect(existsSync(join(out, page)), page).toBe(true);
    }
  });

  it("fails on a {@link} to nothing", () => {
    const broken = join(scratch, "broken");
    mkdirSync(join(broken, "src"), { recursive: true });
    writeFileSync(
      join(broken, "package.json"),
      JSON.stringify({ name: "broken", version: "0.0.0", type: "module", main: "./dist/index.js" }),
    );
    writeFileSync(
      join(broken, "tsconfig.build.json"),
      JSON.stringify({
        extends: join(root, "tsconfig.base.json"),
        compilerOptions: { rootDir: "src", outDir: "dist", declaration: true },
        include: ["src"],
      }),
    );
    writeFileSync(
      join(broken, "src/index.ts"),
      "/** Twice {@link nowhere}. */\nexport function twice(x: number): number {\n  return 2 * x;\n}\n",
    );
    const run = runTypedoc(["--entryPoints", broken, "--out", join(scratch, "broken-api")]);
    expect(run.status).not.toBe(0);
    expect(run.stdout + run.stderr).toContain('Failed to resolve link to "nowhere"');
    expect(readdirSync(scratch)).not.toContain("broken-api");
  });
});
