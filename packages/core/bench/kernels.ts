// Benchmark of the typed-array kernels against TensorFlow.js 4.22 on its CPU backend (column tfjs)
// and its WebAssembly backend (column wasm: XNNPACK in WebAssembly SIMD, one thread), and a memory
// floor, in the same run; the column js times the plain-JavaScript loops that run where
// WebAssembly SIMD cannot.
//
// What each time includes. ours: from the caller's Float32Arrays to the caller's output array,
// the copies into and out of the module's memory included. resident: the same kernel on arrays
// that live in its memory (a KernelArena's), no copies. tfjs and wasm: the op alone on tensors
// made beforehand, its result not read back; on the wasm backend those tensors already live in
// its module's memory, as resident's arrays in ours. wasm+io: what a caller with Float32Arrays
// pays there, the upload (tf.tensor), the op and the readback (dataSync, which returns a new
// array). So the ratios compare like with like: ×wasm = wasm / resident (both in their own
// memory), ×w+io = wasm+io / ours (both from and to Float32Arrays); a row without a resident
// time takes ours there, its copies included. Usage (after `pnpm build`):
// After the float32 table, a float64 one: ours, the plain-JS loops (the scalar functions) and a
// naive `for` loop with Math.exp (bench/naive64.ts), the float64 kernels' peer.
// Every measurement is the median of several repetitions, interleaved (floor, ours, resident, js,
// tfjs, wasm, wasm+io) so that load from other processes on the machine hits all of them alike. Outputs are caller-provided
// arrays allocated once: a fresh 40 MB array costs more in page faults than any activation.

import {
  type ActivationId,
  activationBackward,
  activationForward,
  activationIds,
  activations,
  gluBackward,
  gluForward,
  KernelArena,
  preluBackward,
  preluForward,
} from "@activation-lab/core";
import { Rng } from "@activation-lab/core/nn";
// not public: the fallback loops, timed on their own, and which build of the SIMD kernels runs
import { jsLoops } from "../dist/kernels/loops/index.js";
import { prelu32Channels } from "../dist/kernels/preluBackward.js";
import { preluChannelsForward32Js } from "../dist/kernels/preluChannels.js";
import { simdKernels } from "../dist/kernels/simd/simdKernels.js";
import { naiveLoops64 } from "./naive64.ts";
import { loadTfjs, type Tf, type TfBackend, useBackend } from "./tfjs.ts";

type Tensor = import("@tensorflow/tfjs").Tensor;

/** tfjs's kernels on whichever backend is selected: a tensor belongs to the backend that made it. */
interface TfjsKernels {
  version: string;
  tensor(values: Float32Array): Tensor;
  /**
   * f(x), all intermediates and the result disposed. The result is not read back: dataSync() on
   * the CPU backend costs seconds per 1e6 elements here, far more than the op.
   */
  forward(id: ActivationId, x: Tensor): void;
  /** dy ⊙ f′(x) through tf.grad, all intermediates and the result disposed (not read back). */
  backward(id: ActivationId, x: Tensor, dy: Tensor): void;
  /** forward from a Float32Array: uploaded, the op, the result read back (dataSync). */
  forwardIo(id: ActivationId, x: Float32Array): void;
  /** backward from Float32Arrays: uploaded, the op, the result read back (dataSync). */
  backwardIo(id: ActivationId, x: Float32Array, dy: Float32Array): void;
}

function compose(tf: Tf): { readonly [K in ActivationId]: (x: Tensor) => Tensor } {
  const sqrt2OverPi = Math.sqrt(2 / Math.PI);
  return {
    sigmoid: (x) => tf.sigmoid(x),
    tanh: (x) => tf.tanh(x),
    relu: (x) => tf.relu(x),
    leakyRelu: (x) => tf.leakyRelu(x, 0.01),
    prelu: (x) => tf.prelu(x, tf.scalar(0.25)),
    elu: (x) => tf.elu(x),
    swish: (x) => tf.mul(x, tf.sigmoid(tf.mul(x, 1))),
    silu: (x) => tf.mul(x, tf.sigmoid(x)),
    gelu: (x) => tf.mul(tf.mul(x, 0.5), tf.add(1, tf.erf(tf.mul(x, Math.SQRT1_2)))),
    geluTanh: (x) =>
      tf.mul(
        tf.mul(x, 0.5),
        tf.add(1, tf.tanh(tf.mul(sqrt2OverPi, tf.add(x, tf.mul(0.044715, tf.pow(x, 3)))))),
      ),
    softplus: (x) => tf.softplus(x),
    mish: (x) => tf.mul(x, tf.tanh(tf.softplus(x))),
    hardSwish: (x) => tf.div(tf.mul(x, tf.relu6(tf.add(x, 3))), 6),
  };
}

/**
 * Runs f in a tidy scope that disposes everything, its result too: tidy keeps the tensors a
 * function returns, which leaked one result per call (and filled the wasm backend's heap at 1e6).
 */
function tidyAll(tf: Tf, f: () => unknown): void {
  tf.tidy(() => {
    f();
  });
}

function tfjsKernels(tf: Tf): TfjsKernels {
  const f = compose(tf);
  const grads = Object.fromEntries(
    Object.entries(f).map(([id, fn]) => [id, tf.grad((x: Tensor) => fn(x))]),
  ) as { [K in ActivationId]: (x: Tensor, dy: Tensor) => Tensor };
  return {
    version: tf.version.tfjs,
    tensor: (values) => tf.tensor1d(values, "float32"),
    forward(id, x) {
      tidyAll(tf, () => f[id](x));
    },
    backward(id, x, dy) {
      tidyAll(tf, () => grads[id](x, dy));
    },
    forwardIo(id, x) {
      tidyAll(tf, () => f[id](tf.tensor1d(x, "float32")).dataSync());
    },
    backwardIo(id, x, dy) {
      tidyAll(tf, () => grads[id](tf.tensor1d(x, "float32"), tf.tensor1d(dy, "float32")).dataSync());
    },
  };
}

/**
 * A peer's timed call of `op` on the tensors `make` creates: made once beforehand (into `keep`,
 * for disposal), or with io made inside the call from the arrays, every result read back.
 */
function peerCall(
  keep: Tensor[],
  io: boolean,
  make: () => Tensor[],
  op: (tensors: Tensor[]) => Tensor | Tensor[],
): () => void {
  if (io) {
    return () =>
      tidyAll(tfModule, () => {
        for (const result of [op(make())].flat()) result.dataSync();
      });
  }
  const made = make();
  keep.push(...made);
  return () => tidyAll(tfModule, () => op(made));
}

/** n float32 values uniform in [lo, hi), from the package's seeded generator. */
function randomFloat32(n: number, seed: number, lo: number, hi: number): Float32Array {
  const rng = new Rng(seed);
  return Float32Array.from({ length: n }, () => rng.uniform(lo, hi));
}

// The floor loops run over blocks of 4096 elements, one call each: a loop called once over 1e6
// elements starts in V8's mid-tier code at every call and switches to optimized code within the
// loop (OSR), which measured up to 5× slower as a run went on and flattered ×floor.
const FLOOR_BLOCK = 4096;

/** The memory floor of a forward kernel: one read, one multiply, one write per element. */
function floor1(src: Float32Array, dst: Float32Array): void {
  for (let from = 0; from < src.length; from += FLOOR_BLOCK) scaleBlock(src, dst, from);
}

function scaleBlock(src: Float32Array, dst: Float32Array, from: number): void {
  const k = 1.5;
  const to = Math.min(from + FLOOR_BLOCK, src.length);
  for (let i = from; i < to; i++) dst[i] = src[i] * k;
}

/** The memory floor of a backward kernel: two reads, one multiply, one write per element. */
function floor2(a: Float32Array, b: Float32Array, dst: Float32Array): void {
  for (let from = 0; from < a.length; from += FLOOR_BLOCK) multiplyBlock(a, b, dst, from);
}

function multiplyBlock(a: Float32Array, b: Float32Array, dst: Float32Array, from: number): void {
  const to = Math.min(from + FLOOR_BLOCK, a.length);
  for (let i = from; i < to; i++) dst[i] = a[i] * b[i];
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((p, q) => p - q);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function geometricMean(values: readonly number[]): number {
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}

const args = process.argv.slice(2);
const quick = args.includes("--quick");
const option = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = (option("--sizes") ?? (quick ? "1e3,1e5" : "1e3,1e5,1e6,1e7")).split(",").map(Number);
const ids = (option("--only")?.split(",") ?? activationIds) as readonly ActivationId[];
const repetitions = Number(option("--repetitions") ?? (quick ? 3 : 11));
// --best: the fastest sample instead of the median, for a machine shared with other work, whose
// load only ever adds time
const best = args.includes("--best");
const statistic = best ? (values: number[]) => Math.min(...values) : median;
/**
 * A kernel's time over its reference's: the median of the ratios of interleaved samples (a ratio
 * load moves less than either time), or with --best the ratio of the two fastest samples.
 */
const versusReference = (ours: number[], reference: number[]) =>
  best ? Math.min(...ours) / Math.min(...reference) : median(ours.map((time, r) => time / reference[r]));
const float64Only = args.includes("--float64");
/** Nanoseconds since an earlier reading: of this process's CPU time with --cpu, else of the wall clock. */
const clock: () => bigint = args.includes("--cpu")
  ? () => {
      const { user, system } = process.cpuUsage();
      return BigInt(user + system) * 1000n;
    }
  : () => process.hrtime.bigint();

const tfModule = await loadTfjs("cpu");
const tf = tfjsKernels(tfModule);
/**
 * The peers' columns: tfjs is its CPU backend, wasm its WebAssembly one, wasm+io the same with
 * the upload from and the readback to Float32Arrays (io).
 */
const peers = {
  tfjs: { backend: "cpu", io: false },
  wasm: { backend: "wasm", io: false },
  "wasm+io": { backend: "wasm", io: true },
} as const satisfies Record<string, { backend: TfBackend; io: boolean }>;
type Peer = keyof typeof peers;
const peerNames = Object.keys(peers) as Peer[];
console.log(
  `tfjs ${tf.version}: backends cpu (column tfjs) and wasm (one thread); node ${process.version}; ${statistic === median ? "median" : "best"} of ${repetitions}`,
);
console.log(
  `ours: the WebAssembly ${simdKernels()?.build ?? "kernels cannot run here: plain JS"} build; js: the plain-JS loops`,
);
console.log(
  "ns/element (lower is better); ×tfjs = tfjs / ours, ×wasm = wasm / resident, ×w+io = wasm+io / ours; ×floor = ours / floor",
);
console.log(
  "ours: Float32Array in, caller's Float32Array out, copied through the module; resident: on KernelArena arrays, no copies;",
);
console.log(
  "tfjs, wasm: the op on tensors made beforehand, no readback; wasm+io: tf.tensor upload + op + dataSync readback",
);
console.log("floor: dst[i] = src[i] * k forward, dst[i] = a[i] * b[i] backward (one more input)\n");

/**
 * A sampler of `run` in ns/element: after two warm-up calls, each sample repeats `run` for about
 * 20 ms (at least once), so that small sizes are timed over many calls.
 */
function sampler(n: number, run: () => void): () => number {
  run();
  const t0 = process.hrtime.bigint();
  run();
  const once = Math.max(1, Number(process.hrtime.bigint() - t0));
  const inner = Math.max(1, Math.round(20e6 / once));
  return () => {
    const t1 = clock();
    for (let k = 0; k < inner; k++) run();
    return Number(clock() - t1) / (inner * n);
  };
}

interface Row {
  kernel: string;
  ours: number;
  /** ours on arrays in a KernelArena; NaN for a kernel without a resident path. */
  resident: number;
  js: number;
  tfjs: number;
  wasm: number;
  "wasm+io": number;
  floor: number;
  /**
   * ours / the reference kernel's time, both sampled interleaved, when the row has a reference
   * (and resident / the reference's resident time, where both have that path).
   */
  versus?: string;
}

const pad = (s: string, w: number) => s.padStart(w);
/** The float32 table's column width: "resident" and a space. */
const WIDTH = 9;
const fmt = (v: number) =>
  Number.isNaN(v) ? "—" : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);

/** One timed kernel: ours, the plain-JS fallback, and the peer's op on whichever backend is selected. */
interface Timed {
  kernel: string;
  ours(): void;
  /** ours on arrays that live in a KernelArena, where the kernel runs on them without copies. */
  resident?(): void;
  /** The plain-JS fallback alone, where the bench can time it apart. */
  js?(): void;
  /**
   * A kernel of ours to hold this one against, timed interleaved with it (a ratio load cannot
   * skew); with `resident`, that kernel on KernelArena arrays, held against this one's resident.
   */
  reference?: { kernel: string; run(): void; resident?(): void };
  /**
   * The peer's op, its tensors made on the selected backend (`keep` collects them for disposal);
   * with io, made from the arrays inside the timed call and the results read back (dataSync).
   */
  peer(keep: Tensor[], io: boolean): () => void;
}

/** x, dy and out again in a KernelArena: the same values, resident in the kernels' memory. */
interface Resident {
  x: Float32Array;
  dy: Float32Array;
  out: Float32Array;
}

function residentCopies(x: Float32Array, dy: Float32Array): Resident {
  const arena = new KernelArena(3 * x.length);
  const copy = (values: Float32Array) => {
    const array = arena.float32(values.length);
    array.set(values);
    return array;
  };
  return { x: copy(x), dy: copy(dy), out: arena.float32(x.length) };
}

/** The activation kernels at the default parameter, forward and backward. */
function activationRows(x: Float32Array, dy: Float32Array, out: Float32Array, resident: Resident): Timed[] {
  return (["forward", "backward"] as const).flatMap((pass) =>
    ids.map((id): Timed => {
      const loops = jsLoops[id];
      const param = activations[id].param?.default ?? Number.NaN;
      const forward = pass === "forward";
      return {
        kernel: `${id} ${pass}`,
        ours: forward
          ? () => activationForward(id, x, { out })
          : () => activationBackward(id, x, dy, { out }),
        resident: forward
          ? () => activationForward(id, resident.x, { out: resident.out })
          : () => activationBackward(id, resident.x, resident.dy, { out: resident.out }),
        js: forward ? () => loops.forward32(x, out, param) : () => loops.backward32(x, dy, out, param),
        peer(keep, io) {
          if (io) return forward ? () => tf.forwardIo(id, x) : () => tf.backwardIo(id, x, dy);
          const [xt, dyt] = [tf.tensor(x), tf.tensor(dy)];
          keep.push(xt, dyt);
          return forward ? () => tf.forward(id, xt) : () => tf.backward(id, xt, dyt);
        },
      };
    }),
  );
}

/** Channels of the per-channel PReLU rows: a divisor of every size, 1e3 included. */
const CHANNELS = 40;

/** Half the rows of the gated units (GEGLU, SwiGLU): 1000 values and 1000 gate inputs, as in a layer. */
const GLU_HALF = 1000;

/**
 * GEGLU and SwiGLU over n outputs (x has 2n elements, rows of 2·GLU_HALF), forward and backward,
 * copied and resident (their gate's activation kernel beside them, the same way).
 */
function gatedRows(n: number, dy: Float32Array, out: Float32Array): Timed[] {
  if (n % GLU_HALF !== 0) return [];
  const lastDim = 2 * GLU_HALF;
  const x = randomFloat32(2 * n, 4, -6, 6);
  const gateInput = randomFloat32(n, 5, -6, 6);
  const dx = new Float32Array(2 * n);
  const arena = new KernelArena(8 * n);
  const inArena = (values: Float32Array) => {
    const array = arena.float32(values.length);
    array.set(values);
    return array;
  };
  const resident = {
    x: inArena(x),
    dy: inArena(dy),
    out: arena.float32(n),
    dx: arena.float32(2 * n),
    gateInput: inArena(gateInput),
    gateOut: arena.float32(n),
  };
  const sqrt1_2 = Math.SQRT1_2;
  const units = [
    [
      "geglu",
      "gelu",
      (b: Tensor) =>
        tfModule.mul(tfModule.mul(b, 0.5), tfModule.add(1, tfModule.erf(tfModule.mul(b, sqrt1_2)))),
    ],
    ["swiglu", "silu", (b: Tensor) => tfModule.mul(b, tfModule.sigmoid(b))],
  ] as const;
  return units.flatMap(([name, gate, tfGate]) => {
    const split = (xt: Tensor) => {
      const [a, b] = tfModule.split(xt, 2, 1);
      return tfModule.mul(a, tfGate(b));
    };
    const tensors = () => [
      tfModule.tensor2d(x, [n / GLU_HALF, lastDim]),
      tfModule.tensor2d(dy, [n / GLU_HALF, GLU_HALF]),
    ];
    return [
      {
        kernel: `${name} forward`,
        ours: () => gluForward(x, { lastDim, gate, out }),
        resident: () => gluForward(resident.x, { lastDim, gate, out: resident.out }),
        reference: {
          kernel: `${gate} forward`,
          run: () => activationForward(gate, gateInput, { out }),
          resident: () => activationForward(gate, resident.gateInput, { out: resident.gateOut }),
        },
        peer: (keep: Tensor[], io: boolean) => peerCall(keep, io, tensors, ([xt]) => split(xt)),
      },
      {
        kernel: `${name} backward`,
        ours: () => gluBackward(x, dy, { lastDim, gate, out: dx }),
        resident: () => gluBackward(resident.x, resident.dy, { lastDim, gate, out: resident.dx }),
        reference: {
          kernel: `${gate} backward`,
          run: () => activationBackward(gate, gateInput, dy, { out }),
          resident: () =>
            activationBackward(gate, resident.gateInput, resident.dy, { out: resident.gateOut }),
        },
        peer(keep: Tensor[], io: boolean) {
          const grad = tfModule.grad((v: Tensor) => split(v));
          return peerCall(keep, io, tensors, ([xt, dyt]) => grad(xt, dyt));
        },
      },
    ];
  });
}

/** Kernels beside the activations: PReLU with one α per channel, GEGLU and SwiGLU. */
function otherRows(
  n: number,
  x: Float32Array,
  dy: Float32Array,
  out: Float32Array,
  resident: Resident,
): Timed[] {
  const gated = ids.includes("gelu") && ids.includes("silu") ? gatedRows(n, dy, out) : [];
  if (!ids.includes("prelu")) return gated;
  const rng = new Rng(3);
  const alpha = Float32Array.from({ length: CHANNELS }, () => rng.uniform(0.05, 0.5));
  const alpha64 = Float64Array.from(alpha);
  const sums = new Float64Array(CHANNELS);
  const shape: [number, number] = [n / CHANNELS, CHANNELS];
  const preluTensors = () => [
    tfModule.tensor2d(x, shape),
    tfModule.tensor1d(alpha),
    tfModule.tensor2d(dy, shape),
  ];
  const label = `prelu/${CHANNELS}ch`;
  return [
    {
      kernel: `${label} forward`,
      ours: () => preluForward(x, alpha, { out }),
      resident: () => preluForward(resident.x, alpha, { out: resident.out }),
      reference: {
        kernel: "leakyRelu forward",
        run: () => activationForward("leakyRelu", x, { out }),
        resident: () => activationForward("leakyRelu", resident.x, { out: resident.out }),
      },
      js: () => preluChannelsForward32Js(x, out, alpha64),
      peer: (keep, io) => peerCall(keep, io, preluTensors, ([xt, at]) => tfModule.prelu(xt, at)),
    },
    {
      kernel: `${label} backward`,
      ours: () => preluBackward(x, dy, alpha, { out }),
      resident: () => preluBackward(resident.x, resident.dy, alpha, { out: resident.out }),
      reference: {
        kernel: "leakyRelu backward",
        run: () => activationBackward("leakyRelu", x, dy, { out }),
        resident: () => activationBackward("leakyRelu", resident.x, resident.dy, { out: resident.out }),
      },
      js: () => prelu32Channels(x, dy, out, alpha64, sums),
      peer(keep, io) {
        const grads = tfModule.grads((a: Tensor, b: Tensor) => tfModule.prelu(a, b));
        // dx and ∂α, as ours
        return peerCall(keep, io, preluTensors, ([xt, at, dyt]) => grads([xt, at], dyt));
      },
    },
    ...gated,
  ];
}

/**
 * Repetition r's sample of `run`, and of its reference where it has one, next to it: after it in
 * even repetitions, before it in odd ones, so that neither always starts on caches the other warmed
 * (at 1e6 the first calls of a sample on arrays another kernel evicted cost a few percent).
 */
function samplePair(
  r: number,
  run: () => number,
  reference: (() => number) | null,
  runs: number[],
  references: number[],
): void {
  if (reference !== null && r % 2 === 1) references.push(reference());
  runs.push(run());
  if (reference !== null && r % 2 === 0) references.push(reference());
}

/** Times `rows` interleaved with the floor and both peers; the statistic of each. */
async function measure(rows: Timed[], n: number, x: Float32Array, dy: Float32Array): Promise<Row[]> {
  const scratch = new Float32Array(n);
  const tfjsRepetitions = n >= 1e7 ? Math.min(repetitions, 3) : repetitions;
  const results: Row[] = [];
  for (const row of rows) {
    const keep: Tensor[] = [];
    const ours = sampler(n, row.ours);
    const resident = row.resident === undefined ? () => Number.NaN : sampler(n, row.resident);
    const js = row.js === undefined ? () => Number.NaN : sampler(n, row.js);
    const reference = row.reference === undefined ? null : sampler(n, row.reference.run);
    const residentReference =
      row.reference?.resident === undefined ? null : sampler(n, row.reference.resident);
    const theirs = {} as Record<Peer, () => number>;
    for (const peer of peerNames) {
      await useBackend(tfModule, peers[peer].backend);
      theirs[peer] = sampler(n, row.peer(keep, peers[peer].io));
    }
    const floor = row.kernel.endsWith("backward")
      ? sampler(n, () => floor2(x, dy, scratch))
      : sampler(n, () => floor1(x, scratch));
    // the reference's samples, each taken next to ours (samplePair)
    const referenceSamples: number[] = [];
    const residentReferenceSamples: number[] = [];
    const samples = {
      ours: [] as number[],
      resident: [] as number[],
      js: [] as number[],
      tfjs: [] as number[],
      wasm: [] as number[],
      "wasm+io": [] as number[],
      floor: [] as number[],
    };
    for (let r = 0; r < repetitions; r++) {
      samples.floor.push(floor());
      samplePair(r, ours, reference, samples.ours, referenceSamples);
      samplePair(r, resident, residentReference, samples.resident, residentReferenceSamples);
      samples.js.push(js());
      if (r >= tfjsRepetitions) continue;
      for (const peer of peerNames) {
        await useBackend(tfModule, peers[peer].backend);
        samples[peer].push(theirs[peer]());
      }
    }
    tfModule.dispose(keep);
    results.push({
      kernel: row.kernel,
      ours: statistic(samples.ours),
      resident: statistic(samples.resident),
      js: statistic(samples.js),
      tfjs: statistic(samples.tfjs),
      wasm: statistic(samples.wasm),
      "wasm+io": statistic(samples["wasm+io"]),
      floor: statistic(samples.floor),
      versus:
        row.reference &&
        `${row.kernel} / ${row.reference.kernel} ${fmt(versusReference(samples.ours, referenceSamples))}×` +
          (residentReferenceSamples.length > 0
            ? `, resident ${fmt(versusReference(samples.resident, residentReferenceSamples))}×`
            : ""),
    });
  }
  return results;
}

const columns = [
  "ours",
  "resident",
  "js",
  "tfjs",
  "wasm",
  "wasm+io",
  "floor",
  "×tfjs",
  "×wasm",
  "×w+io",
  "×floor",
];
/** Ours in their own memory, as the wasm backend's tensors: resident where the kernel has that path. */
const inMemory = (row: Row) => (Number.isNaN(row.resident) ? row.ours : row.resident);
/** Each peer's time over ours in the same terms: wasm against resident, tfjs and wasm+io against ours. */
const ratio = (row: Row, peer: Peer) => row[peer] / (peer === "wasm" ? inMemory(row) : row.ours);
const cells = (row: Row) => [
  row.ours,
  row.resident,
  row.js,
  row.tfjs,
  row.wasm,
  row["wasm+io"],
  row.floor,
  ratio(row, "tfjs"),
  ratio(row, "wasm"),
  ratio(row, "wasm+io"),
  row.ours / row.floor,
];
const printRow = (row: Row) =>
  console.log(
    `${row.kernel.padEnd(20)}${cells(row)
      .map((v) => pad(fmt(v), WIDTH))
      .join("")}`,
  );

/** One float64 kernel's times in ns/element: ours, the plain-JS loop, the naive loop. */
interface Row64 {
  kernel: string;
  ours: number;
  js: number;
  naive: number;
}

/** The float64 activation kernels at the default parameter, forward and backward, interleaved with their peers. */
function measure64(n: number): Row64[] {
  const x = Float64Array.from(randomFloat32(n, 1, -6, 6));
  const dy = Float64Array.from(randomFloat32(n, 2, -1, 1));
  const out = new Float64Array(n);
  return (["forward", "backward"] as const).flatMap((pass) =>
    ids.map((id) => {
      const param = activations[id].param?.default ?? Number.NaN;
      const [js, naive] = [jsLoops[id], naiveLoops64[id]];
      const runs =
        pass === "forward"
          ? [
              () => activationForward(id, x, { out }),
              () => js.forward64(x, out, param),
              () => naive.forward(x, out, param),
            ]
          : [
              () => activationBackward(id, x, dy, { out }),
              () => js.backward64(x, dy, out, param),
              () => naive.backward(x, dy, out, param),
            ];
      const samplers = runs.map((run) => sampler(n, run));
      const samples: number[][] = [[], [], []];
      for (let r = 0; r < repetitions; r++) {
        for (const [k, sample] of samplers.entries()) samples[k].push(sample());
      }
      const [ours, jsTime, naiveTime] = samples.map(statistic);
      return { kernel: `${id} ${pass}`, ours, js: jsTime, naive: naiveTime };
    }),
  );
}

/** The float64 table: each row, and each pass's geometric means (of the ratio too). */
function print64(n: number, rows: Row64[]): void {
  const cells64 = (row: Row64) => [row.ours, row.js, row.naive, row.naive / row.ours];
  const columns64 = ["ours", "js", "naive", "×naive"];
  console.log(
    `n = ${n.toExponential(0)} float64 (naive: a for loop with Math.exp, bench/naive64.ts; ×naive = its time / ours)`,
  );
  console.log(`${"kernel".padEnd(20)}${columns64.map((c) => pad(c, 8)).join("")}`);
  const line = (label: string, values: number[]) =>
    console.log(`${label.padEnd(20)}${values.map((v) => pad(fmt(v), 8)).join("")}`);
  for (const row of rows) line(row.kernel, cells64(row));
  for (const pass of ["forward", "backward"]) {
    const part = rows.filter((row) => row.kernel.endsWith(pass));
    line(
      `geomean ${pass}`,
      columns64.map((_, k) => geometricMean(part.map((row) => cells64(row)[k]))),
    );
  }
  console.log();
}

for (const n of sizes) {
  if (float64Only) {
    print64(n, measure64(n));
    continue;
  }
  const x = randomFloat32(n, 1, -6, 6);
  const dy = randomFloat32(n, 2, -1, 1);
  const out = new Float32Array(n);
  const resident = residentCopies(x, dy);
  const rows = await measure(activationRows(x, dy, out, resident), n, x, dy);
  const others = await measure(otherRows(n, x, dy, out, resident), n, x, dy);

  console.log(`n = ${n.toExponential(0)} float32`);
  console.log(`${"kernel".padEnd(20)}${columns.map((c) => pad(c, WIDTH)).join("")}`);
  for (const row of rows) printRow(row);
  for (const pass of ["forward", "backward"]) {
    const part = rows.filter((row) => row.kernel.endsWith(pass));
    // the geometric mean of each column (of the ratios too, not a ratio of means)
    const means = columns.map((_, k) => geometricMean(part.map((row) => cells(row)[k])));
    const lowest = (peer: Peer) => fmt(Math.min(...part.map((row) => ratio(row, peer))));
    console.log(
      `${`geomean ${pass}`.padEnd(20)}${means.map((v) => pad(fmt(v), WIDTH)).join("")}` +
        `   (lowest ×tfjs ${lowest("tfjs")}, ×wasm ${lowest("wasm")}, ×w+io ${lowest("wasm+io")})`,
    );
  }
  if (others.length > 0) console.log("other kernels (not in the geometric means):");
  for (const row of others) printRow(row);
  const versus = others.flatMap((row) => (row.versus === undefined ? [] : [row.versus]));
  if (versus.length > 0) {
    console.log(
      `against a kernel of ours, per element, ${best ? "the fastest sample over the reference's fastest" : "median of the ratios of interleaved samples"} (copied against copied, resident against resident):`,
    );
    for (const line of versus) console.log(`  ${line}`);
  }
  console.log();
  print64(n, measure64(n));
}
