// Argument checks shared by the arbitraries: misuse fails at construction with a message that
// names the option, not later inside a property run.

/** Throws unless `value` is a share in [0, 1]. */
export function checkShare(name: string, value: number): void {
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RangeError(`${name} must be a share between 0 and 1, got ${String(value)}`);
  }
}

/** Throws unless `value` is an integer in [min, max]. */
export function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be an integer from ${min} to ${max}, got ${String(value)}`);
  }
}

/** Throws unless every weight is finite and ≥ 0 and at least one is positive. */
export function checkWeights(name: string, weights: Readonly<Record<string, number>>): void {
  const values = Object.values(weights);
  if (values.some((w) => !Number.isFinite(w) || w < 0) || !values.some((w) => w > 0)) {
    throw new RangeError(`${name} must be non-negative numbers with at least one above 0`);
  }
}
