// anywidget entry: wires traitlets ↔ UI, queries the kernel for the scene (docs/protocol.md), renders on demand.
import * as THREE from "three";
import { CameraRig, isCameraDict, type CameraDict } from "./camera";
import { defaultRadiusFor } from "./comps";
import { EntityTree, fmtNum, Tooltip } from "./entity_tree";
import { applyScene, SceneState, type FrameMsg, type FramesMsg, type KernelMsg, type PartMsg, type RawBuffer, type SceneMsg } from "./protocol";
import { PartAssembler } from "./parts";
import { Player } from "./player";
import { QueryClient } from "./query_client";
import { SceneGraph } from "./scene_graph";
import { advance, parseTimelines, stepMark, TimelineBar, type TimelineInfo } from "./timeline";
import { makeCtx } from "./visuals/visual";
import { glRendererName, softwareWebGL } from "./glinfo";
import { CSS } from "./style";

type Handler = (...args: never[]) => void;

/** The part of anywidget's model we use. */
export interface AnyModel {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  on(event: string, cb: Handler): void;
  off(event?: string | null, cb?: Handler | null): void;
  send(content: unknown, callbacks?: unknown, buffers?: ArrayBuffer[]): void;
  save_changes(): void;
}

const BACKGROUND = 0x1b1b1f;
const SAVE_THROTTLE_MS = 100;
/** While playing, `time` goes to the kernel at most this often (each save is a comm message and an echo); the
 * slider and the label follow every frame locally. */
const PLAY_SAVE_THROTTLE_MS = 250;
const MAX_LABELS = 200;

function randomId(): string {
  const b = new Uint8Array(6);
  crypto.getRandomValues(b);
  return "v-" + Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

function div(cls: string, parent?: HTMLElement): HTMLDivElement {
  const d = document.createElement("div");
  d.className = cls;
  parent?.appendChild(d);
  return d;
}

export function render({ model, el }: { model: AnyModel; el: HTMLElement }): () => void {
  const view = randomId();
  const listeners: [string, Handler][] = [];
  const on = (ev: string, cb: Handler): void => {
    model.on(ev, cb);
    listeners.push([ev, cb]);
  };
  let disposed = false;

  // ---- DOM
  const root = div("rrnb-root");
  root.tabIndex = 0;
  root.dataset.frames = "0";
  root.dataset.view = view;
  const style = document.createElement("style");
  style.textContent = CSS;
  root.appendChild(style);
  const main = div("rrnb-main", root);
  const viewEl = div("rrnb-view", main);
  const labelLayer = div("rrnb-labels", viewEl);
  const tooltip = new Tooltip();
  const errorEl = div("rrnb-error", viewEl);
  errorEl.style.display = "none";
  viewEl.appendChild(tooltip.root);
  el.appendChild(root);

  // ---- three.js
  // preserveDrawingBuffer: element screenshots (tests, the saved picture) read the canvas between frames
  const antialias = !softwareWebGL();
  const renderer = new THREE.WebGLRenderer({ antialias, preserveDrawingBuffer: true });
  renderer.outputColorSpace = THREE.LinearSRGBColorSpace; // colours are passed through as logged (sRGB bytes)
  renderer.setPixelRatio(window.devicePixelRatio || 1);
  // raw sRGB values (the output is not colour-converted): a hex would be taken as sRGB and linearised
  const bg = new THREE.Color().setRGB(((BACKGROUND >> 16) & 255) / 255, ((BACKGROUND >> 8) & 255) / 255, (BACKGROUND & 255) / 255, THREE.LinearSRGBColorSpace);
  renderer.setClearColor(bg, 1);
  const canvas = renderer.domElement;
  canvas.className = "rrnb-canvas";
  viewEl.insertBefore(canvas, labelLayer);
  root.dataset.glRenderer = glRendererName(renderer.getContext());
  root.dataset.antialias = String(antialias);

  const ctx = makeCtx();
  ctx.spritePoints = !antialias; // a CPU rasteriser: instanced draws cost per instance there
  const psr = renderer.getContext().getParameter(renderer.getContext().ALIASED_POINT_SIZE_RANGE) as Float32Array | null;
  ctx.maxPointSize = psr && psr[1] ? psr[1] : 64;
  root.dataset.spritePoints = String(ctx.spritePoints);
  const scene = new THREE.Scene();
  const graph = new SceneGraph(ctx);
  scene.add(graph.root);
  const state = new SceneState();
  let fitted = false;
  let drawQueued = 0;
  const rig = new CameraRig(canvas, () => requestDraw(), () => saveCamera());
  scene.add(rig.camera);
  scene.add(new THREE.AmbientLight(0xffffff, 1.6));
  const sun = new THREE.DirectionalLight(0xffffff, 2.2);
  sun.position.set(0.4, 1, 0.3);
  rig.camera.add(sun);

  // ---- UI state (local copies of the traitlets; the kernel is told, throttled)
  let timeline = String(model.get("timeline") ?? "");
  let time = Number(model.get("time")) || 0;
  let timelines: TimelineInfo[] = parseTimelines(model.get("timelines"));
  let hidden: string[] = ((model.get("hidden") as unknown[]) ?? []).map(String);
  let playing = false;
  let carry = 0;
  let lastTick = 0;
  let playRaf = 0;

  const bar = new TimelineBar({
    onTimeline: (name) => {
      timeline = name;
      model.set("timeline", name);
      const tl = timelines.find((t) => t.name === name);
      if (tl && (time < tl.min || time > tl.max)) time = tl.max;
      model.set("time", time);
      model.save_changes();
      syncBar();
      query();
    },
    onTime: (t) => setTime(t),
    onPlay: (p) => {
      model.set("playing", p);
      model.save_changes();
      setPlaying(p);
    },
    onLoop: (l) => {
      model.set("loop", l);
      model.save_changes();
    },
    onSpeed: (s) => {
      model.set("speed", s);
      model.save_changes();
    },
  });
  root.appendChild(bar.root);
  const tree = new EntityTree((h) => {
    setHidden(h); // first, so that the change:hidden echo of model.set is a no-op
    model.set("hidden", h);
    model.save_changes();
  });
  main.appendChild(tree.root);

  function syncBar(): void {
    bar.setTimelines(timelines, timeline);
    bar.setTime(time);
  }

  // ---- sizing
  function applySize(): void {
    const h = Number(model.get("height")) || 480;
    const w = Number(model.get("width")) || 0;
    viewEl.style.height = `${h}px`;
    viewEl.style.flex = w > 0 ? "0 0 auto" : "1 1 auto";
    viewEl.style.width = w > 0 ? `${w}px` : "";
    root.style.width = w > 0 ? "fit-content" : "";
    resize();
  }
  function resize(): void {
    const w = Math.max(1, Math.floor(viewEl.clientWidth || Number(model.get("width")) || 640));
    const h = Math.max(1, Math.floor(viewEl.clientHeight || Number(model.get("height")) || 480));
    const cur = renderer.getSize(new THREE.Vector2());
    if (cur.x === w && cur.y === h) return;
    renderer.setSize(w, h);
    ctx.resolution.set(w, h);
    ctx.viewportHeight.value = h;
    rig.setAspect(w / h);
    bar.drawMarks();
    draw();
  }
  const ro = new ResizeObserver(() => resize());
  ro.observe(viewEl);

  // ---- drawing
  const labelDivs: HTMLDivElement[] = [];
  const v3 = new THREE.Vector3();
  function updateLabels(): void {
    let k = 0;
    const w = ctx.resolution.x;
    const h = ctx.resolution.y;
    outer: for (const [path, m] of graph.visuals) {
      if (graph.isHidden(path)) continue;
      for (const v of m.values()) {
        const a = v.labelAnchors;
        if (!a) continue;
        v.object.updateWorldMatrix(true, false);
        for (let i = 0; i < a.labels.length; i++) {
          if (k >= MAX_LABELS) break outer;
          v3.fromArray(a.positions, 3 * i).applyMatrix4(v.object.matrixWorld).project(rig.camera);
          if (v3.z > 1 || v3.z < -1 || Math.abs(v3.x) > 1 || Math.abs(v3.y) > 1) continue;
          let d = labelDivs[k];
          if (!d) labelDivs.push((d = div("rrnb-label", labelLayer)));
          d.textContent = a.labels[i]!; // data → text only
          d.style.transform = `translate(${((v3.x + 1) / 2) * w + 8}px, ${((1 - v3.y) / 2) * h - 8}px)`;
          d.style.display = "";
          k++;
        }
      }
    }
    for (let i = k; i < labelDivs.length; i++) labelDivs[i]!.style.display = "none";
  }
  let glMemory = "";
  let drawnPoints = -1;
  function draw(): void {
    if (disposed) return;
    renderer.render(scene, rig.camera);
    updateLabels();
    // three's live GPU objects, for tests (leaks): written only when they change
    const m = renderer.info.memory;
    const gm = `{"geometries":${m.geometries},"textures":${m.textures}}`;
    if (gm !== glMemory) root.dataset.glMemory = glMemory = gm;
    // point instances in the frame just drawn, for tests (a big cloud: did every point reach the GPU?)
    let pts = 0;
    scene.traverseVisible((o) => {
      if (o.name !== "points") return;
      const g = (o as THREE.Mesh).geometry;
      pts += g instanceof THREE.InstancedBufferGeometry ? g.instanceCount : (g.getAttribute("position")?.count ?? 0);
    });
    if (pts !== drawnPoints) root.dataset.points = String((drawnPoints = pts));
  }
  function requestDraw(): void {
    if (drawQueued || disposed) return;
    drawQueued = requestAnimationFrame(() => {
      drawQueued = 0;
      draw();
    });
  }

  // ---- queries
  const client = new QueryClient(view, (msg) => model.send(msg));
  const parts = new PartAssembler();
  let player: Player | null = null;
  let staleWhilePlaying = false;
  function query(): void {
    if (disposed) return;
    if (player) {
      // playing: the frames queued are deltas on what the view holds; a query now would break that chain
      staleWhilePlaying = true;
      return;
    }
    client.request({ timeline, time });
  }
  function showError(msg: string | null): void {
    errorEl.textContent = msg ?? "";
    errorEl.style.display = msg ? "" : "none";
  }
  function usedBytes(msg: SceneMsg | FrameMsg, buffers: readonly RawBuffer[]): number {
    const idx = new Set<number>();
    if (msg.transforms && typeof msg.transforms.buf === "number") idx.add(msg.transforms.buf);
    for (const e of msg.entities ?? []) {
      for (const d of Object.values(e.comps ?? {})) {
        if (d && "buf" in d) {
          idx.add(d.buf);
          if (typeof d.offsets === "number") idx.add(d.offsets);
        }
      }
    }
    let n = 0;
    for (const i of idx) n += (buffers[i] as ArrayBufferView | undefined)?.byteLength ?? 0;
    return n;
  }
  function onReply(msg: SceneMsg, buffers: readonly RawBuffer[], rttMs: number, frameBytes?: number): void {
    const t0 = performance.now();
    const changes = applyScene(state, msg, buffers);
    if (!fitted && state.bounds && state.bounds.every(Number.isFinite)) {
      fitted = true;
      ctx.defaultRadius.value = defaultRadiusFor(state.bounds);
      rig.fit(state.bounds);
      const cam = model.get("camera");
      if (isCameraDict(cam)) rig.set(cam);
    }
    graph.update(state, changes);
    draw();
    if (frameBytes === undefined) renderer.getContext().finish(); // (not while playing: it would stall the page)
    const renderMs = performance.now() - t0;
    let bytes = frameBytes ?? 0;
    if (frameBytes === undefined) for (const b of buffers) bytes += (b as ArrayBufferView | ArrayBuffer).byteLength;
    root.dataset.frames = String(Number(root.dataset.frames) + 1);
    root.dataset.lastQuery = JSON.stringify({
      id: msg.id,
      time: msg.time,
      rtt_ms: Math.round(rttMs * 100) / 100,
      render_ms: Math.round(renderMs * 100) / 100,
      bytes,
    });
  }
  const onCustom = (content: unknown, buffers?: RawBuffer[]): void => {
    if (disposed || !content || typeof content !== "object") return;
    let msg = content as KernelMsg;
    if (msg.type === "part") {
      if ((msg as PartMsg).view !== view) return;
      let whole;
      try {
        whole = parts.add(msg as PartMsg, buffers ?? []);
      } catch (e) {
        console.warn("rerun_nb: bad reply part", e);
        whole = null;
      }
      if (!whole) return;
      msg = whole.content as KernelMsg;
      buffers = whole.buffers;
    }
    if (msg.type === "frames") {
      if (msg.view === view && player) {
        player.onFrames(msg as FramesMsg, buffers ?? [], !!model.get("loop"));
        root.dataset.windows = String(Number(root.dataset.windows ?? "0") + 1);
      }
      return;
    }
    if (msg.type === "error" && player && player.inFlight && msg.id === player.inFlight.id && msg.view === view) {
      showError(String(msg.message));
      model.set("playing", false);
      model.save_changes();
      setPlaying(false);
      return;
    }
    const verdict = client.onMessage(msg);
    if (verdict.action === "drop") return;
    if (verdict.action === "error") {
      showError(verdict.message);
      client.applied(verdict.query.id, false);
      return;
    }
    try {
      onReply(msg as SceneMsg, buffers ?? [], verdict.rttMs);
      showError(null);
      client.applied(verdict.query.id, true);
    } catch (e) {
      // A reply we cannot apply: say so, and ask for a full scene next time.
      console.warn("rerun_nb: could not apply scene reply", e);
      showError(`could not apply scene reply: ${e instanceof Error ? e.message : String(e)}`);
      client.resetBase();
      client.applied(verdict.query.id, false);
    }
  };
  on("msg:custom", onCustom as Handler);

  // ---- time & playback
  let saveTimer: ReturnType<typeof setTimeout> | 0 = 0;
  let lastSave = 0;
  function flushTime(): void {
    saveTimer = 0;
    lastSave = performance.now();
    if (disposed) return;
    model.set("time", time);
    model.save_changes();
  }
  function setTime(t: number, save = true, fromPlayer = false): void {
    if (!Number.isFinite(t)) return;
    time = t;
    bar.setTime(t);
    if (player && !fromPlayer) player.reset(t); // the user moved the playhead: queue from there
    else if (!player) query();
    if (!save) return;
    const wait = (playing ? PLAY_SAVE_THROTTLE_MS : SAVE_THROTTLE_MS) - (performance.now() - lastSave);
    if (wait <= 0 && !saveTimer) flushTime();
    else if (!saveTimer) saveTimer = setTimeout(flushTime, Math.max(wait, 0));
  }
  function tick(now: number): void {
    playRaf = 0;
    if (!playing || disposed) return;
    const tl = bar.timeline;
    if (!tl) return setPlaying(false);
    const dt = Math.min((now - lastTick) / 1000, 0.25);
    lastTick = now;
    const speed = Number(model.get("speed")) || 1;
    const s = advance({ time, carry, playing }, tl, dt, speed, !!model.get("loop"));
    carry = s.carry;
    const p = player;
    if (p) {
      p.tl = tl;
      if (s.time < time) p.wrapped();
      if (s.time !== time) setTime(s.time, true, true);
      playFrames(p);
      requestWindow(p, speed);
    } else if (s.time !== time) setTime(s.time);
    if (!s.playing) {
      model.set("playing", false);
      flushTime();
      setPlaying(false);
      return;
    }
    playRaf = requestAnimationFrame(tick);
  }
  /** Apply the queued frames whose time has come, then draw once. */
  function playFrames(p: Player): void {
    const due = p.due(time);
    if (!due.length) return;
    const t0 = performance.now();
    let bytes = 0;
    let last: FrameMsg | null = null;
    try {
      for (const q of due) {
        const f = q.frame;
        const changes = applyScene(state, { ...f, type: "scene", view, timeline } as SceneMsg, q.buffers);
        graph.update(state, changes);
        client.base = f.id;
        bytes += usedBytes(f, q.buffers);
        last = f;
      }
    } catch (e) {
      console.warn("rerun_nb: could not apply a playback frame", e);
      showError(`could not apply a playback frame: ${e instanceof Error ? e.message : String(e)}`);
      client.resetBase();
      p.reset(time);
      return;
    }
    draw();
    root.dataset.frames = String(Number(root.dataset.frames) + 1);
    root.dataset.lastQuery = JSON.stringify({
      id: last!.id,
      time: last!.time,
      render_ms: Math.round((performance.now() - t0) * 100) / 100,
      bytes,
      frames: due.length,
    });
  }
  function requestWindow(p: Player, speed: number): void {
    if (client.inFlight) return; // a scrub query still on its way: its reply is the base of the window
    const req = p.wants(time, speed);
    if (!req) return;
    const id = client.reserve(req.max_frames);
    p.sent(id, req);
    model.send({ type: "window", id, view, base: p.lastId ?? client.base, ...req });
  }
  function setPlaying(p: boolean): void {
    bar.setPlaying(p);
    if (p === playing) return;
    playing = p;
    if (p) {
      const tl = bar.timeline;
      if (tl && time >= tl.max && !model.get("loop")) setTime(tl.min);
      if (tl) {
        player = new Player(tl);
        player.reset(time);
        staleWhilePlaying = false;
      }
      lastTick = performance.now();
      carry = 0;
      playRaf = requestAnimationFrame(tick);
    } else {
      if (playRaf) cancelAnimationFrame(playRaf);
      playRaf = 0;
      const wasPlaying = player !== null;
      player = null;
      if (saveTimer) {
        // the kernel (and any linked widget) learns where playback stopped now, not a throttle period later
        clearTimeout(saveTimer);
        flushTime();
      }
      // the frames shown were thinned to the display rate: ask once for the exact latest-at here
      if (wasPlaying || staleWhilePlaying) query();
      staleWhilePlaying = false;
    }
  }
  function setHidden(h: string[]): void {
    hidden = h;
    graph.setHidden(h);
    tree.set(((model.get("entity_paths") as unknown[]) ?? []).map(String), h);
    requestDraw();
    query();
  }

  // ---- traitlets → UI
  on("change:time", () => {
    const t = Number(model.get("time"));
    if (Number.isFinite(t) && t !== time) setTime(t, false);
  });
  on("change:timeline", () => {
    const t = String(model.get("timeline") ?? "");
    if (t === timeline) return;
    timeline = t;
    syncBar();
    query();
  });
  on("change:timelines", () => {
    const before = timelines.find((t) => t.name === timeline);
    // a view at the latest time (or on a timeline that just appeared) follows it as data comes in
    const atEnd = !before || time >= before.max;
    timelines = parseTimelines(model.get("timelines"));
    syncBar();
    const tl = bar.timeline;
    if (tl && (model.get("follow") || atEnd) && !playing && time !== tl.max) setTime(tl.max);
  });
  on("change:entity_paths", () => tree.set(((model.get("entity_paths") as unknown[]) ?? []).map(String), hidden));
  on("change:hidden", () => {
    const h = ((model.get("hidden") as unknown[]) ?? []).map(String);
    if (JSON.stringify(h) !== JSON.stringify(hidden)) setHidden(h);
  });
  on("change:data_version", () => query());
  on("change:playing", () => setPlaying(!!model.get("playing")));
  on("change:loop", () => bar.setLoop(!!model.get("loop")));
  on("change:speed", () => bar.setSpeed(Number(model.get("speed")) || 1));
  on("change:width", applySize);
  on("change:height", applySize);
  on("change:camera", () => {
    const c = model.get("camera");
    if (isCameraDict(c) && JSON.stringify(c) !== JSON.stringify(rig.get())) {
      rig.set(c);
      requestDraw();
    }
  });
  function saveCamera(): void {
    const c: CameraDict = rig.get();
    model.set("camera", c);
    model.save_changes();
  }

  // ---- pointer & keyboard
  const raycaster = new THREE.Raycaster();
  let hoverRaf = 0;
  let hoverAt: { x: number; y: number } | null = null;
  function doHover(): void {
    hoverRaf = 0;
    if (!hoverAt || disposed) return tooltip.hide();
    const w = ctx.resolution.x;
    const h = ctx.resolution.y;
    raycaster.setFromCamera(new THREE.Vector2((hoverAt.x / w) * 2 - 1, 1 - (hoverAt.y / h) * 2), rig.camera);
    scene.updateMatrixWorld();
    const pxPerUnit = (2 * Math.tan(THREE.MathUtils.degToRad(rig.camera.fov) / 2)) / h;
    const hit = graph.pick(raycaster.ray, pxPerUnit, state);
    if (!hit) return tooltip.hide();
    const lines = [hit.path, `#${hit.index}`, `(${hit.position.map(fmtNum).join(", ")})`];
    if (hit.label !== null) lines.push(hit.label);
    tooltip.show(hoverAt.x, hoverAt.y, lines);
  }
  const onMove = (e: PointerEvent): void => {
    if (e.buttons) {
      hoverAt = null;
      tooltip.hide();
      return;
    }
    const r = canvas.getBoundingClientRect();
    hoverAt = { x: e.clientX - r.left, y: e.clientY - r.top };
    if (!hoverRaf) hoverRaf = requestAnimationFrame(doHover);
  };
  const onLeave = (): void => {
    hoverAt = null;
    tooltip.hide();
  };
  const onDbl = (): void => {
    if (rig.reset()) {
      draw();
      saveCamera();
    }
  };
  const onKey = (e: KeyboardEvent): void => {
    const tgt = e.target as HTMLElement | null;
    if (tgt && (tgt.tagName === "SELECT" || (tgt.tagName === "INPUT" && (tgt as HTMLInputElement).type !== "range" && (tgt as HTMLInputElement).type !== "checkbox"))) return;
    const tl = bar.timeline;
    if (e.key === " ") {
      e.preventDefault();
      bar.play.click();
    } else if ((e.key === "ArrowLeft" || e.key === "ArrowRight") && tl) {
      e.preventDefault();
      const m = stepMark(tl.marks, time, e.key === "ArrowLeft" ? -1 : 1);
      if (m !== null) setTime(m);
    }
  };
  canvas.addEventListener("pointermove", onMove);
  canvas.addEventListener("pointerleave", onLeave);
  canvas.addEventListener("dblclick", onDbl);
  root.addEventListener("keydown", onKey, true);

  // ---- start
  syncBar();
  bar.setLoop(!!model.get("loop"));
  bar.setSpeed(Number(model.get("speed")) || 1);
  graph.setHidden(hidden);
  tree.set(((model.get("entity_paths") as unknown[]) ?? []).map(String), hidden);
  applySize();
  draw();
  query();
  if (model.get("playing")) setPlaying(true);

  return () => {
    if (disposed) return;
    if (saveTimer) {
      clearTimeout(saveTimer);
      flushTime();
    }
    disposed = true;
    if (playRaf) cancelAnimationFrame(playRaf);
    if (drawQueued) cancelAnimationFrame(drawQueued);
    if (hoverRaf) cancelAnimationFrame(hoverRaf);
    for (const [ev, cb] of listeners) model.off(ev, cb);
    ro.disconnect();
    canvas.removeEventListener("pointermove", onMove);
    canvas.removeEventListener("pointerleave", onLeave);
    canvas.removeEventListener("dblclick", onDbl);
    root.removeEventListener("keydown", onKey, true);
    try {
      model.send({ type: "release", view });
    } catch {
      // the comm may already be closed
    }
    rig.dispose();
    graph.dispose();
    scene.clear();
    renderer.dispose();
    renderer.forceContextLoss();
    root.remove();
  };
}

export function initialize(): void {}

export default { initialize, render };
