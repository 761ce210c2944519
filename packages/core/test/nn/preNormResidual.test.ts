import { describe, expect, it } from "vitest";
import { Dense, GatedFeedForwardLayer, PreNormResidual, Rng } from "../../src/nn/index.js";
import { constant } from "../../src/nn/initializers.js";

describe("PreNormResidual", () => {
  it("PreNormResidual(layers) computes x + F(x / rms(x)) per row, F a ReLU feed-forward written out by hand", () => {
    const [rows, n, hidden] = [2, 3, 4];
    const up = new Dense({ inputSize: n, outputSize: hidden, activation: "relu", seed: 1 });
    const down = new Dense({ inputSize: hidden, outputSize: n, seed: 2 });
    up.bias.value.set([0.1, -0.2, 0.3, 0]);
    down.bias.value.set([0.05, 0, -0.05]);
    const block = new PreNormResidual([up, down]);
    const x = Float64Array.of(0.5, -1, 2, 3, 0.25, -0.75);
    const y = block.forward(x, rows).slice();
    for (let r = 0; r < rows; r++) {
      const row = x.subarray(r * n, r * n + n);
      const rms = Math.sqrt(row.reduce((sum, v) => sum + v * v, 0) / n + 1e-6);
      const z = Array.from(row, (v) => v / rms);
      const h = Array.from({ length: hidden }, (_, j) =>
        Math.max(0, up.bias.value[j] + z.reduce((sum, v, k) => sum + v * up.weight.value[k * hidden + j], 0)),
      );
      for (let j = 0; j < n; j++) {
        const f = down.bias.value[j] + h.reduce((sum, v, k) => sum + v * down.weight.value[k * n + j], 0);
        expect(y[r * n + j]).toBeCloseTo(row[j] + f, 14);
      }
    }
  });

  it("PreNormResidual passes x through unchanged when its inner layers output 0 (the identity path)", () => {
    const block = new PreNormResidual([
      new Dense({ inputSize: 3, outputSize: 3, init: constant(0), seed: 1 }),
    ]);
    const x = Float64Array.of(1e3, -2, 0.5);
    expect([...block.forward(x, 1)]).toEqual([...x]);
    expect([...block.backward(Float64Array.of(1, 2, 3))]).toEqual([1, 2, 3]);
  });

  it("PreNormResidual's inner layers see a scale-free input: block(c·x) − c·x = block(x) − x for c > 0", () => {
    const block = new PreNormResidual([
      new Dense({ inputSize: 4, outputSize: 6, activation: "relu", seed: 3 }),
      new Dense({ inputSize: 6, outputSize: 4, seed: 4 }),
    ]);
    const x = Float64Array.of(0.3, -1.2, 2.5, 0.7);
    const fx = block.forward(x, 1).map((v, i) => v - x[i]);
    const scaled = x.map((v) => 40 * v);
    const fScaled = block.forward(scaled, 1).map((v, i) => v - scaled[i]);
    for (let i = 0; i < 4; i++) expect(fScaled[i]).toBeCloseTo(fx[i], 5);
  });

  it("PreNormResidual's backward agrees with central finite differences of its forward", () => {
    const [rows, n] = [3, 4];
    const block = new PreNormResidual([
      new GatedFeedForwardLayer({ inputSize: n, hiddenSize: 5, gate: "gelu", seed: 1 }),
      new Dense({ inputSize: 5, outputSize: n, seed: 2 }),
    ]);
    const data = new Rng(3);
    const x = Float64Array.from({ length: rows * n }, () => data.normal());
    const dy = Float64Array.from({ length: rows * n }, () => data.normal());
    // L(x) = Σ dy ⊙ block(x), whose gradient is backward(dy)
    const loss = (input: Float64Array) =>
      block.forward(input, rows).reduce((sum, v, i) => sum + v * dy[i], 0);
    block.forward(x, rows);
    const dx = block.backward(dy).slice();
    const h = 1e-6;
    for (let i = 0; i < x.length; i++) {
      const [plus, minus] = [x.slice(), x.slice()];
      plus[i] += h;
      minus[i] -= h;
      const numeric = (loss(plus) - loss(minus)) / (2 * h);
      expect(Math.abs(dx[i] - numeric), `dx[${i}] ${dx[i]} vs ${numeric}`).toBeLessThan(1e-7);
    }
  });

  it("PreNormResidual rejects inner layers that change the width, naming both sizes", () => {
    expect(() => new PreNormResidual([new Dense({ inputSize: 4, outputSize: 3, seed: 1 })])).toThrow(
      "PreNormResidual: layers must map 4 inputs back to 4, got 3",
    );
  });

  it("PreNormResidual rejects what Sequential rejects, by its own name", () => {
    expect(() => new PreNormResidual([])).toThrow(
      "PreNormResidual: layers must hold at least one layer, got 0",
    );
    expect(() => new PreNormResidual([{}] as never)).toThrow("PreNormResidual: layers[0] must be a Layer");
  });
});
