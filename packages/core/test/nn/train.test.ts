import { describe, expect, it } from "vitest";
import { adam } from "../../src/nn/adam.js";
import { binaryCrossEntropyWithLogits } from "../../src/nn/binaryCrossEntropyWithLogits.js";
import type { Dataset } from "../../src/nn/dataset.js";
import { Dense } from "../../src/nn/dense.js";
import { meanSquaredError } from "../../src/nn/meanSquaredError.js";
import { mlp } from "../../src/nn/mlp.js";
import { points } from "../../src/nn/points.js";
import { PReLU } from "../../src/nn/prelu.js";
import { regression1d } from "../../src/nn/regression1d.js";
import { Sequential } from "../../src/nn/sequential.js";
import { sgd } from "../../src/nn/sgd.js";
import { softmaxCrossEntropy } from "../../src/nn/softmaxCrossEntropy.js";
import { spirals } from "../../src/nn/spirals.js";
import { inspect, NonFiniteLossError, train } from "../../src/nn/train.js";
import { twoMoons } from "../../src/nn/twoMoons.js";
import { xor } from "../../src/nn/xor.js";

describe("train", () => {
  it("the same seeds give bit-identical histories; another shuffle seed gives another", () => {
    const run = (shuffleSeed: number) =>
      train(mlp({ sizes: [2, 16, 16, 2], activation: "gelu", seed: 7 }), {
        data: twoMoons({ points: 200, seed: 1 }),
        loss: softmaxCrossEntropy,
        optimizer: adam({ learningRate: 0.01 }),
        epochs: 5,
        batchSize: 16,
        seed: shuffleSeed,
      });
    const a = run(4);
    const b = run(4);
    expect(b).toEqual(a); // every loss and statistic, as float64 values (toEqual uses Object.is)
    expect(run(5).steps.map((s) => s.loss)).not.toEqual(a.steps.map((s) => s.loss));
  });

  it("train learns XOR with a small tanh network to full accuracy", () => {
    const history = train(mlp({ sizes: [2, 8, 1], activation: "tanh", seed: 1 }), {
      data: xor({ points: 200, noise: 0.1, seed: 1 }),
      loss: binaryCrossEntropyWithLogits,
      optimizer: adam({ learningRate: 0.05 }),
      epochs: 30,
    });
    expect(history.epochs.at(-1)!.accuracy).toBe(1);
  });

  it("train fits a 1-D regression with mean squared error (accuracy null)", () => {
    const history = train(mlp({ sizes: [1, 32, 1], activation: "tanh", seed: 1 }), {
      data: regression1d({ points: 100, noise: 0.05, seed: 2 }),
      loss: meanSquaredError,
      optimizer: adam({ learningRate: 0.02 }),
      epochs: 100,
      stepStats: false,
    });
    const last = history.epochs.at(-1)!;
    expect(last.accuracy).toBeNull();
    expect(last.setLoss).toBeLessThan(0.01);
    expect(history.steps[0].layers).toEqual([]);
  });

  it("train learns PReLU's α: it moves from its initial value", () => {
    const prelu = new PReLU({ size: 16, alpha: 0.25 });
    const model = new Sequential([
      new Dense({ inputSize: 2, outputSize: 16, seed: 1 }),
      prelu,
      new Dense({ inputSize: 16, outputSize: 2, seed: 2 }),
    ]);
    train(model, {
      data: spirals({ points: 200, seed: 1 }),
      loss: softmaxCrossEntropy,
      optimizer: adam({ learningRate: 0.01 }),
      epochs: 5,
    });
    expect(prelu.alpha.value[0]).not.toBe(0.25);
  });

  it("train's epoch statistics count dead ReLU units over the whole set", () => {
    const model = mlp({ sizes: [2, 8, 2], activation: "relu", seed: 1 });
    const dense = model.layers[0] as Dense;
    dense.bias.value.fill(-100); // every unit off for every input: all dead
    dense.bias.value[0] = 100; // but one
    const history = train(model, {
      data: twoMoons({ points: 50 }),
      loss: softmaxCrossEntropy,
      optimizer: sgd({ learningRate: 0 }),
      epochs: 1,
    });
    expect(history.epochs[0].layers[0].deadFraction).toBe(7 / 8);
    expect(history.steps[0].layers[0].deadFraction).toBe(7 / 8);
    expect(history.epochs[0].layers[1].deadFraction).toBe(0); // a linear layer has no dead units
  });

  it("train calls onEpoch after every epoch with its record", () => {
    const seen: number[] = [];
    train(mlp({ sizes: [2, 4, 2], activation: "relu" }), {
      data: xor({ points: 20 }),
      loss: softmaxCrossEntropy,
      optimizer: sgd({ learningRate: 0.1 }),
      epochs: 3,
      onEpoch: (record) => seen.push(record.epoch),
    });
    expect(seen).toEqual([1, 2, 3]);
  });

  it("a loss that becomes NaN stops training with an error naming the step and the layer", () => {
    const model = mlp({ sizes: [2, 4, 4, 2], activation: "relu", seed: 1 });
    const options = {
      data: xor({ points: 64 }),
      loss: softmaxCrossEntropy,
      optimizer: sgd({ learningRate: 0.1 }),
      epochs: 1,
      batchSize: 16,
    };
    (model.layers[1] as Dense).weight.value[3] = Number.NaN;
    expect(() => train(model, options)).toThrow(
      "train: loss is NaN at step 1 (epoch 1); the first non-finite value is in the output of layer 1 (dense 4→4 relu)",
    );
    try {
      train(model, options);
    } catch (error) {
      expect(error).toBeInstanceOf(NonFiniteLossError);
      expect((error as NonFiniteLossError).layer).toBe(1);
      expect((error as NonFiniteLossError).step).toBe(1);
    }
  });

  it("a learning rate that blows up names the step where the loss stopped being finite", () => {
    const model = mlp({ sizes: [1, 16, 1], activation: "relu", seed: 1 });
    const options = {
      data: regression1d({ points: 64 }),
      loss: meanSquaredError,
      optimizer: sgd({ learningRate: 1e6 }),
      epochs: 5,
    };
    expect(() => train(model, options)).toThrow(/^train: loss is (NaN|Infinity) at step \d+ \(epoch \d\); /);
  });

  it("continueOnNaN keeps training and records the non-finite losses", () => {
    const model = mlp({ sizes: [2, 4, 2], activation: "relu", seed: 1 });
    (model.layers[0] as Dense).weight.value[0] = Number.NaN;
    const history = train(model, {
      data: xor({ points: 64 }),
      loss: softmaxCrossEntropy,
      optimizer: sgd({ learningRate: 0.1 }),
      epochs: 2,
      continueOnNaN: true,
    });
    expect(history.steps).toHaveLength(4);
    expect(history.steps.every((s) => Number.isNaN(s.loss))).toBe(true);
  });

  it("train rejects data that does not fit the model and bad epochs or batch sizes", () => {
    const model = mlp({ sizes: [3, 4, 2], activation: "relu" });
    const base = { loss: softmaxCrossEntropy, optimizer: sgd({ learningRate: 0.1 }), epochs: 1 };
    expect(() => train(model, { ...base, data: xor() })).toThrow(
      "train: the model takes 3 inputs, but data xor has 2 features",
    );
    const fits = mlp({ sizes: [2, 4, 2], activation: "relu" });
    expect(() => train(fits, { ...base, data: xor(), epochs: 0 })).toThrow(
      "train: epochs must be an integer ≥ 1, got 0",
    );
    expect(() => train(fits, { ...base, data: xor(), batchSize: 2.5 })).toThrow(
      "train: batchSize must be an integer ≥ 1, got 2.5",
    );
  });
});

describe("inspect", () => {
  it("inspect runs the whole set forward and backward without changing the weights", () => {
    const model = mlp({ sizes: [2, 16, 16, 16, 2], activation: "sigmoid", seed: 1 });
    const before = model.params.map((p) => p.value.slice());
    const data = spirals({ points: 200, seed: 2 });
    const result = inspect(model, { data, loss: softmaxCrossEntropy });
    expect(model.params.map((p) => p.value)).toEqual(before);
    expect(result.layers).toHaveLength(4);
    expect(result.loss).toBeCloseTo(softmaxCrossEntropy(model.predict(data.x), data.y), 15);
    // sigmoid's gradients shrink from the output layer towards the input
    const norms = result.layers.map((l) => l.gradNorm);
    expect(norms[0]).toBeLessThan(norms[2]);
    expect(() => inspect(model, { data: regression1d(), loss: meanSquaredError })).toThrow(
      "inspect: the model takes 2 inputs, but data regression1d has 1 features",
    );
  });

  it("points(data) splits a 2-D set into columns for charts", () => {
    expect(points(xor({ points: 4, noise: 0 }))).toEqual({
      x: [-1, -1, 1, 1],
      y: [-1, 1, -1, 1],
      label: [0, 1, 1, 0],
    });
    expect(() => points(regression1d())).toThrow("points: data must have 2 features, got 1 (regression1d)");
  });
});

describe("train's data and batch size", () => {
  const model = () => mlp({ sizes: [2, 4, 1], activation: "tanh", seed: 1 });
  const options = (data: Dataset, batchSize: number) => ({
    data,
    loss: binaryCrossEntropyWithLogits,
    optimizer: sgd({ learningRate: 0.1 }),
    epochs: 2,
    batchSize,
  });
  it("an empty data set is a RangeError naming it, not a NaN loss", () => {
    const empty = { ...xor({ points: 4 }), x: new Float64Array(0), y: new Float64Array(0), rows: 0 };
    expect(() => train(model(), options(empty, 4))).toThrow(
      new RangeError("train: data.rows must be an integer ≥ 1, got 0"),
    );
  });
  it("a batch size larger than the data is clipped to it: the same history as one batch of every row", () => {
    const data = xor({ points: 12, seed: 2 });
    const clipped = train(model(), options(data, 1e9));
    const whole = train(model(), options(data, 12));
    expect(clipped.steps.length).toBe(2);
    expect(clipped).toEqual(whole);
  });
});
