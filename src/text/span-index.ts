/**
 * Spans that overlap a range, found by binary search instead of a scan of every span: the
 * finders ask this once per candidate, and a scan made a 5 MB article quadratic.
 */
export interface Span {
  start: number;
  end: number;
}

export interface SpanIndex<T extends Span> {
  /** The spans with start < end and span.end > start, in order of start. */
  overlapping(start: number, end: number): T[];
  /** The spans that end exactly at the offset. */
  endingAt(offset: number): T[];
}

export function spanIndex<T extends Span>(spans: readonly T[]): SpanIndex<T> {
  const byStart = [...spans].sort((a, b) => a.start - b.start);
  const longest = byStart.reduce((n, s) => Math.max(n, s.end - s.start), 0);
  const ends = new Map<number, T[]>();
  for (const s of byStart) ends.set(s.end, [...(ends.get(s.end) ?? []), s]);
  /** The first index whose span starts at or after the offset. */
  const firstFrom = (offset: number) => {
    let lo = 0;
    let hi = byStart.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byStart[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  return {
    overlapping(start, end) {
      const found: T[] = [];
      for (let i = firstFrom(start - longest); i < byStart.length && byStart[i]!.start < end; i++) {
        if (byStart[i]!.end > start) found.push(byStart[i]!);
      }
      return found;
    },
    endingAt: (offset) => ends.get(offset) ?? [],
  };
}
