/**
 * A short description of any value for an error message: `NaN`, `-0`, `"foo"`, `1n`, `undefined`,
 * `Float32Array(3)`, `Array`, `a function`. Never throws (a symbol is `Symbol(name)`, an object
 * without a constructor name `an object`). One describer for every error the package throws.
 * @internal
 */
export function describe(value: unknown): string {
  switch (typeof value) {
    case "string":
      return JSON.stringify(value);
    case "number":
      return Object.is(value, -0) ? "-0" : String(value);
    case "bigint":
      return `${value}n`;
    case "function":
      return "a function";
    case "object":
      break;
    default:
      return String(value); // undefined, boolean, symbol
  }
  if (value === null) return "null";
  if (ArrayBuffer.isView(value) && "length" in value) {
    return `${value.constructor.name}(${(value as { length: number }).length})`;
  }
  try {
    const name = (value as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === "string" && name !== "" ? name : "an object";
  } catch {
    return "an object"; // a getter that throws, or a revoked proxy
  }
}
