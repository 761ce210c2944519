import { activationForward, swishBackward } from "../kernels/index.js";
import { checkOptions } from "../kernels/validate.js";
import { activations } from "../registry/index.js";
import { checkBoolean, checkFinite, checkParameterCount } from "./check.js";
import { type ActivationProbe, checkInput, checkSize, type Layer, sized } from "./layer.js";
import { createParam, type Param } from "./param.js";

export interface SwishOptions {
  /** Units per sample (input and output size). */
  size: number;
  /** Initial β; default 1 (SiLU). */
  beta?: number;
  /** Whether β is learned; default true. */
  learnable?: boolean;
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
export class Swish implements Layer {
  readonly label: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly beta: Param;
  readonly params: readonly Param[];
  private rows = 0;
  private input: Float64Array = new Float64Array(0); // x, kept for ∂f/∂x and ∂f/∂β
  private y: Float64Array = new Float64Array(0);
  private dx: Float64Array = new Float64Array(0);

  constructor(options: SwishOptions) {
    const fn = "Swish";
    const {
      size,
      beta = activations.swish.param!.default,
      learnable = true,
    } = checkOptions(fn, options, true);
    checkSize(fn, "size", size);
    checkParameterCount(fn, `size ${size}`, size);
    checkFinite(fn, "beta", beta);
    checkBoolean(fn, "learnable", learnable);
    this.inputSize = size;
    this.outputSize = size;
    this.label = `swish ${size}${learnable ? " learnable β" : ""}`;
    this.beta = createParam(`${this.label} beta`, 1, false);
    this.beta.value[0] = beta;
    this.params = learnable ? [this.beta] : [];
  }

  forward(x: Float64Array, rows: number): Float64Array {
    checkInput(this.label, x, rows, this.inputSize);
    this.rows = rows;
    this.input = x;
    this.y = sized(this.y, x.length);
    return activationForward("swish", x, { param: this.beta.value[0], out: this.y });
  }

  backward(dy: Float64Array): Float64Array {
    this.dx = sized(this.dx, this.input.length);
    const { dBeta } = swishBackward(this.input, dy, this.beta.value[0], { out: this.dx });
    this.beta.grad[0] = dBeta;
    return this.dx;
  }

  probe(): ActivationProbe {
    const { rows, input } = this;
    return {
      rows,
      units: this.outputSize,
      pre: input,
      post: this.y,
      slope: () => swishBackward(input, new Float64Array(input.length).fill(1), this.beta.value[0]).dx,
    };
  }
}
