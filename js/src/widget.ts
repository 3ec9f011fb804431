// anywidget entry: wires the model to the controllers (controllers/) and the views of the layout (views/, made by
// the ViewSet from the `layout` traitlet); docs/protocol.md.
import { Cursor } from "./controllers/cursor";
import { Keyboard } from "./controllers/keyboard";
import { Layout } from "./controllers/layout";
import { ModelEvents, type AnyModel, type Handler } from "./controllers/model";
import { Playback } from "./controllers/playback";
import { SaveMenu } from "./controllers/save";
import { SelectionPanel } from "./controllers/selection";
import { TraitletSync } from "./controllers/traitlets";
import { UiState } from "./controllers/ui_state";
import { ViewSet } from "./controllers/view_set";
import { EntityTree } from "./entity_tree";
import type { RawBuffer } from "./protocol";
import { TimelineBar } from "./timeline";
import type { View, ViewHost } from "./views/view";

export type { AnyModel } from "./controllers/model";

/** Request ids of the selection panel and the save form: ranges no view's query ids reach. */
const INSPECT_IDS = 1_000_001;
const SAVE_IDS = 2_000_001;

function randomId(): string {
  const b = new Uint8Array(6);
  crypto.getRandomValues(b);
  return "v-" + Array.from(b, (x) => x.toString(16).padStart(2, "0")).join("");
}

export function render({ model, el }: { model: AnyModel; el: HTMLElement }): () => void {
  const wid = randomId();
  const events = new ModelEvents(model);
  const ui = new UiState(events);
  const layout = new Layout(el, (collapsed) => ui.set("panel:blueprint", collapsed ? "collapsed" : "expanded"));
  layout.hooks.view = wid;
  const cursor = new Cursor();
  const bar = new TimelineBar({
    onTimeline: (name) => sync.userTimeline(name),
    onTime: (t) => playback.setTime(t),
    onPlay: (p) => sync.userPlaying(p),
    onLoop: (l) => sync.userLoop(l),
    onSpeed: (s) => sync.userSpeed(s),
  });
  const send = (m: unknown): void => model.send(m);
  const selection = new SelectionPanel(wid, cursor, send, INSPECT_IDS, (s) => tree.setSelected(s?.path ?? null));
  const tree = new EntityTree(
    (h) => sync.userHidden(h),
    (path) => selection.select({ path, instance: null }),
  );
  // the save form's range: the time range a plot was zoomed to, else the whole timeline
  const shownRange = (): [number, number] | null => {
    for (const v of views) {
      const r = v.shownRange?.();
      if (r) return r;
    }
    return null;
  };
  const save = new SaveMenu(cursor, send, SAVE_IDS, shownRange);
  const views: View[] = [];
  const sync = new TraitletSync(events, cursor, views, bar, tree);
  const host: ViewHost = {
    cursor,
    events,
    hooks: layout.hooks,
    stopPlaying: () => sync.stopPlaying(),
    resized: () => bar.drawMarks(),
    setTime: (t) => playback.setTime(t),
    select: (path, instance) => selection.select({ path, instance }),
    uiGet: (k) => (k === "camera3d" ? viewSet.firstOf("3D") : ui.get(k)),
    uiSet: (k, v) => ui.set(k, v),
  };
  const viewSet = new ViewSet(wid, host, layout.area, views, [selection]);
  layout.setSide(tree.root, selection.el);
  bar.root.appendChild(save.button);
  layout.setBottom(bar.root);
  layout.root.appendChild(save.form);
  const playback = new Playback(cursor, views, bar, sync);
  const keyboard = new Keyboard(layout.root, { togglePlaying: () => sync.togglePlaying(), step: (d) => playback.step(d) });

  const onSize = (): void => {
    const w = Number(model.get("width")) || 0;
    const h = Number(model.get("height")) || 480;
    layout.fixedWidth(w > 0);
    const single = viewSet.single;
    layout.areaSize(single ? null : { w, h });
    single?.applySize?.();
  };
  let shownLayout: string | null = null;
  /** Show the `layout` traitlet; false when it is the one shown already (the kernel re-sends it as data grows). */
  const showLayout = (): boolean => {
    const json = JSON.stringify(model.get("view_layout") ?? {});
    if (json === shownLayout) return false;
    shownLayout = json;
    viewSet.build(model.get("view_layout"));
    const panels = viewSet.layout?.panels;
    const kept = ui.get("panel:blueprint");
    layout.setSideState(kept === "collapsed" || kept === "expanded" ? kept : (panels?.blueprint ?? null));
    layout.setBottomState(panels?.time ?? null);
    if (panels?.selection === "hidden") selection.select(null);
    return true;
  };
  showLayout();

  const onCustom = (content: unknown, buffers?: RawBuffer[]): void => {
    for (const v of views) v.onMessage(content, buffers ?? []);
    save.onMessage(content);
  };
  events.on("msg:custom", onCustom as Handler);
  events.on("change:view_layout", () => {
    if (!showLayout()) return;
    onSize();
    for (const v of views) v.refresh();
  });
  sync.start(playback, onSize);

  let disposed = false;
  return () => {
    if (disposed) return;
    disposed = true;
    sync.dispose(); // first: a pending save of `time` goes out now
    ui.dispose();
    playback.dispose();
    keyboard.dispose();
    events.dispose();
    viewSet.dispose();
    selection.dispose();
    try {
      model.send({ type: "release", view: wid }); // every view under this widget's id
    } catch {
      // the comm may already be closed
    }
    layout.dispose();
  };
}

export function initialize(): void {}

export default { initialize, render };
