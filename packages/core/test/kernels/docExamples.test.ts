import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";

// Every `@example expr // => value` in the doc comments of src/kernels is run against the
// package's exports, so the kernels' documentation cannot drift from the code.
const dir = new URL("../../src/kernels/", import.meta.url);
const examples: { file: string; expr: string; expected: string }[] = [];
for (const file of readdirSync(dir).filter((f) => f.endsWith(".ts"))) {
  for (const match of readFileSync(new URL(file, dir), "utf8").matchAll(/@example (.+?) \/\/ => (.+)$/gm)) {
    examples.push({ file, expr: match[1], expected: match[2] });
  }
}

describe("kernel doc comment examples", () => {
  it("every public kernel has one", () => {
    const documented = new Set(
      examples.map((e) => /(\w+)\(/.exec(e.expr.replace(/^Array\.from\(|^new /, ""))?.[1]),
    );
    for (const name of [
      "activationForward",
      "activationBackward",
      "preluBackward",
      "preluForward",
      "swishBackward",
      "KernelArena",
    ]) {
      expect(documented.has(name) ? name : `${name} (none)`).toBe(name);
    }
  });

  for (const { file, expr, expected } of examples) {
    it(`${expr} is ${expected} (${file})`, () => {
      const run = new Function(...Object.keys(core), `return (${expr});`);
      expect(run(...Object.values(core))).toEqual(JSON.parse(expected));
    });
  }
});
