import { checkOptions } from "../kernels/validate.js";
// Weight initialisers. Each fills an array of shape [fanIn × fanOut] from the seeded generator.
// Normal variants draw from a plain (untruncated) normal, as PyTorch's init functions do.
import { checkFinite, checkFloat64Array, checkFunction, checkInteger, describe } from "./check.js";
import { Rng } from "./rng.js";

/** A weight's fan: inputs per unit (fanIn) and units fed (fanOut). */
export interface Fan {
  readonly fanIn: number;
  readonly fanOut: number;
}

/** Fills `target` in place and returns it. */
export type Initializer = (target: Float64Array, fan: Fan, rng: Rng) => Float64Array;

/**
 * An initialiser with its arguments checked once (target a Float64Array, fan two integers ≥ 1, rng
 * an Rng): `fill` gets them and the fan's numbers.
 */
function initializer(
  name: string,
  fill: (target: Float64Array, fanIn: number, fanOut: number, rng: Rng) => Float64Array,
): Initializer {
  return (target, fan, rng) => {
    checkFloat64Array(name, "target", target);
    checkOptions(name, fan, true, "fan");
    const fanIn = checkInteger(name, "fan.fanIn", fan.fanIn, 1);
    const fanOut = checkInteger(name, "fan.fanOut", fan.fanOut, 1);
    if (!(rng instanceof Rng)) throw new TypeError(`${name}: rng must be an Rng, got ${describe(rng)}`);
    return fill(target, fanIn, fanOut, rng);
  };
}

function uniformFill(target: Float64Array, limit: number, rng: Rng): Float64Array {
  for (let i = 0; i < target.length; i++) target[i] = rng.uniform(-limit, limit);
  return target;
}

function normalFill(target: Float64Array, std: number, rng: Rng): Float64Array {
  for (let i = 0; i < target.length; i++) target[i] = rng.normal(0, std);
  return target;
}

/**
 * Glorot/Xavier uniform (Glorot & Bengio, 2010): U(−l, l) with l = √(6 / (fanIn + fanOut)).
 * Keras's default for dense layers.
 *
 * @example glorotUniform(new Float64Array(4), { fanIn: 2, fanOut: 2 }, new Rng(1)) // => values in (−√1.5, √1.5)
 */
export const glorotUniform: Initializer = initializer("glorotUniform", (target, fanIn, fanOut, rng) =>
  uniformFill(target, Math.sqrt(6 / (fanIn + fanOut)), rng),
);

/**
 * Glorot/Xavier normal: N(0, σ²) with σ = √(2 / (fanIn + fanOut)).
 *
 * @example glorotNormal(new Float64Array(4), { fanIn: 2, fanOut: 2 }, new Rng(1)) // => std ≈ 0.707
 */
export const glorotNormal: Initializer = initializer("glorotNormal", (target, fanIn, fanOut, rng) =>
  normalFill(target, Math.sqrt(2 / (fanIn + fanOut)), rng),
);

/**
 * He/Kaiming uniform (He et al., 2015), for ReLU-like units: U(−l, l) with l = √(6 / fanIn).
 *
 * @example heUniform(new Float64Array(4), { fanIn: 6, fanOut: 2 }, new Rng(1)) // => values in (−1, 1)
 */
export const heUniform: Initializer = initializer("heUniform", (target, fanIn, _, rng) =>
  uniformFill(target, Math.sqrt(6 / fanIn), rng),
);

/**
 * He/Kaiming normal: N(0, σ²) with σ = √(2 / fanIn).
 *
 * @example heNormal(new Float64Array(4), { fanIn: 2, fanOut: 2 }, new Rng(1)) // => std ≈ 1
 */
export const heNormal: Initializer = initializer("heNormal", (target, fanIn, _, rng) =>
  normalFill(target, Math.sqrt(2 / fanIn), rng),
);

/**
 * LeCun uniform (LeCun et al., 1998), for SELU/tanh-like units: U(−l, l) with l = √(3 / fanIn).
 *
 * @example lecunUniform(new Float64Array(4), { fanIn: 3, fanOut: 2 }, new Rng(1)) // => values in (−1, 1)
 */
export const lecunUniform: Initializer = initializer("lecunUniform", (target, fanIn, _, rng) =>
  uniformFill(target, Math.sqrt(3 / fanIn), rng),
);

/**
 * LeCun normal: N(0, σ²) with σ = √(1 / fanIn).
 *
 * @example lecunNormal(new Float64Array(4), { fanIn: 1, fanOut: 2 }, new Rng(1)) // => std ≈ 1
 */
export const lecunNormal: Initializer = initializer("lecunNormal", (target, fanIn, _, rng) =>
  normalFill(target, Math.sqrt(1 / fanIn), rng),
);

/**
 * Glorot & Bengio's "standard" initialisation (their eq. 1, the one under which they saw the top
 * sigmoid layer saturate): U(−l, l) with l = 1/√fanIn. Also what PyTorch's nn.Linear draws by
 * default (kaiming_uniform_ with a = √5 gives the same limit).
 *
 * @example standardUniform(new Float64Array(4), { fanIn: 4, fanOut: 2 }, new Rng(1)) // => values in (−0.5, 0.5)
 */
export const standardUniform: Initializer = initializer("standardUniform", (target, fanIn, _, rng) =>
  uniformFill(target, 1 / Math.sqrt(fanIn), rng),
);

/**
 * All zeros (biases' default). Draws nothing from the generator.
 *
 * @example zeros(new Float64Array(2), { fanIn: 1, fanOut: 2 }, new Rng(1)) // => [0, 0]
 */
export const zeros: Initializer = initializer("zeros", (target) => target.fill(0));

/**
 * Every entry equal to `value`. Draws nothing from the generator.
 *
 * @example constant(0.1)(new Float64Array(2), { fanIn: 1, fanOut: 2 }, new Rng(1)) // => [0.1, 0.1]
 */
export function constant(value: number): Initializer {
  checkFinite("constant", "value", value);
  return initializer("constant", (target) => target.fill(value));
}

/**
 * `init` with every weight multiplied by `gain` (PyTorch's `gain` argument of its init
 * functions): the same draws from the generator, scaled, so gain 1 gives `init`'s own weights.
 *
 * @example scaled(heUniform, 0.5)(new Float64Array(4), { fanIn: 6, fanOut: 2 }, new Rng(1)) // => values in (−0.5, 0.5)
 */
export function scaled(init: Initializer, gain: number): Initializer {
  checkFunction("scaled", "init", init);
  // a gain of 0 or below is no gain (zero or sign-flipped weights): say so rather than train a dead net
  if (typeof gain !== "number" || !Number.isFinite(gain) || gain <= 0) {
    const ErrorType = typeof gain === "number" ? RangeError : TypeError;
    throw new ErrorType(`scaled: gain must be a finite number > 0, got ${describe(gain)}`);
  }
  return (target, fan, rng) => {
    init(target, fan, rng);
    for (let i = 0; i < target.length; i++) target[i] *= gain;
    return target;
  };
}
