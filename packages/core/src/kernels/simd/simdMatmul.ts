// The float32 matrix product in WebAssembly SIMD (assembly/matmul.ts), run in an instance of its
// own: its memory grows to hold the operands, while the activation kernels' instance keeps the
// fixed memory that their views rely on.

declare namespace WebAssembly {
  class Memory {
    readonly buffer: ArrayBuffer;
    grow(pages: number): number;
  }
  class Instance {
    readonly exports: Record<string, unknown>;
  }
}

/** Bytes in a WebAssembly memory page. */
const PAGE = 65536;

/** The module's kernel: out = A·b with A read through its row and inner strides (byte addresses). */
type Kernel = (
  a: number,
  b: number,
  out: number,
  rows: number,
  inner: number,
  cols: number,
  rowStride: number,
  innerStride: number,
) => void;

/** One of a dense layer's products over Float32Arrays (shapes as in src/nn/matmul.ts). */
export type Float32Product = (
  a: Float32Array,
  b: Float32Array,
  out: Float32Array,
  rows: number,
  inner: number,
  cols: number,
) => void;
type Transpose = (src: number, dst: number, rows: number, cols: number) => void;

/** Float32s rounded up to a whole number of 16-byte vectors. */
const vectors = (n: number) => (n + 3) & ~3;

/**
 * The three products of a dense layer over Float32Arrays, each copying its operands into the
 * module's memory, multiplying there and copying the result out.
 */
export class SimdMatmul {
  readonly #memory: WebAssembly.Memory;
  readonly #product: Kernel;
  readonly #transpose: Transpose;
  /** Byte address where the operands start. */
  readonly #base: number;
  #heap: Float32Array;

  constructor(instance: WebAssembly.Instance) {
    const e = instance.exports;
    this.#memory = e["memory"] as WebAssembly.Memory;
    this.#product = e["matmulFloat32"] as Kernel;
    this.#transpose = e["transposeFloat32"] as Transpose;
    this.#base = (e["heapBase"] as () => number)();
    this.#heap = new Float32Array(this.#memory.buffer);
  }

  /** out = a·b: a [rows × inner], b [inner × cols], out [rows × cols]. */
  readonly matmul: Float32Product = (a, b, out, rows, inner, cols) => {
    const [pa, pb, po] = this.#operands(a, b, rows * cols);
    this.#product(pa, pb, po, rows, inner, cols, inner, 1);
    this.#copyOut(po, out);
  };

  /** out = aᵀ·b: a [rows × inner], b [rows × cols], out [inner × cols]. */
  readonly matmulTransposeA: Float32Product = (a, b, out, rows, inner, cols) => {
    const [pa, pb, po] = this.#operands(a, b, inner * cols);
    // out[k, j] = Σ_i a[i, k]·b[i, j]: A(k, i) = a[k + i·inner]
    this.#product(pa, pb, po, inner, rows, cols, 1, inner);
    this.#copyOut(po, out);
  };

  /** out = a·bᵀ: a [rows × cols], b [inner × cols], out [rows × inner]. */
  readonly matmulTransposeB: Float32Product = (a, b, out, rows, inner, cols) => {
    // room for bᵀ after out
    const [pa, pb, po] = this.#operands(a, b, rows * inner + vectors(inner * cols));
    const pbt = po + 4 * vectors(rows * inner);
    this.#transpose(pb, pbt, inner, cols);
    this.#product(pa, pbt, po, rows, cols, inner, cols, 1);
    this.#copyOut(po, out);
  };

  /** Copies a and b in, with `outLength` float32s of room after them; returns the three byte addresses. */
  #operands(a: Float32Array, b: Float32Array, outLength: number): [number, number, number] {
    const pa = this.#base;
    const pb = pa + 4 * vectors(a.length);
    const po = pb + 4 * vectors(b.length);
    const end = po + 4 * vectors(outLength);
    if (end > this.#heap.byteLength) {
      // growing detaches the old buffer: view the new one
      this.#memory.grow(Math.ceil((end - this.#heap.byteLength) / PAGE));
      this.#heap = new Float32Array(this.#memory.buffer);
    }
    this.#heap.set(a, pa / 4);
    this.#heap.set(b, pb / 4);
    return [pa, pb, po];
  }

  #copyOut(address: number, out: Float32Array): void {
    out.set(this.#heap.subarray(address / 4, address / 4 + out.length));
  }
}
