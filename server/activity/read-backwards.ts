import type { FileHandle } from 'node:fs/promises';

const CHUNK_BYTES = 64 * 1024;

/**
 * The lines of `handle` that end at or before `end`, newest (last) first, each with the byte
 * offset it starts at, read in chunks from the end so that a page costs what it returns, not the
 * whole file. A line longer than `longest` bytes comes as `text: null`, never held in memory.
 */
export async function* linesBackwards(
  handle: FileHandle,
  end: number,
  longest: number,
): AsyncGenerator<{ start: number; text: string | null }> {
  let position = end;
  let carry = Buffer.alloc(0);
  let oversized = false;
  while (position > 0) {
    const size = Math.min(CHUNK_BYTES, position);
    position -= size;
    const chunk = Buffer.alloc(size);
    await handle.read(chunk, 0, size, position);
    const buffer = Buffer.concat([chunk, carry]);
    let tail = buffer.length;
    for (;;) {
      const newline = tail > 0 ? buffer.lastIndexOf(0x0a, tail - 1) : -1;
      if (newline === -1 && position > 0) break;
      const from = newline + 1;
      const text = oversized ? null : buffer.subarray(from, tail).toString('utf8');
      if (oversized || text !== '') yield { start: position + from, text };
      oversized = false;
      if (newline === -1) return;
      tail = newline;
    }
    carry = buffer.subarray(0, tail);
    if (carry.length > longest) {
      oversized = true;
      carry = Buffer.alloc(0);
    }
  }
}
