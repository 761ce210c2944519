import { activationBackward, activationForward } from "../kernels/index.js";
import { checkId, checkOptions } from "../kernels/validate.js";
import type { ActivationId } from "../registry/index.js";
import { checkFloat64Array, checkFunction, checkParameterCount, describe } from "./check.js";
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
import { createParam, type Param } from "./param.js";
import { type Rng, rngOf } from "./rng.js";

export interface DenseOptions {
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
export class Dense implements Layer {
  readonly label: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly activation: ActivationId | null;
  readonly param: number | undefined;
  readonly weight: Param;
  readonly bias: Param;
  readonly params: readonly Param[];
  private rows = 0;
  private input: Float64Array = new Float64Array(0); // x, kept for ∂L/∂W
  private z: Float64Array = new Float64Array(0); // pre-activation xW + b, kept for f′(z)
  private a: Float64Array = new Float64Array(0); // output f(z)
  private dz: Float64Array = new Float64Array(0);
  private dx: Float64Array = new Float64Array(0);

  constructor(options: DenseOptions) {
    const fn = "Dense";
    const {
      inputSize,
      outputSize,
      activation = null,
      param,
      init = glorotUniform,
      biasInit = zeros,
      seed = 0,
    } = checkOptions(fn, options, true);
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
    this.weight = createParam(`${this.label} weight`, inputSize * outputSize);
    this.bias = createParam(`${this.label} bias`, outputSize);
    init(this.weight.value, { fanIn: inputSize, fanOut: outputSize }, rng);
    biasInit(this.bias.value, { fanIn: inputSize, fanOut: outputSize }, rng);
    this.params = [this.weight, this.bias];
  }

  forward(x: Float64Array, rows: number): Float64Array {
    checkInput(this.label, x, rows, this.inputSize);
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

  backward(dy: Float64Array): Float64Array {
    const { rows, inputSize, outputSize: n } = this;
    checkFloat64Array(this.label, "dy", dy, rows * n);
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

  probe(): ActivationProbe {
    const { rows, z, activation, param } = this;
    const post = activation === null ? z : this.a;
    return {
      rows,
      units: this.outputSize,
      pre: z,
      post,
      slope: () =>
        activation === null ? null : activationBackward(activation, z, ones(z.length), { param }),
    };
  }
}

/** A new array of `n` ones: the upstream gradient that turns a backward kernel into f′. */
export function ones(n: number): Float64Array {
  return new Float64Array(n).fill(1);
}
