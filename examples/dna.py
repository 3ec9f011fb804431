"""The Rerun Python tutorial (DNA abacus), line for line, with ``import rerun_nb as rr``.

Run ``python examples/dna.py [out.rnb]``: it logs the whole tutorial, prints a summary of what the store
holds, and, when given a path (and the files layer is installed), saves the recording there.
"""

import sys
from math import tau

import numpy as np

import rerun_nb as rr
from rerun_nb.utilities import bounce_lerp, build_color_spiral

rr.init("rerun_example_dna_abacus")
rr.spawn()
rr.set_time_seconds("stable_time", 0)

NUM_POINTS = 100

# points and colors are both np.array((NUM_POINTS, 3))
points1, colors1 = build_color_spiral(NUM_POINTS)
points2, colors2 = build_color_spiral(NUM_POINTS, angular_offset=tau * 0.5)

rr.log("dna/structure/left", rr.Points3D(points1, colors=colors1, radii=0.08))
rr.log("dna/structure/right", rr.Points3D(points2, colors=colors2, radii=0.08))

rr.log(
    "dna/structure/scaffolding",
    rr.LineStrips3D(np.stack((points1, points2), axis=1), colors=[128, 128, 128]),
)

offsets = np.random.rand(NUM_POINTS)
beads = [bounce_lerp(points1[n], points2[n], offsets[n]) for n in range(NUM_POINTS)]
colors = [[int(bounce_lerp(80, 230, offsets[n] * 2))] for n in range(NUM_POINTS)]
rr.log(
    "dna/structure/scaffolding/beads",
    rr.Points3D(beads, radii=0.06, colors=np.repeat(colors, 3, axis=-1)),
)

time_offsets = np.random.rand(NUM_POINTS)
for i in range(400):
    time = i * 0.01
    rr.set_time_seconds("stable_time", time)

    times = np.repeat(time, NUM_POINTS) + time_offsets
    beads = [bounce_lerp(points1[n], points2[n], times[n]) for n in range(NUM_POINTS)]
    colors = [[int(bounce_lerp(80, 230, times[n] * 2))] for n in range(NUM_POINTS)]
    rr.log(
        "dna/structure/scaffolding/beads",
        rr.Points3D(beads, radii=0.06, colors=np.repeat(colors, 3, axis=-1)),
    )

for i in range(400):
    time = i * 0.01
    rr.set_time_seconds("stable_time", time)
    rr.log(
        "dna/structure",
        rr.Transform3D(rotation=rr.RotationAxisAngle(axis=[0, 0, 1], radians=time / 4.0 * tau)),
    )

rec = rr.get_global_data_recording()
print(f"recording {rec.application_id} ({rec.recording_id}): {rec.store.num_rows} rows")
for name, (kind, lo, hi) in rec.timelines().items():
    print(f"  timeline {name:12s} {kind:9s} {lo} .. {hi}")
scene = rec.scene(timeline="stable_time", time=2.0)
for path, ev in scene.entities.items():
    comps = ", ".join(
        f"{k.split(':')[1]}{list(getattr(v, 'shape', (len(v),)))}" for k, v in ev.components.items()
    )
    print(f"  {path:34s} {comps}")
if len(sys.argv) > 1:
    rr.save(sys.argv[1])
    print(f"saved to {sys.argv[1]}")
