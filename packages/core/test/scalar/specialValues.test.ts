import { describe, expect, it } from "vitest";
import * as core from "../../src/index.js";
import type { ActivationId } from "../../src/registry/index.js";

const INF = Number.POSITIVE_INFINITY;
type Scalar = (x: number) => number;

// f(NaN), f(−0), f(+0), f(−∞), f(+∞) for every function at its default parameter; Object.is
// tells −0 from +0. Limits are the mathematical ones (−0 where a negative value underflows).
type Row = [f: Scalar, nan: number, negZero: number, posZero: number, negInf: number, posInf: number];
// Keyed by activation id (a new activation without its special values is a type error), then by
// function; erf and erfc go with GELU, which is built on them.
const byActivation: Record<ActivationId, Readonly<Record<string, Row>>> = {
  sigmoid: {
    sigmoid: [core.sigmoid, NaN, 0.5, 0.5, 0, 1],
    sigmoidGrad: [core.sigmoidGrad, NaN, 0.25, 0.25, 0, 0],
  },
  tanh: {
    tanh: [core.tanh, NaN, -0, 0, -1, 1],
    tanhGrad: [core.tanhGrad, NaN, 1, 1, 0, 0],
  },
  relu: {
    relu: [core.relu, NaN, 0, 0, 0, INF],
    reluGrad: [core.reluGrad, NaN, 0, 0, 0, 1],
  },
  leakyRelu: {
    leakyRelu: [(x) => core.leakyRelu(x), NaN, -0, 0, -INF, INF],
    leakyReluGrad: [(x) => core.leakyReluGrad(x), NaN, 0.01, 0.01, 0.01, 1],
  },
  prelu: {
    prelu: [(x) => core.prelu(x), NaN, -0, 0, -INF, INF],
    preluGrad: [(x) => core.preluGrad(x), NaN, 0.25, 0.25, 0.25, 1],
    preluGradAlpha: [(x) => core.preluGradAlpha(x), NaN, -0, 0, -INF, 0],
  },
  elu: {
    elu: [(x) => core.elu(x), NaN, -0, 0, -1, INF],
    eluGrad: [(x) => core.eluGrad(x), NaN, 1, 1, 0, 1],
  },
  swish: {
    swish: [(x) => core.swish(x), NaN, -0, 0, -0, INF],
    swishGrad: [(x) => core.swishGrad(x), NaN, 0.5, 0.5, -0, 1],
    swishGradBeta: [(x) => core.swishGradBeta(x), NaN, 0, 0, 0, 0],
  },
  silu: {
    silu: [core.silu, NaN, -0, 0, -0, INF],
    siluGrad: [core.siluGrad, NaN, 0.5, 0.5, -0, 1],
  },
  gelu: {
    gelu: [core.gelu, NaN, -0, 0, -0, INF],
    geluGrad: [core.geluGrad, NaN, 0.5, 0.5, -0, 1],
    erf: [core.erf, NaN, -0, 0, -1, 1],
    erfc: [core.erfc, NaN, 1, 1, 2, 0],
  },
  geluTanh: {
    geluTanh: [core.geluTanh, NaN, -0, 0, -0, INF],
    geluTanhGrad: [core.geluTanhGrad, NaN, 0.5, 0.5, -0, 1],
  },
  softplus: {
    softplus: [core.softplus, NaN, Math.LN2, Math.LN2, 0, INF],
    softplusGrad: [core.softplusGrad, NaN, 0.5, 0.5, 0, 1],
  },
  mish: {
    mish: [core.mish, NaN, -0, 0, -0, INF],
    mishGrad: [core.mishGrad, NaN, 0.6, 0.6, -0, 1],
  },
  hardSwish: {
    hardSwish: [core.hardSwish, NaN, -0, 0, -0, INF],
    hardSwishGrad: [core.hardSwishGrad, NaN, 0.5, 0.5, 0, 1],
  },
};
const cases: Record<string, Row> = Object.assign({}, ...Object.values(byActivation));

const show = (v: number) => (Object.is(v, -0) ? "-0" : String(v));

describe("special values", () => {
  for (const [name, [f, nan, negZero, posZero, negInf, posInf]] of Object.entries(cases)) {
    it(`${name}(NaN) is ${show(nan)}`, () => expect(f(Number.NaN)).toBe(nan));
    it(`${name}(-0) is ${show(negZero)}`, () => expect(Object.is(f(-0), negZero)).toBe(true));
    it(`${name}(+0) is ${show(posZero)}`, () => expect(Object.is(f(0), posZero)).toBe(true));
    it(`${name}(-Infinity) is ${show(negInf)}`, () => expect(Object.is(f(-INF), negInf)).toBe(true));
    it(`${name}(+Infinity) is ${show(posInf)}`, () => expect(Object.is(f(INF), posInf)).toBe(true));
  }

  it("a negative result that underflows is -0, never +0", () => {
    for (const [f, x] of [
      [core.silu, -800],
      [core.siluGrad, -800],
      [core.gelu, -39],
      [core.geluGrad, -39],
      [core.geluTanh, -25],
      [core.geluTanhGrad, -25],
      [(v: number) => core.swish(v, 2), -400],
    ] as [Scalar, number][]) {
      expect(Object.is(f(x), -0), `${f.name}(${x})`).toBe(true);
    }
  });

  it("results just above the underflow threshold are subnormal, not flushed to 0", () => {
    expect(core.sigmoid(-740)).toBeGreaterThan(0);
    expect(core.sigmoidGrad(740)).toBeGreaterThan(0);
    expect(core.tanhGrad(370)).toBeGreaterThan(0);
    expect(core.gelu(-38)).toBeLessThan(0);
    expect(core.silu(-740)).toBeLessThan(0);
    expect(core.erfc(27)).toBeGreaterThan(0);
    expect(core.eluGrad(-740)).toBeGreaterThan(0);
  });

  it("nothing overflows to a spurious Infinity or NaN for huge finite inputs", () => {
    for (const x of [1e155, -1e155, 1e300, -1e300, Number.MAX_VALUE, -Number.MAX_VALUE]) {
      for (const [name, [f]] of Object.entries(cases)) {
        const y = f(x);
        expect(Number.isNaN(y), `${name}(${x})`).toBe(false);
        // only the functions that grow like x may be infinite, and only where x·1 is
        if (!Number.isFinite(y)) expect(["preluGradAlpha"], `${name}(${x})`).toContain(name);
      }
    }
  });

  it("geluTanhGrad(±1e155) is its limit where PyTorch's gelu_tanh′ gives NaN", () => {
    expect(core.geluTanhGrad(1e155)).toBe(1);
    expect(Object.is(core.geluTanhGrad(-1e155), -0)).toBe(true);
  });

  it("small negative inputs keep their digits: elu(−1e−20) = −1e−20 where e^x − 1 gives 0", () => {
    expect(Math.exp(-1e-20) - 1).toBe(0);
    expect(core.elu(-1e-20)).toBe(-1e-20);
  });
});

describe("kinks take the left-hand derivative at 0, as PyTorch", () => {
  it("reluGrad(0) and reluGrad(-0) are 0", () => {
    expect(core.reluGrad(0)).toBe(0);
    expect(core.reluGrad(-0)).toBe(0);
    expect(core.reluGrad(Number.MIN_VALUE)).toBe(1);
  });
  it("leakyReluGrad(0, α) and preluGrad(0, α) are α", () => {
    expect(core.leakyReluGrad(0, 0.2)).toBe(0.2);
    expect(core.preluGrad(0, 0.3)).toBe(0.3);
    expect(core.leakyReluGrad(Number.MIN_VALUE, 0.2)).toBe(1);
  });
  it("eluGrad(0, α) is α, the left-hand derivative α·e⁰", () => {
    expect(core.eluGrad(0, 0.5)).toBe(0.5);
    expect(core.eluGrad(Number.MIN_VALUE, 0.5)).toBe(1);
  });
  it("relu(−0) is +0 (IEEE 754-2019 maximum), leakyRelu(−0) and elu(−0) keep −0", () => {
    expect(Object.is(core.relu(-0), 0)).toBe(true);
    expect(Object.is(core.leakyRelu(-0), -0)).toBe(true);
    expect(Object.is(core.elu(-0), -0)).toBe(true);
  });
});

describe("extreme parameters", () => {
  it("swishGradBeta(±MAX_VALUE, 0) = x²/4 overflows to +Infinity, not NaN", () => {
    expect(core.swishGradBeta(Number.MAX_VALUE, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(core.swishGradBeta(-Number.MAX_VALUE, 0)).toBe(Number.POSITIVE_INFINITY);
    expect(core.swishGradBeta(1e160, 1e-170)).toBe(Number.POSITIVE_INFINITY); // (1e160)²/4 overflows
  });

  it("swish with a tiny β and a huge x is x·σ(βx), neither x nor 0", () => {
    expect(core.swish(1e300, 1e-300)).toBeCloseTo(1e300 * 0.7310585786300049, -285);
    expect(core.swishGrad(1e300, -1e-300)).toBeCloseTo(0.07232948812851325, 15);
  });

  it("no parameter in range gives NaN for any non-NaN input", () => {
    const xs = [
      0,
      -0,
      5e-324,
      1e-300,
      0.5,
      38,
      745,
      1e155,
      1e300,
      Number.MAX_VALUE,
      Number.POSITIVE_INFINITY,
    ];
    const params = [1e-300, 0.01, 1, 2, 1e300, -1, 0];
    for (const x of [...xs, ...xs.map((v) => -v)]) {
      for (const p of params) {
        for (const f of [
          core.swish,
          core.swishGrad,
          core.swishGradBeta,
          core.prelu,
          core.preluGrad,
          core.preluGradAlpha,
        ]) {
          expect(Number.isNaN(f(x, p)), `${f.name}(${x}, ${p})`).toBe(false);
        }
        if (p >= 0) {
          for (const f of [core.elu, core.eluGrad])
            expect(Number.isNaN(f(x, p)), `${f.name}(${x}, ${p})`).toBe(false);
        }
      }
    }
  });
});
