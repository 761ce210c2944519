// Benchmark of the typed-array kernels against TensorFlow.js 4.22 (CPU backend) and a memory
// floor, in the same run. Usage (after `pnpm build`):
//   node bench/kernels.ts            sizes 1e3, 1e5, 1e6, 1e7
//   node bench/kernels.ts --quick    sizes 1e3, 1e5, few repetitions (a smoke test)
//   node bench/kernels.ts --sizes 1e6 --only sigmoid,gelu
// Every measurement is the median of several repetitions, interleaved (floor, ours, tfjs) so that
// load from other processes on the machine hits all three alike. Outputs are caller-provided
// arrays allocated once: a fresh 40 MB array costs more in page faults than any activation.
import { type ActivationId, activationBackward, activationForward, activationIds } from "@activation-lab/core";
import { tfjsKernels } from "./tfjsKernels.ts";
import { floor1, floor2, geometricMean, median, randomFloat32 } from "./timing.ts";

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option("--sizes") ?? (quick ? "1e3,1e5" : "1e3,1e5,1e6,1e7")).split(",").map(Number);
const ids = (option("--only")?.split(",") ?? activationIds) as readonly ActivationId[];
const repetitions = Number(option("--repetitions") ?? (quick ? 3 : 11));

const tf = await tfjsKernels();
console.log(`tfjs ${tf.version}, backend ${tf.backend}; node ${process.version}; median of ${repetitions}`);
console.log("ns/element (lower is better); ×tfjs = tfjs time / ours; ×floor = ours / floor time");
console.log("floor: dst[i] = src[i] * k forward, dst[i] = a[i] * b[i] backward (one more input)\n");

/** Median ns/element of `run`, each sample repeating it until about 2e6 elements were processed. */
function sampler(n: number, run: () => void): () => number {
  const inner = Math.max(1, Math.round(2e6 / n));
  run();
  run();
  return () => {
    const t0 = process.hrtime.bigint();
    for (let k = 0; k < inner; k++) run();
    return Number(process.hrtime.bigint() - t0) / (inner * n);
  };
}

interface Row {
  kernel: string;
  ours: number;
  tfjs: number;
  floor: number;
}

const pad = (s: string, w: number) => s.padStart(w);
const fmt = (v: number) => (v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2));

for (const n of sizes) {
  const x = randomFloat32(n, 1, -6, 6);
  const dy = randomFloat32(n, 2, -1, 1);
  const out = new Float32Array(n);
  const scratch = new Float32Array(n);
  const xt = tf.tensor(x);
  const dyt = tf.tensor(dy);
  const tfjsRepetitions = n >= 1e7 ? Math.min(repetitions, 3) : repetitions;
  const rows: Row[] = [];
  for (const pass of ["forward", "backward"] as const) {
    for (const id of ids) {
      const ours =
        pass === "forward"
          ? sampler(n, () => activationForward(id, x, { out }))
          : sampler(n, () => activationBackward(id, x, dy, { out }));
      const theirs =
        pass === "forward" ? sampler(n, () => tf.forward(id, xt)) : sampler(n, () => tf.backward(id, xt, dyt));
      const floor = pass === "forward" ? sampler(n, () => floor1(x, scratch)) : sampler(n, () => floor2(x, dy, scratch));
      const samples = { ours: [] as number[], tfjs: [] as number[], floor: [] as number[] };
      for (let r = 0; r < repetitions; r++) {
        samples.floor.push(floor());
        samples.ours.push(ours());
        if (r < tfjsRepetitions) samples.tfjs.push(theirs());
      }
      rows.push({
        kernel: `${id} ${pass}`,
        ours: median(samples.ours),
        tfjs: median(samples.tfjs),
        floor: median(samples.floor),
      });
    }
  }
  xt.dispose();
  dyt.dispose();

  console.log(`n = ${n.toExponential(0)} float32`);
  console.log(`${"kernel".padEnd(20)}${pad("ours", 8)}${pad("tfjs", 8)}${pad("floor", 8)}${pad("×tfjs", 8)}${pad("×floor", 8)}`);
  for (const row of rows) {
    console.log(
      `${row.kernel.padEnd(20)}${pad(fmt(row.ours), 8)}${pad(fmt(row.tfjs), 8)}${pad(fmt(row.floor), 8)}` +
        `${pad(fmt(row.tfjs / row.ours), 8)}${pad(fmt(row.ours / row.floor), 8)}`,
    );
  }
  for (const pass of ["forward", "backward"]) {
    const part = rows.filter((row) => row.kernel.endsWith(pass));
    const g = (f: (row: Row) => number) => geometricMean(part.map(f));
    const minRatio = Math.min(...part.map((row) => row.tfjs / row.ours));
    console.log(
      `${`geomean ${pass}`.padEnd(20)}${pad(fmt(g((r) => r.ours)), 8)}${pad(fmt(g((r) => r.tfjs)), 8)}` +
        `${pad(fmt(g((r) => r.floor)), 8)}${pad(fmt(g((r) => r.tfjs / r.ours)), 8)}${pad(fmt(g((r) => r.ours / r.floor)), 8)}` +
        `   (lowest ×tfjs ${fmt(minRatio)})`,
    );
  }
  console.log();
}
