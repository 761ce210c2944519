// Helpers of the kernel benchmark: seeded data, the memory floor, medians.

/** n float32 values uniform in [lo, hi) from a seeded xorshift32 generator. */
export function randomFloat32(n: number, seed: number, lo: number, hi: number): Float32Array {
  const a = new Float32Array(n);
  let s = seed >>> 0 || 1;
  for (let i = 0; i < n; i++) {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    a[i] = lo + ((hi - lo) * s) / 4294967296;
  }
  return a;
}

/** The memory floor of a forward kernel: one read, one multiply, one write per element. */
export function floor1(src: Float32Array, dst: Float32Array): void {
  const k = 1.5;
  for (let i = 0; i < src.length; i++) dst[i] = src[i] * k;
}

/** The memory floor of a backward kernel: two reads, one multiply, one write per element. */
export function floor2(a: Float32Array, b: Float32Array, dst: Float32Array): void {
  for (let i = 0; i < a.length; i++) dst[i] = a[i] * b[i];
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((p, q) => p - q);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function geometricMean(values: readonly number[]): number {
  return Math.exp(values.reduce((sum, v) => sum + Math.log(v), 0) / values.length);
}
