// What every archetype renderer returns, and the context they share.
import * as THREE from "three";

export interface PickHit {
  /** distance along the ray, world units */
  t: number;
  index: number;
  /** the instance's position as logged (entity-local coordinates) */
  position: [number, number, number];
}

export interface Visual {
  object: THREE.Object3D;
  /** world-space anchor points of labels (entity-local positions; transformed by the object's matrixWorld) */
  labelAnchors?: { positions: Float32Array; labels: string[] };
  pick?(rayWorld: THREE.Ray, pxPerUnitDist: number): PickHit | null;
  dispose(): void;
}

/** Shared, live values: objects keep references, so updating them here updates every material. */
export interface RenderCtx {
  /** default point radius in scene units (uniform shared by all point materials) */
  defaultRadius: { value: number };
  /** drawing-buffer height in device pixels (UI-sized points) */
  viewportHeight: { value: number };
  /** canvas size in device pixels (LineMaterial's resolution) */
  resolution: THREE.Vector2;
  /** draw points as GL point sprites rather than instanced quads (CPU rasterisers: see points.ts) */
  spritePoints: boolean;
  /** the GL's largest point size (sprites) */
  maxPointSize: number;
}

export function makeCtx(): RenderCtx {
  return { defaultRadius: { value: 0.01 }, viewportHeight: { value: 1 }, resolution: new THREE.Vector2(1, 1), spritePoints: false, maxPointSize: 64 };
}

export function disposeObject(o: THREE.Object3D): void {
  o.traverse((x) => {
    const m = x as THREE.Mesh;
    if (m.geometry) m.geometry.dispose();
    const mat = m.material as THREE.Material | THREE.Material[] | undefined;
    if (Array.isArray(mat)) mat.forEach((mm) => mm.dispose());
    else if (mat) mat.dispose();
    if ((x as THREE.InstancedMesh).isInstancedMesh) (x as THREE.InstancedMesh).dispose();
  });
  o.removeFromParent();
}
