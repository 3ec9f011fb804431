import { test } from "node:test";
import assert from "node:assert/strict";
import { LogPages } from "../src/text_log_state";

const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => ({ time: from + i, path: "log", level: i % 2 ? "WARN" : "INFO", text: `row ${from + i}`, color: null }));
const reply = (offset: number, n: number, total = 200_000, cursor = 1402) => ({ type: "text_log", id: 1, view: "v/log", total, offset, cursor, levels: ["INFO", "WARN"], rows: rows(offset, n) });

test("text log paging: the cursor page is held; rows outside it are asked for by offset", () => {
  const p = new LogPages(100);
  p.put(reply(1350, 100));
  assert.equal(p.total, 200_000);
  assert.equal(p.cursor, 1402);
  assert.deepEqual(p.levels, ["INFO", "WARN"]);
  assert.equal(p.row(1402)!.text, "row 1402");
  assert.equal(p.row(1349), undefined);
  assert.equal(p.missing(1380, 1420), null, "all on screen are held");
  assert.equal(p.missing(1430, 1470), 1450, "the first row not held");
  assert.equal(p.missing(1340, 1360), 1340);
  p.put(reply(1450, 100));
  assert.equal(p.missing(1430, 1470), null);
  assert.equal(p.missing(199_990, 200_100), 199_990, "the range is cut at the total");
});

test("text log paging: memory stays bounded (least recently used chunks dropped); a new total drops everything", () => {
  const p = new LogPages(100, 3);
  for (let k = 0; k < 10; k++) p.put(reply(k * 100, 100));
  assert.equal(p.held, 300);
  assert.ok(p.row(950) !== undefined && p.row(50) === undefined);
  p.put(reply(0, 100, 150_000));
  assert.equal(p.held, 100);
  assert.equal(p.total, 150_000);
  assert.equal(p.row(950), undefined);
});

test("text log rows: fields as strings, colours as RGBA or null", () => {
  const p = new LogPages();
  p.put({ total: 2, offset: 0, cursor: -1, rows: [{ time: 1, path: "a", level: "INFO", text: "<b>x</b>", color: [1, 2, 3] }, {}] });
  assert.deepEqual(p.row(0), { time: 1, path: "a", level: "INFO", text: "<b>x</b>", color: [1, 2, 3, 255] });
  assert.equal(p.row(1)!.text, "");
  assert.equal(p.cursor, -1);
});
