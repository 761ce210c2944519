import { formatNumber, superscript } from "@activation-lab/core";
/**
 * Tick labels for a log axis over [lo, hi]: powers of ten as plain decimals from 0.001 to 1000
 * and as 10ⁿ beyond; between them, over at most three decades, 2× and 5× multiples as
 * `formatNumber` writes them (other ticks keep their line but no label). Short labels that fit
 * the left margin, never SI prefixes ("1m" reads as one metre).
 *
 * @example [1e-6, 0.01, 0.05, 0.07].map(logTickFormat([1e-7, 1])) // => ["10⁻⁶", "0.01", "", ""]
 */
export function logTickFormat([lo, hi]: readonly [number, number]): (value: number) => string {
  const decades = Math.log10(hi / lo);
  return (value) => {
    const exponent = Math.log10(value);
    const power = Math.round(exponent);
    if (Math.abs(exponent - power) < 1e-9) {
      if (Math.abs(power) <= 3) return formatNumber(10 ** power);
      return `10${superscript(power)}`; // not formatNumber's "1 × 10ⁿ": a tick on a log axis reads as a power
    }
    const mantissa = Math.round(value / 10 ** Math.floor(exponent));
    if (decades <= 1 || (decades <= 3 && (mantissa === 2 || mantissa === 5))) {
      return formatNumber(value);
    }
    return "";
  };
}
