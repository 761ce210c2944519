import { describe, expect, it } from "vitest";
import * as nn from "../../src/nn/index.js";
import { type Example, readExamples, runExample } from "../docExampleBlocks.js";

// Every `@example` in the doc comments of src/nn is run against the exports of
// @activation-lab/core/nn (docExampleBlocks.ts says how), so the toolkit's documentation cannot
// drift from the code. Examples may use `model` (a small classifier of 2-D points) and `options`
// (its training options) as placeholders: this test provides both.
const examples = readExamples(new URL("../../src/nn/", import.meta.url));

function run(example: Example): Record<string, unknown> {
  const model = nn.mlp({ sizes: [2, 8, 2], activation: "tanh", seed: 1 });
  const options = {
    data: nn.spirals({ points: 30, seed: 1 }),
    loss: nn.softmaxCrossEntropy,
    optimizer: nn.sgd({ learningRate: 0.1 }),
    epochs: 1,
  };
  return runExample(example, { ...nn, model, options });
}

describe("nn doc comment examples", () => {
  it("every public function and class has one", () => {
    const text = examples.map((e) => e.source).join("\n");
    for (const [name, value] of Object.entries(nn)) {
      if (typeof value !== "function") continue;
      expect(new RegExp(`\\b${name}\\b`).test(text) ? name : `${name} (none)`).toBe(name);
    }
  });

  it("their imports name exports of @activation-lab/core/nn", () => {
    for (const { names, from } of examples.flatMap((e) => e.imports)) {
      expect(from).toBe("@activation-lab/core/nn");
      for (const name of names) expect(Object.keys(nn)).toContain(name);
    }
  });

  for (const example of examples.filter((e) => !e.name.startsWith("train.ts: const data"))) {
    it(`${example.name} (${example.checks.length} stated results)`, () => {
      run(example);
    });
  }

  it("train's example trains one network per activation: loss curves fall, every layer has a gradient", {
    timeout: 120_000,
  }, () => {
    const example = examples.find((e) => e.name.startsWith("train.ts: const data"));
    if (example === undefined) throw new Error("train's multi-activation example is gone");
    const { lossCurves, gradNorms, runs } = run(example) as {
      lossCurves: { activation: string; loss: number[] }[];
      gradNorms: { activation: string; perLayer: number[][] }[];
      runs: { history: nn.TrainingHistory }[];
    };
    expect(lossCurves.map((c) => c.activation)).toEqual(["relu", "tanh", "gelu", "swiglu"]);
    for (const { loss } of lossCurves) {
      expect(loss).toHaveLength(20);
      expect(loss[19]).toBeLessThan(0.6 * loss[0]); // every network learns
    }
    for (const { perLayer } of gradNorms) {
      expect(perLayer).toHaveLength(20);
      for (const epoch of perLayer) {
        expect(epoch).toHaveLength(3);
        for (const norm of epoch) expect(norm).toBeGreaterThan(0);
      }
    }
    const steps = runs[0].history.steps;
    expect(steps).toHaveLength(20 * Math.ceil(1000 / 32)); // the default batch size is 32
    expect(steps[0].layers.map((l) => l.label)).toEqual([
      "dense 2→32 relu",
      "dense 32→32 relu",
      "dense 32→2",
    ]);
  });
});
