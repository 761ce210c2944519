import { notANumber } from "../checkParam.js";
import { dd, pow2, scaleByPow2, twoProd, twoSum } from "../special/doubleDouble.js";
import { erfcParts } from "../special/erfcParts.js";
import { expParts, expPartsScratch } from "../special/expParts.js";
import { type RootSeries, sumRootSeries } from "../special/rootSeries.js";

// 1/√2 and 1/√(2π) as pairs (mpmath)
const SQRT1_2 = Math.SQRT1_2;
const SQRT1_2_LO = -4.833646656726457e-17;
const INV_SQRT_2PI = 0.3989422804014327;
const INV_SQRT_2PI_LO = -2.49232720227773e-17;

const phi = expPartsScratch();
const pdf = expPartsScratch();
const a = dd();
const b = dd();
const c = dd();

// Φ(x) = erfc(−x/√2)/2 into phi as (hi + lo)·2^scale, −x/√2 carried as a pair so its rounding
// (which would cost |x|²/2 ULP in the tail) does not reach the result
function normalCdf(x: number): void {
  twoProd(-x, SQRT1_2, a);
  erfcParts(a.hi, a.lo - x * SQRT1_2_LO, phi);
  phi.scale -= 1;
}

/**
 * Gaussian error linear unit, exact form gelu(x) = x·Φ(x) = x·erfc(−x/√2)/2 (Hendrycks & Gimpel
 * 2016; PyTorch's `approximate="none"`).
 *
 * Φ comes from erfc, not 1 + erf (which is 0 for x < −8.3), with −x/√2 carried as a pair and the
 * exponent kept apart, so gelu stays within 1 ULP through its subnormal tail (gelu(−38) ≈ −1.1e−315).
 * Special cases: NaN → NaN, gelu(±0) = ±0, gelu(+∞) = +∞, gelu(−∞) = −0 (gelu(x) = −0 below −39.5).
 *
 * @example gelu(1) // => 0.8413447460685429
 */
export function gelu(x: number): number {
  if (typeof x !== "number") throw notANumber("gelu", x);
  if (x > 40) return x; // Φ(x) = 1 − 3e−350
  if (x < -40) return -0; // also −∞
  if (Number.isNaN(x)) return x;
  // x·Φ(x) = x/2 + x²/√(2π) + …, and the x² term is below the last digit of x/2; keeps ±0
  if (Math.abs(x) < 1e-300) return x * 0.5;
  normalCdf(x);
  twoProd(x, phi.hi, b);
  const y = scaleByPow2(b.hi + (b.lo + x * phi.lo), phi.scale);
  // an underflow keeps the sign of x (Φ > 0); where Φ's parts underflow, −0 + 0 would give +0
  return y === 0 ? x * 0 : y;
}

// gelu′'s Taylor series around its zero crossing x₀ ≈ −0.7518 (mpmath; scripts/generateFixtures.py roots)
const GELU_GRAD_ROOT: RootSeries = {
  x0: -0.7517915246935645,
  x0Lo: 1.4956759177009883e-17,
  c1: 0.4314939923140469,
  c1Lo: 2.7308688141129613e-17,
  c2: 0.388284982990552,
  c2Lo: 2.3344842362524718e-17,
  // biome-ignore format: coefficient list
  rest: [-0.018199676398671087, -0.1140082332972217, -0.014771522148244337, 0.019421679838189067, 0.004539228379125415, -0.002239538068073497, -0.0007448268386746817, 0.00018633974623233514, 8.615947861116571e-05, -1.121438018842664e-05, -7.74846130700372e-06, 4.3284506257392273e-07, 5.702764979242107e-07, -1.6044265494246427e-09, -3.5459866461783865e-08, -1.396942086426202e-09, 1.90319840501314e-09, 1.4506418938779426e-10, -8.950037692726255e-11, -9.950340824808053e-12, 3.725967039270119e-12, 5.482292964742324e-13, -1.3820118240601056e-13, -2.5871508475507507e-14, 4.578167824271334e-15, 1.0789662518230159e-15],
};

/**
 * Derivative of exact GELU, gelu′(x) = Φ(x) + x·φ(x), φ(x) = e^(−x²/2)/√(2π).
 *
 * Both terms are carried with extra bits (x²/2 as a pair) and added once. It crosses 0 at
 * x₀ ≈ −0.7518, where the two terms cancel: on [−1.35, −0.35] it sums its Taylor series around x₀
 * instead (coefficients from mpmath), so the relative accuracy holds up to the crossing.
 * Special cases: NaN → NaN, gelu′(+∞) = 1, gelu′(−∞) = −0 (from below −38.8), gelu′(0) = 0.5.
 *
 * @example geluGrad(0) // => 0.5
 */
export function geluGrad(x: number): number {
  if (typeof x !== "number") throw notANumber("geluGrad", x);
  if (x > 40) return 1;
  if (x < -40) return -0; // also −∞
  if (Number.isNaN(x)) return x;
  if (x >= -1.35 && x <= -0.35) return sumRootSeries(x, GELU_GRAD_ROOT);
  normalCdf(x);
  // x·φ(x) = x·e^(−x²/2)/√(2π) into pdf, with x²/2 as a pair
  twoProd(x, x, a);
  expParts(-0.5 * a.hi, -0.5 * a.lo, pdf);
  twoProd(x, INV_SQRT_2PI, b);
  const kl = b.lo + x * INV_SQRT_2PI_LO;
  twoProd(b.hi, pdf.hi, c);
  const pdfLo = c.lo + b.hi * pdf.lo + kl * pdf.hi;
  // bring both to phi's exponent (they are within a factor 2^±3 of each other or pdf dominates)
  const shift = pow2(pdf.scale - phi.scale);
  twoSum(phi.hi, c.hi * shift, b);
  const y = scaleByPow2(b.hi + (b.lo + phi.lo + pdfLo * shift), phi.scale);
  // gelu′ underflows only in its negative tail (x < −38), to −0; −0 + 0 in the parts would give +0
  return y === 0 ? -0 : y;
}
