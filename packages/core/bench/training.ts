// Training throughput of a 2-64-64-2 MLP on 1,000 spiral points: this toolkit in float64 and in
// float32 against the same network in @tensorflow/tfjs-layers on tfjs's CPU backend (column tfjs)
// and its WebAssembly backend (column wasm, one thread), in the same run, for every activation
// both have; then the playground's networks (site/src/playground) in epochs per second. Not a test.
//
//   pnpm build && node bench/training.ts            # 20 timed epochs per network (about two minutes)
//   pnpm build && node bench/training.ts --quick    # 3 timed epochs
//
// Same work on both sides: Glorot-uniform weights, zero biases, Adam (lr 0.01), softmax
// cross-entropy on logits, batches of 32 reshuffled every epoch, one warm-up epoch untimed (and,
// before the first row, a few epochs of each precision, so that no row pays for compiling the
// toolkit's WebAssembly). Columns f64 and f32 train without diagnostics; f32+diag records
// per-step and per-epoch statistics. The ratios are f32's.
// Time is the process's CPU time (user + system): the machine this was written on is shared,
// and CPU time is far steadier than wall time there. Both sides run on one thread; tfjs's fit
// also awaits between batches, time that CPU time does not count — in tfjs's favour.
import { adam, type Dtype, mlp, softmaxCrossEntropy, spirals, train } from "@activation-lab/core/nn";
import { loadTfjs, quietly, type TfBackend, useBackend } from "./tfjs.ts";

/** Milliseconds of CPU time this process has used. */
function cpuTime(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

const quick = process.argv.includes("--quick");
const epochs = quick ? 3 : 20;
const batchSize = 32;
// every activation of this package that tfjs-layers also has, under tfjs's name where it differs
const activations = ["relu", "tanh", "sigmoid", "elu", "softplus", "silu", "gelu"] as const;
const tfjsName = { silu: "swish" } as const satisfies Partial<Record<(typeof activations)[number], string>>;
const data = spirals({ points: 1000, arms: 2, noise: 0.05, seed: 1 });

const tf = await loadTfjs("cpu");

/** Samples per second of `epochs` epochs of our train(). */
function ours(activation: (typeof activations)[number], dtype: Dtype, diagnostics: boolean): number {
  const model = mlp({ sizes: [2, 64, 64, 2], activation, seed: 2, dtype });
  const options = {
    data,
    loss: softmaxCrossEntropy,
    optimizer: adam({ learningRate: 0.01 }),
    batchSize,
    seed: 3,
  };
  const stats = { stepStats: diagnostics, epochStats: diagnostics };
  train(model, { ...options, ...stats, epochs: 1 }); // warm-up
  const start = cpuTime();
  train(model, { ...options, ...stats, epochs });
  return (epochs * data.rows) / ((cpuTime() - start) / 1000);
}

/** Samples per second of `epochs` epochs of tfjs-layers' model.fit on `backend`. */
async function tfjs(activation: (typeof activations)[number], backend: TfBackend): Promise<number> {
  await useBackend(tf, backend);
  const name = (tfjsName as Record<string, string>)[activation] ?? activation;
  const model = tf.sequential({
    layers: [
      tf.layers.dense({ inputShape: [2], units: 64, activation: name as "relu" }),
      tf.layers.dense({ units: 64, activation: name as "relu" }),
      tf.layers.dense({ units: 2 }),
    ],
  });
  model.compile({
    optimizer: tf.train.adam(0.01),
    loss: (labels: import("@tensorflow/tfjs").Tensor, logits: import("@tensorflow/tfjs").Tensor) =>
      tf.losses.softmaxCrossEntropy(labels, logits),
  });
  const xs = tf.tensor2d(Float32Array.from(data.x), [data.rows, 2]); // tfjs takes float32
  const ys = tf.oneHot(tf.tensor1d(Int32Array.from(data.y), "int32"), 2);
  await model.fit(xs, ys, { epochs: 1, batchSize, shuffle: true, verbose: 0 }); // warm-up
  const start = cpuTime();
  await model.fit(xs, ys, { epochs, batchSize, shuffle: true, verbose: 0 });
  const seconds = (cpuTime() - start) / 1000;
  tf.dispose([xs, ys]);
  model.dispose();
  return (epochs * data.rows) / seconds;
}

/**
 * Epochs per second of a playground network, as test/bench/playground.test.ts times it in the
 * browser: an epoch is one train() over the 500 training points in mini-batches of `batch`,
 * without diagnostics (site/src/playground/session.ts), then the loss over the whole training set
 * and over the 500 test points, as the page draws them.
 */
function playground(sizes: number[], activation: "tanh" | "relu", batch: number, dtype: Dtype): number {
  const trainSet = spirals({ points: 500, arms: 2, noise: 0.05, seed: 1 });
  const testSet = spirals({ points: 500, arms: 2, noise: 0.05, seed: 2 });
  const model = mlp({ sizes, activation, seed: 2, dtype });
  const optimizer = adam({ learningRate: 0.01 });
  // the sets in the model's dtype, converted once as a float32 page would keep them
  const sets = [trainSet, testSet].map(({ x, y, rows }) => {
    const [xs, ys] = dtype === "float32" ? [Float32Array.from(x), Float32Array.from(y)] : [x, y];
    return { x: xs as Float64Array, y: ys as Float64Array, rows }; // as the model's dtype wants them
  });
  const epoch = () => {
    const options = { data: trainSet, loss: softmaxCrossEntropy, optimizer, epochs: 1, batchSize: batch };
    train(model, { ...options, seed: 3, stepStats: false, epochStats: false });
    for (const { x, y, rows } of sets) softmaxCrossEntropy(model.forward(x, rows), y);
  };
  for (let i = 0; i < 5; i++) epoch(); // warm-up
  const start = cpuTime();
  let done = 0;
  while (cpuTime() - start < (quick ? 300 : 2000)) {
    epoch();
    done++;
  }
  return done / ((cpuTime() - start) / 1000);
}

const pad = (s: string, n: number) => s.padStart(n);
console.log(`2-64-64-2 MLP, ${data.rows} spiral points, batch ${batchSize}, Adam, ${epochs} timed epochs`);
console.log(
  `tfjs ${tf.version.tfjs} (layers): backends cpu (column tfjs) and wasm (one thread); node ${process.version}`,
);
console.log("samples/s (higher is better); ×tfjs, ×wasm = f32 / theirs; f64 ×tfjs = f64 / tfjs\n");
console.log(
  `${"activation".padEnd(12)}${pad("f64", 9)}${pad("f32", 9)}${pad("f32+diag", 10)}${pad("tfjs", 9)}${pad("wasm", 9)}` +
    `${pad("×tfjs", 8)}${pad("×wasm", 8)}${pad("f64 ×tfjs", 11)}`,
);
for (const dtype of ["float64", "float32"] as const) {
  const model = mlp({ sizes: [2, 64, 64, 2], activation: "relu", seed: 2, dtype });
  const options = { data, loss: softmaxCrossEntropy, optimizer: adam({ learningRate: 0.01 }), seed: 3 };
  train(model, { ...options, epochs: 5, stepStats: false, epochStats: false });
}
const ratios: number[] = [];
const wasmRatios: number[] = [];
for (const activation of activations) {
  const f64 = ours(activation, "float64", false);
  const f32 = ours(activation, "float32", false);
  const diag = ours(activation, "float32", true);
  const cpu = await quietly(() => tfjs(activation, "cpu"));
  const wasm = await quietly(() => tfjs(activation, "wasm"));
  ratios.push(f32 / cpu);
  wasmRatios.push(f32 / wasm);
  console.log(
    `${activation.padEnd(12)}${pad(f64.toFixed(0), 9)}${pad(f32.toFixed(0), 9)}${pad(diag.toFixed(0), 10)}` +
      `${pad(cpu.toFixed(0), 9)}${pad(wasm.toFixed(0), 9)}` +
      `${pad((f32 / cpu).toFixed(1), 8)}${pad((f32 / wasm).toFixed(1), 8)}${pad((f64 / cpu).toFixed(1), 11)}`,
  );
}
const geometricMean = (values: number[]) =>
  Math.exp(values.reduce((s, r) => s + Math.log(r), 0) / values.length);
console.log(
  `\ngeometric mean ×tfjs: ${geometricMean(ratios).toFixed(1)}, ×wasm: ${geometricMean(wasmRatios).toFixed(1)}` +
    ` (lowest ×tfjs ${Math.min(...ratios).toFixed(1)}, lowest ×wasm ${Math.min(...wasmRatios).toFixed(1)})`,
);

console.log(
  "\nthe playground's networks: 500 training and 500 test spiral points, Adam; epochs/s (CPU time)",
);
console.log(
  "an epoch: train() over the training set, then the loss over each set; per frame = at 60 frames/s\n",
);
console.log(
  `${"network".padEnd(22)}${pad("batch", 6)}${pad("f64", 9)}${pad("f32", 9)}${pad("f64/frame", 11)}${pad("f32/frame", 11)}`,
);
const networks = [
  [[2, 8, 8, 2], "tanh"],
  [[2, 8, 8, 2], "relu"],
  [[2, 64, 64, 64, 2], "relu"],
] as const;
for (const [sizes, activation] of networks) {
  // the presets' batch (10), the studies' (32) and the full batch
  for (const batch of [10, 32, 500]) {
    const [f64, f32] = (["float64", "float32"] as const).map((dtype) =>
      playground([...sizes], activation, batch, dtype),
    );
    console.log(
      `${`${sizes.join("-")} ${activation}`.padEnd(22)}${pad(String(batch), 6)}${pad(f64.toFixed(0), 9)}${pad(f32.toFixed(0), 9)}` +
        `${pad((f64 / 60).toFixed(1), 11)}${pad((f32 / 60).toFixed(1), 11)}`,
    );
  }
}
