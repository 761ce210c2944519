import * as check from "./validate.js";

/**
 * Extends [lo, hi] outward to multiples of a round step (1, 2 or 5 × 10^k), chosen so the domain
 * holds about `count` steps (an integer from 1 to 10 000) — the rule of d3's `scale.nice()`,
 * written out so the server-rendered charts and the browser islands compute the same domain
 * without loading Plot.
 *
 * Special cases: a zero-width domain [v, v] widens to [v − 1, v + 1] first (by more where 1 is
 * below v's precision); the result never passes ±Number.MAX_VALUE, and where a round step would
 * over- or underflow an end stays where it was.
 *
 * @example niceDomain([0.0067, 0.9933]) // => [0, 1]
 */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
  let [lo, hi] = check.domain("niceDomain", "domain", domain, true);
  check.integer("niceDomain", "count", count, 1, 10_000);
  if (lo === hi) {
    const pad = Math.max(1, Math.abs(lo) * 2 ** -40);
    [lo, hi] = [lo - pad, hi + pad];
  }
  const width = hi - lo;
  const raw = Number.isFinite(width) ? width / count : Number.MAX_VALUE;
  const power = Math.max(10 ** Math.floor(Math.log10(raw)), Number.MIN_VALUE);
  const error = raw / power;
  const step = Math.min(
    (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1) * power,
    1e308,
  );
  const inverse = Math.round(1 / step);
  // Divide and multiply by the step's inverse when it is below 1, so 0.1 steps land on 0.3, not 0.30000000000000004.
  const [a, b] =
    step < 1 && Number.isFinite(inverse)
      ? [Math.floor(lo * inverse) / inverse, Math.ceil(hi * inverse) / inverse]
      : [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
  // Where a step over- or underflows, the domain's own ends.
  return [Math.max(Math.min(a, lo), -Number.MAX_VALUE), Math.min(Math.max(b, hi), Number.MAX_VALUE)];
}
