import { activationBackward, activationForward } from "../kernels/index.js";
import { checkId, checkOptions } from "../kernels/validate.js";
import type { ActivationId } from "../registry/index.js";
import { checkFunction, checkParameterCount, describe } from "./check.js";
import { type ArrayOf, arrayOf, checkArrayOf, checkDtype, type Dtype } from "./dtype.js";
import { glorotUniform, type Initializer, zeros } from "./initializers.js";
import {
  type ActivationProbe,
  checkActivationParam,
  checkInput,
  checkSize,
  type Layer,
  sized,
} from "./layer.js";
import { matmul, matmulTransposeA, matmulTransposeB } from "./matmul.js";
import { createParam, initParam, type Param } from "./param.js";
import { type Rng, rngOf } from "./rng.js";

export interface DenseOptions<D extends Dtype = "float64"> {
  inputSize: number;
  outputSize: number;
  /** Any registered activation, or null (the default) for a linear layer. */
  activation?: ActivationId | null;
  /** The activation's parameter (α or β), fixed; the registry default when omitted. */
  param?: number;
  /** Weight initialiser; default glorotUniform (Keras's default). */
  init?: Initializer;
  /** Bias initialiser; default zeros. */
  biasInit?: Initializer;
  /** A seed or a generator for the initial weights; default 0. */
  seed?: number | Rng;
  /**
   * "float64" (the default) or "float32": the type of its parameters, inputs and outputs. A
   * float32 layer multiplies in WebAssembly SIMD and runs the float32 activation kernels; its
   * weights are the float64 initialiser's draws, rounded.
   */
  dtype?: D;
}

/**
 * A fully connected layer, a = f(z) with z = xW + b: W is [inputSize × outputSize] row-major (as
 * Keras's kernel), b has outputSize entries, f is any registered activation (through the kernels)
 * or none.
 *
 * Forward keeps x, z and a side by side; backward reads the chain rule off them:
 *   ∂L/∂z = ∂L/∂a ⊙ f′(z),  ∂L/∂W = xᵀ·∂L/∂z,  ∂L/∂b = Σ_rows ∂L/∂z,  ∂L/∂x = ∂L/∂z·Wᵀ.
 *
 * @example
 * const layer = new Dense({ inputSize: 2, outputSize: 3, activation: "relu", seed: 1 });
 * layer.forward(Float64Array.of(1, -1), 1) // => Float64Array of 3 non-negative numbers
 */
export class Dense<D extends Dtype = "float64"> implements Layer<D> {
  readonly label: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly dtype: D;
  readonly activation: ActivationId | null;
  readonly param: number | undefined;
  readonly weight: Param<D>;
  readonly bias: Param<D>;
  readonly params: readonly Param<D>[];
  private rows = 0;
  private input: ArrayOf<D>; // x, kept for ∂L/∂W
  private z: ArrayOf<D>; // pre-activation xW + b, kept for f′(z)
  private a: ArrayOf<D>; // output f(z)
  private dz: ArrayOf<D>;
  private dx: ArrayOf<D>;

  constructor(options: DenseOptions<D>) {
    const fn = "Dense";
    const {
      inputSize,
      outputSize,
      activation = null,
      param,
      init = glorotUniform,
      biasInit = zeros,
      seed = 0,
      dtype,
    } = checkOptions(fn, options, true);
    this.dtype = checkDtype(fn, dtype);
    checkSize(fn, "inputSize", inputSize);
    checkSize(fn, "outputSize", outputSize);
    checkParameterCount(
      fn,
      `inputSize ${inputSize} × outputSize ${outputSize}`,
      inputSize * outputSize + outputSize,
    );
    if (activation !== null) checkId(fn, activation, "activation");
    if (activation === null && param !== undefined) {
      throw new TypeError(`Dense: a linear layer takes no parameter, got param ${describe(param)}`);
    }
    if (activation !== null) checkActivationParam(fn, activation, param);
    checkFunction(fn, "init", init);
    checkFunction(fn, "biasInit", biasInit);
    const rng = rngOf(fn, "seed", seed);
    this.inputSize = inputSize;
    this.outputSize = outputSize;
    this.activation = activation;
    this.param = param;
    this.label = `dense ${inputSize}→${outputSize}${activation ? ` ${activation}` : ""}`;
    this.weight = createParam(`${this.label} weight`, inputSize * outputSize, true, this.dtype);
    this.bias = createParam(`${this.label} bias`, outputSize, true, this.dtype);
    initParam(this.weight, init, { fanIn: inputSize, fanOut: outputSize }, rng);
    initParam(this.bias, biasInit, { fanIn: inputSize, fanOut: outputSize }, rng);
    this.params = [this.weight, this.bias];
    [this.input, this.z, this.a, this.dz, this.dx] = [0, 0, 0, 0, 0].map(() => arrayOf(this.dtype, 0));
  }

  forward(x: ArrayOf<D>, rows: number): ArrayOf<D> {
    checkInput(this.label, x, rows, this.inputSize, this.dtype);
    const n = this.outputSize;
    this.rows = rows;
    this.input = x;
    this.z = sized(this.z, rows * n);
    // z = xW + b
    matmul(x, this.weight.value, this.z, rows, this.inputSize, n);
    for (let i = 0; i < rows; i++) for (let j = 0; j < n; j++) this.z[i * n + j] += this.bias.value[j];
    if (this.activation === null) return this.z;
    // a = f(z)
    this.a = sized(this.a, rows * n);
    return activationForward(this.activation, this.z, { param: this.param, out: this.a });
  }

  backward(dy: ArrayOf<D>): ArrayOf<D> {
    const { rows, inputSize, outputSize: n } = this;
    checkArrayOf(this.label, "dy", this.dtype, dy, rows * n);
    // ∂L/∂z = ∂L/∂a ⊙ f′(z)
    let dz = dy;
    if (this.activation !== null) {
      this.dz = sized(this.dz, rows * n);
      dz = activationBackward(this.activation, this.z, dy, { param: this.param, out: this.dz });
    }
    // ∂L/∂W = xᵀ·∂L/∂z,  ∂L/∂b = Σ_rows ∂L/∂z
    matmulTransposeA(this.input, dz, this.weight.grad, rows, inputSize, n);
    const db = this.bias.grad.fill(0);
    for (let i = 0; i < rows; i++) for (let j = 0; j < n; j++) db[j] += dz[i * n + j];
    // ∂L/∂x = ∂L/∂z·Wᵀ
    this.dx = sized(this.dx, rows * inputSize);
    return matmulTransposeB(dz, this.weight.value, this.dx, rows, inputSize, n);
  }

  probe(): ActivationProbe<D> {
    const { rows, z, activation, param } = this;
    const post = activation === null ? z : this.a;
    return {
      rows,
      units: this.outputSize,
      pre: z,
      post,
      slope: () =>
        activation === null ? null : activationBackward(activation, z, ones(z.length, this.dtype), { param }),
    };
  }
}

/** A new array of `n` ones: the upstream gradient that turns a backward kernel into f′. */
export function ones<D extends Dtype = "float64">(n: number, dtype?: D): ArrayOf<D> {
  return arrayOf(checkDtype("ones", dtype), n).fill(1) as ArrayOf<D>;
}
