import { test } from "node:test";
import assert from "node:assert/strict";
import { activeTab, dragShares, fractions, gridColumns, parseLayout, viewNodes, visibleChildren, visibleShares, type ContainerNode } from "../src/layout_tree";

const view = (id: string, cls = "3D", over: Record<string, unknown> = {}) => ({ type: "view", id, class: cls, name: id, origin: "/" + id, entities: [id], properties: {}, drawable: true, visible: true, titlebar: true, ...over });
const container = (kind: string, children: unknown[], over: Record<string, unknown> = {}) => ({ type: "container", id: "c-" + kind, kind, name: null, visible: true, shares: null, column_shares: null, row_shares: null, grid_columns: null, auto_columns: null, active_tab: null, children, ...over });

test("layout: {} / missing / not a dict is no layout (the v1 single view); root null is an empty layout", () => {
  assert.equal(parseLayout({}), null);
  assert.equal(parseLayout(undefined), null);
  assert.equal(parseLayout([1]), null);
  const l = parseLayout({ version: 1, root: null, panels: {} });
  assert.ok(l);
  assert.equal(l.root, null);
  assert.deepEqual(l.panels, { blueprint: null, selection: null, time: null });
});

test("layout: nodes, classes, panels and flags are read; unknown fields ignored; views depth first", () => {
  const l = parseLayout({
    root: container("horizontal", [view("a"), container("tabs", [view("b", "TimeSeries"), view("c", "Map", { drawable: false })], { active_tab: 1 })], { shares: [3, 2] }),
    panels: { blueprint: { state: "collapsed" }, time: { state: "hidden" }, selection: { state: "bogus" } },
  })!;
  const root = l.root as ContainerNode;
  assert.equal(root.kind, "horizontal");
  assert.deepEqual(root.shares, [3, 2]);
  assert.deepEqual(viewNodes(root).map((v) => [v.id, v.cls, v.drawable]), [["a", "3D", true], ["b", "TimeSeries", true], ["c", "Map", false]]);
  assert.equal((root.children[1] as ContainerNode).activeTab, 1);
  assert.deepEqual(l.panels, { blueprint: "collapsed", selection: null, time: "hidden" });
});

test("shares: fractions of the sum; null, a wrong length or a zero sum give equal parts; hidden children drop out", () => {
  assert.deepEqual(fractions([3, 1], 2), [0.75, 0.25]);
  assert.deepEqual(fractions(null, 4), [0.25, 0.25, 0.25, 0.25]);
  assert.deepEqual(fractions([1, 2, 3], 2), [0.5, 0.5]);
  assert.deepEqual(fractions([0, 0], 2), [0.5, 0.5]);
  const c = parseLayout({ root: container("vertical", [view("a"), view("b", "2D", { visible: false }), view("c")], { shares: [1, 5, 3] }) })!.root as ContainerNode;
  const shown = visibleChildren(c).map((x) => x.index);
  assert.deepEqual(shown, [0, 2]);
  assert.deepEqual(fractions(visibleShares(c.shares, shown), 2), [0.25, 0.75]);
});

test("grid: auto columns minimise |4/3 - cell aspect| + 0.1 x empty cells (rrb.grid_columns_for)", () => {
  // 4 views in a wide area: 4 x 1 cells of 400 x 300 (aspect 4/3 exactly)
  assert.equal(gridColumns(4, 1600, 300), 4);
  // 4 views in a 4:3 area: 2 x 2
  assert.equal(gridColumns(4, 800, 600), 2);
  // tall area: one column
  assert.equal(gridColumns(3, 400, 900), 1);
  // 3 views in 4:3: 2 columns (one empty cell) beats 3 x 1 or 1 x 3
  assert.equal(gridColumns(3, 800, 600), 2);
  assert.equal(gridColumns(1, 100, 100), 1);
  assert.equal(gridColumns(5, 0, 0), 5);
  // the formula, by hand, for every n and a few sizes
  for (const [w, h] of [[960, 480], [640, 480], [300, 900], [2000, 300]] as [number, number][]) {
    for (let n = 1; n <= 12; n++) {
      const cost = (k: number) => Math.abs(4 / 3 - w / k / (h / Math.ceil(n / k))) + 0.1 * (k * Math.ceil(n / k) - n);
      let best = 1;
      for (let k = 2; k <= n; k++) if (cost(k) < cost(best) - 1e-12) best = k;
      assert.equal(gridColumns(n, w, h), best, `n=${n} ${w}x${h}`);
    }
  }
});

test("tabs: the active tab is a shown child (else the first shown one)", () => {
  const c = parseLayout({ root: container("tabs", [view("a", "3D", { visible: false }), view("b"), view("c")], { active_tab: 2 }) })!.root as ContainerNode;
  assert.equal(activeTab(c), 2);
  assert.equal(activeTab(c, 0), 1, "a hidden tab is not shown");
  assert.equal(activeTab(c, 7), 1);
  const none = parseLayout({ root: container("tabs", []) })!.root as ContainerNode;
  assert.equal(activeTab(none), -1);
  assert.equal(none.activeTab, 0, "null = 0");
});

test("splitters: dragging moves share between the two neighbours, each kept at a minimum", () => {
  assert.deepEqual(dragShares([0.5, 0.5], 0, 0.1), [0.6, 0.4]);
  const r = dragShares([0.5, 0.3, 0.2], 1, 0.5);
  assert.deepEqual(r.map((x) => Math.round(x * 100) / 100), [0.5, 0.45, 0.05]);
  assert.deepEqual(dragShares([0.5, 0.5], 0, -1).map((x) => Math.round(x * 100) / 100), [0.05, 0.95]);
});
