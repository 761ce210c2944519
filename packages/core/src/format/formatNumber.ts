import { describe } from "../describe.js";
import { superscript } from "./superscript.js";

/** The space on each side of "×" in "2.71 × 10⁻⁷": a no-break space, so a table cell never breaks there. */
const space = "\u00A0";

/**
 * A number as a reader sees it in the post, the notebooks and the site: three significant digits
 * with trailing zeros dropped, the minus sign − (U+2212), and powers of ten written out
 * ("2.71 × 10⁻⁷", never "2.71e-7") when the rounded magnitude is below 0.001 or from 100 000 on.
 *
 * The notation is chosen after rounding, so 999 950 is "1 × 10⁶" and 0.00099951 is "0.001".
 * Special cases: −0 is "0" (a reader has no use for the sign of zero), NaN is "NaN", ±∞ are
 * "∞" and "−∞". For an error message, where the exact value matters, core's `describe` is the
 * tool instead.
 *
 * @example formatNumber(-0.006692850924284855) // => "−0.00669"
 * @example formatNumber(2.7051626938026854e-7) // => "2.71\u00A0×\u00A010⁻⁷"
 */
export function formatNumber(value: number): string {
  if (typeof value !== "number") {
    throw new TypeError(`formatNumber: value must be a number, got ${describe(value)}`);
  }
  if (Number.isNaN(value)) return "NaN";
  if (value === Infinity) return "∞";
  if (value === -Infinity) return "−∞";
  if (value === 0) return "0";
  const sign = value < 0 ? "−" : "";
  // toExponential rounds the binary value to 3 significant digits exactly once, and gives the
  // exponent of the rounded number: both notations are cut from it.
  const [digits, exponentText] = Math.abs(value).toExponential(2).split("e");
  const exponent = Number(exponentText);
  const mantissa = digits.replace(/\.?0+$/, "");
  if (exponent < -3 || exponent >= 5) return `${sign}${mantissa}${space}×${space}10${superscript(exponent)}`;
  return sign + String(Number(`${digits}e${exponent}`));
}
