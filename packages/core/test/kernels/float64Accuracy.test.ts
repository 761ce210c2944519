// The float64 kernels against the scalar functions' mpmath fixtures (test/fixtures, correctly
// rounded doubles): within 1 ULP in every regime, and zeros with the expected sign (underflow
// included), whatever path the kernel takes.
import { describe, expect, it } from "vitest";
import { activationBackward, activationForward } from "../../src/kernels/index.js";
import type { ActivationId } from "../../src/registry/index.js";
import { describeFailure, describeWrongZeroSign, measure } from "../fixtures/accuracy.js";

// fixture file → the kernel that computes it (β of a swish fixture is its param)
const forwardFixtures: Partial<Record<string, ActivationId>> = {
  sigmoid: "sigmoid",
  tanh: "tanh",
  elu: "elu",
  swish: "swish",
  gelu: "gelu",
  geluTanh: "geluTanh",
  softplus: "softplus",
};
const backwardFixtures: Partial<Record<string, ActivationId>> = {
  sigmoidGrad: "sigmoid",
  tanhGrad: "tanh",
  eluGrad: "elu",
  swishGrad: "swish",
  geluGrad: "gelu",
  geluTanhGrad: "geluTanh",
};

// One element at a time through the kernel, so a fixture's points need no batching logic
const x = new Float64Array(1);
const dy = Float64Array.of(1);
const out = new Float64Array(1);

function kernelOf(id: ActivationId, pass: "forward" | "backward") {
  return (v: number, param?: number) => {
    x[0] = v;
    if (pass === "forward") activationForward(id, x, { param, out });
    else activationBackward(id, x, dy, { param, out });
    return out[0];
  };
}

describe("float64 kernels against the scalar mpmath fixtures", () => {
  for (const [pass, fixtures] of [
    ["forward", forwardFixtures],
    ["backward", backwardFixtures],
  ] as const) {
    for (const [name, id] of Object.entries(fixtures)) {
      if (id === undefined) continue;
      it(`${id} ${pass} is within 1 ULP of ${name}'s fixtures, zeros signed as expected`, () => {
        for (const c of measure(name, kernelOf(id, pass))) {
          expect(c.maxUlp, describeFailure(`${id} ${pass}`, c, 1)).toBeLessThanOrEqual(1);
          expect(c.wrongZeroSign, describeWrongZeroSign(`${id} ${pass}`, c)).toBeUndefined();
        }
      });
    }
  }
});
