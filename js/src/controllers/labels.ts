// Label overlay: the visuals' label anchors projected onto the canvas, as text (never HTML), at most MAX_LABELS.
import * as THREE from "three";
import type { SceneGraph } from "../scene_graph";
import { div } from "./layout";

const MAX_LABELS = 200;

export class LabelOverlay {
  private divs: HTMLDivElement[] = [];
  private v3 = new THREE.Vector3();

  constructor(private readonly layer: HTMLElement) {}

  update(graph: SceneGraph, camera: THREE.Camera, size: THREE.Vector2): void {
    let k = 0;
    outer: for (const [path, m] of graph.visuals) {
      if (graph.isHidden(path)) continue;
      for (const v of m.values()) {
        const a = v.labelAnchors;
        if (!a) continue;
        v.object.updateWorldMatrix(true, false);
        for (let i = 0; i < a.labels.length; i++) {
          if (k >= MAX_LABELS) break outer;
          if (this.place(k, a.labels[i]!, this.v3.fromArray(a.positions, 3 * i).applyMatrix4(v.object.matrixWorld), camera, size)) k++;
        }
      }
    }
    for (let i = k; i < this.divs.length; i++) this.divs[i]!.style.display = "none";
  }

  /** Label k at world point p; false when p is off screen. */
  private place(k: number, text: string, p: THREE.Vector3, camera: THREE.Camera, size: THREE.Vector2): boolean {
    p.project(camera);
    if (p.z > 1 || p.z < -1 || Math.abs(p.x) > 1 || Math.abs(p.y) > 1) return false;
    let d = this.divs[k];
    if (!d) this.divs.push((d = div("rrnb-label", this.layer)));
    d.textContent = text; // data → text only
    d.style.transform = `translate(${((p.x + 1) / 2) * size.x + 8}px, ${((1 - p.y) / 2) * size.y - 8}px)`;
    d.style.display = "";
    return true;
  }
}
