import { describe } from "../describe.js";

const superscriptDigits = "⁰¹²³⁴⁵⁶⁷⁸⁹";

/**
 * An integer written in superscript digits, for exponents in labels and tables (10⁻⁶). The minus
 * is the superscript minus ⁻ (U+207B).
 *
 * @example superscript(-6) // => "⁻⁶"
 */
export function superscript(integer: number): string {
  if (typeof integer !== "number") {
    throw new TypeError(`superscript: integer must be a safe integer, got ${describe(integer)}`);
  }
  if (!Number.isSafeInteger(integer)) {
    throw new RangeError(`superscript: integer must be a safe integer, got ${describe(integer)}`);
  }
  return [...String(integer)].map((c) => (c === "-" ? "⁻" : superscriptDigits[Number(c)])).join("");
}
