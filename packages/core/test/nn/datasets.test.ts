import { describe, expect, it } from "vitest";
import { circles } from "../../src/nn/circles.js";
import type { Dataset } from "../../src/nn/dataset.js";
import { regression1d } from "../../src/nn/regression1d.js";
import { Rng } from "../../src/nn/rng.js";
import { spirals } from "../../src/nn/spirals.js";
import { twoMoons } from "../../src/nn/twoMoons.js";
import { xor } from "../../src/nn/xor.js";

const counts = (d: Dataset) => {
  const c = new Map<number, number>();
  for (const v of d.y) c.set(v, (c.get(v) ?? 0) + 1);
  return Object.fromEntries([...c].sort());
};

describe("datasets", () => {
  const makers: [string, (seed: number) => Dataset][] = [
    ["xor", (seed) => xor({ points: 101, seed })],
    ["twoMoons", (seed) => twoMoons({ points: 101, seed })],
    ["circles", (seed) => circles({ points: 101, seed })],
    ["spirals", (seed) => spirals({ points: 101, arms: 3, seed })],
    ["regression1d", (seed) => regression1d({ points: 101, seed })],
  ];
  for (const [name, make] of makers) {
    it(`${name}: shapes agree, the same seed repeats the set bit for bit, another seed moves it`, () => {
      const d = make(4);
      expect(d.rows).toBe(101);
      expect(d.x.length).toBe(d.rows * d.features);
      expect(d.y.length).toBe(d.rows);
      expect(make(4)).toEqual(d);
      expect(make(5)).not.toEqual(d);
      for (const v of d.x) expect(Number.isFinite(v)).toBe(true);
    });
  }

  it("xor with 4 points and no noise is the XOR truth table on (±1, ±1)", () => {
    const d = xor({ points: 4, noise: 0 });
    expect([...d.x]).toEqual([-1, -1, -1, 1, 1, -1, 1, 1]);
    expect([...d.y]).toEqual([0, 1, 1, 0]);
  });

  it("twoMoons without noise puts class 0 on the unit circle's upper half, class 1 on the shifted lower one", () => {
    const d = twoMoons({ points: 50, noise: 0 });
    expect(counts(d)).toEqual({ 0: 25, 1: 25 });
    for (let i = 0; i < d.rows; i++) {
      const [a, b] = [d.x[2 * i], d.x[2 * i + 1]];
      if (d.y[i] === 0) {
        expect(Math.hypot(a, b)).toBeCloseTo(1, 12);
        expect(b).toBeGreaterThanOrEqual(-1e-15);
      } else {
        expect(Math.hypot(a - 1, b - 0.5)).toBeCloseTo(1, 12);
        expect(b).toBeLessThanOrEqual(0.5 + 1e-15);
      }
    }
  });

  it("circles without noise puts the classes on radii 1 and factor", () => {
    const d = circles({ points: 40, noise: 0, factor: 0.3 });
    for (let i = 0; i < d.rows; i++) {
      expect(Math.hypot(d.x[2 * i], d.x[2 * i + 1])).toBeCloseTo(d.y[i] === 0 ? 1 : 0.3, 12);
    }
  });

  it("spirals splits points evenly over the arms, each arm reaching radius 1", () => {
    const d = spirals({ points: 100, arms: 3, noise: 0 });
    expect(d.classes).toBe(3);
    expect(counts(d)).toEqual({ 0: 34, 1: 33, 2: 33 });
    const radii = Array.from({ length: d.rows }, (_, i) => Math.hypot(d.x[2 * i], d.x[2 * i + 1]));
    expect(Math.max(...radii)).toBeCloseTo(1, 12);
    expect(spirals({ points: 10 }).classes).toBe(2);
  });

  it("regression1d takes evenly spaced x and adds noise of the requested size to y", () => {
    const d = regression1d({ points: 2001, noise: 0.5, seed: new Rng(8) });
    expect(d.x[0]).toBe(-Math.PI);
    expect(d.x[2000]).toBe(Math.PI);
    let sumSq = 0;
    for (let i = 0; i < d.rows; i++) sumSq += (d.y[i] - Math.sin(d.x[i])) ** 2;
    expect(Math.sqrt(sumSq / d.rows)).toBeCloseTo(0.5, 1);
  });

  it("datasets reject bad sizes and noise, naming the argument and the value", () => {
    expect(() => xor({ points: 0 })).toThrow("xor: points must be an integer in [1, 16777216], got 0");
    expect(() => twoMoons({ noise: -1 })).toThrow("twoMoons: noise must be a finite number ≥ 0, got -1");
    expect(() => spirals({ arms: 1 })).toThrow("spirals: arms must be an integer ≥ 2, got 1");
    expect(() => circles({ factor: 1 })).toThrow("circles: factor must be in (0, 1), got 1");
    expect(() => regression1d({ domain: [1, 0] })).toThrow(
      "regression1d: domain must be two finite numbers low < high, got [1, 0]",
    );
  });
});
