import { type ArrayOf, arrayOf, checkArrayOf, type Dtype } from "./dtype.js";
import { type ActivationProbe, checkInput, type Layer } from "./layer.js";
import type { Param } from "./param.js";
import { checkLayers, Sequential } from "./sequential.js";

/**
 * A pre-norm residual block, y = x + F(RMSNorm(x)), the arrangement of a Transformer's
 * feed-forward sublayer (RMSNorm as in T5 and LLaMA, without a learned gain): per row,
 * z = x / r with r = √(mean(x²) + 10⁻⁶), and y = x + F(z) for the inner layers F.
 * Backward: ∂L/∂x = ∂L/∂y + (g − z·mean(g ⊙ z)) / r with g = ∂L/∂z from F.
 * The inner layers keep the width. measureActivations stacks these blocks for the gated units;
 * the lab's studies put any feed-forward unit in them (ReLU as the control for GEGLU and SwiGLU).
 *
 * @example
 * const block = new PreNormResidual([
 *   new Dense({ inputSize: 4, outputSize: 8, activation: "relu", seed: 1 }),
 *   new Dense({ inputSize: 8, outputSize: 4, seed: 2 }),
 * ]);
 * block.forward(new Float64Array(4), 1) // => Float64Array [0, 0, 0, 0] (x + F(0), F's biases start at 0)
 */
export class PreNormResidual<D extends Dtype = "float64"> implements Layer<D> {
  readonly label: string;
  readonly inputSize: number;
  readonly outputSize: number;
  /** Its inner layers' dtype. */
  readonly dtype: D;
  readonly params: readonly Param<D>[];
  private readonly inner: Sequential<D>;
  private z: ArrayOf<D>;
  private rms = new Float64Array(0);
  private out: ArrayOf<D>;
  private dx: ArrayOf<D>;

  constructor(layers: readonly Layer<D>[]) {
    this.dtype = checkLayers("PreNormResidual", layers);
    this.inner = new Sequential(layers);
    [this.z, this.out, this.dx] = [0, 0, 0].map(() => arrayOf(this.dtype, 0));
    if (this.inner.outputSize !== this.inner.inputSize) {
      throw new RangeError(
        `PreNormResidual: layers must map ${this.inner.inputSize} inputs back to ${this.inner.inputSize}, got ${this.inner.outputSize}`,
      );
    }
    this.inputSize = this.outputSize = this.inner.inputSize;
    this.params = this.inner.params;
    this.label = `residual(rmsnorm → ${layers.map((layer) => layer.label).join(" → ")})`;
  }

  forward(x: ArrayOf<D>, rows: number): ArrayOf<D> {
    checkInput(this.label, x, rows, this.inputSize, this.dtype);
    const n = this.inputSize;
    this.z = arrayOf(this.dtype, x.length);
    this.rms = new Float64Array(rows);
    for (let r = 0; r < rows; r++) {
      let sq = 0;
      for (let j = 0; j < n; j++) sq += x[r * n + j] * x[r * n + j];
      this.rms[r] = Math.sqrt(sq / n + 1e-6);
      for (let j = 0; j < n; j++) this.z[r * n + j] = x[r * n + j] / this.rms[r];
    }
    const f = this.inner.forward(this.z, rows);
    this.out = arrayOf(this.dtype, x.length);
    for (let i = 0; i < x.length; i++) this.out[i] = x[i] + f[i];
    return this.out;
  }

  backward(dy: ArrayOf<D>): ArrayOf<D> {
    const n = this.inputSize;
    checkArrayOf(this.label, "dy", this.dtype, dy, this.rms.length * n);
    const g = this.inner.backward(dy);
    this.dx = arrayOf(this.dtype, dy.length);
    for (let r = 0; r < this.rms.length; r++) {
      let dot = 0;
      for (let j = 0; j < n; j++) dot += g[r * n + j] * this.z[r * n + j];
      for (let j = 0; j < n; j++) {
        const i = r * n + j;
        this.dx[i] = dy[i] + (g[i] - (this.z[i] * dot) / n) / this.rms[r];
      }
    }
    return this.dx;
  }

  /** The first inner layer's nonlinearity (the gate, for a gated block). */
  probe(): ActivationProbe<D> {
    return this.inner.layers[0].probe();
  }
}
