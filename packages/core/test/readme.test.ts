import { execFileSync } from "node:child_process";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { renderReadme } from "../scripts/readme.ts";
import * as scalar from "../src/scalar/index.js";

// The README's usage example, run as a user would: a .mjs file outside the repository that imports
// the built package by name (through a node_modules link), its output compared with every `// =>`.
const packageDir = fileURLToPath(new URL("..", import.meta.url));
const readme = readFileSync(join(packageDir, "README.md"), "utf8");
const example = /## Usage\n\n```js\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
const expected = [...example.matchAll(/\/\/ => (.*)$/gm)].map((m) => m[1]);

const dir = mkdtempSync(join(tmpdir(), "activation-lab-readme-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("README", () => {
  it("has a usage example with results written after // =>", () => {
    expect(example).toContain('from "@activation-lab/core"');
    expect(expected.length).toBeGreaterThan(5);
  });

  it("its usage example prints what it says, against the built package", () => {
    expect(existsSync(join(packageDir, "dist/index.js")), "run `pnpm build` first").toBe(true);
    mkdirSync(join(dir, "node_modules/@activation-lab"), { recursive: true });
    symlinkSync(packageDir, join(dir, "node_modules/@activation-lab/core"), "dir");
    writeFileSync(join(dir, "example.mjs"), example);
    const output = execFileSync(process.execPath, [join(dir, "example.mjs")], { encoding: "utf8" });
    expect(output.trimEnd().split("\n")).toEqual(expected);
  });

  it("its function table is the registry's, as `pnpm --filter @activation-lab/core readme` writes it", () => {
    expect(existsSync(join(packageDir, "dist/index.js")), "run `pnpm build` first").toBe(true);
    expect(readme).toBe(renderReadme(readme));
  });

  it("names every scalar function the package exports", () => {
    const missing = Object.keys(scalar).filter((name) => !readme.includes(`\`${name}(x`));
    expect(missing).toEqual([]);
  });
});
