// Perspective camera + OrbitControls: Z up, fit to the scene bounds on first data, double-click resets.
import * as THREE from "three";
import { OrbitControls } from "three/examples/jsm/controls/OrbitControls.js";

export interface CameraDict {
  position: number[];
  target: number[];
  up: number[];
}

/** The direction (from the target) the camera looks from after a fit: front-right-above, so +x points right. */
const VIEW_DIR = new THREE.Vector3(0.3, -1, 0.55).normalize();

export function isCameraDict(x: unknown): x is CameraDict {
  const v = x as CameraDict | null;
  const ok = (a: unknown): boolean => Array.isArray(a) && a.length === 3 && a.every((n) => Number.isFinite(n));
  return !!v && typeof v === "object" && ok(v.position) && ok(v.target) && (v.up === undefined || ok(v.up));
}

export class CameraRig {
  readonly camera: THREE.PerspectiveCamera;
  readonly controls: OrbitControls;
  private home: CameraDict | null = null;

  constructor(dom: HTMLElement, onChange: () => void, onEnd: () => void) {
    this.camera = new THREE.PerspectiveCamera(45, 1, 0.01, 1000);
    this.camera.up.set(0, 0, 1);
    this.camera.position.set(VIEW_DIR.x * 10, VIEW_DIR.y * 10, VIEW_DIR.z * 10);
    this.controls = new OrbitControls(this.camera, dom);
    this.controls.enableDamping = false;
    this.controls.addEventListener("change", onChange);
    this.controls.addEventListener("end", onEnd);
  }

  setSize(w: number, h: number): void {
    this.setAspect(w / h);
  }

  setAspect(aspect: number): void {
    this.camera.aspect = aspect > 0 && Number.isFinite(aspect) ? aspect : 1;
    this.camera.updateProjectionMatrix();
  }

  /** Frame the box [minx,miny,minz,maxx,maxy,maxz]; remembered as the double-click "home". */
  fit(bounds: number[]): void {
    const min = new THREE.Vector3(bounds[0], bounds[1], bounds[2]);
    const max = new THREE.Vector3(bounds[3], bounds[4], bounds[5]);
    const center = min.clone().add(max).multiplyScalar(0.5);
    let radius = max.distanceTo(min) / 2;
    if (!Number.isFinite(radius) || radius <= 0) radius = 1;
    // the distance at which all 8 corners are inside the frustum (tighter than the bounding sphere)
    const tanV = Math.tan(THREE.MathUtils.degToRad(this.camera.fov) / 2);
    const tanH = tanV * this.camera.aspect;
    const f = VIEW_DIR.clone().negate();
    const r = f.clone().cross(new THREE.Vector3(0, 0, 1)).normalize();
    const u = r.clone().cross(f);
    let dist = 0;
    const c = new THREE.Vector3();
    for (let i = 0; i < 8; i++) {
      c.set(i & 1 ? max.x : min.x, i & 2 ? max.y : min.y, i & 4 ? max.z : min.z).sub(center);
      const z = c.dot(f);
      dist = Math.max(dist, Math.abs(c.dot(r)) / tanH - z, Math.abs(c.dot(u)) / tanV - z);
    }
    dist = Math.max(dist * 1.08, radius * 0.2);
    const pos = center.clone().addScaledVector(VIEW_DIR, dist);
    this.home = { position: pos.toArray(), target: center.toArray(), up: [0, 0, 1] };
    this.set(this.home);
  }

  set(c: CameraDict): void {
    this.camera.position.fromArray(c.position);
    // `up` stays Z: OrbitControls fixes its up axis when it is made.
    this.controls.target.fromArray(c.target);
    const d = this.camera.position.distanceTo(this.controls.target) || 1;
    this.camera.near = Math.max(d / 1000, 1e-4);
    this.camera.far = d * 1000;
    this.camera.updateProjectionMatrix();
    this.controls.update();
  }

  get(): CameraDict {
    const r = (v: THREE.Vector3): number[] => v.toArray().map((x) => Math.round(x * 1e6) / 1e6);
    return { position: r(this.camera.position), target: r(this.controls.target), up: r(this.camera.up) };
  }

  reset(): boolean {
    if (!this.home) return false;
    this.set(this.home);
    return true;
  }

  dispose(): void {
    this.controls.dispose();
  }
}
