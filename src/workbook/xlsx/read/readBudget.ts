/**
 * What one read may cost, so that a decompression bomb or a pathological file is refused before memory grows: a cap
 * on the XML inflated in total, on how far a part may expand beyond its compressed size, and on wall time. The
 * figures are stated in README ("Files the command refuses").
 */
import { ReadRefusal } from './ReadRefusal';

/** The limits of {@link ReadBudget}. */
export interface ReadLimits {
  /** Uncompressed bytes of all parts read, together. @default 1 GiB */
  readonly maxTotalBytes: number;
  /** Uncompressed size over compressed size of a part, checked once it is past `ratioFrom`. @default 200 */
  readonly maxRatio: number;
  /** @default 16 MiB (small parts may compress better than any real sheet without harm) */
  readonly ratioFrom: number;
  /** @default 300,000 ms */
  readonly maxMillis: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  maxTotalBytes: 1024 * MIB,
  maxRatio: 200,
  ratioFrom: 16 * MIB,
  maxMillis: 300_000,
};

/** The running account of one read against its {@link ReadLimits}. */
export class ReadBudget {
  private inflated = 0;
  private readonly deadline: number;

  constructor(
    readonly limits: ReadLimits = DEFAULT_READ_LIMITS,
    private readonly now: () => number = Date.now,
  ) {
    this.deadline = now() + limits.maxMillis;
  }

  /**
   * Refuses from the sizes the zip declares, before inflating anything.
   * @throws ReadRefusal 'too-large'
   */
  checkDeclared(parts: readonly { readonly size: number; readonly compressedSize: number }[]): void {
    const total = parts.reduce((sum, p) => sum + p.size, 0);
    if (total > this.limits.maxTotalBytes) throw this.tooLarge(total);
    for (const part of parts) this.checkRatio(part.size, part.compressedSize);
  }

  /**
   * Counts `added` inflated bytes of a part that has so far inflated to `size` from `consumed` compressed bytes.
   * @throws ReadRefusal 'too-large' past a limit
   */
  count(added: number, size: number, consumed: number): void {
    this.inflated += added;
    if (this.inflated > this.limits.maxTotalBytes) throw this.tooLarge(this.inflated);
    this.checkRatio(size, consumed);
    this.checkTime();
  }

  /** @throws ReadRefusal 'too-large' once the time allowed has passed */
  checkTime(): void {
    if (this.now() > this.deadline) {
      throw new ReadRefusal(
        'too-large',
        `took longer than the ${Math.round(this.limits.maxMillis / 1000)} seconds allowed for reading a workbook, so reading stopped`,
      );
    }
  }

  private checkRatio(size: number, compressed: number): void {
    if (size > this.limits.ratioFrom && size > this.limits.maxRatio * Math.max(compressed, 1)) {
      throw new ReadRefusal(
        'too-large',
        `expands to more than ${this.limits.maxRatio} times its compressed size, as no real workbook does (a decompression bomb), so it was not read`,
      );
    }
  }

  private tooLarge(bytes: number): ReadRefusal {
    const limit = Math.round(this.limits.maxTotalBytes / MIB);
    return new ReadRefusal(
      'too-large',
      `holds more than ${limit} MB of sheet data once uncompressed (${Math.round(bytes / MIB)} MB or more), more than this tool reads; split it into smaller workbooks`,
    );
  }
}
