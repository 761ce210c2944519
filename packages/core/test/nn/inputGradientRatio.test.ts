import { describe, expect, it } from "vitest";
import { Dense, inputGradientRatio, mlp, PreNormResidual, Rng, Sequential } from "../../src/nn/index.js";

/** A linear layer c·I of width n. */
function scaledIdentity(n: number, c: number, seed: number): Dense {
  const layer = new Dense({ inputSize: n, outputSize: n, seed });
  layer.weight.value.fill(0);
  for (let j = 0; j < n; j++) layer.weight.value[j * n + j] = c;
  return layer;
}

describe("inputGradientRatio", () => {
  it("inputGradientRatio(model) is Π|c| through linear layers c·I (the gradient scales by each c on the way back)", () => {
    const model = new Sequential([
      scaledIdentity(5, 0.5, 1),
      scaledIdentity(5, -3, 2),
      scaledIdentity(5, 0.2, 3),
      new Dense({ inputSize: 5, outputSize: 1, seed: 4 }),
    ]);
    expect(inputGradientRatio(model, { seed: 7 })).toBeCloseTo(0.3, 14);
  });

  it("inputGradientRatio of a single layer is 1: h₀ is the last layer's input", () => {
    expect(inputGradientRatio(new Sequential([new Dense({ inputSize: 3, outputSize: 2, seed: 1 })]))).toBe(1);
  });

  it("inputGradientRatio draws its batch from the seed: the same seed, the same ratio; a seed given as an Rng, the same draws", () => {
    const model = mlp({ sizes: [8, 8, 8, 1], activation: "tanh", seed: 1 });
    const a = inputGradientRatio(model, { rows: 16, seed: 5 });
    expect(inputGradientRatio(model, { rows: 16, seed: new Rng(5) })).toBe(a);
    expect(inputGradientRatio(model, { rows: 16, seed: 6 })).not.toBe(a);
  });

  it("inputGradientRatio of a 10-layer sigmoid MLP at gain 1 is below 10⁻⁵ (σ′ ≤ 1/4 per layer), and pre-norm residual blocks keep it ≥ 1", () => {
    const sizes = [32, ...new Array(10).fill(32), 1];
    expect(inputGradientRatio(mlp({ sizes, activation: "sigmoid", seed: 1 }), { seed: 2 })).toBeLessThan(
      1e-5,
    );
    const blocks = Array.from(
      { length: 10 },
      (_, i) =>
        new PreNormResidual([
          new Dense({ inputSize: 32, outputSize: 32, activation: "relu", seed: 2 * i + 1 }),
          new Dense({ inputSize: 32, outputSize: 32, seed: 2 * i + 2 }),
        ]),
    );
    const residual = new Sequential([...blocks, new Dense({ inputSize: 32, outputSize: 1, seed: 99 })]);
    expect(inputGradientRatio(residual, { seed: 2 })).toBeGreaterThanOrEqual(1);
  });

  it("inputGradientRatio rejects a model that is not a Sequential, naming it", () => {
    expect(() => inputGradientRatio({} as Sequential)).toThrow(
      "inputGradientRatio: model must be a Sequential",
    );
  });
});
