/**
 * `count` consecutive seeds from `first`: the protocol's seed sets (1–10 for the committed
 * results, 101–110 for the re-run that checks the claims).
 *
 * @example seedRange(101, 3) // => [101, 102, 103]
 */
export function seedRange(first: number, count: number): number[] {
  if (!Number.isInteger(first) || first < 0) {
    throw new RangeError(`seedRange: first must be an integer ≥ 0, got ${first}`);
  }
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`seedRange: count must be an integer ≥ 1, got ${count}`);
  }
  return Array.from({ length: count }, (_, i) => first + i);
}

/** Throws unless `seeds` is a non-empty list of distinct integers ≥ 0; `fn` names the caller. */
export function checkSeeds(fn: string, seeds: readonly number[]): void {
  if (!Array.isArray(seeds) || seeds.length === 0) {
    throw new RangeError(`${fn}: seeds must be a non-empty array of integers, got ${JSON.stringify(seeds)}`);
  }
  for (const [i, seed] of seeds.entries()) {
    if (!Number.isInteger(seed) || seed < 0) {
      throw new RangeError(`${fn}: seeds[${i}] must be an integer ≥ 0, got ${seed}`);
    }
  }
  if (new Set(seeds).size !== seeds.length) {
    throw new RangeError(`${fn}: seeds must be distinct, got ${JSON.stringify(seeds)}`);
  }
}
