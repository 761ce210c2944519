// Training throughput of a 2-64-64-2 MLP on 1,000 spiral points: this toolkit against the same
// network in @tensorflow/tfjs-layers on tfjs's CPU backend (column tfjs) and its WebAssembly
// backend (column wasm, one thread), in the same run, for every activation both have. Not a test.
//
//   pnpm build && node bench/training.ts            # 20 timed epochs per network (about a minute)
//   pnpm build && node bench/training.ts --quick    # 3 timed epochs
//
// Same work on both sides: Glorot-uniform weights, zero biases, Adam (lr 0.01), softmax
// cross-entropy on logits, batches of 32 reshuffled every epoch, one warm-up epoch untimed.
// "ours" trains without diagnostics; "ours+diag" records per-step and per-epoch statistics.
// Time is the process's CPU time (user + system): the machine this was written on is shared,
// and CPU time is far steadier than wall time there. Both sides run on one thread; tfjs's fit
// also awaits between batches, time that CPU time does not count — in tfjs's favour.
import { adam, mlp, softmaxCrossEntropy, spirals, train } from "@activation-lab/core/nn";
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
function ours(activation: (typeof activations)[number], diagnostics: boolean): number {
  const model = mlp({ sizes: [2, 64, 64, 2], activation, seed: 2 });
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

const pad = (s: string, n: number) => s.padStart(n);
console.log(`2-64-64-2 MLP, ${data.rows} spiral points, batch ${batchSize}, Adam, ${epochs} timed epochs`);
console.log(
  `tfjs ${tf.version.tfjs} (layers): backends cpu (column tfjs) and wasm (one thread); node ${process.version}`,
);
console.log("samples/s (higher is better); ×tfjs, ×wasm = ours / theirs\n");
console.log(
  `${"activation".padEnd(12)}${pad("ours", 10)}${pad("ours+diag", 11)}${pad("tfjs", 10)}${pad("wasm", 10)}` +
    `${pad("×tfjs", 8)}${pad("×wasm", 8)}${pad("diag ×tfjs", 12)}`,
);
const ratios: number[] = [];
const wasmRatios: number[] = [];
for (const activation of activations) {
  const fast = ours(activation, false);
  const diag = ours(activation, true);
  const cpu = await quietly(() => tfjs(activation, "cpu"));
  const wasm = await quietly(() => tfjs(activation, "wasm"));
  ratios.push(fast / cpu);
  wasmRatios.push(fast / wasm);
  console.log(
    `${activation.padEnd(12)}${pad(fast.toFixed(0), 10)}${pad(diag.toFixed(0), 11)}${pad(cpu.toFixed(0), 10)}${pad(wasm.toFixed(0), 10)}` +
      `${pad((fast / cpu).toFixed(1), 8)}${pad((fast / wasm).toFixed(1), 8)}${pad((diag / cpu).toFixed(1), 12)}`,
  );
}
const geometricMean = (values: number[]) =>
  Math.exp(values.reduce((s, r) => s + Math.log(r), 0) / values.length);
console.log(
  `\ngeometric mean ×tfjs: ${geometricMean(ratios).toFixed(1)}, ×wasm: ${geometricMean(wasmRatios).toFixed(1)}` +
    ` (lowest ×tfjs ${Math.min(...ratios).toFixed(1)}, lowest ×wasm ${Math.min(...wasmRatios).toFixed(1)})`,
);
