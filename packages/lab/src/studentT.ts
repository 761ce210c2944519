/**
 * Γ((ν + 1)/2) / Γ(ν/2) for a whole ν ≥ 1, from r(1) = 1/√π and r(2) = √π/2 by the recurrence
 * r(ν + 2) = r(ν)·(ν + 1)/ν: the Student-t density's constant is r(ν)/√(νπ) = 1/(√ν·B(ν/2, 1/2)).
 * Beyond a few steps the recurrence is summed as logarithms, compensated (Kahan), since ν/2
 * rounded products drift by up to ν/2 units in the last place.
 */
function gammaRatio(degrees: number): number {
  const odd = degrees % 2 === 1;
  const start = odd ? 1 / Math.sqrt(Math.PI) : Math.sqrt(Math.PI) / 2;
  if (degrees <= 12) {
    let ratio = start;
    for (let v = odd ? 1 : 2; v < degrees; v += 2) ratio *= (v + 1) / v;
    return ratio;
  }
  let sum = Math.log(start);
  let carry = 0;
  for (let v = odd ? 1 : 2; v < degrees; v += 2) {
    const term = Math.log1p(1 / v) - carry;
    const next = sum + term;
    carry = next - sum - term;
    sum = next;
  }
  return Math.exp(sum);
}

/**
 * The continued fraction of the regularised incomplete beta function I_x(a, b) (Numerical
 * Recipes' betacf, modified Lentz): I_x(a, b) = x^a (1 − x)^b / (a·B(a, b)) · betaFraction(a, b, x),
 * which converges fast for x < (a + 1)/(a + b + 2).
 */
function betaFraction(a: number, b: number, x: number): number {
  const tiny = 1e-300;
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < tiny ? tiny : d);
  let fraction = d;
  for (let m = 1; m <= 100_000; m++) {
    for (const term of [
      (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m)),
      (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1)),
    ]) {
      d = 1 + term * d;
      d = 1 / (Math.abs(d) < tiny ? tiny : d);
      c = 1 + term / c;
      if (Math.abs(c) < tiny) c = tiny;
      fraction *= d * c;
    }
    if (Math.abs(d * c - 1) < 1e-17) break;
  }
  return fraction;
}

/**
 * The upper tail P(T > t) of Student's t with `degrees` degrees of freedom, t ≥ 0, to a few
 * units in the last place relative to itself (so a small tail keeps its digits):
 * P(T > t) = I_x(ν/2, 1/2)/2 with x = ν/(ν + t²), from the continued fraction where it converges
 * fast (the tails) and as 1/2 − I_(1−x)(1/2, ν/2)/2 near the centre.
 */
function upperTail(t: number, degrees: number, ratio: number): number {
  const a = degrees / 2;
  const x = degrees / (degrees + t * t);
  const y = (t * t) / (degrees + t * t);
  // ln x and ln(1 − x) without forming 1 − x: x = 1/(1 + t²/ν)
  const logX = -Math.log1p((t * t) / degrees);
  const logY = Math.log(y);
  // 1/B(ν/2, 1/2) = Γ((ν + 1)/2)/(Γ(ν/2)·√π)
  const inverseBeta = ratio / Math.sqrt(Math.PI);
  const front = Math.exp(a * logX + 0.5 * logY) * inverseBeta;
  if (x < (a + 1) / (a + 2.5)) return (front * betaFraction(a, 0.5, x)) / a / 2;
  return 0.5 - (front * betaFraction(0.5, a, y)) / 0.5 / 2;
}

/** Fixed-point arithmetic on BigInt with 160 fraction bits: far below a double's last place. */
const bits = 160n;
const one = 1n << bits;
/** π to 62 decimal places, in the fixed point. */
const piFixed = (314159265358979323846264338327950288419716939937510582097494459n * one) / 10n ** 62n;

/** A finite double ≥ 0 exactly in the fixed point (its bits below 2^−160 dropped). */
function toFixed(x: number): bigint {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const raw = view.getBigUint64(0);
  const exponent = Number((raw >> 52n) & 0x7ffn);
  const fraction = raw & ((1n << 52n) - 1n);
  const mantissa = exponent === 0 ? fraction : fraction | (1n << 52n);
  const shift = BigInt(Math.max(exponent, 1) - 1075) + bits;
  return shift >= 0n ? mantissa << shift : mantissa >> -shift;
}

/** ⌊√n⌋ of a BigInt 0 ≤ n < 2^1000 (Newton's method, falling from above). */
function integerSqrt(n: bigint): bigint {
  if (n < 2n) return n;
  // above √n: the double's square root is within a few parts in 10^16 of it
  let x = BigInt(Math.ceil(Math.sqrt(Number(n)) * (1 + 2 ** -40))) + 1n;
  for (;;) {
    const next = (x + n / x) >> 1n;
    if (next >= x) return x;
    x = next;
  }
}

/**
 * P(T > t) for t > 0 and a whole ν, in the fixed point, from the finite series of Abramowitz &
 * Stegun 26.7.3–4 written as the tail of their infinite sums, so every term is positive and the
 * result keeps its relative precision: with θ = atan(t/√ν), s = sin θ, c = cos θ,
 *   ν = 2m even:    P = s/2 · Σ_{k ≥ m} b_k c^{2k},  b_k = (1·3···(2k − 1))/(2·4···2k);
 *   ν = 2m + 1 odd: P = s·c/π · Σ_{k ≥ m} a_k c^{2k}, a_k = (2·4···2k)/(3·5···(2k + 1)).
 * About 25·ν/t² terms: for the moderate ν it is used for.
 */
function upperTailExact(t: number, degrees: number): bigint {
  const tFixed = toFixed(t);
  const nu = BigInt(degrees) << bits;
  const denominator = nu + ((tFixed * tFixed) >> bits); // ν + t²
  const cosSquared = (nu << bits) / denominator;
  const even = degrees % 2 === 0;
  const m = BigInt(even ? degrees / 2 : (degrees - 1) / 2);
  let term = one;
  let sum = m === 0n ? one : 0n;
  for (let k = 1n; term > 0n; k++) {
    term = even
      ? (((term * cosSquared) >> bits) * (2n * k - 1n)) / (2n * k)
      : (((term * cosSquared) >> bits) * (2n * k)) / (2n * k + 1n);
    if (k >= m) sum += term;
  }
  if (even) {
    const sine = (tFixed << bits) / integerSqrt(denominator << bits);
    return (sine * sum) >> (bits + 1n);
  }
  const sineCosine = ((tFixed * integerSqrt(nu << bits)) / denominator) as bigint;
  return (((sineCosine * sum) >> bits) << bits) / piFixed;
}

/** Up to this ν the quantile is polished with {@link upperTailExact}; beyond, its series grows long. */
const exactDegrees = 1000;

/**
 * The p-quantile of Student's t distribution with a whole number `degrees` ≥ 1 of degrees of
 * freedom: the t with P(T ≤ t) = p. Newton's method on the upper tail in doubles (the continued
 * fraction above), from the exact quantile for ν = 2 and safeguarded by bisection; then, for
 * ν ≤ 1000 and t² ≥ ν/900 (the 95 % intervals' t(0.975, ν) among them), polished on the exact
 * tail to the double nearest the quantile (correctly rounded: test/studentT.test.ts checks it
 * against mpmath); elsewhere within 1e-11 relative.
 * Special cases: p = 0 → −∞, p = 1 → +∞, p = 1/2 → 0, quantile(1 − p) = −quantile(p).
 *
 * @example studentTQuantile(0.975, 9) // => 2.2621571627982053 (mpmath: 2.26215716279820554…)
 */
export function studentTQuantile(p: number, degrees: number): number {
  if (typeof p !== "number" || !(p >= 0 && p <= 1))
    throw new RangeError(`studentTQuantile: p must be a number in [0, 1], got ${p}`);
  if (!Number.isInteger(degrees) || degrees < 1)
    throw new RangeError(`studentTQuantile: degrees must be an integer ≥ 1, got ${degrees}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  if (p === 0.5) return 0;
  // by symmetry, from the smaller tail: p itself below 1/2 (1 − (1 − p) would round it), 1 − p
  // above (exact for p ≥ 1/2)
  return p < 0.5 ? -upperQuantile(p, degrees) : upperQuantile(1 - p, degrees);
}

/** The t > 0 with P(T > t) = tail, for 0 < tail < 1/2. */
function upperQuantile(tail: number, degrees: number): number {
  const ratio = gammaRatio(degrees);
  const density = (t: number) =>
    (ratio / Math.sqrt(degrees * Math.PI)) * Math.exp((-(degrees + 1) / 2) * Math.log1p((t * t) / degrees));
  // start from ν = 2's exact quantile, above every larger ν's (Cauchy's, ν = 1, is above it):
  // widened until it bounds the root from above, [0, high] brackets it
  let low = 0;
  let high = ((1 - 2 * tail) / Math.sqrt(2 * (1 - tail) * tail)) * (1 + 1e-15);
  while (upperTail(high, degrees, ratio) > tail) high *= 2;
  let t = high;
  for (let step = 0; step < 200; step++) {
    const excess = upperTail(t, degrees, ratio) - tail; // > 0 while t is below the root
    if (excess > 0) low = t;
    else high = t;
    let next = t + excess / density(t);
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (next === t || high - low <= Number.EPSILON * high) {
      t = next;
      break;
    }
    t = next;
  }
  // the exact tail's series takes about 110·(1 + ν/t²) terms: polish where that stays short
  return degrees <= exactDegrees && degrees <= 900 * t * t ? polish(t, degrees, tail, density) : t;
}

/**
 * The double nearest the quantile, from a t a few units in the last place off: Newton steps on
 * the exact tail, then the neighbour whose tail is nearest `tail` (the tail falls as t grows).
 */
function polish(t: number, degrees: number, tail: number, density: (t: number) => number): number {
  const target = toFixed(tail);
  const miss = (x: number) => upperTailExact(x, degrees) - target;
  for (let step = 0; step < 3; step++) {
    const next = t + Number(miss(t)) / Number(one) / density(t);
    if (next === t) break;
    t = next;
  }
  const distance = (x: number) => {
    const d = miss(x);
    return d < 0n ? -d : d;
  };
  for (;;) {
    const up = nextUp(t);
    const down = nextDown(t);
    const here = distance(t);
    if (distance(up) < here) t = up;
    else if (distance(down) < here) t = down;
    else return t;
  }
}

/** The next double above (nextUp) and below (nextDown) a positive finite x. */
function nextUp(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) + 1n);
  return view.getFloat64(0);
}
function nextDown(x: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  view.setBigUint64(0, view.getBigUint64(0) - 1n);
  return view.getFloat64(0);
}
