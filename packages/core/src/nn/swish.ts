import { activationForward, swishBackward } from "../kernels/index.js";
import { checkOptions } from "../kernels/validate.js";
import { activations } from "../registry/index.js";
import { checkBoolean, checkFinite, checkParameterCount } from "./check.js";
import { ones } from "./dense.js";
import { type ArrayOf, arrayOf, checkDtype, type Dtype } from "./dtype.js";
import { type ActivationProbe, checkInput, checkSize, type Layer, sized } from "./layer.js";
import { createParam, type Param } from "./param.js";

export interface SwishOptions<D extends Dtype = "float64"> {
  /** Units per sample (input and output size). */
  size: number;
  /** Initial β; default 1 (SiLU). */
  beta?: number;
  /** Whether β is learned; default true. */
  learnable?: boolean;
  /** "float64" (the default) or "float32", as {@link Dense}'s. */
  dtype?: D;
}

/**
 * Swish with a learnable β (Ramachandran et al., 2017): f(x) = x·σ(βx), one β for the layer.
 *
 * Value and derivatives from the core's swish kernels:
 *   ∂L/∂x = ∂L/∂y ⊙ ∂f/∂x,   ∂L/∂β = Σ ∂L/∂y · ∂f/∂β = Σ ∂L/∂y · x²σ(βx)σ(−βx).
 * β has no weight decay. With `learnable: false` it has no parameters (β stays fixed).
 *
 * @example
 * const layer = new Swish({ size: 1, beta: 1 });
 * layer.forward(Float64Array.of(0), 1) // => Float64Array [0]
 */
export class Swish<D extends Dtype = "float64"> implements Layer<D> {
  readonly label: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly dtype: D;
  readonly beta: Param<D>;
  readonly params: readonly Param<D>[];
  private rows = 0;
  private input: ArrayOf<D>; // x, kept for ∂f/∂x and ∂f/∂β
  private y: ArrayOf<D>;
  private dx: ArrayOf<D>;

  constructor(options: SwishOptions<D>) {
    const fn = "Swish";
    const {
      size,
      beta = activations.swish.param!.default,
      learnable = true,
      dtype,
    } = checkOptions(fn, options, true);
    this.dtype = checkDtype(fn, dtype);
    checkSize(fn, "size", size);
    checkParameterCount(fn, `size ${size}`, size);
    checkFinite(fn, "beta", beta);
    checkBoolean(fn, "learnable", learnable);
    this.inputSize = size;
    this.outputSize = size;
    this.label = `swish ${size}${learnable ? " learnable β" : ""}`;
    this.beta = createParam(`${this.label} beta`, 1, false, this.dtype);
    this.beta.value[0] = beta;
    this.params = learnable ? [this.beta] : [];
    [this.input, this.y, this.dx] = [0, 0, 0].map(() => arrayOf(this.dtype, 0));
  }

  forward(x: ArrayOf<D>, rows: number): ArrayOf<D> {
    checkInput(this.label, x, rows, this.inputSize, this.dtype);
    this.rows = rows;
    this.input = x;
    this.y = sized(this.y, x.length);
    return activationForward("swish", x, { param: this.beta.value[0], out: this.y });
  }

  backward(dy: ArrayOf<D>): ArrayOf<D> {
    this.dx = sized(this.dx, this.input.length);
    const { dBeta } = swishBackward(this.input, dy, this.beta.value[0], { out: this.dx });
    this.beta.grad[0] = dBeta;
    return this.dx;
  }

  probe(): ActivationProbe<D> {
    const { rows, input } = this;
    return {
      rows,
      units: this.outputSize,
      pre: input,
      post: this.y,
      slope: () => swishBackward(input, ones(input.length, this.dtype), this.beta.value[0]).dx,
    };
  }
}
