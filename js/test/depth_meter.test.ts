import { test } from "node:test";
import assert from "node:assert/strict";
import type { NumComp } from "../src/protocol";
import type { Components } from "../src/visuals/registry";
import { depthMeter } from "../src/visuals/images";

const comps = (meter: number[] | null): Components =>
  ({
    num: (f: string) => (f === "meter" && meter ? ({ kind: "num", data: new Float32Array(meter) } as unknown as NumComp) : null),
  }) as unknown as Components;
const fmt = (dt: number) => ({ w: 2, h: 2, pf: 0, cm: 1, dt });

test("depth meter: Rerun's fallback is 1000 for integer depth and 1 for floats; a logged meter wins", () => {
  assert.equal(depthMeter(comps(null), fmt(8)), 1000); // U16
  assert.equal(depthMeter(comps(null), fmt(6)), 1000); // U8
  assert.equal(depthMeter(comps(null), fmt(34)), 1); // F32
  assert.equal(depthMeter(comps(null), fmt(33)), 1); // F16
  assert.equal(depthMeter(comps([5000]), fmt(8)), 5000);
  assert.equal(depthMeter(comps([2]), fmt(35)), 2);
});
