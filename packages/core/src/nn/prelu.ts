import { activationForward, preluBackward } from "../kernels/index.js";
import { checkOptions } from "../kernels/validate.js";
import { activations } from "../registry/index.js";
import { checkBoolean, checkFinite, checkParameterCount } from "./check.js";
import { ones } from "./dense.js";
import { type ArrayOf, arrayOf, checkDtype, type Dtype } from "./dtype.js";
import { type ActivationProbe, checkInput, checkSize, type Layer, sized } from "./layer.js";
import { createParam, type Param } from "./param.js";

export interface PReLUOptions<D extends Dtype = "float64"> {
  /** Units per sample (input and output size). */
  size: number;
  /** One α per unit (true) or one α shared by all units (false, the default, as PyTorch's). */
  perUnit?: boolean;
  /** Initial α; default 0.25 (He et al., 2015). */
  alpha?: number;
  /** "float64" (the default) or "float32", as {@link Dense}'s. */
  dtype?: D;
}

/**
 * Parametric ReLU with a learnable slope α for negative inputs (He et al., 2015), as PyTorch's
 * `nn.PReLU`: f(x) = x for x > 0, α·x otherwise; α shared or one per unit (the last dimension).
 *
 * The value and both derivatives come from the core's prelu (kernels and registry):
 *   ∂L/∂x = ∂L/∂y ⊙ f′(x) (f′(0) = α, the left-hand derivative),  ∂L/∂α = Σ ∂L/∂y · min(x, 0).
 * α has no weight decay by default (its `weightDecay` is false), as PyTorch advises.
 *
 * @example
 * const layer = new PReLU({ size: 2, alpha: 0.1 });
 * layer.forward(Float64Array.of(-1, 2), 1) // => Float64Array [-0.1, 2]
 */
export class PReLU<D extends Dtype = "float64"> implements Layer<D> {
  readonly label: string;
  readonly inputSize: number;
  readonly outputSize: number;
  readonly dtype: D;
  readonly alpha: Param<D>;
  readonly params: readonly Param<D>[];
  private readonly perUnit: boolean;
  private rows = 0;
  private input: ArrayOf<D>; // x, kept for f′(x) and ∂f/∂α
  private y: ArrayOf<D>;
  private dx: ArrayOf<D>;

  constructor(options: PReLUOptions<D>) {
    const fn = "PReLU";
    const {
      size,
      perUnit = false,
      alpha = activations.prelu.param!.default,
      dtype,
    } = checkOptions(fn, options, true);
    this.dtype = checkDtype(fn, dtype);
    checkSize(fn, "size", size);
    checkParameterCount(fn, `size ${size}`, size);
    checkBoolean(fn, "perUnit", perUnit);
    checkFinite(fn, "alpha", alpha);
    this.inputSize = size;
    this.outputSize = size;
    this.perUnit = perUnit;
    this.label = `prelu ${size}${perUnit ? " per unit" : ""}`;
    this.alpha = createParam(`${this.label} alpha`, perUnit ? size : 1, false, this.dtype);
    this.alpha.value.fill(alpha);
    this.params = [this.alpha];
    [this.input, this.y, this.dx] = [0, 0, 0].map(() => arrayOf(this.dtype, 0));
  }

  forward(x: ArrayOf<D>, rows: number): ArrayOf<D> {
    checkInput(this.label, x, rows, this.inputSize, this.dtype);
    this.rows = rows;
    this.input = x;
    this.y = sized(this.y, x.length);
    if (!this.perUnit) return activationForward("prelu", x, { param: this.alpha.value[0], out: this.y });
    // one α per unit: unit j of every row uses α[j], through the registry's scalar prelu
    const f = activations.prelu.f;
    const n = this.outputSize;
    for (let i = 0; i < x.length; i++) this.y[i] = f(x[i], this.alpha.value[i % n]);
    return this.y;
  }

  backward(dy: ArrayOf<D>): ArrayOf<D> {
    this.dx = sized(this.dx, this.input.length);
    if (!this.perUnit) {
      const { dAlpha } = preluBackward(this.input, dy, this.alpha.value[0], { out: this.dx });
      this.alpha.grad[0] = dAlpha;
    } else {
      const { dAlpha } = preluBackward(this.input, dy, this.alpha.value, {
        out: this.dx,
        channels: this.outputSize,
      });
      this.alpha.grad.set(dAlpha);
    }
    return this.dx;
  }

  probe(): ActivationProbe<D> {
    const { rows, input, perUnit } = this;
    return {
      rows,
      units: this.outputSize,
      pre: input,
      post: this.y,
      slope: () => {
        const alpha = perUnit ? this.alpha.value : this.alpha.value[0];
        return preluBackward(input, ones(input.length, this.dtype), alpha).dx;
      },
    };
  }
}
