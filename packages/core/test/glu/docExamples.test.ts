import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import { readExamples, runExample } from "../docExampleBlocks.js";

// Every `@example` in the doc comments of src/glu is run against the package's exports
// (docExampleBlocks.ts says how), so the gated units' documentation cannot drift from the code.
const examples = readExamples(new URL("../../src/glu/", import.meta.url));

describe("glu doc comment examples", () => {
  it("every public function has one, with a stated result", () => {
    for (const name of ["gluForward", "gluBackward", "gatedFeedForward", "gatedFeedForwardBackward"]) {
      const own = examples.filter((e) => e.checks.some((c) => c.subject.startsWith(`${name}(`)));
      expect(own.length > 0 ? name : `${name} (none)`).toBe(name);
    }
  });

  for (const example of examples) {
    it(`${example.name} (${example.checks.length} stated results)`, () => {
      runExample(example, { ...core });
    });
  }
});
