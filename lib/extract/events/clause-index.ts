import { firstIndex } from '../first-index';
import type { ClauseBreak } from '../sentence/clause-attachment';

export interface Extent {
  start: number;
  end: number;
}

/**
 * A sentence cut into clauses at its strong breaks («;», a comma after a finite verb, «сондай-ақ»),
 * with words dealt to the clause they start in: what a trigger needs from its clause is looked up,
 * not searched for, so a sentence of thousands of clauses costs no more per trigger than a short one.
 */
export class ClauseIndex {
  private readonly offsets: number[];

  constructor(
    readonly sentence: Extent,
    breaks: readonly ClauseBreak[],
  ) {
    this.offsets = breaks.filter((clauseBreak) => clauseBreak.strong).map((clauseBreak) => clauseBreak.at).sort((a, b) => a - b);
  }

  /** The clause holding an offset: the number of strong breaks before it. */
  clauseOf(offset: number): number {
    return firstIndex(this.offsets, (at) => at >= offset);
  }

  extentOf(clause: number): Extent {
    const before = this.offsets[clause - 1];
    const after = this.offsets[clause];
    return { start: before === undefined ? this.sentence.start : before + 1, end: after ?? this.sentence.end };
  }

  /** Items grouped by the clause they start in, in their order. */
  deal<T extends Extent>(items: readonly T[]): ByClause<T> {
    const byClause = new Map<number, T[]>();
    for (const item of items) {
      const clause = this.clauseOf(item.start);
      const list = byClause.get(clause);
      if (list) list.push(item);
      else byClause.set(clause, [item]);
    }
    return new ByClause(byClause);
  }
}

export class ByClause<T> {
  constructor(private readonly byClause: ReadonlyMap<number, readonly T[]>) {}

  in(clause: number): readonly T[] {
    return this.byClause.get(clause) ?? NOTHING;
  }

  /** The clauses holding at least one item, in order. */
  clauses(): number[] {
    return [...this.byClause.keys()].sort((a, b) => a - b);
  }
}

const NOTHING: readonly never[] = [];

/** Spans (sources of the news, quotations) merged and sorted, asked whether they cover an extent. */
export class SpanSet {
  private readonly spans: Extent[];

  constructor(spans: readonly Extent[]) {
    const sorted = [...spans].sort((a, b) => a.start - b.start);
    const merged: Extent[] = [];
    for (const span of sorted) {
      const last = merged.at(-1);
      if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
      else merged.push({ ...span });
    }
    this.spans = merged;
  }

  get isEmpty(): boolean {
    return this.spans.length === 0;
  }

  covers(extent: Extent): boolean {
    if (this.spans.length === 0) return false;
    const span = this.spans[firstIndex(this.spans, (candidate) => candidate.end >= extent.end)];
    return span !== undefined && span.start <= extent.start;
  }

  get list(): readonly Extent[] {
    return this.spans;
  }
}
