import { test } from "node:test";
import assert from "node:assert/strict";
import { parseUndrawn, undrawnText } from "../src/entity_tree";

test("undrawn: the traitlet parsed (string lists only) and the badge text", () => {
  assert.deepEqual(parseUndrawn({ "/t": ["Tensor (tensor view)"], gps: ["AnyValues (no view)", 3], bad: "x", e: [] }), {
    t: ["Tensor (tensor view)"],
    gps: ["AnyValues (no view)", "3"],
  });
  assert.deepEqual(parseUndrawn(null), {});
  assert.deepEqual(parseUndrawn(["a"]), {});
  assert.equal(undrawnText(["Tensor (tensor view)"]), "stored, not drawn: Tensor (tensor view)");
  assert.equal(undrawnText(["A (no view)", "B (graph view)"]), "stored, not drawn: A (no view), B (graph view)");
  assert.equal(undrawnText(undefined), "");
  assert.equal(undrawnText([]), "");
});
