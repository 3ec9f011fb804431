// anywidget entry: wires the model to the controllers (controllers/) and the views (views/); docs/protocol.md.
import { Cursor } from "./controllers/cursor";
import { Keyboard } from "./controllers/keyboard";
import { Layout } from "./controllers/layout";
import { ModelEvents, type AnyModel, type Handler } from "./controllers/model";
import { Playback } from "./controllers/playback";
import { TraitletSync } from "./controllers/traitlets";
import { EntityTree } from "./entity_tree";
import type { RawBuffer } from "./protocol";
import { TimelineBar } from "./timeline";
import type { View } from "./views/view";
import { View3D } from "./views/view3d";

export type { AnyModel } from "./controllers/model";

export function render({ model, el }: { model: AnyModel; el: HTMLElement }): () => void {
  const events = new ModelEvents(model);
  const layout = new Layout(el);
  const cursor = new Cursor();
  const bar = new TimelineBar({
    onTimeline: (name) => sync.userTimeline(name),
    onTime: (t) => playback.setTime(t),
    onPlay: (p) => sync.userPlaying(p),
    onLoop: (l) => sync.userLoop(l),
    onSpeed: (s) => sync.userSpeed(s),
  });
  const tree = new EntityTree((h) => sync.userHidden(h));
  const views: View[] = [];
  const sync = new TraitletSync(events, cursor, views, bar, tree);
  const view3d = new View3D({
    cursor,
    events,
    hooks: layout.hooks,
    stopPlaying: () => sync.stopPlaying(),
    resized: () => bar.drawMarks(),
  });
  views.push(view3d);
  for (const v of views) layout.addView(v.el);
  layout.setSide(tree.root);
  layout.setBottom(bar.root);
  const playback = new Playback(cursor, views, bar, sync);
  const keyboard = new Keyboard(layout.root, { togglePlaying: () => sync.togglePlaying(), step: (d) => playback.step(d) });
  const onCustom = (content: unknown, buffers?: RawBuffer[]): void => {
    for (const v of views) v.onMessage(content, buffers ?? []);
  };
  events.on("msg:custom", onCustom as Handler);
  sync.start(playback, () => {
    layout.fixedWidth((Number(model.get("width")) || 0) > 0);
    view3d.applySize();
  });

  let disposed = false;
  return () => {
    if (disposed) return;
    disposed = true;
    sync.dispose(); // first: a pending save of `time` goes out now
    playback.dispose();
    keyboard.dispose();
    events.dispose();
    for (const v of views) v.dispose();
    layout.dispose();
  };
}

export function initialize(): void {}

export default { initialize, render };
