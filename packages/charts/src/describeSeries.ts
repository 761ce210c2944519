import type { Lang } from "./labels.js";
import * as check from "./validate.js";

const superscriptDigits: Record<string, string> = {
  "-": "⁻",
  "0": "⁰",
  "1": "¹",
  "2": "²",
  "3": "³",
  "4": "⁴",
  "5": "⁵",
  "6": "⁶",
  "7": "⁷",
  "8": "⁸",
  "9": "⁹",
};

/**
 * An integer written in superscript digits, for exponents in labels and tables (10⁻⁶).
 *
 * @example superscript(-6) // => "⁻⁶"
 */
export function superscript(integer: number): string {
  check.integer("superscript", "integer", integer, -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  return [...String(integer)].map((c) => superscriptDigits[c] ?? c).join("");
}

/**
 * A number as a reader sees it in a description: three significant digits, the Unicode minus
 * sign, and exponent form only for very small or large magnitudes.
 *
 * @example formatNumber(-0.006692850924284855) // => "−0.00669"
 */
export function formatNumber(value: number): string {
  if (typeof value !== "number") check.fail("formatNumber", "value", "a number", value, true);
  if (Number.isNaN(value)) return "NaN";
  if (value === 0) return "0";
  const magnitude = Math.abs(value);
  const body =
    magnitude >= 1e-4 && magnitude < 1e6
      ? String(Number(magnitude.toPrecision(3)))
      : magnitude.toExponential(2).replace(/\.?0+e/, "e");
  return value < 0 ? `−${body}` : body;
}

/**
 * One sentence about a series for an `ariaDescription`: its minimum and maximum, and where.
 * Non-finite values are skipped.
 *
 * @example describeSeries("f(x)", [-1, 0, 1], [0, 1, 0], "en") // => "f(x): minimum 0 at x = −1, maximum 1 at x = 0."
 */
export function describeSeries(
  label: string,
  x: ArrayLike<number>,
  y: ArrayLike<number>,
  lang: Lang,
  xName = "x",
): string {
  let iMin = -1;
  let iMax = -1;
  for (let i = 0; i < y.length; i++) {
    if (!Number.isFinite(y[i])) continue;
    if (iMin < 0 || y[i] < y[iMin]) iMin = i;
    if (iMax < 0 || y[i] > y[iMax]) iMax = i;
  }
  if (iMin < 0) return lang === "ko" ? `${label}: 값 없음.` : `${label}: no values.`;
  const at = (i: number) => `${xName} = ${formatNumber(x[i])}`;
  return lang === "ko"
    ? `${label}: 최솟값 ${formatNumber(y[iMin])} (${at(iMin)}), 최댓값 ${formatNumber(y[iMax])} (${at(iMax)}).`
    : `${label}: minimum ${formatNumber(y[iMin])} at ${at(iMin)}, maximum ${formatNumber(y[iMax])} at ${at(iMax)}.`;
}
