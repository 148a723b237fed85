/**
 * Is `written` a slip of `meant` ("exploitatoin", "audiance", "heading-lvl")? Its edit distance
 * (a letter added, left out, changed, or two swapped) is at most 1 for short names and 2 for
 * names of five letters or more; an equal name is no slip.
 */
export function nearMiss(written: string, meant: string): boolean {
  if (written === meant) return false;
  const most = meant.length >= 5 ? 2 : 1;
  if (Math.abs(written.length - meant.length) > most) return false;
  return distance(written, meant) <= most;
}

/** The optimal-string-alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}
