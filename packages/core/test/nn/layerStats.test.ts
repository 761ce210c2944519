import { describe, expect, it } from "vitest";
import { Dense } from "../../src/nn/dense.js";
import { GatedFeedForwardLayer } from "../../src/nn/gatedFeedForwardLayer.js";
import { deadFraction, layerStats } from "../../src/nn/layerStats.js";
import { probabilityOf } from "../../src/nn/probabilityOf.js";
import { Rng } from "../../src/nn/rng.js";
import { Sequential } from "../../src/nn/sequential.js";
import { activations } from "../../src/registry/index.js";

const rng = new Rng(40);
const random = (n: number) => Float64Array.from({ length: n }, () => rng.normal());
const mean = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0) / a.length;
const std = (a: ArrayLike<number>) => Math.sqrt(mean(Array.from(a, (v) => (v - mean(a)) ** 2)));
const norm = (arrays: ArrayLike<number>[]) =>
  Math.sqrt(arrays.flatMap((a) => Array.from(a)).reduce((s, v) => s + v * v, 0));

describe("layerStats", () => {
  it("layerStats reports pre-activation and output mean/std, gradient and parameter norms, computed independently", () => {
    const first = new Dense({ inputSize: 3, outputSize: 4, activation: "tanh", seed: 1 });
    const second = new Dense({ inputSize: 4, outputSize: 2, seed: 2 });
    const model = new Sequential([first, second]);
    const x = random(5 * 3);
    const out = model.forward(x, 5);
    const r = random(out.length);
    const dx = model.backward(r).slice();
    const [s0, s1] = layerStats(model);
    expect(s0.inputGradNorm).toBeCloseTo(norm([dx]), 14);
    // the gradient reaching the linear layer's input: r·W₂ᵀ, entry by entry
    const dh: number[] = [];
    for (let i = 0; i < 5; i++) {
      for (let k = 0; k < 4; k++) {
        let v = 0;
        for (let j = 0; j < 2; j++) v += r[i * 2 + j] * second.weight.value[k * 2 + j];
        dh.push(v);
      }
    }
    expect(s1.inputGradNorm).toBeCloseTo(norm([dh]), 14);
    // z of the first layer, recomputed entry by entry
    const z: number[] = [];
    for (let i = 0; i < 5; i++) {
      for (let j = 0; j < 4; j++) {
        let v = first.bias.value[j];
        for (let k = 0; k < 3; k++) v += x[i * 3 + k] * first.weight.value[k * 4 + j];
        z.push(v);
      }
    }
    const a = z.map((v) => activations.tanh.f(v));
    expect(s0.preMean).toBeCloseTo(mean(z), 14);
    expect(s0.preStd).toBeCloseTo(std(z), 14);
    expect(s0.postMean).toBeCloseTo(mean(a), 14);
    expect(s0.postStd).toBeCloseTo(std(a), 14);
    expect(s0.gradNorm).toBeCloseTo(norm([first.weight.grad, first.bias.grad]), 14);
    expect(s0.paramNorm).toBeCloseTo(norm([first.weight.value, first.bias.value]), 14);
    expect(s1.preMean).toBe(s1.postMean); // a linear layer: output = pre-activation
    expect(s1.label).toBe("dense 4→2");
  });

  it("a gated layer's pre-activation is its gate input xV + c, and it is dead where a relu gate is closed on every row", () => {
    const layer = new GatedFeedForwardLayer({ inputSize: 2, hiddenSize: 3, gate: "relu", seed: 3 });
    layer.c.value.set([-100, 0, 100]);
    const model = new Sequential([layer]);
    const x = random(8);
    model.forward(x, 4);
    model.backward(random(12));
    const [s] = layerStats(model);
    expect(s.deadFraction).toBe(1 / 3);
    const v: number[] = [];
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 3; j++)
        v.push(layer.c.value[j] + x[i * 2] * layer.V.value[j] + x[i * 2 + 1] * layer.V.value[3 + j]);
    }
    expect(s.preMean).toBeCloseTo(mean(v), 12);
    expect(s.preStd).toBeCloseTo(std(v), 12);
  });

  it("deadFraction counts columns that are zero in every row, with an optional threshold", () => {
    expect(deadFraction(Float64Array.of(0, 1, 0, 0), 2, 2)).toBe(0.5);
    expect(deadFraction(Float64Array.of(1e-9, 1, -1e-9, 0), 2, 2, 1e-8)).toBe(0.5);
    expect(deadFraction(Float64Array.of(0, 0, 0, 0), 2, 2)).toBe(1);
  });
});

describe("probabilityOf", () => {
  it("probabilityOf gives σ(z) for a single logit and the softmax for several, summing to 1", () => {
    const single = new Sequential([new Dense({ inputSize: 2, outputSize: 1, seed: 1 })]);
    const z = single.predict(Float64Array.of(0.3, -0.7))[0];
    expect(probabilityOf(single)(0.3, -0.7)).toBe(activations.sigmoid.f(z));
    expect(probabilityOf(single, 0)(0.3, -0.7) + probabilityOf(single)(0.3, -0.7)).toBeCloseTo(1, 15);
    const multi = new Sequential([new Dense({ inputSize: 2, outputSize: 3, seed: 2 })]);
    const logits = multi.predict(Float64Array.of(1, 2));
    const direct = Array.from(
      logits,
      (v) => Math.exp(v) / Array.from(logits).reduce((s, w) => s + Math.exp(w), 0),
    );
    const p = [0, 1, 2].map((c) => probabilityOf(multi, c)(1, 2));
    for (let c = 0; c < 3; c++) expect(p[c]).toBeCloseTo(direct[c], 15);
    expect(() => probabilityOf(multi, 3)).toThrow("probabilityOf: label must be an integer in [0, 2], got 3");
    expect(() => probabilityOf(multi)(1)).toThrow("probabilityOf: the model takes 2 inputs, got 1");
  });
});
