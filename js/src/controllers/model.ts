// The part of anywidget's model the widget uses, and the listeners it puts on it (all removed on dispose).

export type Handler = (...args: never[]) => void;

export interface AnyModel {
  get(name: string): unknown;
  set(name: string, value: unknown): void;
  on(event: string, cb: Handler): void;
  off(event?: string | null, cb?: Handler | null): void;
  send(content: unknown, callbacks?: unknown, buffers?: ArrayBuffer[]): void;
  save_changes(): void;
}

export class ModelEvents {
  private listeners: [string, Handler][] = [];

  constructor(readonly model: AnyModel) {}

  on(event: string, cb: Handler): void {
    this.model.on(event, cb);
    this.listeners.push([event, cb]);
  }

  dispose(): void {
    for (const [ev, cb] of this.listeners) this.model.off(ev, cb);
    this.listeners = [];
  }
}

/** A list traitlet as strings. */
export function strings(x: unknown): string[] {
  return Array.isArray(x) ? x.map(String) : [];
}
