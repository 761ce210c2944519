import { describe, expect, it } from "vitest";
import {
  constant,
  glorotNormal,
  glorotUniform,
  heNormal,
  heUniform,
  type Initializer,
  lecunNormal,
  lecunUniform,
  scaled,
  standardUniform,
  zeros,
} from "../../src/nn/initializers.js";
import { Rng } from "../../src/nn/rng.js";

function stats(init: Initializer, fanIn: number, fanOut: number, seed = 1) {
  const w = init(new Float64Array(40_000), { fanIn, fanOut }, new Rng(seed));
  const mean = w.reduce((s, v) => s + v, 0) / w.length;
  const std = Math.sqrt(w.reduce((s, v) => s + (v - mean) ** 2, 0) / w.length);
  let maxAbs = 0;
  for (const v of w) maxAbs = Math.max(maxAbs, Math.abs(v));
  return { w, mean, std, maxAbs };
}

describe("initializers", () => {
  // Uniform U(−l, l) has std l/√3; expected limits and stds from the papers' formulas.
  const cases: [string, Initializer, number, "uniform" | "normal"][] = [
    ["glorotUniform", glorotUniform, Math.sqrt(6 / (100 + 50)), "uniform"],
    ["heUniform", heUniform, Math.sqrt(6 / 100), "uniform"],
    ["lecunUniform", lecunUniform, Math.sqrt(3 / 100), "uniform"],
    ["standardUniform", standardUniform, 1 / Math.sqrt(100), "uniform"],
    ["glorotNormal", glorotNormal, Math.sqrt(2 / (100 + 50)), "normal"],
    ["heNormal", heNormal, Math.sqrt(2 / 100), "normal"],
    ["lecunNormal", lecunNormal, Math.sqrt(1 / 100), "normal"],
  ];
  for (const [name, init, scale, kind] of cases) {
    it(`${name} with fanIn 100, fanOut 50 has the paper's ${kind === "uniform" ? "limit" : "standard deviation"}`, () => {
      const { mean, std, maxAbs } = stats(init, 100, 50);
      expect(Math.abs(mean)).toBeLessThan(0.02 * (kind === "uniform" ? scale : scale * 1.7));
      if (kind === "uniform") {
        expect(maxAbs).toBeLessThan(scale);
        expect(maxAbs).toBeGreaterThan(0.999 * scale);
        expect(std / (scale / Math.sqrt(3))).toBeCloseTo(1, 1);
      } else {
        expect(std / scale).toBeCloseTo(1, 1);
        expect(maxAbs).toBeGreaterThan(3 * scale); // a normal, not a uniform, tail
      }
    });
  }

  it("the same generator seed fills the same weights", () => {
    expect(stats(heNormal, 10, 10, 7).w).toEqual(stats(heNormal, 10, 10, 7).w);
  });

  it("zeros and constant(v) fill every entry and draw nothing", () => {
    const rng = new Rng(1);
    expect([...zeros(Float64Array.of(1, 2), { fanIn: 1, fanOut: 2 }, rng)]).toEqual([0, 0]);
    expect([...constant(0.1)(new Float64Array(3), { fanIn: 1, fanOut: 3 }, rng)]).toEqual([0.1, 0.1, 0.1]);
    expect(rng.uniform()).toBe(new Rng(1).uniform());
    expect(() => constant(Number.NaN)).toThrow("constant: value must be a finite number, got NaN");
  });

  it("scaled(init, gain) multiplies init's own draws by gain, and rejects a gain that is not > 0", () => {
    const plain = heUniform(new Float64Array(50), { fanIn: 6, fanOut: 2 }, new Rng(9));
    const halved = scaled(heUniform, 0.5)(new Float64Array(50), { fanIn: 6, fanOut: 2 }, new Rng(9));
    // multiplying by 0.5 is exact in binary floating point
    expect([...halved]).toEqual([...plain].map((w) => w / 2));
    expect(() => scaled(heUniform, 0)).toThrow("scaled: gain must be a finite number > 0, got 0");
    expect(() => scaled(heUniform, Number.NaN)).toThrow("scaled: gain must be a finite number > 0, got NaN");
  });
});
