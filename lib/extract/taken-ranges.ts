/**
 * The parts of a text already claimed by accepted spans. Checking a span costs its own length, so
 * selecting among many spans stays linear where comparing each with every accepted one was
 * quadratic (a body of 80,000 place names took seconds).
 */
export class TakenRanges {
  private readonly taken: Uint8Array;

  constructor(textLength: number) {
    this.taken = new Uint8Array(Math.max(0, textLength));
  }

  /** Whether any character of [start, end) is taken. */
  overlaps({ start, end }: { start: number; end: number }): boolean {
    const to = Math.min(end, this.taken.length);
    for (let i = Math.max(0, start); i < to; i += 1) if (this.taken[i] === 1) return true;
    return false;
  }

  take({ start, end }: { start: number; end: number }): void {
    this.taken.fill(1, Math.max(0, start), Math.min(end, this.taken.length));
  }
}
