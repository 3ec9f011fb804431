"""Fuzz the file loader: thousands of mutated ``.rnb`` files, each loads or is one ``RecordingFileError``.

A seeded ``random.Random`` mutates valid recordings (both layouts, plain and zstd): bit flips, overwritten bytes
(0x00 / 0xFF / large lengths), truncations, spliced and duplicated ranges (of the same file or another),
edits of the metadata (JSON chunk descriptions, field kinds, timeline kinds, shapes). Each mutant goes through
``rerun_nb.load`` and, one in four, ``python -m rerun_nb info``. The loop runs in a child process with a memory
limit (RLIMIT_AS) and a deadline, so a crash (SIGSEGV / SIGBUS), a hang or a memory bomb fails the test instead
of taking the machine; any exception other than ``RecordingFileError`` is reported with its seed and mutation.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

N_MUTANTS = 2500
SEED = 14

_CHILD = r"""
import io, json, os, random, resource, sys, time, traceback, warnings
import numpy as np
import rerun_nb as rr
from rerun_nb.cli import info
from rerun_nb.io.native import NativeWriter, RecordingFileError

vm = int(open("/proc/self/status").read().split("VmSize:")[1].split()[0]) * 1024
resource.setrlimit(resource.RLIMIT_AS, (vm + (1 << 30), vm + (1 << 30)))
warnings.simplefilter("ignore")
n_mutants, seed, tmp = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]


def recording(i):
    rng = np.random.default_rng(i)
    rec = rr.RecordingStream("fuzz", recording_id=f"fuzz-{i}")
    rec.log("static/label", rr.TextLog("hello"), static=True)
    for t in range(6):
        rec.set_time("step", sequence=t)
        rec.set_time("clock", duration=t * 0.5)
        rec.log("pts", rr.Points3D(rng.random((5, 3)), colors=rng.integers(0, 255, (5, 3)), radii=0.1))
        rec.log("a/b", rr.Transform3D(translation=[t, 0, 0]))
        rec.log("lines", rr.LineStrips3D([rng.random((3, 3)), rng.random((2, 3))]))
        rec.log("s", rr.Scalars(float(t)))
        rec.log("txt", rr.TextLog(f"row {t}"))
    return rec


bases = []
for i, (comp, compact) in enumerate([(None, True), ("zstd", True), (None, False), ("zstd", False)]):
    rec = recording(i)
    p = os.path.join(tmp, f"base{i}.rnb")
    w = NativeWriter(p, rec.application_id, rec.recording_id, compression=comp, compact=compact)
    for c in rec.store.chunks():
        w.write(c, rec.store.timeline_kinds)
    w.close()
    data = open(p, "rb").read()
    rr.load(p)  # the bases themselves load
    bases.append(data)

TOKENS = [b'"columns"', b'"static"', b'"shapes"', b'"entity_path"', b"component", b"row_id", b"time",
          b"sequence", b"duration", b"timestamp", b"rerun_nb:kind", b"rerun_nb:shape", b"rerun_nb:ragged",
          b"table", b"segments", b"3", b"4", b"true", b"false", b"[", b"]", b"{", b"}", b",", b"0"]


def mutate(rng, data):
    data = bytearray(data)
    how = rng.choice(["flip", "byte", "int", "truncate", "splice", "dup", "token", "multi"])
    ops = [how] if how != "multi" else [rng.choice(["flip", "byte", "int", "token"]) for _ in range(rng.randint(2, 6))]
    for op in ops:
        n = len(data)
        if n < 16:
            break
        at = rng.randrange(n)
        if op == "flip":
            for _ in range(rng.randint(1, 8)):
                j = rng.randrange(n)
                data[j] ^= 1 << rng.randrange(8)
        elif op == "byte":
            data[at] = rng.choice([0, 0xFF, 0x7F, 0x80, rng.randrange(256)])
        elif op == "int":
            v = rng.choice([0, -1, 1, 2**31 - 1, 2**32 - 1, 2**40, 2**62, -(2**31), rng.randrange(2**16)])
            size = rng.choice([4, 8])
            data[at : at + size] = (v % (1 << (8 * size))).to_bytes(size, "little")
        elif op == "truncate":
            del data[rng.randrange(n) :]
        elif op == "splice":
            other = rng.choice(bases)
            a = rng.randrange(len(other))
            chunk = other[a : a + rng.randint(1, 512)]
            data[at : at + rng.randint(0, 512)] = chunk
        elif op == "dup":
            a = rng.randrange(n)
            data[at:at] = data[a : a + rng.randint(1, 2048)]
        elif op == "token":
            t = rng.choice(TOKENS)
            j = data.find(t, rng.randrange(n))
            if j < 0:
                j = data.find(t)
            if j >= 0:
                data[j : j + len(t)] = rng.choice(TOKENS)
    return bytes(data), "+".join(ops)


rng = random.Random(seed)
failures, outcomes = [], {"loaded": 0, "error": 0}
t0 = time.time()
path = os.path.join(tmp, "m.rnb")
for k in range(n_mutants):
    base = rng.randrange(len(bases))
    data, how = mutate(rng, bases[base])
    with open(path, "wb") as fh:
        fh.write(data)
    try:
        rec = rr.load(path)
        rec.entity_paths()
        outcomes["loaded"] += 1
    except RecordingFileError:
        outcomes["error"] += 1
    except Exception as e:
        failures.append({"k": k, "base": base, "how": how, "error": f"{type(e).__name__}: {e}"[:300],
                         "where": traceback.format_exc().strip().splitlines()[-3][:200]})
    if k % 4 == 0:
        try:
            code = info(path, out=io.StringIO())
        except RecordingFileError:
            code = 2
        except Exception as e:
            failures.append({"k": k, "base": base, "how": how, "cli": True,
                             "error": f"{type(e).__name__}: {e}"[:300]})
print(json.dumps({"count": n_mutants, "outcomes": outcomes, "failures": failures[:20],
                  "n_failures": len(failures), "seconds": round(time.time() - t0, 1)}))
"""


def test_fuzzed_files_load_or_raise_recording_file_error(tmp_path):
    env = dict(os.environ, PYTHONPATH=REPO + os.pathsep + os.environ.get("PYTHONPATH", ""))
    r = subprocess.run(
        [sys.executable, "-c", _CHILD, str(N_MUTANTS), str(SEED), str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,  # a hang fails here
    )
    assert r.returncode == 0, f"the loader crashed (status {r.returncode}): {r.stderr[-3000:]}"
    got = json.loads(r.stdout.strip().splitlines()[-1])
    print(f"fuzz: {got['count']} mutants, {got['outcomes']}, {got['seconds']} s")
    assert got["n_failures"] == 0, json.dumps(got["failures"], indent=1)
    assert got["outcomes"]["error"] > got["count"] // 10  # the mutations do reach the checks
