/**
 * Extends [lo, hi] outward to multiples of a round step (1, 2 or 5 × 10^k), chosen so the domain
 * holds about `count` steps — the rule of d3's `scale.nice()`, written out so the server-rendered
 * charts and the browser islands compute the same domain without loading Plot.
 *
 * Special cases: a zero-width domain [v, v] widens to [v − 1, v + 1] first.
 *
 * @example niceDomain([0.0067, 0.9933]) // => [0, 1]
 */
export function niceDomain(domain: readonly [number, number], count = 10): [number, number] {
  let [lo, hi] = domain;
  if (lo === hi) [lo, hi] = [lo - 1, hi + 1];
  const raw = (hi - lo) / count;
  const power = 10 ** Math.floor(Math.log10(raw));
  const error = raw / power;
  const step =
    (error >= Math.sqrt(50) ? 10 : error >= Math.sqrt(10) ? 5 : error >= Math.sqrt(2) ? 2 : 1) * power;
  // Divide and multiply by the step's inverse when it is below 1, so 0.1 steps land on 0.3, not 0.30000000000000004.
  if (step < 1) {
    const inverse = Math.round(1 / step);
    return [Math.floor(lo * inverse) / inverse, Math.ceil(hi * inverse) / inverse];
  }
  return [Math.floor(lo / step) * step, Math.ceil(hi / step) * step];
}
