/**
 * Precision, recall and F1 from true positive, false positive and false negative counts, in
 * the spirit of spaCy's PRFScore, and a tally of them per type with micro and macro averages.
 *
 * Empty denominators: when there is nothing in the gold and nothing predicted, P, R and F1
 * are 1 (perfect agreement on nothing). Otherwise an empty denominator gives 0: a type with
 * gold items and no predictions scores P 0, R 0, F1 0, and so does a type that is predicted
 * but absent from the gold. Adding correct predictions then never lowers a score.
 */

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export type Prf = Scores & Counts;

export function prf({ tp, fp, fn }: Counts): Prf {
  if (tp + fp + fn === 0) return { precision: 1, recall: 1, f1: 1, tp, fp, fn };
  return {
    precision: tp + fp === 0 ? 0 : tp / (tp + fp),
    recall: tp + fn === 0 ? 0 : tp / (tp + fn),
    f1: (2 * tp) / (2 * tp + fp + fn),
    tp,
    fp,
    fn,
  };
}

export interface LevelScores {
  /** only the types that occur in the gold or the predictions, in the order given to the tally */
  byType: Record<string, Prf>;
  /** pooled counts over all types */
  micro: Prf;
  /** unweighted mean of the per-type precision, recall and F1 (F1 is the mean of the F1s); 1 with no types */
  macro: Scores;
}

/** Counts per type, for one level of evaluation. */
export class Tally {
  private readonly counts = new Map<string, Counts>();

  constructor(private readonly typeOrder: readonly string[]) {}

  add(type: string, c: Partial<Counts>): void {
    const t = this.counts.get(type) ?? { tp: 0, fp: 0, fn: 0 };
    t.tp += c.tp ?? 0;
    t.fp += c.fp ?? 0;
    t.fn += c.fn ?? 0;
    this.counts.set(type, t);
  }

  scores(): LevelScores {
    const types = [...this.typeOrder.filter((t) => this.counts.has(t)), ...[...this.counts.keys()].filter((t) => !this.typeOrder.includes(t)).sort()];
    const present = types.filter((t) => {
      const c = this.counts.get(t)!;
      return c.tp + c.fp + c.fn > 0;
    });
    const byType: Record<string, Prf> = {};
    const pooled: Counts = { tp: 0, fp: 0, fn: 0 };
    for (const t of present) {
      const c = this.counts.get(t)!;
      byType[t] = prf(c);
      pooled.tp += c.tp;
      pooled.fp += c.fp;
      pooled.fn += c.fn;
    }
    const rows = Object.values(byType);
    const mean = (pick: (s: Prf) => number) => (rows.length === 0 ? 1 : rows.reduce((sum, s) => sum + pick(s), 0) / rows.length);
    return {
      byType,
      micro: prf(pooled),
      macro: { precision: mean((s) => s.precision), recall: mean((s) => s.recall), f1: mean((s) => s.f1) },
    };
  }
}
