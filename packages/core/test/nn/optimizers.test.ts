import { describe, expect, it } from "vitest";
import { adam } from "../../src/nn/adam.js";
import type { Param } from "../../src/nn/param.js";
import { sgd } from "../../src/nn/sgd.js";

function param(value: number, weightDecay = true): Param {
  return { name: "p", value: Float64Array.of(value), grad: new Float64Array(1), weightDecay };
}

function run(step: (p: Param[]) => void, p: Param, grads: number[]): number[] {
  return grads.map((g) => {
    p.grad[0] = g;
    step([p]);
    return p.value[0];
  });
}

describe("sgd", () => {
  it("sgd({ learningRate: 0.1 }) steps p − η·g", () => {
    const opt = sgd({ learningRate: 0.1 });
    expect(run(opt.step, param(1), [2, -1])).toEqual([0.8, 0.9]);
  });

  it("sgd with momentum 0.9 accumulates v ← 0.9·v + g (worked by hand: 1 → 0.8 → 0.42)", () => {
    const opt = sgd({ learningRate: 0.1, momentum: 0.9 });
    const [p1, p2] = run(opt.step, param(1), [2, 2]);
    expect(p1).toBe(0.8);
    expect(p2).toBeCloseTo(0.42, 15); // v = 0.9·2 + 2 = 3.8, 0.8 − 0.38
  });

  it("sgd's weight decay adds λ·p to the gradient, except on parameters that opt out", () => {
    const opt = sgd({ learningRate: 0.1, weightDecay: 0.5 });
    expect(run(opt.step, param(1), [2])).toEqual([0.75]); // g = 2 + 0.5·1
    expect(run(opt.step, param(1, false), [2])).toEqual([0.8]);
  });

  it("sgd rejects a non-finite or negative learning rate and momentum outside [0, 1)", () => {
    expect(() => sgd({ learningRate: Number.NaN })).toThrow(
      "sgd: learningRate must be a finite number ≥ 0, got NaN",
    );
    expect(() => sgd({ learningRate: 0.1, momentum: 1 })).toThrow(
      "sgd: momentum must be a finite number in [0, 1), got 1",
    );
    expect(() => sgd({ learningRate: 0.1, weightDecay: -1 })).toThrow(
      "weightDecay must be a finite number ≥ 0, got -1",
    );
  });
});

describe("adam", () => {
  it("adam's first three steps match a hand computation (Python, float64)", () => {
    const opt = adam({ learningRate: 0.1 });
    const got = run(opt.step, param(1), [2, -1, 0.5]);
    // m, v, bias corrections and the update computed step by step in Python
    expect(got[0]).toBe(0.9000000005);
    expect(got[1]).toBeCloseTo(0.8733662967024315, 15);
    expect(got[2]).toBeCloseTo(0.8393233821389426, 15);
  });

  it("adam's first step moves each weight by about η whatever the gradient's scale", () => {
    const opt = adam({ learningRate: 0.01 });
    const a = param(0);
    const b = param(0);
    a.grad[0] = 1e-3;
    b.grad[0] = -1e3;
    opt.step([a, b]);
    expect(a.value[0]).toBeCloseTo(-0.01, 6);
    expect(b.value[0]).toBeCloseTo(0.01, 12);
  });

  it("adam's weight decay is an L2 term in the gradient, skipped for parameters that opt out", () => {
    // one step with g = 2 + 0.5·1 = 2.5 has the same sign and size as g = 2 in Adam's first step
    const decayed = param(1);
    decayed.grad[0] = -2.5; // with decay: g = −2.5 + 0.5 = −2 … still moves by η
    const opt = adam({ learningRate: 0.1, weightDecay: 0.5 });
    opt.step([decayed]);
    expect(decayed.value[0]).toBeCloseTo(1.1, 8);
    const cancelled = param(1);
    cancelled.grad[0] = -0.5; // g = −0.5 + 0.5 = 0: no move
    adam({ learningRate: 0.1, weightDecay: 0.5 }).step([cancelled]);
    expect(cancelled.value[0]).toBe(1);
    const optOut = param(1, false);
    optOut.grad[0] = -0.5; // no decay: moves by η
    adam({ learningRate: 0.1, weightDecay: 0.5 }).step([optOut]);
    expect(optOut.value[0]).toBeCloseTo(1.1, 8);
  });

  it("adam rejects beta1 outside [0, 1), naming it", () => {
    expect(() => adam({ beta1: 1 })).toThrow("adam: beta1 must be a finite number in [0, 1), got 1");
    expect(() => adam({ epsilon: Number.POSITIVE_INFINITY })).toThrow(
      "adam: epsilon must be a finite number ≥ 0, got Infinity",
    );
  });
});

describe("optimiser hyper-parameters", () => {
  it("a NaN learning rate is a RangeError and a string one a TypeError, each naming it", () => {
    expect(() => adam({ learningRate: Number.NaN })).toThrow(
      new RangeError("adam: learningRate must be a finite number ≥ 0, got NaN"),
    );
    expect(() => sgd({ learningRate: "0.1" as unknown as number })).toThrow(
      new TypeError('sgd: learningRate must be a finite number ≥ 0, got "0.1"'),
    );
    expect(() => sgd(null as unknown as { learningRate: number })).toThrow(
      new TypeError("sgd: options must be an object, got null"),
    );
  });
});

describe("optimiser steps", () => {
  it("a step rejects params that are not an array of Params, naming the optimiser and the param, before changing any", () => {
    const p = { name: "w", value: Float64Array.of(1), grad: Float64Array.of(2), weightDecay: true };
    const bad = { name: "v", value: Float64Array.of(1, 2), grad: Float64Array.of(1), weightDecay: true };
    for (const [optimizer, where] of [
      [sgd({ learningRate: 0.1 }), "sgd step"],
      [adam(), "adam step"],
    ] as const) {
      expect(() => optimizer.step(null as unknown as Param[])).toThrow(
        new TypeError(`${where}: params must be an array of Params, got null`),
      );
      expect(() => optimizer.step([p, bad])).toThrow(
        new RangeError(`${where}: params[1].grad must have length 2, got 1`),
      );
      expect(p.value[0]).toBe(1);
    }
  });
});
