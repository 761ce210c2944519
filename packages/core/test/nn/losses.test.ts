import { describe, expect, it } from "vitest";
import { binaryCrossEntropyWithLogits } from "../../src/nn/binaryCrossEntropyWithLogits.js";
import type { Loss } from "../../src/nn/loss.js";
import { meanSquaredError } from "../../src/nn/meanSquaredError.js";
import { Rng } from "../../src/nn/rng.js";
import { softmaxCrossEntropy } from "../../src/nn/softmaxCrossEntropy.js";

/** Largest |analytic − central difference| over the output's entries. */
function gradError(loss: Loss, output: Float64Array, target: Float64Array): number {
  const grad = new Float64Array(output.length);
  loss(output, target, grad);
  let worst = 0;
  for (let i = 0; i < output.length; i++) {
    const h = 1e-5;
    const plus = output.slice();
    const minus = output.slice();
    plus[i] += h;
    minus[i] -= h;
    const numeric = (loss(plus, target) - loss(minus, target)) / (2 * h);
    worst = Math.max(worst, Math.abs(numeric - grad[i]));
  }
  return worst;
}

const rng = new Rng(3);
const random = (n: number, scale = 2) => Float64Array.from({ length: n }, () => rng.normal(0, scale));

describe("meanSquaredError", () => {
  it("meanSquaredError averages squared differences over every element", () => {
    expect(meanSquaredError(Float64Array.of(1, 2, 3, 4), Float64Array.of(1, 0, 3, 0))).toBe((4 + 16) / 4);
  });
  it("meanSquaredError's gradient matches central differences", () => {
    expect(gradError(meanSquaredError, random(12), random(12))).toBeLessThan(1e-9);
  });
  it("meanSquaredError rejects different lengths and a wrong grad, naming them", () => {
    expect(() => meanSquaredError(new Float64Array(2), new Float64Array(3))).toThrow(
      "meanSquaredError: target must have length 2, got 3",
    );
    expect(() => meanSquaredError(new Float64Array(2), new Float64Array(2), new Float64Array(1))).toThrow(
      "meanSquaredError: grad must have length 2, got 1",
    );
  });
});

describe("binaryCrossEntropyWithLogits", () => {
  it("binaryCrossEntropyWithLogits equals −[t log σ(z) + (1 − t) log(1 − σ(z))] on moderate logits", () => {
    const z = random(20);
    const t = Float64Array.from({ length: 20 }, (_, i) => (i % 3) / 2); // 0, 0.5, 1
    let direct = 0;
    for (let i = 0; i < 20; i++) {
      const p = 1 / (1 + Math.exp(-z[i]));
      direct -= t[i] * Math.log(p) + (1 - t[i]) * Math.log(1 - p);
    }
    expect(binaryCrossEntropyWithLogits(z, t)).toBeCloseTo(direct / 20, 13);
  });
  it("binaryCrossEntropyWithLogits(0, t) = ln 2 for any t", () => {
    expect(binaryCrossEntropyWithLogits(Float64Array.of(0, 0), Float64Array.of(0, 1))).toBe(Math.LN2);
  });
  it("binaryCrossEntropyWithLogits keeps confident answers' tiny loss and wrong ones' large loss, with no overflow", () => {
    // right and confident: log(1 + e^−40) = e^−40 − …; wrong by 800: log(1 + e^800) = 800 + …
    expect(binaryCrossEntropyWithLogits(Float64Array.of(40), Float64Array.of(1)) / Math.exp(-40)).toBeCloseTo(
      1,
      12,
    );
    expect(binaryCrossEntropyWithLogits(Float64Array.of(-800), Float64Array.of(1))).toBe(800);
  });
  it("binaryCrossEntropyWithLogits' gradient σ(z) − t matches central differences", () => {
    const t = Float64Array.from({ length: 10 }, (_, i) => i % 2);
    expect(gradError(binaryCrossEntropyWithLogits, random(10), t)).toBeLessThan(1e-9);
  });
});

describe("softmaxCrossEntropy", () => {
  it("softmaxCrossEntropy equals −log(e^z_y / Σ e^z) computed directly on moderate logits", () => {
    const rows = 6;
    const k = 3;
    const z = random(rows * k);
    const labels = Float64Array.from({ length: rows }, (_, i) => i % k);
    let direct = 0;
    for (let i = 0; i < rows; i++) {
      let sum = 0;
      for (let j = 0; j < k; j++) sum += Math.exp(z[i * k + j]);
      direct -= Math.log(Math.exp(z[i * k + labels[i]]) / sum);
    }
    expect(softmaxCrossEntropy(z, labels)).toBeCloseTo(direct / rows, 13);
  });
  it("softmaxCrossEntropy of equal logits is log k", () => {
    expect(softmaxCrossEntropy(new Float64Array(5), Float64Array.of(2))).toBeCloseTo(Math.log(5), 15);
  });
  it("softmaxCrossEntropy on logits of 1000 does not overflow (log-sum-exp)", () => {
    // [1000, 0]: label 0 costs log(1 + e^−1000) = 0 in float64, label 1 costs 1000
    expect(softmaxCrossEntropy(Float64Array.of(1000, 0), Float64Array.of(0))).toBe(0);
    expect(softmaxCrossEntropy(Float64Array.of(1000, 0), Float64Array.of(1))).toBe(1000);
  });
  it("softmaxCrossEntropy's gradient matches central differences", () => {
    expect(gradError(softmaxCrossEntropy, random(12), Float64Array.of(0, 2, 1, 2))).toBeLessThan(1e-9);
  });
  it("softmaxCrossEntropy rejects labels that are not class indices, naming them", () => {
    expect(() => softmaxCrossEntropy(new Float64Array(4), Float64Array.of(0, 2))).toThrow(
      "softmaxCrossEntropy: target[1] must be a class index in [0, 2), got 2",
    );
    expect(() => softmaxCrossEntropy(new Float64Array(5), Float64Array.of(0, 1))).toThrow(
      "softmaxCrossEntropy: output must hold k ≥ 2 logits for each label of target, got 5 logits for 2",
    );
  });
});

describe("binary cross-entropy targets", () => {
  it("binaryCrossEntropyWithLogits rejects labels outside [0, 1] and NaN, naming the index and the value", () => {
    const z = Float64Array.of(0.3, -2);
    expect(() => binaryCrossEntropyWithLogits(z, Float64Array.of(1, 7))).toThrow(
      new RangeError("binaryCrossEntropyWithLogits: target[1] must be a probability in [0, 1], got 7"),
    );
    expect(() => binaryCrossEntropyWithLogits(z, Float64Array.of(-1, 0))).toThrow("got -1");
    expect(() => binaryCrossEntropyWithLogits(z, Float64Array.of(Number.NaN, 0))).toThrow("got NaN");
  });
  it("binaryCrossEntropyWithLogits accepts soft labels: t = 0.5 at z = 0 costs ln 2", () => {
    expect(binaryCrossEntropyWithLogits(Float64Array.of(0), Float64Array.of(0.5))).toBe(Math.LN2);
  });
});
