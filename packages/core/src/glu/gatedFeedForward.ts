import { describe } from "../describe.js";
import type { FloatArray } from "../kernels/index.js";
import {
  checkActivationParam,
  checkDisjoint,
  checkFloatArray,
  checkOptions,
  copyIfOverlapping,
} from "../kernels/validate.js";
import type { ActivationId } from "../registry/index.js";
import { checkGate, outputLike } from "./checkGlu.js";
import { gluBackward } from "./gluBackward.js";
import { gluForward } from "./gluForward.js";

/**
 * Weights of a gated feed-forward layer from `inputSize` to `hiddenSize` units: W and V are
 * [inputSize × hiddenSize] row-major, b and c have hiddenSize entries. All of x's type.
 */
export interface GatedFeedForwardWeights<T extends FloatArray> {
  /** The value projection. */
  W: T;
  b: T;
  /** The gate projection. */
  V: T;
  c: T;
}

/** Options of {@link gatedFeedForward} and {@link gatedFeedForwardBackward}. */
export interface GatedFeedForwardOptions<T extends FloatArray> {
  /** The gate's activation: "gelu" for GEGLU, "swish" for SwiGLU, "sigmoid" for GLU. */
  gate: ActivationId;
  /** The gate's parameter (α or β), for gates that take one. */
  param?: number;
  /** Destination of the pre-activations [xW + b | xV + c], rows × 2·hiddenSize (forward). */
  hidden?: T;
  /** Destination of the output, rows × hiddenSize (forward). */
  out?: T;
}

/** The result of {@link gatedFeedForward}. */
export interface GatedFeedForwardResult<T extends FloatArray> {
  /** (xW + b) ⊙ gate(xV + c), rows × hiddenSize. */
  out: T;
  /** [xW + b | xV + c] per row, rows × 2·hiddenSize: what the backward pass needs. */
  hidden: T;
}

/** Gradients from {@link gatedFeedForwardBackward}, each shaped like what it differentiates. */
export interface GatedFeedForwardGradients<T extends FloatArray> {
  dx: T;
  dW: T;
  db: T;
  dV: T;
  dc: T;
}

/** Checks the weights' shapes against each other and x; returns [rows, inputSize, hiddenSize]. */
function checkShapes<T extends FloatArray>(
  fn: string,
  x: T,
  w: GatedFeedForwardWeights<T>,
): [number, number, number] {
  checkFloatArray(fn, "x", x);
  checkOptions(fn, w, true, "weights");
  outputLike(fn, "b", w.b, x, w.b?.length, true);
  const hiddenSize = w.b.length;
  if (hiddenSize === 0) throw new RangeError(`${fn}: b must not be empty, got ${describe(w.b)}`);
  outputLike(fn, "c", w.c, x, hiddenSize, true);
  outputLike(fn, "W", w.W, x, w.W?.length, true);
  const inputSize = w.W.length / hiddenSize;
  if (!Number.isInteger(inputSize) || inputSize < 1) {
    throw new RangeError(
      `${fn}: W's length must be a multiple of hiddenSize ${hiddenSize}, got ${w.W.length}`,
    );
  }
  outputLike(fn, "V", w.V, x, inputSize * hiddenSize, true);
  if (x.length % inputSize !== 0) {
    throw new RangeError(`${fn}: x's length must be a multiple of inputSize ${inputSize}, got ${x.length}`);
  }
  return [x.length / inputSize, inputSize, hiddenSize];
}

/**
 * The gated feed-forward layer of Shazeer (2020), GLU variants in Transformer FFNs:
 *
 *   y = (xW + b) ⊙ gate(xV + c)
 *
 * GEGLU with gate "gelu", SwiGLU with gate "swish". Shazeer's full FFN multiplies y by an output
 * matrix W₂ afterwards: a dense layer of its own. Computed as one projection per row into
 * [xW + b | xV + c] (`hidden`) followed by gluForward over that last dimension, so the first half
 * is the value and the second goes through the gate, as in gluForward.
 *
 * @example
 * const w = { W: Float64Array.of(1), b: Float64Array.of(0), V: Float64Array.of(1), c: Float64Array.of(0) };
 * gatedFeedForward(Float64Array.of(2), w, { gate: "relu" }).out // => Float64Array [4]
 */
export function gatedFeedForward<T extends FloatArray>(
  x: T,
  weights: GatedFeedForwardWeights<T>,
  options: GatedFeedForwardOptions<T>,
): GatedFeedForwardResult<T> {
  const fn = "gatedFeedForward";
  const [rows, inputSize, h] = checkShapes(fn, x, weights);
  const { gate: gateOption, param, hidden: hiddenOption, out: outOption } = checkOptions(fn, options, true);
  const gate = checkGate(fn, gateOption);
  checkActivationParam(fn, gate, param);
  const hidden = outputLike(fn, "hidden", hiddenOption, x, rows * 2 * h);
  const out = outputLike(fn, "out", outOption, x, rows * h);
  checkDisjoint(fn, { hidden, out });
  // hidden is written while x and the weights are still read: copy those it overlaps
  const [xs, W, b, V, c] = [x, weights.W, weights.b, weights.V, weights.c].map((input) =>
    copyIfOverlapping(input, [hidden]),
  );
  for (let i = 0; i < rows; i++) {
    const row = i * 2 * h;
    // start from the biases: value half b, gate half c
    for (let j = 0; j < h; j++) {
      hidden[row + j] = b[j];
      hidden[row + h + j] = c[j];
    }
    // add x_i·W to the value half and x_i·V to the gate half
    for (let k = 0; k < inputSize; k++) {
      const xik = xs[i * inputSize + k];
      for (let j = 0; j < h; j++) {
        hidden[row + j] += xik * W[k * h + j];
        hidden[row + h + j] += xik * V[k * h + j];
      }
    }
  }
  gluForward(hidden, { lastDim: 2 * h, gate, param, out });
  return { out, hidden };
}

/**
 * Backward pass of {@link gatedFeedForward}. With u = xW + b, v = xV + c (the forward's
 * `hidden`) and the upstream gradient dy:
 *
 *   ∂L/∂u = dy ⊙ gate(v),   ∂L/∂v = dy ⊙ u ⊙ gate′(v)        (gluBackward)
 *   dW = xᵀ·∂L/∂u,  db = Σ_rows ∂L/∂u,  dV = xᵀ·∂L/∂v,  dc = Σ_rows ∂L/∂v,
 *   dx = ∂L/∂u·Wᵀ + ∂L/∂v·Vᵀ.
 *
 * Returns new arrays, or fills those passed in `grads`.
 *
 * @example
 * const w = { W: Float64Array.of(1), b: Float64Array.of(0), V: Float64Array.of(1), c: Float64Array.of(0) };
 * const x = Float64Array.of(2);
 * const { hidden } = gatedFeedForward(x, w, { gate: "relu" });
 * gatedFeedForwardBackward(x, hidden, Float64Array.of(1), w, { gate: "relu" }).dx // => Float64Array [4] (y = x², dy/dx = 2x)
 */
export function gatedFeedForwardBackward<T extends FloatArray>(
  x: T,
  hidden: T,
  dy: T,
  weights: GatedFeedForwardWeights<T>,
  options: { gate: ActivationId; param?: number; grads?: Partial<GatedFeedForwardGradients<T>> },
): GatedFeedForwardGradients<T> {
  const fn = "gatedFeedForwardBackward";
  const [rows, inputSize, h] = checkShapes(fn, x, weights);
  const { gate: gateOption, param, grads: gradsOption } = checkOptions(fn, options, true);
  const gate = checkGate(fn, gateOption);
  checkActivationParam(fn, gate, param);
  outputLike(fn, "hidden", hidden, x, rows * 2 * h, true);
  outputLike(fn, "dy", dy, x, rows * h, true);
  const grads = checkOptions(fn, gradsOption, false, "grads");
  const dx = outputLike(fn, "grads.dx", grads.dx, x, x.length);
  const dW = outputLike(fn, "grads.dW", grads.dW, x, inputSize * h);
  const dV = outputLike(fn, "grads.dV", grads.dV, x, inputSize * h);
  const db = outputLike(fn, "grads.db", grads.db, x, h);
  const dc = outputLike(fn, "grads.dc", grads.dc, x, h);
  const outputs = { "grads.dx": dx, "grads.dW": dW, "grads.dV": dV, "grads.db": db, "grads.dc": dc };
  checkDisjoint(fn, outputs);
  // the gradients are zeroed and written while the inputs are read: copy those they overlap
  const written = Object.values(outputs);
  const [xs, hiddenIn, dyIn, W, V] = [x, hidden, dy, weights.W, weights.V].map((input) =>
    copyIfOverlapping(input, written),
  );
  for (const g of [dW, dV, db, dc]) g.fill(0);
  // dHidden = [∂L/∂u | ∂L/∂v] per row
  const dHidden = gluBackward(hiddenIn, dyIn, { lastDim: 2 * h, gate, param });
  for (let i = 0; i < rows; i++) {
    const row = i * 2 * h;
    for (let j = 0; j < h; j++) {
      db[j] += dHidden[row + j];
      dc[j] += dHidden[row + h + j];
    }
    for (let k = 0; k < inputSize; k++) {
      const xik = xs[i * inputSize + k];
      let sum = 0;
      for (let j = 0; j < h; j++) {
        const du = dHidden[row + j];
        const dv = dHidden[row + h + j];
        dW[k * h + j] += xik * du;
        dV[k * h + j] += xik * dv;
        sum += du * W[k * h + j] + dv * V[k * h + j];
      }
      dx[i * inputSize + k] = sum;
    }
  }
  return { dx, dW, db, dV, dc };
}
