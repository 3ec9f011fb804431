// The tensor view (Rerun's TensorView): one 2D slice of the view's latest-at Tensor, cut by the kernel (`tensor`
// message: only the slice travels), colour-mapped on a canvas. The view's TensorScalarMapping (colormap, gamma,
// mag_filter) and TensorViewFit are honoured; a slider per dimension the kernel lists (the blueprint's `slider`, or
// every dimension not shown) moves that dimension's index; the x / y pickers choose which dimensions are shown.
// Hover shows the full index and the value.
import { div } from "../controllers/layout";
import { fmtNum, Tooltip } from "../entity_tree";
import { PartAssembler } from "../parts";
import { isUnder, typedView, type PartMsg, type RawBuffer } from "../protocol";
import { Requester } from "../requests";
import { parseTensorReply, scalarMapping, sliceRGBA, viewFit, type ScalarMapping, type TensorReply } from "../tensor_slice";
import type { TimelineInfo } from "../time_units";
import { bump, registerView, type View, type ViewHost, type ViewSpec } from "./view";

interface SliceTarget {
  width: number | null;
  height: number | null;
  indices: [number, number][] | null;
}

export class TensorView implements View {
  readonly id: string;
  readonly el = div("rrnb-view rrnb-plot rrnb-tensor");
  private readonly canvas = document.createElement("canvas");
  private readonly bar = div("rrnb-tensorbar");
  private readonly errorEl = div("rrnb-error");
  private readonly tooltip = new Tooltip();
  private readonly req: Requester<SliceTarget>;
  private readonly ro: ResizeObserver;
  private readonly mapping: ScalarMapping;
  private readonly fit: string;
  /** what the user picked (null: the kernel's choice, from the blueprint or Rerun's rules) */
  private width: number | null = null;
  private height: number | null = null;
  private indices = new Map<number, number>();
  private reply: TensorReply | null = null;
  private slice: Float32Array | null = null;
  private image: HTMLCanvasElement | null = null;
  /** where the slice is drawn: x, y, width, height in CSS px */
  private rect: [number, number, number, number] = [0, 0, 0, 0];
  private barKey = "";
  /** a slice over 4 MB comes in `part` messages */
  private readonly parts = new PartAssembler();
  private hidden: readonly string[];

  constructor(
    private readonly host: ViewHost,
    private readonly spec: ViewSpec,
  ) {
    this.id = spec.id;
    this.hidden = host.cursor.hidden;
    const props = spec.node?.properties;
    this.mapping = scalarMapping(props?.["TensorScalarMapping"]);
    this.fit = viewFit(props?.["TensorViewFit"]);
    this.canvas.className = "rrnb-plot-canvas";
    this.errorEl.style.display = "none";
    this.el.append(this.canvas, this.bar, this.tooltip.root, this.errorEl);
    this.req = new Requester((id, t) => this.send(id, t));
    this.restore();
    this.canvas.addEventListener("pointermove", this.onMove);
    this.canvas.addEventListener("pointerleave", () => this.tooltip.hide());
    this.ro = new ResizeObserver(() => this.draw());
    this.ro.observe(this.el);
  }

  private send(id: number, t: SliceTarget): void {
    const c = this.host.cursor;
    this.host.events.model.send({ type: "tensor", id, view: this.id, space: this.spec.node?.id ?? "", timeline: c.timeline || null, time: c.time, width: t.width, height: t.height, indices: t.indices });
  }

  private ask(): void {
    const idx = this.indices.size ? [...this.indices].map(([d, i]) => [d, i] as [number, number]) : null;
    this.req.request({ width: this.width, height: this.height, indices: idx });
  }

  /** The user's choice, kept by the widget per layout view (a re-run of the cell keeps the slice shown). */
  private keep(): void {
    if (this.spec.node) this.host.uiSet(`tensor:${this.spec.node.id}`, { width: this.width, height: this.height, indices: [...this.indices] });
  }

  private restore(): void {
    const k = this.spec.node ? (this.host.uiGet(`tensor:${this.spec.node.id}`) as Record<string, unknown> | null) : null;
    if (!k || typeof k !== "object") return;
    const dim = (x: unknown): number | null => (Number.isInteger(x) && (x as number) >= 0 ? (x as number) : null);
    this.width = dim(k["width"]);
    this.height = dim(k["height"]);
    for (const p of Array.isArray(k["indices"]) ? k["indices"] : []) {
      if (Array.isArray(p) && dim(p[0]) !== null && dim(p[1]) !== null) this.indices.set(p[0] as number, p[1] as number);
    }
  }

  onMessage(content: unknown, buffers: readonly RawBuffer[]): void {
    let m = content as Record<string, unknown> | null;
    if (m && m["type"] === "part" && m["view"] === this.id) {
      let whole;
      try {
        whole = this.parts.add(m as unknown as PartMsg, buffers);
      } catch (e) {
        return this.showError(`bad reply part: ${e instanceof Error ? e.message : String(e)}`);
      }
      if (!whole) return;
      m = whole.content as Record<string, unknown>;
      buffers = whole.buffers;
    }
    if (!m || m["view"] !== this.id || !this.req.expects(m["id"])) return;
    this.req.settle(m["id"]);
    if (m["type"] === "error") return this.showError(String(m["message"]));
    if (m["type"] !== "tensor") return;
    const t0 = performance.now();
    try {
      this.reply = parseTensorReply(m);
      const r = this.reply;
      this.slice = r && r.w * r.h > 0 ? (typedView(buffers[r.buf]!, "float32", r.w * r.h) as Float32Array) : null;
    } catch (e) {
      return this.showError(`could not read the tensor reply: ${e instanceof Error ? e.message : String(e)}`);
    }
    this.showError(null);
    this.image = this.reply && this.slice ? this.paint(this.reply, this.slice) : null;
    this.buildBar();
    this.draw();
    bump(this.el.dataset, "frames");
    this.el.dataset.shape = this.reply ? this.reply.shape.join("x") : "";
    this.el.dataset.slice = this.reply ? `${this.reply.w}x${this.reply.h}` : "";
    this.el.dataset.indices = this.reply ? JSON.stringify(this.reply.indices) : "";
    this.el.dataset.applyMs = (performance.now() - t0).toFixed(1); // reply → pixels on the canvas (bench hook)
  }

  private paint(r: TensorReply, s: Float32Array): HTMLCanvasElement {
    const img = document.createElement("canvas");
    img.width = r.w;
    img.height = r.h;
    const g = img.getContext("2d");
    if (g) g.putImageData(new ImageData(sliceRGBA(s, r.valueRange, this.mapping) as Uint8ClampedArray<ArrayBuffer>, r.w, r.h), 0, 0);
    return img;
  }

  private showError(msg: string | null): void {
    this.errorEl.textContent = msg ?? "";
    this.errorEl.style.display = msg ? "" : "none";
  }

  // ---- the controls: x / y dimension pickers and one slider per listed dimension

  private dimName(d: number): string {
    const n = this.reply?.names?.[d];
    return n ? `${n}` : `dim ${d}`;
  }

  private buildBar(): void {
    const r = this.reply;
    const key = r ? JSON.stringify([r.shape, r.names, r.width, r.height, r.slider]) : "";
    if (key === this.barKey) return this.syncSliders();
    this.barKey = key;
    if (!r) return this.bar.replaceChildren();
    const rows: HTMLElement[] = [];
    if (r.shape.length >= 2) rows.push(this.pickers(r));
    for (const d of r.slider) {
      const row = div("rrnb-tensor-slider");
      const name = document.createElement("span");
      name.textContent = this.dimName(d); // data → text only
      const input = document.createElement("input");
      input.type = "range";
      input.min = "0";
      input.max = String(Math.max(0, r.shape[d]! - 1));
      input.dataset.dim = String(d);
      const val = document.createElement("span");
      val.className = "rrnb-tensor-index";
      input.addEventListener("input", () => {
        this.indices.set(d, Number(input.value));
        val.textContent = `${input.value} / ${input.max}`;
        this.keep();
        this.ask();
      });
      row.append(name, input, val);
      rows.push(row);
    }
    this.bar.replaceChildren(...rows);
    this.syncSliders();
  }

  private pickers(r: TensorReply): HTMLElement {
    const row = div("rrnb-tensor-dims");
    for (const axis of ["x", "y"] as const) {
      const label = document.createElement("span");
      label.textContent = axis === "x" ? "x:" : " y:";
      const sel = document.createElement("select");
      sel.dataset.axis = axis;
      r.shape.forEach((n, d) => {
        const o = document.createElement("option");
        o.value = String(d);
        o.textContent = `${this.dimName(d)} (${n})`;
        sel.appendChild(o);
      });
      sel.value = String(axis === "x" ? r.width : r.height);
      sel.addEventListener("change", () => {
        const d = Number(sel.value);
        const other = axis === "x" ? r.height : r.width;
        if (axis === "x") this.width = d;
        else this.height = d;
        if (d === other) {
          // swapping: the other axis takes this one's old dimension
          const old = axis === "x" ? r.width : r.height;
          if (axis === "x") this.height = old;
          else this.width = old;
        }
        this.width ??= r.width;
        this.height ??= r.height;
        this.indices.delete(d);
        this.keep();
        this.ask();
      });
      row.append(label, sel);
    }
    return row;
  }

  private syncSliders(): void {
    const r = this.reply;
    if (!r) return;
    const at = new Map(r.indices);
    for (const input of this.bar.querySelectorAll<HTMLInputElement>("input[type=range]")) {
      const d = Number(input.dataset.dim);
      input.value = String(at.get(d) ?? 0);
      const val = input.nextElementSibling;
      if (val) val.textContent = `${input.value} / ${input.max}`;
    }
  }

  // ---- drawing

  private draw(): void {
    const w = Math.max(1, this.el.clientWidth);
    const h = Math.max(1, this.el.clientHeight - this.bar.offsetHeight);
    const dpr = window.devicePixelRatio || 1;
    const cv = this.canvas;
    if (cv.width !== Math.round(w * dpr) || cv.height !== Math.round(h * dpr)) {
      cv.width = Math.round(w * dpr);
      cv.height = Math.round(h * dpr);
      cv.style.width = `${w}px`;
      cv.style.height = `${h}px`;
    }
    const g = cv.getContext("2d");
    if (!g) return;
    g.setTransform(dpr, 0, 0, dpr, 0, 0);
    g.fillStyle = "#1b1b1f";
    g.fillRect(0, 0, w, h);
    const img = this.image;
    const path = this.reply?.path ?? "";
    if (!img || this.hidden.some((p) => isUnder(path, p))) return;
    let dw = img.width;
    let dh = img.height;
    if (this.fit === "Fill") (dw = w), (dh = h);
    else if (this.fit !== "Original") {
      const k = Math.min(w / img.width, h / img.height);
      dw = img.width * k;
      dh = img.height * k;
    }
    this.rect = [(w - dw) / 2, (h - dh) / 2, dw, dh];
    g.imageSmoothingEnabled = this.mapping.magFilter !== "Nearest";
    g.imageSmoothingQuality = this.mapping.magFilter === "Bicubic" ? "high" : "low";
    g.drawImage(img, this.rect[0], this.rect[1], dw, dh);
    this.el.dataset.rect = JSON.stringify(this.rect.map((v) => Math.round(v)));
  }

  private readonly onMove = (e: PointerEvent): void => {
    const r = this.reply;
    const s = this.slice;
    if (!r || !s) return this.tooltip.hide();
    const b = this.canvas.getBoundingClientRect();
    const x = e.clientX - b.left;
    const y = e.clientY - b.top;
    const col = Math.floor(((x - this.rect[0]) / this.rect[2]) * r.w);
    const row = Math.floor(((y - this.rect[1]) / this.rect[3]) * r.h);
    if (col < 0 || row < 0 || col >= r.w || row >= r.h) return this.tooltip.hide();
    const index = r.shape.map(() => 0);
    for (const [d, i] of r.indices) index[d] = i;
    if (r.width !== null) index[r.width] = (r.invertWidth ? r.w - 1 - col : col) * r.step;
    if (r.height !== null) index[r.height] = (r.invertHeight ? r.h - 1 - row : row) * r.step;
    this.tooltip.show(x, y, [r.path, `[${index.join(", ")}]`, fmtNum(s[row * r.w + col]!)]);
  };

  // ---- View

  seek(): void {
    this.ask();
  }

  refresh(): void {
    this.ask();
  }

  playStart(_tl: TimelineInfo): void {}

  playTick(_tl: TimelineInfo, _speed: number, _wrapped: boolean, moved: boolean): void {
    if (moved && !this.req.inFlight) this.ask();
  }

  playStop(): void {
    this.ask();
  }

  setHidden(hidden: readonly string[]): void {
    this.hidden = hidden;
    this.draw();
  }

  dispose(release = true): void {
    this.ro.disconnect();
    if (release) {
      try {
        this.host.events.model.send({ type: "release", view: this.id });
      } catch {
        // the comm may be closed
      }
    }
    this.el.remove();
  }
}

registerView("Tensor", (host, spec) => new TensorView(host, spec));
