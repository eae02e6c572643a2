/**
 * A nearest-centroid model over one set of labels (competencies, kinds or scope levels): each label
 * is the sum of the TF-IDF vectors of the documents that carry it, and a text is scored by its
 * cosine with each label's vector. Measured against a multinomial naive Bayes on the sample journal
 * it found more of an entry's competencies (docs/coach.md has the figures).
 *
 * It keeps counts only (per label, the sum of its documents' term weights; per term, how many
 * documents hold it), so it can be taught and untaught one document at a time: adding an entry and
 * removing it again leaves the model exactly as it was. That is what lets the coach follow the
 * journal's change feed instead of retraining, and what makes the evaluation's leave-one-out
 * honest. The IDF is applied when scoring, so it is always that of the documents held now.
 *
 * Terms are ids from a `TermTable` shared by the models of one coach, so an entry's words are
 * looked up once.
 */

/** Every distinct term the coach has seen, with a stable id. Terms are only ever added. */
export class TermTable {
  private readonly ids = new Map<string, number>();
  readonly terms: string[] = [];

  get size(): number {
    return this.terms.length;
  }

  /** The term's id, adding it if it is new. */
  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.ids.set(term, id);
      this.terms.push(term);
    }
    return id;
  }

  /** The term's id, or undefined for a term never seen. */
  find(term: string): number | undefined {
    return this.ids.get(term);
  }
}

function grown(array: Float64Array<ArrayBuffer>, length: number): Float64Array<ArrayBuffer> {
  if (length <= array.length) return array;
  const larger = new Float64Array(Math.max(length, array.length * 2, 256));
  larger.set(array);
  return larger;
}

/** A document's distinct terms with their weights: 1 + log(count), scaled to unit length. */
export interface TermWeights {
  ids: number[];
  weights: number[];
}

export function termWeights(termIds: ArrayLike<number>): TermWeights {
  const counts = new Map<number, number>();
  for (let position = 0; position < termIds.length; position++) {
    const id = termIds[position] ?? 0;
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
  const ids = [...counts.keys()];
  const weights = ids.map((id) => 1 + Math.log(counts.get(id) ?? 1));
  const length = Math.sqrt(weights.reduce((sum, weight) => sum + weight * weight, 0)) || 1;
  return { ids, weights: weights.map((weight) => weight / length) };
}

/** How one label scores against a text, and which of the text's terms pointed to it most. */
export interface LabelScore {
  label: string;
  /** Cosine similarity, from 0 (nothing in common) to 1. */
  score: number;
  /** Term ids of the text that favour this label over the others, strongest first. */
  reasons: number[];
}

/**
 * How much more a term must weigh in a label's vector than in the average label's to be named as
 * a reason for it: a word shared by every label explains nothing.
 */
const reasonRatio = 1.5;

export class LabelModel {
  private readonly labelIndex = new Map<string, number>();
  readonly labels: string[] = [];
  /** Per label, the sum of its documents' unit-length term weights. */
  private sums: Float64Array<ArrayBuffer>[] = [];
  /** Per term id, in how many documents (weighted) it occurs. */
  private documentFrequency: Float64Array<ArrayBuffer> = new Float64Array(256);
  private documentTotal = 0;
  /** Per label, the length of its TF-IDF vector; recomputed after a change, when first needed. */
  private norms: number[] | null = null;
  private inverseFrequency: Float64Array | null = null;

  constructor(private readonly terms: TermTable) {}

  private indexOf(label: string): number {
    let index = this.labelIndex.get(label);
    if (index === undefined) {
      index = this.labels.length;
      this.labelIndex.set(label, index);
      this.labels.push(label);
      this.sums.push(new Float64Array(Math.max(256, this.terms.size)));
    }
    return index;
  }

  /**
   * Adds a document with its labels, `weight` times (-1 takes it back out). A document counts
   * towards the IDF once, and fully towards each of its labels.
   */
  add(document: TermWeights, labels: readonly string[], weight = 1): void {
    const needed = this.terms.size;
    this.documentFrequency = grown(this.documentFrequency, needed);
    for (const id of document.ids) this.documentFrequency[id] = (this.documentFrequency[id] ?? 0) + weight;
    this.documentTotal += weight;
    for (const label of labels) {
      const index = this.indexOf(label);
      const sums = (this.sums[index] = grown(this.sums[index] ?? new Float64Array(0), needed));
      document.ids.forEach((id, position) => {
        sums[id] = (sums[id] ?? 0) + weight * (document.weights[position] ?? 0);
      });
    }
    this.norms = null;
    this.inverseFrequency = null;
  }

  private idf(): Float64Array {
    if (this.inverseFrequency) return this.inverseFrequency;
    const size = this.terms.size;
    const idf = new Float64Array(size);
    const total = Math.max(1, this.documentTotal);
    for (let id = 0; id < size; id++) {
      const frequency = this.documentFrequency[id] ?? 0;
      // Rounding in added-then-removed weights can leave a hair above zero: treat it as absent.
      idf[id] = frequency > 1e-9 ? Math.log(1 + total / frequency) : 0;
    }
    this.inverseFrequency = idf;
    return idf;
  }

  private labelNorms(idf: Float64Array): number[] {
    if (this.norms) return this.norms;
    this.norms = this.sums.map((sums) => {
      let squares = 0;
      const length = Math.min(sums.length, idf.length);
      for (let id = 0; id < length; id++) {
        const value = (sums[id] ?? 0) * (idf[id] ?? 0);
        squares += value * value;
      }
      return Math.sqrt(squares);
    });
    return this.norms;
  }

  /** Scores each label in `candidates` against a document, best first (ties by label). */
  score(document: TermWeights, candidates: readonly string[]): LabelScore[] {
    const idf = this.idf();
    const norms = this.labelNorms(idf);
    const indexes = candidates.map((label) => this.labelIndex.get(label));
    // The document's TF-IDF vector, scaled to unit length over the terms the model knows.
    const known: [id: number, value: number][] = [];
    let squares = 0;
    document.ids.forEach((id, position) => {
      const inverse = idf[id] ?? 0;
      if (inverse <= 0) return;
      const value = (document.weights[position] ?? 0) * inverse;
      known.push([id, value]);
      squares += value * value;
    });
    const length = Math.sqrt(squares) || 1;
    // Per term, its weight in each candidate's unit vector; the mean over candidates sets the bar for a reason.
    const shares = known.map(([id]) =>
      indexes.map((index) => {
        if (index === undefined || !norms[index]) return 0;
        return Math.max(0, (this.sums[index]?.[id] ?? 0) * (idf[id] ?? 0)) / (norms[index] ?? 1);
      }),
    );
    const results = candidates.map((label, candidate): LabelScore => {
      let score = 0;
      const contributions: [id: number, value: number][] = [];
      known.forEach(([id, value], term) => {
        const row = shares[term] ?? [];
        const share = row[candidate] ?? 0;
        if (share <= 0) return;
        const contribution = (value / length) * share;
        score += contribution;
        const mean = row.reduce((sum, other) => sum + other, 0) / Math.max(1, row.length);
        if (share >= reasonRatio * mean) contributions.push([id, contribution]);
      });
      contributions.sort((a, b) => b[1] - a[1]);
      return { label, score, reasons: contributions.map(([id]) => id) };
    });
    return results.sort((a, b) => b.score - a.score || a.label.localeCompare(b.label));
  }
}
