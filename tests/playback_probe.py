"""The page-side probe that measures playback in the browser, shared by the tests and bench/bench_viewer.py."""

from __future__ import annotations

#: ``page.evaluate(PLAY_FPS_JS, [root_selector, warm_ms, ms, window_ms])``: starts playback on the last
#: ``.rrnb-root`` matching the selector (unless it already plays), waits ``warm_ms``, then counts the frames drawn
#: in each ``window_ms`` window for ``ms`` and pauses. Returns ``{fps: [per window], bytes: [per frame],
#: times: [per frame]}`` (bytes and time of the reply each drawn frame came from).
PLAY_FPS_JS = """async ([sel, warm, ms, win]) => {
  const root = [...document.querySelectorAll(sel)].pop();
  const play = root.querySelector('.rrnb-play');
  if (play.dataset.playing !== '1') play.click();
  await new Promise((r) => setTimeout(r, warm));
  const stamps = [], bytes = [], times = [];
  const mo = new MutationObserver(() => {
    stamps.push(performance.now());
    const q = JSON.parse(root.dataset.lastQuery || '{}');
    bytes.push(q.bytes);
    times.push(q.time);
  });
  mo.observe(root, { attributes: true, attributeFilter: ['data-frames'] });
  const t0 = performance.now();
  await new Promise((r) => setTimeout(r, ms));
  mo.disconnect();
  play.click();
  const n = Math.floor(ms / win), counts = new Array(n).fill(0);
  for (const s of stamps) { const k = Math.floor((s - t0) / win); if (k < n) counts[k]++; }
  return { fps: counts.map((c) => c * 1000 / win), bytes, times };
}"""
