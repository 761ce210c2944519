/**
 * Checks an activation's parameter: a finite number within [min, max].
 * Throws a TypeError for a non-number and a RangeError otherwise, naming the function, the
 * argument and the value (`elu: alpha must be a finite number, got NaN`).
 * @internal
 */
export function checkParam(fn: string, name: string, value: number, min: number, max: number): void {
  if (typeof value !== "number") {
    throw new TypeError(`${fn}: ${name} must be a finite number, got ${describe(value)}`);
  }
  if (!Number.isFinite(value)) {
    throw new RangeError(`${fn}: ${name} must be a finite number, got ${value}`);
  }
  if (value < min || value > max) {
    throw new RangeError(`${fn}: ${name} must be in [${min}, ${max}], got ${value}`);
  }
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value);
  if (typeof value === "bigint") return `${value}n`;
  return String(value);
}
