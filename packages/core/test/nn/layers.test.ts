import { describe, expect, it } from "vitest";
import { Dense } from "../../src/nn/dense.js";
import { GatedFeedForwardLayer } from "../../src/nn/gatedFeedForwardLayer.js";
import type { Layer } from "../../src/nn/layer.js";
import { mlp } from "../../src/nn/mlp.js";
import { PReLU } from "../../src/nn/prelu.js";
import { Rng } from "../../src/nn/rng.js";
import { Sequential } from "../../src/nn/sequential.js";
import { sgd } from "../../src/nn/sgd.js";
import { Swish } from "../../src/nn/swish.js";
import { type ActivationId, activationIds, activations } from "../../src/registry/index.js";
import { dot, GRADIENT_TOLERANCE, gradientError } from "./gradientCheck.js";

const rng = new Rng(30);
const random = (n: number, std = 1) => Float64Array.from({ length: n }, () => rng.normal(0, std));

type Model = Pick<Layer, "forward" | "backward" | "params" | "inputSize" | "outputSize">;

/** Checks ∂L/∂x and every parameter's gradient of L = Σ r ⊙ model(x) against central differences. */
function checkGradients(model: Model, rows = 4): void {
  const x = random(rows * model.inputSize);
  const r = random(rows * model.outputSize);
  model.forward(x, rows);
  const dx = model.backward(r).slice();
  const grads = model.params.map((p) => p.grad.slice());
  const loss = () => dot(r, model.forward(x, rows));
  expect(gradientError(loss, x, dx), "input").toBeLessThan(GRADIENT_TOLERANCE);
  model.params.forEach((p, i) => {
    expect(gradientError(loss, p.value, grads[i]), p.name).toBeLessThan(GRADIENT_TOLERANCE);
  });
}

describe("Dense", () => {
  for (const activation of [null, ...activationIds] as (ActivationId | null)[]) {
    it(`Dense with ${activation ?? "no"} activation: ∂x, ∂W and ∂b match central differences`, () => {
      // biases non-zero so that kinks are not hit by every row at once
      checkGradients(
        new Dense({
          inputSize: 3,
          outputSize: 5,
          activation,
          seed: rng.split(),
          biasInit: (t) => {
            t.set(random(t.length));
            return t;
          },
        }),
      );
    });
  }

  it("Dense computes f(xW + b) with W laid out [inputSize × outputSize]", () => {
    const layer = new Dense({ inputSize: 2, outputSize: 2, activation: "tanh" });
    layer.weight.value.set([1, 2, 3, 4]);
    layer.bias.value.set([0.5, -0.5]);
    const y = layer.forward(Float64Array.of(1, 1), 1);
    expect([...y]).toEqual([activations.tanh.f(1 + 3 + 0.5), activations.tanh.f(2 + 4 - 0.5)]);
  });

  it("Dense passes a fixed parameter to its activation", () => {
    const layer = new Dense({
      inputSize: 1,
      outputSize: 1,
      activation: "leakyRelu",
      param: 0.2,
      init: (t) => t.fill(1),
    });
    expect([...layer.forward(Float64Array.of(-2), 1)]).toEqual([-0.4]);
  });

  it("Dense rejects unknown activations, a parameter for a parameterless one, and inputs of the wrong size", () => {
    expect(() => new Dense({ inputSize: 2, outputSize: 2, activation: "maxout" as ActivationId })).toThrow(
      `Dense: activation must be one of ${activationIds.join(", ")}, got "maxout"`,
    );
    expect(() => new Dense({ inputSize: 2, outputSize: 2, activation: "relu", param: 1 })).toThrow(
      "Dense: activation relu takes no parameter, got param 1",
    );
    expect(() => new Dense({ inputSize: 0, outputSize: 2 })).toThrow(
      "Dense: inputSize must be an integer ≥ 1, got 0",
    );
    const layer = new Dense({ inputSize: 2, outputSize: 2 });
    expect(() => layer.forward(new Float64Array(5), 2)).toThrow(
      "dense 2→2: input must hold rows × 2 numbers, got 5 for 2 rows",
    );
  });
});

describe("PReLU", () => {
  it("PReLU with one shared α: ∂x and ∂α match central differences", () => {
    checkGradients(new PReLU({ size: 5, alpha: 0.2 }));
  });
  it("PReLU with one α per unit: ∂x and every ∂α match central differences", () => {
    const layer = new PReLU({ size: 5, perUnit: true });
    layer.alpha.value.set([0.1, 0.2, 0.3, -0.4, 1.5]);
    checkGradients(layer);
  });
  it("PReLU per unit uses α[j] for unit j of every row", () => {
    const layer = new PReLU({ size: 2, perUnit: true });
    layer.alpha.value.set([0.1, 0.5]);
    expect([...layer.forward(Float64Array.of(-1, -1, -2, 3), 2)]).toEqual([-0.1, -0.5, -0.2, 3]);
  });
  it("PReLU's α is excluded from weight decay, as PyTorch advises: a decaying step leaves it, but shrinks weights", () => {
    const prelu = new PReLU({ size: 3 });
    const dense = new Dense({ inputSize: 3, outputSize: 3, init: (t) => t.fill(1) });
    expect(prelu.alpha.weightDecay).toBe(false);
    sgd({ learningRate: 0.1, weightDecay: 0.5 }).step([...prelu.params, ...dense.params]); // every grad is 0
    expect(prelu.alpha.value[0]).toBe(0.25);
    expect(dense.weight.value[0]).toBe(0.95);
  });
});

describe("Swish", () => {
  for (const beta of [1, 0.5, 2.5]) {
    it(`Swish with learnable β = ${beta}: ∂x and ∂β match central differences`, () => {
      checkGradients(new Swish({ size: 4, beta }));
    });
  }
  it("Swish with learnable: false has no parameters", () => {
    expect(new Swish({ size: 4, learnable: false }).params).toEqual([]);
  });
});

describe("GatedFeedForwardLayer", () => {
  for (const gate of ["gelu", "swish", "sigmoid"] as const) {
    it(`GatedFeedForwardLayer with gate ${gate}: ∂x, ∂W, ∂b, ∂V, ∂c match central differences`, () => {
      const layer = new GatedFeedForwardLayer({ inputSize: 3, hiddenSize: 4, gate, seed: rng.split() });
      layer.b.value.set(random(4));
      layer.c.value.set(random(4));
      checkGradients(layer);
    });
  }
});

describe("Sequential", () => {
  it("a Sequential of every layer kind: gradients flow through all of them (central differences)", () => {
    const model = new Sequential([
      new Dense({ inputSize: 3, outputSize: 6, seed: 1 }),
      new PReLU({ size: 6, perUnit: true }),
      new GatedFeedForwardLayer({ inputSize: 6, hiddenSize: 5, gate: "swish", seed: 2 }),
      new Swish({ size: 5, beta: 1.3 }),
      new Dense({ inputSize: 5, outputSize: 2, activation: "elu", seed: 3 }),
    ]);
    checkGradients(model);
  });

  it("Sequential rejects layers whose sizes do not chain, naming both", () => {
    expect(
      () =>
        new Sequential([
          new Dense({ inputSize: 2, outputSize: 3 }),
          new Dense({ inputSize: 4, outputSize: 1 }),
        ]),
    ).toThrow("Sequential: layer 1 (dense 4→1) takes 4 inputs, but layer 0 (dense 2→3) gives 3");
  });

  it("mlp builds hidden layers of the activation and a linear output; the same seed gives the same weights", () => {
    const a = mlp({ sizes: [2, 8, 8, 3], activation: "gelu", seed: 5 });
    expect(a.layers.map((l) => l.label)).toEqual(["dense 2→8 gelu", "dense 8→8 gelu", "dense 8→3"]);
    const b = mlp({ sizes: [2, 8, 8, 3], activation: "gelu", seed: 5 });
    expect(b.params.map((p) => [...p.value])).toEqual(a.params.map((p) => [...p.value]));
    expect(mlp({ sizes: [2, 4, 1], activation: "swiglu" }).layers[0].label).toBe("swiglu 2→4");
    expect(() => mlp({ sizes: [2, 4, 1], activation: "maxout" as ActivationId })).toThrow(
      "mlp: activation must be a registered",
    );
  });

  it("mlp takes one activation per hidden layer, each layer's weights the same as with a single activation", () => {
    const mixed = mlp({
      sizes: [2, 8, 8, 8, 2],
      activation: ["sigmoid", "relu", { unit: "elu", param: 0.5 }],
      seed: 5,
    });
    expect(mixed.layers.map((l) => l.label)).toEqual([
      "dense 2→8 sigmoid",
      "dense 8→8 relu",
      "dense 8→8 elu",
      "dense 8→2",
    ]);
    expect((mixed.layers[2] as Dense).param).toBe(0.5);
    // layer i draws from the i-th split whatever the activations: same seed, same weights
    const uniform = mlp({ sizes: [2, 8, 8, 8, 2], activation: "tanh", seed: 5 });
    expect(mixed.params.map((p) => [...p.value])).toEqual(uniform.params.map((p) => [...p.value]));
  });

  it("mlp makes a learnable prelu a linear Dense and a PReLU layer, a learnable swish a Dense and a Swish layer", () => {
    const model = mlp({
      sizes: [2, 4, 4, 1],
      activation: [
        { unit: "prelu", param: 0.1, learnable: true },
        { unit: "swish", learnable: true },
      ],
      seed: 3,
    });
    expect(model.layers.map((l) => l.label)).toEqual([
      "dense 2→4",
      "prelu 4",
      "dense 4→4",
      "swish 4 learnable β",
      "dense 4→1",
    ]);
    expect((model.layers[1] as PReLU).alpha.value[0]).toBe(0.1);
    expect((model.layers[3] as Swish).beta.value[0]).toBe(activations.swish.param!.default);
    // the same function as the fixed-parameter network at initialisation
    const fixed = mlp({ sizes: [2, 4, 4, 1], activation: [{ unit: "prelu", param: 0.1 }, "swish"], seed: 3 });
    const x = random(2 * 5);
    expect([...model.predict(x)]).toEqual([...fixed.predict(x)]);
    checkGradients(model);
  });

  it("mlp rejects a list of the wrong length, an unknown unit, a learnable unit without a parameter and a param beside a list", () => {
    expect(() => mlp({ sizes: [2, 4, 4, 1], activation: ["relu"] })).toThrow(
      "mlp: activation must list one unit per hidden layer (2), got 1",
    );
    expect(() => mlp({ sizes: [2, 4, 1], activation: ["maxout" as ActivationId] })).toThrow(
      'mlp: activation[0] must be a registered activation id, "geglu" or "swiglu", got "maxout"',
    );
    expect(() => mlp({ sizes: [2, 4, 1], activation: [{ unit: "relu", learnable: true }] })).toThrow(
      'mlp: activation[0] can be learnable only for "prelu" or "swish", got "relu"',
    );
    expect(() => mlp({ sizes: [2, 4, 1], activation: ["elu"], param: 0.5 })).toThrow(
      "mlp: param goes in each layer's { unit, param } when activation is a list, got param 0.5",
    );
  });
});

describe("mlp sizes", () => {
  it("mlp refuses a network over 2^27 parameters with a RangeError before allocating it, instead of being killed", () => {
    expect(() => mlp({ sizes: [2, 1e9, 1], activation: "relu" })).toThrow(
      new RangeError(
        "mlp: sizes [2, 1000000000, 1] would give 4000000001 parameters, more than the limit 2^27 = 134217728",
      ),
    );
    expect(() => new Dense({ inputSize: 2 ** 14, outputSize: 2 ** 14 })).toThrow(
      /^Dense: .* more than the limit 2\^27/,
    );
  });
  it("mlp rejects a width that is not an integer ≥ 1, naming its position", () => {
    expect(() => mlp({ sizes: [2, 0.5, 1], activation: "relu" })).toThrow(
      new RangeError("mlp: sizes[1] must be an integer ≥ 1, got 0.5"),
    );
    expect(() => mlp({ sizes: [2, "8" as unknown as number, 1], activation: "relu" })).toThrow(
      new TypeError('mlp: sizes[1] must be an integer, got "8"'),
    );
  });
});

describe("Dense backward", () => {
  it("Dense.backward rejects an upstream gradient of the wrong length, naming the layer and dy", () => {
    const layer = new Dense({ inputSize: 2, outputSize: 3, seed: 1 });
    layer.forward(Float64Array.of(1, 2), 1);
    expect(() => layer.backward(new Float64Array(2))).toThrow(
      new RangeError("dense 2→3: dy must have length 3, got 2"),
    );
  });
});
