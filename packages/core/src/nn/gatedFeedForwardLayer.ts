import { gatedFeedForward, gatedFeedForwardBackward } from "../glu/index.js";
import { activationBackward } from "../kernels/index.js";
import { checkId, checkOptions } from "../kernels/validate.js";
import type { ActivationId } from "../registry/index.js";
import { checkFunction, checkParameterCount } from "./check.js";
import { ones } from "./dense.js";
import { type ArrayOf, arrayOf, checkDtype, type Dtype } from "./dtype.js";
import { glorotUniform, type Initializer, zeros } from "./initializers.js";
import {
  type ActivationProbe,
  checkActivationParam,
  checkInput,
  checkSize,
  type Layer,
  sized,
} from "./layer.js";
import { createParam, initParam, type Param } from "./param.js";
import { type Rng, rngOf } from "./rng.js";

export interface GatedFeedForwardLayerOptions<D extends Dtype = "float64"> {
  inputSize: number;
  /** Units of the gated output (each one value × one gate). */
  hiddenSize: number;
  /** The gate's activation: "gelu" for GEGLU, "swish" for SwiGLU, "sigmoid" for GLU. */
  gate: ActivationId;
  /** The gate's parameter (α or β), fixed; the registry default when omitted. */
  param?: number;
  /** Initialiser of W and V; default glorotUniform. */
  init?: Initializer;
  /** A seed or a generator for the initial weights; default 0. */
  seed?: number | Rng;
  /** "float64" (the default) or "float32", as {@link Dense}'s. */
  dtype?: D;
}

/**
 * The gated feed-forward layer of Shazeer (2020): y = (xW + b) ⊙ gate(xV + c), GEGLU with gate
 * "gelu", SwiGLU with "swish". A thin stateful wrapper over gatedFeedForward and
 * gatedFeedForwardBackward (src/glu), which hold the math; follow it with a Dense layer for
 * Shazeer's output projection W₂.
 *
 * @example
 * const layer = new GatedFeedForwardLayer({ inputSize: 2, hiddenSize: 8, gate: "gelu", seed: 1 });
 * layer.forward(Float64Array.of(0.5, -1), 1).length // => 8
 */
export class GatedFeedForwardLayer<D extends Dtype = "float64"> implements Layer<D> {
  readonly label: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly dtype: D;
  readonly gate: ActivationId;
  readonly param: number | undefined;
  readonly W: Param<D>;
  readonly b: Param<D>;
  readonly V: Param<D>;
  readonly c: Param<D>;
  readonly params: readonly Param<D>[];
  private rows = 0;
  private input: ArrayOf<D>; // x, kept for ∂L/∂W and ∂L/∂V
  private hidden: ArrayOf<D>; // [xW + b | xV + c] per row, kept for the gate's f and f′
  private y: ArrayOf<D>;
  private dx: ArrayOf<D>;

  constructor(options: GatedFeedForwardLayerOptions<D>) {
    const fn = "GatedFeedForwardLayer";
    const {
      inputSize,
      hiddenSize,
      gate,
      param,
      init = glorotUniform,
      seed = 0,
      dtype,
    } = checkOptions(fn, options, true);
    this.dtype = checkDtype(fn, dtype);
    checkSize(fn, "inputSize", inputSize);
    checkSize(fn, "hiddenSize", hiddenSize);
    checkParameterCount(
      fn,
      `inputSize ${inputSize} × hiddenSize ${hiddenSize} (twice)`,
      2 * (inputSize * hiddenSize + hiddenSize),
    );
    checkId(fn, gate, "gate");
    checkActivationParam(fn, gate, param);
    checkFunction(fn, "init", init);
    const rng = rngOf(fn, "seed", seed);
    this.inputSize = inputSize;
    this.outputSize = hiddenSize;
    this.gate = gate;
    this.param = param;
    const name = gate === "gelu" ? "geglu" : gate === "swish" ? "swiglu" : `glu(${gate})`;
    this.label = `${name} ${inputSize}→${hiddenSize}`;
    this.W = createParam(`${this.label} W`, inputSize * hiddenSize, true, this.dtype);
    this.b = createParam(`${this.label} b`, hiddenSize, true, this.dtype);
    this.V = createParam(`${this.label} V`, inputSize * hiddenSize, true, this.dtype);
    this.c = createParam(`${this.label} c`, hiddenSize, true, this.dtype);
    const fan = { fanIn: inputSize, fanOut: hiddenSize };
    initParam(this.W, init, fan, rng);
    initParam(this.V, init, fan, rng);
    initParam(this.b, zeros, fan, rng);
    initParam(this.c, zeros, fan, rng);
    this.params = [this.W, this.b, this.V, this.c];
    [this.input, this.hidden, this.y, this.dx] = [0, 0, 0, 0].map(() => arrayOf(this.dtype, 0));
  }

  private get weights() {
    return { W: this.W.value, b: this.b.value, V: this.V.value, c: this.c.value };
  }

  forward(x: ArrayOf<D>, rows: number): ArrayOf<D> {
    checkInput(this.label, x, rows, this.inputSize, this.dtype);
    this.rows = rows;
    this.input = x;
    this.hidden = sized(this.hidden, rows * 2 * this.outputSize);
    this.y = sized(this.y, rows * this.outputSize);
    const options = { gate: this.gate, param: this.param, hidden: this.hidden, out: this.y };
    return gatedFeedForward(x, this.weights, options).out;
  }

  backward(dy: ArrayOf<D>): ArrayOf<D> {
    this.dx = sized(this.dx, this.input.length);
    const grads = { dx: this.dx, dW: this.W.grad, db: this.b.grad, dV: this.V.grad, dc: this.c.grad };
    gatedFeedForwardBackward(this.input, this.hidden, dy, this.weights, {
      gate: this.gate,
      param: this.param,
      grads,
    });
    return this.dx;
  }

  probe(): ActivationProbe<D> {
    const { rows, hidden, outputSize: h, gate, param } = this;
    // the gate's input v = xV + c: the second half of each hidden row
    const pre = arrayOf(this.dtype, rows * h);
    for (let i = 0; i < rows; i++) pre.set(hidden.subarray(i * 2 * h + h, (i + 1) * 2 * h), i * h);
    return {
      rows,
      units: h,
      pre,
      post: this.y,
      slope: () => activationBackward(gate, pre, ones(pre.length, this.dtype), { param }),
    };
  }
}
