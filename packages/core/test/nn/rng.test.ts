import { describe, expect, it } from "vitest";
import { Rng, toRng } from "../../src/nn/rng.js";

function draws(rng: Rng, n: number): number[] {
  return Array.from({ length: n }, () => rng.uniform());
}

function correlation(a: number[], b: number[]): number {
  const n = a.length;
  const ma = a.reduce((s, v) => s + v, 0) / n;
  const mb = b.reduce((s, v) => s + v, 0) / n;
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  for (let i = 0; i < n; i++) {
    sab += (a[i] - ma) * (b[i] - mb);
    saa += (a[i] - ma) ** 2;
    sbb += (b[i] - mb) ** 2;
  }
  return sab / Math.sqrt(saa * sbb);
}

describe("Rng", () => {
  it("new Rng(seed) gives the same stream for the same seed, a different one for another seed", () => {
    expect(draws(new Rng(42), 100)).toEqual(draws(new Rng(42), 100));
    expect(draws(new Rng(42), 100)).not.toEqual(draws(new Rng(43), 100));
    expect(draws(new Rng(2 ** 40), 10)).not.toEqual(draws(new Rng(0), 10));
  });

  it("toRng(seed) seeds a generator and passes a generator through", () => {
    const rng = new Rng(5);
    expect(toRng(rng)).toBe(rng);
    expect(draws(toRng(5), 5)).toEqual(draws(new Rng(5), 5));
  });

  it("uniform() lies in [0, 1) with mean 1/2 and variance 1/12, and fills ten bins evenly (χ²)", () => {
    const rng = new Rng(1);
    const n = 100_000;
    const bins = new Array(10).fill(0);
    let sum = 0;
    let sumSq = 0;
    let outside = 0;
    for (let i = 0; i < n; i++) {
      const u = rng.uniform();
      if (!(u >= 0 && u < 1)) outside++;
      sum += u;
      sumSq += u * u;
      bins[Math.floor(u * 10)]++;
    }
    expect(outside).toBe(0);
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(0.005);
    expect(Math.abs(sumSq / n - (sum / n) ** 2 - 1 / 12)).toBeLessThan(0.002);
    const chi2 = bins.reduce((s, c) => s + (c - n / 10) ** 2 / (n / 10), 0);
    expect(chi2).toBeLessThan(27.9); // χ²(9) at p = 0.001
  });

  it("normal(mean, std) has the requested mean and standard deviation, and normal tails", () => {
    const rng = new Rng(2);
    const n = 100_000;
    let sum = 0;
    let sumSq = 0;
    let beyond2 = 0;
    for (let i = 0; i < n; i++) {
      const z = rng.normal(3, 2);
      sum += z;
      sumSq += z * z;
      if (Math.abs(z - 3) > 4) beyond2++;
    }
    const mean = sum / n;
    expect(Math.abs(mean - 3)).toBeLessThan(0.03);
    expect(Math.abs(Math.sqrt(sumSq / n - mean * mean) - 2)).toBeLessThan(0.03);
    expect(Math.abs(beyond2 / n - 0.0455)).toBeLessThan(0.004); // P(|Z| > 2) = 0.0455
  });

  it("int(n) covers 0 … n − 1 and rejects n outside [1, 2^32]", () => {
    const rng = new Rng(3);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) seen.add(rng.int(6));
    expect([...seen].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect(() => rng.int(0)).toThrow("Rng.int: n must be an integer in [1, 2^32], got 0");
    expect(() => rng.int(1.5)).toThrow("got 1.5");
  });

  it("shuffle(array) permutes in place, deterministically for a seed", () => {
    const a = Array.from({ length: 50 }, (_, i) => i);
    const b = a.slice();
    new Rng(9).shuffle(a);
    new Rng(9).shuffle(b);
    expect(a).toEqual(b);
    expect(a).not.toEqual(Array.from({ length: 50 }, (_, i) => i));
    expect(a.slice().sort((x, y) => x - y)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  it("split() gives children that are deterministic, differ from each other and from the parent, and are uncorrelated", () => {
    const parent = new Rng(11);
    const c1 = parent.split();
    const c2 = parent.split();
    const again = new Rng(11);
    expect(draws(again.split(), 20)).toEqual(draws(new Rng(11).split(), 20));
    const s1 = draws(c1, 20_000);
    const s2 = draws(c2, 20_000);
    const sp = draws(parent, 20_000);
    expect(s1).not.toEqual(s2);
    // |r| < 4/√n holds with overwhelming probability for independent streams
    const bound = 4 / Math.sqrt(20_000);
    expect(Math.abs(correlation(s1, s2))).toBeLessThan(bound);
    expect(Math.abs(correlation(s1, sp))).toBeLessThan(bound);
    // lagged: child 1 against child 2 shifted by one draw
    expect(Math.abs(correlation(s1.slice(1), s2.slice(0, -1)))).toBeLessThan(bound);
  });

  it("split() children of neighbouring seeds are uncorrelated too", () => {
    const a = draws(new Rng(100).split(), 20_000);
    const b = draws(new Rng(101).split(), 20_000);
    expect(Math.abs(correlation(a, b))).toBeLessThan(4 / Math.sqrt(20_000));
  });

  it("new Rng(seed) rejects a negative, fractional or unsafe seed, naming it", () => {
    expect(() => new Rng(-1)).toThrow("Rng: seed must be a non-negative safe integer, got -1");
    expect(() => new Rng(0.5)).toThrow("got 0.5");
    expect(() => new Rng(Number.NaN)).toThrow("got NaN");
    expect(() => new Rng(2 ** 53)).toThrow("got 9007199254740992");
  });
});
