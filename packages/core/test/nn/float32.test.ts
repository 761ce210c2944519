// The float32 path against the float64 one, an independent reference: the same network, data and
// seeds trained in each precision must stay within the tolerances below, and float32 models reject
// float64 arrays (and mixed models) by name. fallback.test.ts and simdBuild.test.ts run this file
// again without WebAssembly and in the SIMD build.
import { describe, expect, it } from "vitest";
import * as nn from "../../src/nn/index.js";

/**
 * Measured on this suite's runs, 300 Adam steps of a 2-16-16-2 net: loss curves within 5·10^-6
 * relative and weights within 6·10^-6 of float64's (float32's ε is 1.2·10^-7, so float32 keeps
 * about 6 of its 7 digits over the run). The tolerances leave a factor of 4 to 20.
 */
const LOSS_TOLERANCE = 2e-5;
const WEIGHT_TOLERANCE = 2.5e-5;

const data = nn.spirals({ points: 200, arms: 2, noise: 0.05, seed: 1 });
const units = [
  "tanh",
  "relu",
  "gelu",
  "sigmoid",
  "elu",
  "softplus",
  "silu",
  "mish",
  "geglu",
  "swiglu",
] as const;

/** Trains the 2-16-16-2 net of `activation` in `dtype`: its set-loss curve, accuracy and weights. */
function run(dtype: nn.Dtype, activation: nn.MlpOptions["activation"]) {
  const model = nn.mlp({ sizes: [2, 16, 16, 2], activation, seed: 2, dtype });
  const history = nn.train(model, {
    data,
    loss: nn.softmaxCrossEntropy,
    optimizer: nn.adam({ learningRate: 0.01 }),
    epochs: 30,
    batchSize: 20,
    seed: 3,
    stepStats: false,
  });
  return {
    model,
    losses: history.epochs.map((e) => e.setLoss),
    accuracy: history.epochs.at(-1)?.accuracy,
    weights: model.params.flatMap((p) => Array.from(p.value)),
  };
}

describe("float32 training", () => {
  it("mlp({ dtype: 'float32' }) starts from the float64 model's weights, rounded to float32", () => {
    const f64 = nn.mlp({ sizes: [2, 8, 8, 2], activation: "swiglu", seed: 5 });
    const f32 = nn.mlp({ sizes: [2, 8, 8, 2], activation: "swiglu", seed: 5, dtype: "float32" });
    expect(f32.dtype).toBe("float32");
    f32.params.forEach((p, i) => {
      expect(p.value).toBeInstanceOf(Float32Array);
      expect(p.grad).toBeInstanceOf(Float32Array);
      expect(Array.from(p.value)).toEqual(Array.from(f64.params[i].value, Math.fround));
    });
  });

  for (const activation of units) {
    // a gated unit's layers run plain JS loops (src/glu): seconds on a busy machine
    it(`${activation}: 300 Adam steps in float32 stay within ${LOSS_TOLERANCE} (relative) of float64's loss curve and ${WEIGHT_TOLERANCE} of its weights`, () => {
      const f64 = run("float64", activation);
      const f32 = run("float32", activation);
      f64.losses.forEach((loss, epoch) => {
        const error = Math.abs(f32.losses[epoch] - loss) / loss;
        expect(error, `epoch ${epoch + 1}: float32 ${f32.losses[epoch]}, float64 ${loss}`).toBeLessThan(
          LOSS_TOLERANCE,
        );
      });
      f64.weights.forEach((w, i) => {
        expect(Math.abs(f32.weights[i] - w), `weight ${i}`).toBeLessThan(WEIGHT_TOLERANCE);
      });
      expect(f32.accuracy).toBe(f64.accuracy);
    }, 30_000);
  }

  it("learnable PReLU and Swish layers, sgd with momentum and a pre-norm residual block train in float32 as in float64", () => {
    const build = <D extends nn.Dtype>(dtype: D) =>
      new nn.Sequential<D>([
        new nn.Dense({ inputSize: 2, outputSize: 8, seed: 1, dtype }),
        new nn.PReLU({ size: 8, perUnit: true, dtype }),
        new nn.PreNormResidual<D>([
          new nn.Dense({ inputSize: 8, outputSize: 8, activation: "relu", seed: 2, dtype }),
          new nn.Swish({ size: 8, dtype }),
        ]),
        new nn.Dense({ inputSize: 8, outputSize: 2, seed: 3, dtype }),
      ]);
    const trainIn = <D extends nn.Dtype>(model: nn.Sequential<D>) =>
      nn.train(model, {
        data,
        loss: nn.softmaxCrossEntropy,
        optimizer: nn.sgd({ learningRate: 0.05, momentum: 0.9 }),
        epochs: 10,
        batchSize: 25,
        seed: 4,
      });
    const [f64, f32] = [build("float64"), build("float32")];
    const [h64, h32] = [trainIn(f64), trainIn(f32)];
    h64.epochs.forEach((e, i) => {
      expect(Math.abs(h32.epochs[i].setLoss - e.setLoss) / e.setLoss).toBeLessThan(LOSS_TOLERANCE);
    });
    expect(f32.outputs.every((out) => out instanceof Float32Array)).toBe(true);
    expect(Math.abs(f32.params[1].value[0] - f64.params[1].value[0])).toBeLessThan(WEIGHT_TOLERANCE); // α
  });

  it("a float32 model's predict and inspect take and give Float32Arrays", () => {
    const model = nn.mlp({ sizes: [2, 4, 2], activation: "tanh", seed: 1, dtype: "float32" });
    expect(model.predict(Float32Array.of(0.5, -0.5))).toBeInstanceOf(Float32Array);
    const { loss, accuracy } = nn.inspect(model, { data, loss: nn.softmaxCrossEntropy });
    const twin = nn.mlp({ sizes: [2, 4, 2], activation: "tanh", seed: 1 });
    for (const [i, p] of twin.params.entries()) p.value.set(model.params[i].value); // the same (float32) weights
    const reference = nn.inspect(twin, {
      data: { ...data, x: data.x.map(Math.fround) },
      loss: nn.softmaxCrossEntropy,
    });
    expect(Math.abs(loss - reference.loss) / reference.loss).toBeLessThan(1e-6);
    expect(accuracy).toBe(reference.accuracy);
  });
});

describe("mixed precision", () => {
  const f32 = nn.mlp({ sizes: [2, 3, 2], activation: "relu", dtype: "float32" });

  it("a float32 model rejects a Float64Array input, naming the layer", () => {
    // @ts-expect-error: the types already refuse it
    expect(() => f32.forward(new Float64Array(2), 1)).toThrow(
      new TypeError("dense 2→3 relu: input must be a Float32Array, got Float64Array(2)"),
    );
    // @ts-expect-error: likewise
    expect(() => f32.predict(new Float64Array(2))).toThrow(
      new TypeError("Sequential.predict: x must be a Float32Array, got Float64Array(2)"),
    );
  });

  it("Sequential rejects layers of two dtypes, naming both", () => {
    const layers = [
      new nn.Dense({ inputSize: 2, outputSize: 3, activation: "tanh", dtype: "float32" }),
      new nn.Dense({ inputSize: 3, outputSize: 2 }),
    ];
    expect(() => new nn.Sequential(layers as nn.Layer<"float32">[])).toThrow(
      new TypeError(
        "Sequential: layer 1 (dense 3→2) is float64, but layer 0 (dense 2→3 tanh) is float32: every layer must have one dtype",
      ),
    );
  });

  it("a loss rejects a target or grad of the other precision, and an optimiser a grad unlike its value", () => {
    expect(() => nn.softmaxCrossEntropy(new Float32Array(2), new Float64Array(1) as never)).toThrow(
      new TypeError("softmaxCrossEntropy: target must be a Float32Array, got Float64Array(1)"),
    );
    expect(() =>
      nn.meanSquaredError(new Float64Array(2), new Float64Array(2), new Float32Array(2) as never),
    ).toThrow(new TypeError("meanSquaredError: grad must be a Float64Array, got Float32Array(2)"));
    const param = { name: "w", value: new Float32Array(2), grad: new Float64Array(2), weightDecay: true };
    expect(() => nn.adam().step([param])).toThrow(
      new TypeError("adam step: params[0].grad must be a Float32Array, got Float64Array(2)"),
    );
  });

  it("dtype must be float32 or float64", () => {
    expect(() => nn.mlp({ sizes: [2, 2], activation: "relu", dtype: "float16" as nn.Dtype })).toThrow(
      new TypeError('mlp: dtype must be "float32" or "float64", got "float16"'),
    );
    expect(() => new nn.Dense({ inputSize: 1, outputSize: 1, dtype: 32 as unknown as nn.Dtype })).toThrow(
      new TypeError('Dense: dtype must be "float32" or "float64", got 32'),
    );
  });
});
