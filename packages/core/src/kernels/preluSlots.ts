// The slots in which the float32 per-channel PReLU backward gathers its ∂α terms, shared by the
// WebAssembly kernels' caller (simd/simdKernels.ts) and the plain-JS loop (preluBackward.ts), so
// that both add the same terms in the same order: the same sums, bit for bit.
//
// The elements go a chunk of PRELU_CHUNK at a time; in a chunk from global element `start`,
// element start + j adds its term to slot (start % channels) + j % period, and every slot adds its
// terms in the order of the elements. Then each channel c sums its slots c, c + channels,
// c + 2·channels, … in that order, and that sum is added to the channel's total.

/** Elements per chunk: the kernels' CHUNK, which SimdKernels checks against this. */
export const PRELU_CHUNK = 4096;

/**
 * Elements after which the slots repeat: a multiple of 4 and of the channel count near a quarter
 * chunk, so that the tiles of α and of the ∂α terms stay in the first-level cache with the
 * kernels' buffers (a whole chunk's 33 KB of ∂α terms made the backward 40% slower), or the chunk
 * where that multiple passes it.
 */
export function preluPeriod(channels: number): number {
  const unit = channels % 4 === 0 ? channels : channels % 2 === 0 ? 2 * channels : 4 * channels;
  return Math.min(unit * Math.ceil(PRELU_CHUNK / 4 / unit), PRELU_CHUNK);
}

/** The slots that n elements use: whole rows of channels, room for a period from any phase. */
export function preluSlotCount(channels: number, period: number, n: number): number {
  return channels * Math.ceil((Math.min(n, period) + channels) / channels);
}
