import { describe, expect, it } from "vitest";
import { sigmoid, sigmoidGrad } from "../../src/index.js";

describe("sigmoid", () => {
  it("sigmoid(-x) = 1 - sigmoid(x) for moderate x", () => {
    for (const x of [0.5, 1, 3]) expect(sigmoid(-x)).toBeCloseTo(1 - sigmoid(x), 15);
  });
  it("sigmoidGrad(40) stays positive where σ(40)·(1 − σ(40)) rounds to 0", () => {
    expect(sigmoid(40) * (1 - sigmoid(40))).toBe(0);
    expect(sigmoidGrad(40)).toBeGreaterThan(0);
  });
});
