import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";

// Every `@example expr // => value` in the doc comments of scalar/, special/, registry/ and format/ is run
// against the package's exports, so the documentation cannot drift from the code.
const folders = ["scalar", "special", "registry", "format"];
const examples: { file: string; expr: string; expected: string }[] = [];
for (const folder of folders) {
  const dir = new URL(`../../src/${folder}/`, import.meta.url);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
    for (const match of readFileSync(new URL(file, dir), "utf8").matchAll(/@example (.+?) \/\/ => (.+)$/gm)) {
      examples.push({ file: `${folder}/${file}`, expr: match[1], expected: match[2] });
    }
  }
}

describe("doc comment examples", () => {
  it("there is at least one per public function", () => {
    const documented = new Set(examples.map((e) => /^(\w+)/.exec(e.expr)?.[1]));
    const functions = Object.entries(core).filter(([, v]) => typeof v === "function");
    // the kernels' (KernelArena's too) are checked by test/kernels/docExamples.test.ts, the
    // loader's promise by test/kernels/loadSimdKernels.test.ts
    const scalarOrRegistry = functions.filter(
      ([name]) => !/Forward|Backward|glu|Glu|KernelArena|loadSimdKernels/.test(name),
    );
    for (const [name] of scalarOrRegistry) expect(documented.has(name) ? name : `${name} (none)`).toBe(name);
  });

  for (const { file, expr, expected } of examples) {
    it(`${expr} is ${expected} (${file})`, () => {
      const run = new Function(...Object.keys(core), `return (${expr});`);
      expect(run(...Object.values(core))).toEqual(JSON.parse(expected));
    });
  }
});
