// Keys on the widget: space plays / pauses, left / right step to the previous / next mark. Not while typing in a
// field (a select, a text input); sliders and checkboxes keep no key of ours.

export interface KeyActions {
  togglePlaying(): void;
  /** false when there is nothing to step on (the key is then left alone) */
  step(dir: -1 | 1): boolean;
}

interface KeyTarget {
  tagName?: string;
  type?: string;
}

function typing(t: KeyTarget | null): boolean {
  if (!t) return false;
  return t.tagName === "SELECT" || (t.tagName === "INPUT" && t.type !== "range" && t.type !== "checkbox");
}

export class Keyboard {
  private readonly onKey = (e: Event): void => this.key(e as KeyboardEvent);

  constructor(
    private readonly root: EventTarget,
    private readonly actions: KeyActions,
  ) {
    root.addEventListener("keydown", this.onKey, { capture: true });
  }

  private key(e: KeyboardEvent): void {
    if (typing(e.target as KeyTarget | null)) return;
    if (e.key === " ") {
      e.preventDefault();
      this.actions.togglePlaying();
    } else if ((e.key === "ArrowLeft" || e.key === "ArrowRight") && this.actions.step(e.key === "ArrowLeft" ? -1 : 1)) {
      e.preventDefault();
    }
  }

  dispose(): void {
    this.root.removeEventListener("keydown", this.onKey, { capture: true });
  }
}
