// UI state the widget keeps beside the traitlets of protocol.md: splitter shares and active tabs by container id,
// 2D / 3D cameras by view id, panel states. Read from the `ui` traitlet (a dict) when the kernel has one (it keeps it
// per application id, so a re-run restores it), written back there (throttled); without it, kept for this page.
import type { ModelEvents } from "./model";

const SAVE_MS = 250;

export class UiState {
  private mem: Record<string, unknown> = {};
  private timer: ReturnType<typeof setTimeout> | 0 = 0;

  constructor(private readonly events: ModelEvents) {
    this.read();
    events.on("change:ui", () => this.read());
  }

  /** Does the kernel keep a `ui` traitlet? (an older kernel does not: nothing is written then) */
  private get synced(): boolean {
    return this.events.model.get("ui") !== undefined;
  }

  private read(): void {
    const u = this.events.model.get("ui");
    if (u && typeof u === "object" && !Array.isArray(u)) this.mem = { ...this.mem, ...(u as Record<string, unknown>) };
  }

  get(key: string): unknown {
    return this.mem[key];
  }

  set(key: string, value: unknown): void {
    this.mem[key] = value;
    if (this.synced && !this.timer) this.timer = setTimeout(() => this.flush(), SAVE_MS);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = 0;
    if (!this.synced) return;
    const m = this.events.model;
    m.set("ui", { ...this.mem });
    m.save_changes();
  }

  dispose(): void {
    if (this.timer) this.flush();
  }
}
