import { test } from "node:test";
import assert from "node:assert/strict";
import { isSoftwareRenderer } from "../src/glinfo";

test("isSoftwareRenderer: CPU rasterisers yes, GPUs no", () => {
  assert.equal(isSoftwareRenderer("ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)"), true);
  assert.equal(isSoftwareRenderer("llvmpipe (LLVM 15.0.6, 256 bits)"), true);
  assert.equal(isSoftwareRenderer("ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0)"), true);
  assert.equal(isSoftwareRenderer("ANGLE (NVIDIA, NVIDIA GeForce RTX 3080 Direct3D11 vs_5_0 ps_5_0, D3D11)"), false);
  assert.equal(isSoftwareRenderer("Apple M1"), false);
  assert.equal(isSoftwareRenderer(""), false);
});
