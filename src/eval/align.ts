/**
 * Alignment of gold and predicted items within one article. Every alignment is one-to-one:
 * a gold item is matched by at most one prediction and the other way round, so duplicates on
 * either side are counted as extra misses or extra spurious items.
 */

export interface Mention {
  type: string;
  start: number;
  end: number;
}

export interface Alignment<G, P> {
  matched: [G, P][];
  missed: G[];
  spurious: P[];
}

const overlap = (a: Mention, b: Mention) => Math.min(a.end, b.end) - Math.max(a.start, b.start);
const byPosition = (a: Mention, b: Mention) => a.start - b.start || a.end - b.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);

function align<G extends Mention, P extends Mention>(gold: readonly G[], pred: readonly P[], partial: boolean): Alignment<G, P> {
  const candidates: { g: number; p: number; exact: boolean; size: number }[] = [];
  gold.forEach((g, gi) => {
    pred.forEach((p, pi) => {
      if (g.type !== p.type) return;
      const exact = g.start === p.start && g.end === p.end;
      const size = overlap(g, p);
      if (exact || (partial && size > 0)) candidates.push({ g: gi, p: pi, exact, size });
    });
  });
  // exact pairs first, then the largest overlap, then text order: deterministic and greedy
  candidates.sort((a, b) => Number(b.exact) - Number(a.exact) || b.size - a.size || byPosition(gold[a.g]!, gold[b.g]!) || byPosition(pred[a.p]!, pred[b.p]!) || a.g - b.g || a.p - b.p);
  const goldUsed = new Set<number>();
  const predUsed = new Set<number>();
  const matched: [G, P][] = [];
  for (const c of candidates) {
    if (goldUsed.has(c.g) || predUsed.has(c.p)) continue;
    goldUsed.add(c.g);
    predUsed.add(c.p);
    matched.push([gold[c.g]!, pred[c.p]!]);
  }
  matched.sort((a, b) => byPosition(a[0], b[0]));
  return {
    matched,
    missed: gold.filter((_, i) => !goldUsed.has(i)).sort(byPosition),
    spurious: pred.filter((_, i) => !predUsed.has(i)).sort(byPosition),
  };
}

/** CoNLL: a match needs the same type and the same start and end. */
export function alignExact<G extends Mention, P extends Mention>(gold: readonly G[], pred: readonly P[]): Alignment<G, P> {
  return align(gold, pred, false);
}

/**
 * Lenient: a match needs the same type and overlapping spans (at least one character in
 * common). Exact matches are taken first, then the largest overlaps.
 */
export function alignPartial<G extends Mention, P extends Mention>(gold: readonly G[], pred: readonly P[]): Alignment<G, P> {
  return align(gold, pred, true);
}

/** The item of the other side nearest to an unmatched one: overlapping, longest overlap first. */
export function nearest<T extends Mention>(item: Mention, others: readonly T[]): T | null {
  let best: T | null = null;
  for (const o of others) if (overlap(item, o) > 0 && (best === null || overlap(item, o) > overlap(item, best))) best = o;
  return best;
}

/** Set comparison by key: the first item seen for a key stands for it. */
export function compareKeyed<T>(gold: ReadonlyMap<string, T>, pred: ReadonlyMap<string, T>): Alignment<T, T> {
  const matched: [T, T][] = [];
  const missed: T[] = [];
  for (const [key, g] of gold) {
    const p = pred.get(key);
    if (p === undefined) missed.push(g);
    else matched.push([g, p]);
  }
  return { matched, missed, spurious: [...pred].filter(([key]) => !gold.has(key)).map(([, p]) => p) };
}
