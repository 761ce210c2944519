import { describe, expect, it } from "vitest";
import { gatedFeedForward, gatedFeedForwardBackward } from "../../src/glu/index.js";
import { Rng } from "../../src/nn/rng.js";
import { activations } from "../../src/registry/index.js";
import { dot, GRADIENT_TOLERANCE, gradientError } from "../nn/gradientCheck.js";

const rng = new Rng(21);
const random = (n: number) => Float64Array.from({ length: n }, () => rng.normal(0, 1));
const [rows, inputSize, h] = [5, 3, 4];

function weights() {
  return { W: random(inputSize * h), b: random(h), V: random(inputSize * h), c: random(h) };
}

describe("gatedFeedForward", () => {
  for (const gate of ["gelu", "swish", "sigmoid"] as const) {
    it(`gatedFeedForward with gate ${gate} equals (xW + b) ⊙ ${gate}(xV + c) summed term by term`, () => {
      const w = weights();
      const x = random(rows * inputSize);
      const { out } = gatedFeedForward(x, w, { gate });
      for (let i = 0; i < rows; i++) {
        for (let j = 0; j < h; j++) {
          let u = w.b[j];
          let v = w.c[j];
          for (let k = 0; k < inputSize; k++) {
            u += x[i * inputSize + k] * w.W[k * h + j];
            v += x[i * inputSize + k] * w.V[k * h + j];
          }
          expect(out[i * h + j]).toBeCloseTo(u * activations[gate].f(v), 14);
        }
      }
    });

    it(`gatedFeedForwardBackward with gate ${gate}: dx, dW, db, dV, dc match central differences`, () => {
      const w = weights();
      const x = random(rows * inputSize);
      const r = random(rows * h);
      const { hidden } = gatedFeedForward(x, w, { gate });
      const g = gatedFeedForwardBackward(x, hidden, r, w, { gate });
      const loss = () => dot(r, gatedFeedForward(x, w, { gate }).out);
      expect(gradientError(loss, x, g.dx)).toBeLessThan(GRADIENT_TOLERANCE);
      expect(gradientError(loss, w.W, g.dW)).toBeLessThan(GRADIENT_TOLERANCE);
      expect(gradientError(loss, w.b, g.db)).toBeLessThan(GRADIENT_TOLERANCE);
      expect(gradientError(loss, w.V, g.dV)).toBeLessThan(GRADIENT_TOLERANCE);
      expect(gradientError(loss, w.c, g.dc)).toBeLessThan(GRADIENT_TOLERANCE);
    });
  }

  it("gatedFeedForward with one unit and relu gate is x² for x > 0", () => {
    const w = { W: Float64Array.of(1), b: Float64Array.of(0), V: Float64Array.of(1), c: Float64Array.of(0) };
    const x = Float64Array.of(2);
    const { out, hidden } = gatedFeedForward(x, w, { gate: "relu" });
    expect([...out]).toEqual([4]);
    expect([...gatedFeedForwardBackward(x, hidden, Float64Array.of(1), w, { gate: "relu" }).dx]).toEqual([4]);
  });

  it("gatedFeedForward rejects mismatched shapes, naming the array", () => {
    const w = weights();
    expect(() => gatedFeedForward(random(7), w, { gate: "gelu" })).toThrow(
      "gatedFeedForward: x's length must be a multiple of inputSize 3, got 7",
    );
    expect(() => gatedFeedForward(random(6), { ...w, V: random(5) }, { gate: "gelu" })).toThrow(
      "gatedFeedForward: V must have length 12, got 5",
    );
    expect(() => gatedFeedForward(random(6), { ...w, W: random(5) }, { gate: "gelu" })).toThrow(
      "gatedFeedForward: W's length must be a multiple of hiddenSize 4, got 5",
    );
    expect(() => gatedFeedForward(random(6), w, { gate: "nope" as "gelu" })).toThrow(
      "gatedFeedForward: gate must be one of",
    );
  });
});
