/**
 * A number as the notebooks' prose writes it: three significant digits, a true minus sign,
 * and an exponent for tiny or huge values.
 *
 * @example formatNumber(-0.012345) // => "−0.0123"
 * @example formatNumber(1.9e-6) // => "1.9e−6"
 */
export function formatNumber(value: number): string {
  if (Number.isNaN(value)) return "NaN";
  if (!Number.isFinite(value)) return value > 0 ? "∞" : "−∞";
  const magnitude = Math.abs(value);
  const text =
    magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e5)
      ? Number(value.toPrecision(2)).toExponential().replace("e+", "e")
      : String(Number(value.toPrecision(3)));
  return text.replaceAll("-", "−");
}

/**
 * A summary as "mean [low, high]": the mean and its 95 % interval.
 *
 * @example formatInterval({ mean: 0.578, ci95: [0.564, 0.592] }) // => "0.578 [0.564, 0.592]"
 */
export function formatInterval({ mean, ci95 }: { mean: number; ci95: readonly [number, number] }): string {
  return `${formatNumber(mean)} [${formatNumber(ci95[0])}, ${formatNumber(ci95[1])}]`;
}
