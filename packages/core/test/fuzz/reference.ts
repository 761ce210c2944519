// Reference sums for the fuzz tables: the naive order in float64, with the scale of its rounding error.

/** Σ terms in float64 in index order, and Σ |terms| (the scale of its rounding error). */
export function sumOf(n: number, term: (i: number) => number): [number, number] {
  let sum = 0;
  let magnitude = 0;
  for (let i = 0; i < n; i++) {
    sum += term(i);
    magnitude += Math.abs(term(i));
  }
  return [sum, magnitude];
}

/** Throws unless got = reference bit for bit (exact) or within `relative` · magnitude. */
export function expectSum(
  got: number,
  [reference, magnitude]: [number, number],
  exact: boolean,
  where: string,
  relative = 1e-6,
) {
  // float32 sums: products below 2^−126 lose their digits (or vanish) in float32 arithmetic
  const absolute = exact ? 0 : 1e-36;
  if (exact || !Number.isFinite(reference) || !Number.isFinite(magnitude)) {
    const same =
      Object.is(got, reference) ||
      (Number.isNaN(got) && Number.isNaN(reference)) ||
      (!exact && got === reference);
    if (same || (!exact && Number.isNaN(reference))) return;
    if (!exact && !Number.isFinite(magnitude) && Number.isFinite(reference)) return; // ∞ terms cancelled in another order
    throw new Error(`${where} = ${got}, expected ${reference}`);
  }
  if (!(Math.abs(got - reference) <= relative * magnitude + absolute)) {
    throw new Error(`${where} = ${got}, expected ${reference} ± ${relative * magnitude}`);
  }
}
