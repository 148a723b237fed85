/**
 * Runs `fn` in a task of its own after the next frame has been painted (or after 100 ms, where
 * the engine paints no frames, as in a hidden frame). The loader (src/index.ts) and the base
 * element use it; the build gives the loader its own copy (scripts/rollup-entry-copies.mjs).
 */
export function afterPaint(fn: () => void): void {
  let done = false;
  const go = () => {
    if (done) return;
    done = true;
    setTimeout(fn, 0);
  };
  requestAnimationFrame(go);
  setTimeout(go, 100);
}
