import { describe, expect, it } from "vitest";
import { activationIds, activations } from "../../src/registry/index.js";

const INF = Number.POSITIVE_INFINITY;

// A dense grid over [−60, 60] (finer on [−3, 3], where the minima and the steepest slopes are) plus far-out points.
const grid: number[] = [];
for (let x = -60; x <= 60; x += 0.01) grid.push(x);
for (let x = -3; x <= 3; x += 1e-4) grid.push(x);
grid.push(-1e300, -1e10, -1000, 1000, 1e10, 1e300);
// just inside Hard-Swish's kinks, where its derivative approaches its supremum 1.5
grid.push(-3 + 2 ** -40, 3 - 2 ** -40);

describe("the registry's claims hold for the implementation (default parameter)", () => {
  for (const id of activationIds) {
    const { f, df, claims } = activations[id];
    const { min, max, minAttained, maxAttained } = claims.range;

    it(`${id}: every sampled f(x) lies in the claimed range [${min}, ${max}]`, () => {
      const outside = grid.filter((x) => !(f(x) >= min && f(x) <= max));
      expect(outside, `${id} leaves its range at these x`).toEqual([]);
    });

    it(`${id}: the range's lower end is ${minAttained ? "attained" : "a limit"} (${min})`, () => {
      if (min === -INF) {
        expect(f(-1e300)).toBeLessThan(-1e290);
      } else if (minAttained) {
        // the sampled minimum is the claimed one, to the grid's resolution
        const sampled = grid.reduce((m, x) => Math.min(m, f(x)), INF);
        expect(Math.abs(sampled - min)).toBeLessThan(1e-9);
      } else {
        expect(f(-INF)).toBe(min);
        expect(f(-5)).toBeGreaterThan(min);
      }
    });

    it(`${id}: the range's upper end is ${maxAttained ? "attained" : "a limit"} (${max})`, () => {
      if (max === INF) {
        expect(f(1e300)).toBeGreaterThan(1e290);
      } else {
        expect(maxAttained).toBe(false);
        expect(f(INF)).toBe(max);
        expect(f(5)).toBeLessThan(max);
      }
    });

    it(`${id}: f(0) is ${claims.valueAtZero}, and zero-centred is ${claims.zeroCentered}`, () => {
      expect(f(0)).toBe(claims.valueAtZero);
      expect(claims.zeroCentered).toBe(f(0) === 0 && min < 0);
    });

    it(`${id}: sup |f′| is ${claims.maxAbsGrad}`, () => {
      const sampled = grid.reduce((m, x) => Math.max(m, Math.abs(df(x))), 0);
      expect(sampled).toBeLessThanOrEqual(claims.maxAbsGrad);
      expect(claims.maxAbsGrad - sampled).toBeLessThan(1e-9);
    });

    it(`${id}: f′ saturates at −∞: ${claims.saturates.negative}, at +∞: ${claims.saturates.positive}`, () => {
      expect(Math.abs(df(-1000)) < 1e-10).toBe(claims.saturates.negative);
      expect(Math.abs(df(1000)) < 1e-10).toBe(claims.saturates.positive);
      // the post's "⚠️ 있음" (gradients vanish) is saturation on both sides
      expect(claims.vanishing === "yes").toBe(claims.saturates.negative && claims.saturates.positive);
    });
  }

  it("every parameter's default lies in its valid range and f accepts both ends of its typical range", () => {
    for (const id of activationIds) {
      const { param, f } = activations[id];
      if (!param) continue;
      expect(param.default).toBeGreaterThanOrEqual(param.min);
      expect(param.default).toBeLessThanOrEqual(param.max);
      for (const p of param.typical) expect(Number.isFinite(f(-1, p))).toBe(true);
      if (Number.isFinite(param.min)) expect(() => f(1, param.min - 1)).toThrow(RangeError);
      if (Number.isFinite(param.max)) expect(() => f(1, param.max + 1)).toThrow(RangeError);
    }
  });

  it("elu's range (−α, ∞) follows its parameter: elu(−∞, α) = −α", () => {
    for (const alpha of [0.5, 1, 2]) expect(activations.elu.f(-INF, alpha)).toBe(-alpha);
  });
});
