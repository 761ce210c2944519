// Checks float32 kernels against their contract over every float32 input (all 2^32 bit patterns,
// NaNs included): each result must be within 1 ULP of the reference, the float64 scalar function
// (within 1 ULP in float64) rounded to float32; backward, dy·f′(x) in float64 rounded once, for
// each upstream gradient given (forward, dy = 1). For sigmoid, ELU and swish, a quick float64 value
// spares most calls of the scalar functions where it decides the same (see run). Run by hand after
// changing a kernel (after `pnpm build`; a few minutes a pass for those three on two idle cores,
// about half an hour for the others):
//   node scripts/verifyFloat32.ts sigmoid                     forward and backward (dy = 1)
//   node scripts/verifyFloat32.ts swish --param 1 --dy 1,-0.3,1e30 --pass backward
//   node scripts/verifyFloat32.ts elu --peers ours,simd,tfjs-wasm   with the plain-SIMD build and XNNPACK
//   … --stride 1031    every 1031st bit pattern only (a quick look; exhaustive without it)
//   … --range -1.4,-1.15    every float32 in [−1.4, −1.15] only (both ends of one sign)
// Peers: ours (the relaxed-SIMD build where the engine fuses, as the library picks), simd (the
// plain-SIMD build), tfjs-wasm (TensorFlow.js's WebAssembly backend, XNNPACK, one thread; forward
// only, swish as x·sigmoid(βx), composed as bench/kernels.ts does).
// Per peer and gradient it prints: inputs checked, results off the reference (not the float32 the
// reference rounds to), results more than 1 ULP off (contract failures, listed), NaN and signed-zero
// mismatches, the largest distance in float32 steps, and the largest error in ULPs against the
// float64 value before its rounding among the results off the reference (0.5 is correct rounding;
// a result within 1 ULP of the correctly rounded value may be up to 1.5 off; 0 when none is off).
import { availableParallelism } from "node:os";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { kernelModule } from "../bench/kernelModule.ts";
import * as core from "../dist/index.js";
import type { KernelName, SimdBuild } from "../dist/kernels/simd/simdKernels.js";

type Pass = "forward" | "backward";
type PeerName = "ours" | "simd" | "tfjs-wasm";

interface Job {
  kernel: KernelName;
  param: number;
  pass: Pass;
  /** The upstream gradients, one tally each (forward: [1], unused). */
  dys: number[];
  peers: PeerName[];
  from: number;
  to: number;
  stride: number;
}

interface Tally {
  checked: number;
  offReference: number;
  beyondOneUlp: number;
  nanMismatches: number;
  signedZeroMismatches: number;
  maxSteps: number;
  maxUlpError: number;
  worstInput: number;
  failures: [number, number, number][]; // input, result, reference (the first few)
}

/** The scalar float64 functions each kernel is checked against, f and f′, with its parameter. */
const references: { [K in string]: [(x: number, p: number) => number, (x: number, p: number) => number] } = {
  sigmoid: [(x) => core.sigmoid(x), (x) => core.sigmoidGrad(x)],
  tanh: [(x) => core.tanh(x), (x) => core.tanhGrad(x)],
  elu: [(x, a) => core.elu(x, a), (x, a) => core.eluGrad(x, a)],
  swish: [(x, b) => core.swish(x, b), (x, b) => core.swishGrad(x, b)],
  geluTanh: [(x) => core.geluTanh(x), (x) => core.geluTanhGrad(x)],
  gelu: [(x) => core.gelu(x), (x) => core.geluGrad(x)],
  softplus: [(x) => core.softplus(x), (x) => core.softplusGrad(x)],
  mish: [(x) => core.mish(x), (x) => core.mishGrad(x)],
};

const defaultParams: { [K in string]?: number } = { elu: 1, swish: 1 };

const f64 = new Float64Array(1);
const f64Bits = new Uint32Array(f64.buffer);

/** The spacing of float32 numbers at |v| (v finite): 2^(e − 23) in v's binade, 2^−149 among subnormals. */
function ulp32(v: number): number {
  f64[0] = v;
  const exponent = ((f64Bits[1] >>> 20) & 0x7ff) - 1023;
  return 2 ** (Math.max(exponent, -126) - 23);
}

const f32 = new Float32Array(1);
const f32Bits = new Uint32Array(f32.buffer);

/** A float32's position on the number line in steps: ±0 at 0, consecutive floats one apart. */
function ordinal(v: number): number {
  f32[0] = v;
  const bits = f32Bits[0];
  return bits >= 0x80000000 ? -(bits - 0x80000000) : bits;
}

function newTally(): Tally {
  return {
    checked: 0,
    offReference: 0,
    beyondOneUlp: 0,
    nanMismatches: 0,
    signedZeroMismatches: 0,
    maxSteps: 0,
    maxUlpError: 0,
    worstInput: Number.NaN,
    failures: [],
  };
}

function record(t: Tally, x: number, got: number, exact: number): void {
  t.checked++;
  const expected = Math.fround(exact);
  // the common case first, quickly: the float32 the reference rounds to, 0.5 ULP off or less
  if (got === expected && got !== 0) return;
  if (Number.isNaN(expected) || Number.isNaN(got)) {
    if (Number.isNaN(expected) !== Number.isNaN(got)) {
      t.nanMismatches++;
      if (t.failures.length < 8) t.failures.push([x, got, exact]);
    }
    return;
  }
  if (got === expected) {
    if (got === 0 && Object.is(got, -0) !== Object.is(expected, -0)) {
      t.signedZeroMismatches++;
      if (t.failures.length < 8) t.failures.push([x, got, exact]);
    }
    return;
  }
  t.offReference++;
  const steps = Math.abs(ordinal(got) - ordinal(expected));
  if (steps > t.maxSteps) t.maxSteps = steps;
  if (steps > 1) {
    t.beyondOneUlp++;
    if (t.failures.length < 8) t.failures.push([x, got, exact]);
  }
  const error =
    Number.isFinite(exact) && Number.isFinite(got) ? Math.abs(got - exact) / ulp32(exact) : Infinity;
  if (error > t.maxUlpError) {
    t.maxUlpError = error;
    t.worstInput = x;
  }
}

function merge(into: Tally, t: Tally): void {
  into.checked += t.checked;
  into.offReference += t.offReference;
  into.beyondOneUlp += t.beyondOneUlp;
  into.nanMismatches += t.nanMismatches;
  into.signedZeroMismatches += t.signedZeroMismatches;
  into.maxSteps = Math.max(into.maxSteps, t.maxSteps);
  if (t.maxUlpError > into.maxUlpError) {
    into.maxUlpError = t.maxUlpError;
    into.worstInput = t.worstInput;
  }
  into.failures.push(...t.failures.slice(0, 8 - into.failures.length));
}

/** The module's kernels of one build, called on its own buffers a chunk at a time. */
function wasmPeer(build: SimdBuild): (job: Job, dy: number, x: Float32Array, out: Float32Array) => void {
  const module = kernelModule(build);
  const { chunk } = module;
  return (job, dy, x, out) => {
    module.dy.fill(dy);
    for (let at = 0; at < x.length; at += chunk) {
      const n = Math.min(chunk, x.length - at);
      module.x.set(x.subarray(at, at + n));
      module[job.pass](job.kernel, n, job.param);
      out.set(module.x.subarray(0, n), at);
    }
  };
}

async function tfjsPeer(): Promise<(job: Job, dy: number, x: Float32Array, out: Float32Array) => void> {
  const { loadTfjs } = await import("../bench/tfjs.ts");
  const tf = await loadTfjs("wasm");
  type Tensor = import("@tensorflow/tfjs").Tensor;
  const ops: { [K in string]?: (x: Tensor, p: number) => Tensor } = {
    sigmoid: (x) => tf.sigmoid(x),
    tanh: (x) => tf.tanh(x),
    elu: (x) => tf.elu(x),
    swish: (x, beta) => tf.mul(x, tf.sigmoid(tf.mul(x, beta))),
    softplus: (x) => tf.softplus(x),
  };
  return (job, _dy, x, out) => {
    const op = ops[job.kernel];
    if (op === undefined || job.pass !== "forward")
      throw new Error(`verifyFloat32: no tfjs-wasm peer for ${job.kernel} ${job.pass}`);
    if (job.kernel === "elu" && job.param !== 1) throw new Error("verifyFloat32: tfjs's elu has α = 1 only");
    out.set(tf.tidy(() => op(tf.tensor1d(x, "float32"), job.param).dataSync() as Float32Array));
  };
}

/**
 * Quick float64 values of f (forward) or f′, for the inputs where plain formulas on Math.exp and
 * Math.expm1 (within 1 ULP in V8) are within 5·10^−13 of the true value, NaN elsewhere (the tails
 * where they underflow, and near swish′'s zero, where its closed form cancels: within 0.01 of it
 * the error grows by at most 22, to about 1e−14). The scalar functions take ~100 ns an input here,
 * ten times these.
 */
const quickValues: { [K in string]?: (x: number, p: number, forward: boolean) => number } = {
  sigmoid(x, _, forward) {
    if (!(Math.abs(x) <= 700)) return Number.NaN;
    const t = Math.exp(-Math.abs(x));
    if (!forward) return t / ((1 + t) * (1 + t));
    return x >= 0 ? 1 / (1 + t) : t / (1 + t);
  },
  elu(x, alpha, forward) {
    if (x > 0) return forward ? x : 1;
    return forward ? alpha * Math.expm1(x) : x >= -700 ? alpha * Math.exp(x) : Number.NaN;
  },
  swish(x, beta, forward) {
    const z = beta * x; // rounded: moves the value by at most 2^−53·|z·g′(z)/g(z)|, below 1e−13 here
    if (!(Math.abs(z) <= 300) || Math.abs(z + 1.2784645427610737) < 0.01) return Number.NaN;
    const t = Math.exp(-z);
    if (forward) return x / (1 + t);
    return (1 + t * (1 + z)) / ((1 + t) * (1 + t));
  },
};

/** The relative margin around a quick value within which every value must round to one float32. */
const MARGIN = 1e-12;

/**
 * One worker's share: bit patterns from..to (exclusive) in blocks, every peer against the same
 * references. A result equal to the float32 that a quick value rounds to, where every value within
 * MARGIN of it rounds to that float32 too, is the float32 the scalar function rounds to (it is
 * within 5·10^−13 + 2^−52 of the quick value): accepted without calling it. Every other result is
 * checked against the scalar function.
 */
async function run(job: Job): Promise<Tally[][]> {
  const peers = await Promise.all(
    job.peers.map((p) =>
      p === "tfjs-wasm" ? tfjsPeer() : Promise.resolve(wasmPeer(p === "ours" ? "relaxed-simd" : "simd")),
    ),
  );
  // tallies[d][p]: gradient d, peer p
  const tallies = job.dys.map(() => job.peers.map(newTally));
  const [f, df] = references[job.kernel];
  const quickValue = quickValues[job.kernel] ?? (() => Number.NaN);
  const block = 1 << 16;
  const bits = new Uint32Array(block);
  const x = new Float32Array(bits.buffer);
  const quick = new Float64Array(block);
  const value = new Float64Array(block); // f(x), or f′(x) for every dy, from the scalar function
  const known = new Uint8Array(block); // whether value[i] is computed yet
  const out = new Float32Array(block);
  const forward = job.pass === "forward";
  for (let start = job.from; start < job.to; start += block * job.stride) {
    const n = Math.min(block, Math.ceil((job.to - start) / job.stride));
    for (let i = 0; i < n; i++) bits[i] = start + i * job.stride;
    const xs = x.subarray(0, n);
    for (let i = 0; i < n; i++) quick[i] = quickValue(xs[i], job.param, forward);
    known.fill(0);
    job.dys.forEach((dy, d) => {
      for (let p = 0; p < peers.length; p++) {
        peers[p](job, dy, xs, out);
        const t = tallies[d][p];
        for (let i = 0; i < n; i++) {
          const got = out[i];
          const q = dy * quick[i];
          if (got === Math.fround(q) && got !== 0) {
            if (Math.fround(q * (1 + MARGIN)) === got && Math.fround(q * (1 - MARGIN)) === got) {
              t.checked++;
              continue;
            }
          }
          if (known[i] === 0) {
            value[i] = forward ? f(xs[i], job.param) : df(xs[i], job.param);
            known[i] = 1;
          }
          record(t, xs[i], got, dy * value[i]);
        }
      }
    });
  }
  return tallies;
}

if (!isMainThread) {
  parentPort?.postMessage(await run(workerData as Job));
} else {
  const args = process.argv.slice(2);
  const option = (name: string): string | undefined => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const kernel = args[0] as KernelName;
  if (references[kernel] === undefined) {
    throw new Error(
      `verifyFloat32: kernel must be one of ${Object.keys(references).join(", ")}, got ${kernel}`,
    );
  }
  const param = Number(option("--param") ?? defaultParams[kernel] ?? 0);
  const passes = (option("--pass") ? [option("--pass")] : ["forward", "backward"]) as Pass[];
  // float32s, as the kernels read them from a Float32Array
  const dys = (option("--dy") ?? "1").split(",").map((dy) => Math.fround(Number(dy)));
  const peers = (option("--peers") ?? "ours").split(",") as PeerName[];
  const stride = Number(option("--stride") ?? 1);
  const workers = Number(option("--workers") ?? Math.min(2, availableParallelism()));
  // the bit patterns [first, first + total): all of them, or those of the floats in --range
  let first = 0;
  let total = 2 ** 32;
  const range = option("--range")?.split(",").map(Number);
  if (range !== undefined) {
    const [lo, hi] = range;
    if (!(lo <= hi) || (lo < 0 && hi > 0)) {
      throw new Error(`verifyFloat32: --range must be lo,hi of one sign, got ${option("--range")}`);
    }
    const bitsOf = (v: number) => new Uint32Array(Float32Array.of(v).buffer)[0];
    // negative floats' bit patterns grow with their magnitude
    const [a, b] = lo < 0 || Object.is(lo, -0) ? [bitsOf(hi), bitsOf(lo)] : [bitsOf(lo), bitsOf(hi)];
    first = a;
    total = b - a + 1;
  }
  for (const pass of passes) {
    {
      const started = Date.now();
      const jobPeers = pass === "forward" ? peers : peers.filter((p) => p !== "tfjs-wasm");
      // each worker a contiguous share of the bit patterns, a multiple of the stride long
      const share = Math.ceil(total / stride / workers) * stride;
      const results = await Promise.all(
        Array.from({ length: workers }, (_, w) => {
          const job: Job = {
            kernel,
            param,
            pass,
            dys: pass === "forward" ? [1] : dys,
            peers: jobPeers,
            from: first + w * share,
            to: first + Math.min(total, (w + 1) * share),
            stride,
          };
          return new Promise<Tally[][]>((resolve, reject) => {
            const worker = new Worker(new URL(import.meta.url), { workerData: job });
            worker.once("message", resolve);
            worker.once("error", reject);
          });
        }),
      );
      const seconds = ((Date.now() - started) / 1000).toFixed(0);
      (pass === "forward" ? [1] : dys).forEach((dy, d) => {
        const what = `${kernel}(${param}) ${pass}${pass === "backward" ? ` dy=${dy}` : ""}`;
        jobPeers.forEach((peer, p) => {
          const t = newTally();
          for (const r of results) merge(t, r[d][p]);
          console.log(
            `${what.padEnd(28)} ${peer.padEnd(9)} checked ${t.checked}  off reference ${t.offReference}  ` +
              `>1 ULP ${t.beyondOneUlp}  NaN mismatches ${t.nanMismatches}  signed-zero mismatches ${t.signedZeroMismatches}  ` +
              `max steps ${t.maxSteps}  max error ${t.maxUlpError.toFixed(4)} ULP (x = ${t.worstInput})  ${seconds} s`,
          );
          for (const [x, got, exact] of t.failures)
            console.log(`    x = ${x}: got ${got}, reference ${exact}`);
        });
      });
    }
  }
}
