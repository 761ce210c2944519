// The float64 kernels against the scalar functions' mpmath fixtures (test/fixtures, correctly
// rounded doubles): within 1 ULP in every regime, and zeros with the expected sign (underflow
// included), whatever path the kernel takes.
import { describe, expect, it } from "vitest";
import { activationBackward, activationForward } from "../../src/kernels/index.js";
import type { ActivationId } from "../../src/registry/index.js";
import { describeFailure, describeWrongZeroSign, measure } from "../fixtures/accuracy.js";

// Each kernel's scalar fixture files, forward and backward (keyed by id: a new activation without
// them is a type error), or why it has none; β of a swish fixture is its param.
const kernelFixtures: Record<ActivationId, { forward: string; backward?: string } | `no fixture: ${string}`> =
  {
    sigmoid: { forward: "sigmoid", backward: "sigmoidGrad" },
    tanh: { forward: "tanh", backward: "tanhGrad" },
    relu: { forward: "relu", backward: "reluGrad" },
    leakyRelu: { forward: "leakyRelu", backward: "leakyReluGrad" },
    prelu: { forward: "prelu", backward: "preluGrad" },
    elu: { forward: "elu", backward: "eluGrad" },
    swish: { forward: "swish", backward: "swishGrad" },
    silu: { forward: "silu", backward: "siluGrad" },
    gelu: { forward: "gelu", backward: "geluGrad" },
    geluTanh: { forward: "geluTanh", backward: "geluTanhGrad" },
    softplus: { forward: "softplus", backward: "softplusGrad" },
    mish: { forward: "mish", backward: "mishGrad" },
    hardSwish: { forward: "hardSwish", backward: "hardSwishGrad" },
  };
const withFixtures = Object.entries(kernelFixtures).flatMap(([id, f]) =>
  typeof f === "string" ? [] : [[id, f] as const],
);

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
  for (const [key, { forward, backward }] of withFixtures) {
    const id = key as ActivationId;
    for (const [pass, name] of [
      ["forward", forward],
      ["backward", backward],
    ] as const) {
      if (name === undefined) continue;
      it(`${id} ${pass} is within 1 ULP of ${name}'s fixtures, zeros signed as expected`, () => {
        for (const c of measure(name, kernelOf(id, pass))) {
          expect(c.maxUlp, describeFailure(`${id} ${pass}`, c, 1)).toBeLessThanOrEqual(1);
          expect(c.wrongZeroSign, describeWrongZeroSign(`${id} ${pass}`, c)).toBeUndefined();
        }
      });
    }
  }
});
