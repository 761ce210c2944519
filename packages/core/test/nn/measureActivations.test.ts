import { describe, expect, it } from "vitest";
import { measureActivations } from "../../src/nn/measureActivations.js";
import { Rng } from "../../src/nn/rng.js";
import { activations, gatedUnits } from "../../src/registry/index.js";
import { erfc } from "../../src/special/index.js";

const table = measureActivations();
const row = (id: string) => table.find((r) => r.id === id)!;
const close = (a: number, b: number, tol: number) =>
  a === b || Math.abs(a - b) <= tol * Math.max(1, Math.abs(b));

describe("measureActivations", () => {
  it("measureActivations() has one row per activation of the post's table, then geglu and swiglu", () => {
    expect(table.map((r) => r.id)).toEqual([
      "sigmoid",
      "tanh",
      "relu",
      "leakyRelu",
      "elu",
      "swish",
      "gelu",
      "geglu",
      "swiglu",
    ]);
  });

  it("is deterministic: two calls give identical tables", () => {
    expect(measureActivations({ ids: ["relu", "geglu"] })).toEqual([row("relu"), row("geglu")]);
  });

  for (const id of ["sigmoid", "tanh", "relu", "leakyRelu", "elu", "swish", "gelu"] as const) {
    it(`${id}: measured range, f(0) and max |f′| agree with the registry's mpmath-derived claims`, () => {
      const { claims } = activations[id];
      const r = row(id);
      expect(close(r.range.min, claims.range.min, 1e-13), `min ${r.range.min} vs ${claims.range.min}`).toBe(
        true,
      );
      expect(close(r.range.max, claims.range.max, 1e-13), `max ${r.range.max} vs ${claims.range.max}`).toBe(
        true,
      );
      expect(r.valueAtZero).toBe(claims.valueAtZero);
      expect(
        close(r.maxAbsGrad, claims.maxAbsGrad, 1e-13),
        `max|f′| ${r.maxAbsGrad} vs ${claims.maxAbsGrad}`,
      ).toBe(true);
    });
  }

  it("mean outputs for N(0, 1) input match closed forms: E[relu] = 1/√(2π), E[gelu] = 1/(2√π), E[σ] = 1/2, E[tanh] = 0", () => {
    expect(row("relu").meanNormal).toBeCloseTo(1 / Math.sqrt(2 * Math.PI), 7);
    expect(row("leakyRelu").meanNormal).toBeCloseTo(0.99 / Math.sqrt(2 * Math.PI), 7);
    expect(row("gelu").meanNormal).toBeCloseTo(1 / (2 * Math.sqrt(Math.PI)), 10);
    expect(row("sigmoid").meanNormal).toBeCloseTo(0.5, 12);
    expect(row("tanh").meanNormal).toBeCloseTo(0, 12);
    expect(row("geglu").meanNormal).toBeCloseTo(0, 12);
  });

  it("the share of N(0, 1) inputs with |f′| < 0.01 matches closed forms: P(|X| > x₀) where f′(x₀) = 0.01", () => {
    // σ′ = s(1 − s) = 0.01 at s = (1 + √0.96)/2; tanh′ = 1 − t² = 0.01 at t = √0.99
    const s = (1 + Math.sqrt(0.96)) / 2;
    const sigmoidX0 = Math.log(s / (1 - s));
    const tanhX0 = Math.atanh(Math.sqrt(0.99));
    expect(row("sigmoid").smallGradShare).toBeCloseTo(erfc(sigmoidX0 / Math.SQRT2), 7);
    expect(row("tanh").smallGradShare).toBeCloseTo(erfc(tanhX0 / Math.SQRT2), 5);
    expect(row("relu").smallGradShare).toBeCloseTo(0.5, 12);
    expect(row("leakyRelu").smallGradShare).toBe(0); // |f′| = 0.01 on the left: not below 0.01
  });

  it("a gated unit's small-gradient share agrees with a seeded Monte Carlo estimate", () => {
    const { f, df } = activations[gatedUnits.geglu.gate];
    const rng = new Rng(1);
    const n = 200_000;
    let hits = 0;
    for (let i = 0; i < n; i++) {
      const [u, v] = [rng.normal(), rng.normal()];
      if (Math.abs(f(v)) < 0.01 && Math.abs(u * df(v)) < 0.01) hits++;
    }
    const p = row("geglu").smallGradShare;
    expect(Math.abs(hits / n - p)).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n));
    expect(row("geglu").range).toEqual({ min: -Infinity, max: Infinity });
    expect(row("swiglu").maxAbsGrad).toBe(Infinity);
  });

  it("inputGradientRatio is ‖∂L/∂x‖ / ‖∂L/∂(output layer's input)‖: exactly 1 with no hidden layer (depth 0)", () => {
    for (const r of measureActivations({ ids: ["sigmoid", "relu", "geglu"], depth: 0 }))
      expect(r.inputGradientRatio, r.id).toBe(1);
  });

  it("sigmoid's gradient vanishes over 10 Glorot layers: each passes at most √E[σ′²] ≤ 0.25 of it, 0.25¹⁰ ≈ 1e−6", () => {
    // Glorot on square layers has n·Var(w) = 1, so E‖Wᵀ(g ⊙ σ′)‖² = ‖g ⊙ σ′‖² ≤ (1/16)‖g‖²
    expect(row("sigmoid").inputGradientRatio).toBeLessThan(1e-5);
    expect(row("tanh").inputGradientRatio).toBeGreaterThan(1e4 * row("sigmoid").inputGradientRatio);
    expect(row("relu").inputGradientRatio).toBeGreaterThan(1e4 * row("sigmoid").inputGradientRatio);
  });

  it("ReLU and Leaky ReLU under He keep the gradient's size (He et al. 2015: ½·n·Var(w) = 1 per layer)", () => {
    // the expectation of the squared ratio is 1; five networks of width 32 land within a factor 2
    for (const id of ["relu", "leakyRelu"]) {
      expect(row(id).inputGradientRatio, id).toBeGreaterThan(0.5);
      expect(row(id).inputGradientRatio, id).toBeLessThan(2);
    }
  });

  it("GEGLU and SwiGLU in pre-norm residual blocks pass at least the gradient that reaches them (the identity path)", () => {
    for (const id of ["geglu", "swiglu"]) expect(row(id).inputGradientRatio, id).toBeGreaterThan(1);
  });

  it("only ReLU has dead units after the short training; smooth activations never have exactly zero slope", () => {
    expect(row("relu").deadShare).toBeGreaterThan(0);
    for (const id of ["sigmoid", "tanh", "leakyRelu", "elu", "swish", "gelu"])
      expect(row(id).deadShare).toBe(0);
  });

  it("measureActivations rejects a repeat count that would average nothing, naming it", () => {
    expect(() => measureActivations({ ids: ["relu"], repeats: 0 })).toThrow(
      "measureActivations: repeats must be an integer in [1, 100], got 0",
    );
  });

  it("measureActivations rejects an unknown id, naming it", () => {
    expect(() => measureActivations({ ids: ["maxout" as "relu"] })).toThrow(
      'measureActivations: ids must hold activation or gated unit ids, got "maxout"',
    );
  });
});
