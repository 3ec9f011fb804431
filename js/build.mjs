// Build: `node build.mjs` bundles src/widget.ts into ../rerun_nb/static/widget.js (one minified ES module).
//        `node build.mjs --outfile PATH` writes the bundle elsewhere (the staleness test uses this).
//        `node build.mjs --tests` bundles test/*.test.ts for node's test runner into test-out/.
//        `node build.mjs --list-visuals` prints (last line) a JSON array of the archetypes the front end draws.
// Deterministic: same sources + pinned esbuild → byte-identical output (no sourcemaps, no absolute paths).
import * as esbuild from "esbuild";
import { mkdirSync, readdirSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const opt = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};

const cache = join(here, "node_modules", ".cache"); // ignored with node_modules

if (args.includes("--list-visuals")) {
  // the visuals' registration list bundled for node (three.js imports without a browser), then asked
  const outfile = join(cache, "rrnb-visuals", "visuals.mjs");
  mkdirSync(dirname(outfile), { recursive: true });
  await esbuild.build({
    absWorkingDir: here,
    entryPoints: ["src/visuals/index.ts"],
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node18",
    outfile,
    logLevel: "warning",
  });
  const { registeredArchetypes } = await import(pathToFileURL(outfile).href);
  console.log(JSON.stringify(registeredArchetypes()));
} else if (args.includes("--tests")) {
  const outdir = join(cache, "rrnb-test-out");
  rmSync(outdir, { recursive: true, force: true });
  const entries = readdirSync(join(here, "test"))
    .filter((f) => f.endsWith(".test.ts"))
    .map((f) => join(here, "test", f));
  await esbuild.build({
    entryPoints: entries,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node18",
    outdir,
    outExtension: { ".js": ".mjs" },
    logLevel: "warning",
  });
} else {
  const outfile = resolve(opt("--outfile") ?? join(here, "..", "rerun_nb", "static", "widget.js"));
  const result = await esbuild.build({
    absWorkingDir: here,
    entryPoints: ["src/widget.ts"],
    bundle: true,
    format: "esm",
    platform: "browser",
    target: ["es2020", "chrome90", "firefox90", "safari15"],
    minify: true,
    legalComments: "eof",
    charset: "utf8",
    sourcemap: false,
    metafile: true,
    outfile,
    logLevel: "warning",
  });
  const bytes = Object.values(result.metafile.outputs).reduce((a, o) => a + o.bytes, 0);
  console.log(`${outfile}: ${(bytes / 1024).toFixed(1)} KiB`);
}
