import type { Dtype } from "./dtype.js";
import type { Sequential } from "./sequential.js";

/**
 * Thrown by {@link train} when the loss becomes NaN or infinite; names the step and the first
 * layer whose output holds a non-finite value.
 *
 * @example
 * try { train(model, options); } catch (e) { if (e instanceof NonFiniteLossError) e.layer; } // => 1, say
 */
export class NonFiniteLossError extends Error {
  override readonly name = "NonFiniteLossError";
  constructor(
    message: string,
    readonly step: number,
    readonly epoch: number,
    /** Index of the first layer whose output held a non-finite value, or null when all were finite. */
    readonly layer: number | null,
  ) {
    super(message);
  }
}

/** The error for a non-finite loss, naming the first layer whose output holds a non-finite value. */
export function nonFinite<D extends Dtype>(
  model: Sequential<D>,
  value: number,
  step: number,
  epoch: number,
): NonFiniteLossError {
  const bad = model.outputs.findIndex((out) => out.some((v) => !Number.isFinite(v)));
  const where =
    bad === -1
      ? "every layer's output is finite, so the loss itself overflowed (check the targets and the loss)"
      : `the first non-finite value is in the output of layer ${bad} (${model.layers[bad].label})`;
  return new NonFiniteLossError(
    `train: loss is ${value} at step ${step} (epoch ${epoch}); ${where}`,
    step,
    epoch,
    bad === -1 ? null : bad,
  );
}
