"""``rr.spawn()`` from a plain script: a native pygfx window (rendercanvas, glfw) showing the recording live.

Why a subprocess: the tutorial calls ``rr.spawn()`` first and logs afterwards, on the main thread, and the script
ends when logging is done. A window run on a thread of the script would die with it (and GLFW wants its event
loop on the main thread: on macOS it is a must), and its event loop would compete with the logging loop for
the GIL. So, as Rerun does, the window is its own process (``python -m rerun_nb.render.window``) that outlives
the script. The script side subscribes to the recording's store and streams every sealed chunk, Arrow IPC
encoded (``arrow_codec``, length-prefixed), through the child's stdin from a writer thread; a flusher thread seals
pending rows every 100 ms so the view is live while the loop logs. Logging never waits on the window: the
callback only queues a reference to the (immutable) chunk. At exit the script flushes and closes the pipe; the
window keeps what it got and stays open until closed.

Without a display (no ``DISPLAY`` / ``WAYLAND_DISPLAY`` on Linux) GLFW would abort the whole process, so this
checks first, prints one line saying so and where the data can be seen, and returns.

Keys in the window: space play/pause, ←/→ previous/next logged time, Home/End first/last time, ↑/↓ play speed
x2 / ÷2, ``t`` next timeline, ``l`` loop on/off, ``r`` reset the camera; mouse: orbit (left), pan (right),
zoom (wheel).
"""

from __future__ import annotations

import atexit
import contextlib
import importlib.util
import json
import os
import queue
import struct
import subprocess
import sys
import threading
import time
from typing import Any

__all__ = ["WindowHandle", "display_available", "spawn_window"]

_HEADER = struct.Struct("<Q")
_FLUSH_EVERY_S = 0.1


def display_available() -> str | None:
    """``None`` when a window can open here, else the reason (one short phrase)."""
    if sys.platform.startswith("linux") or "bsd" in sys.platform:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            return "no display (DISPLAY / WAYLAND_DISPLAY unset)"
    missing = [m for m in ("pygfx", "rendercanvas", "glfw") if importlib.util.find_spec(m) is None]
    if missing:
        return f"{', '.join(missing)} not installed (pip install 'rerun_nb[render]' glfw)"
    return None


def _where_to_look() -> str:
    return (
        "logging goes on into the in-process recording: save it with rr.save(path), take pictures with "
        "rec.snapshot(...) / rec.to_video(...), or show it in a notebook (rr.notebook_show())"
    )


class WindowHandle:
    """The spawned window process and the thread streaming the recording to it."""

    def __init__(self, recording: Any, proc: subprocess.Popen[bytes]) -> None:
        self.recording = recording
        self.process = proc
        self._q: queue.SimpleQueue[Any] = queue.SimpleQueue()
        self._closed = threading.Event()
        self._unsubscribe = recording.store.subscribe(self._q.put, replay=True)
        self._writer = threading.Thread(target=self._write_loop, name="rerun_nb-window-writer", daemon=True)
        self._writer.start()
        self._flusher = threading.Thread(target=self._flush_loop, name="rerun_nb-window-flush", daemon=True)
        self._flusher.start()
        atexit.register(self.close)

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def _write_loop(self) -> None:
        import pyarrow as pa

        from ..arrow_codec import chunk_to_record_batch

        stdin = self.process.stdin
        kinds = self.recording.store.timeline_kinds
        try:
            while True:
                chunk = self._q.get()
                if chunk is None:
                    break
                rb = chunk_to_record_batch(chunk, kinds)
                sink = pa.BufferOutputStream()
                with pa.ipc.new_stream(sink, rb.schema) as w:
                    w.write_batch(rb)
                data = sink.getvalue().to_pybytes()
                stdin.write(_HEADER.pack(len(data)))
                stdin.write(data)
                if self._q.empty():
                    stdin.flush()
        except (BrokenPipeError, OSError, ValueError):  # the window was closed
            pass
        finally:
            self._closed.set()
            self._unsubscribe()
            with contextlib.suppress(BrokenPipeError, OSError):
                stdin.close()

    def _flush_loop(self) -> None:
        store = self.recording.store
        while not self._closed.wait(_FLUSH_EVERY_S):
            if not self.alive:
                break
            try:
                store.flush()
            except Exception:  # never disturb the script
                break

    def close(self, timeout: float = 10.0) -> None:
        """Send what is left and close the stream (the window stays open until the user closes it)."""
        if self._closed.is_set():
            return
        with contextlib.suppress(Exception):
            self.recording.store.flush()
        self._q.put(None)
        self._writer.join(timeout)
        self._closed.set()


def spawn_window(recording: Any, *, title: str | None = None, size: tuple[int, int] = (1024, 768)) -> Any:
    """Open a native window showing ``recording`` live (see the module docstring); returns a
    :class:`WindowHandle`, or ``None`` (after printing one line) where no window can open."""
    if recording is None:
        print("rerun_nb: rr.spawn() found no recording: call rr.init(...) first.")
        return None
    why = display_available()
    if why is not None:
        print(f"rerun_nb: no viewer window: {why}; {_where_to_look()}.")
        return None
    title = title or f"rerun_nb — {getattr(recording, 'application_id', 'recording')}"
    cmd = [sys.executable, "-m", "rerun_nb.render.window", "--title", title, "--size", f"{size[0]}x{size[1]}"]
    # The window's messages go to the terminal; when the script's stderr is a pipe (``python x.py | tee``, a
    # test runner) they go to a log file instead, or whoever reads that pipe would wait for the window to close.
    try:
        tty = sys.stderr.isatty()
    except (AttributeError, ValueError):
        tty = False
    err: Any = None
    if not tty:
        import tempfile

        err = open(os.path.join(tempfile.gettempdir(), f"rerun_nb-window-{os.getpid()}.log"), "wb")  # noqa: SIM115
    try:
        proc = subprocess.Popen(
            cmd,
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=err,
            start_new_session=True,  # outlives the script, ignores its Ctrl-C
        )
    finally:
        if err is not None:
            err.close()
    return WindowHandle(recording, proc)


# ---------------------------------------------------------------------------------------------------
# The window process
# ---------------------------------------------------------------------------------------------------


def _read_exact(f: Any, n: int) -> bytes | None:
    buf = bytearray()
    while len(buf) < n:
        b = f.read(n - len(buf))
        if not b:
            return None
        buf += b
    return bytes(buf)


def _reader(store: Any, stdin: Any, done: threading.Event) -> None:
    import pyarrow as pa

    from ..arrow_codec import record_batch_to_chunk

    try:
        while True:
            head = _read_exact(stdin, _HEADER.size)
            if head is None:
                break
            data = _read_exact(stdin, _HEADER.unpack(head)[0])
            if data is None:
                break
            for rb in pa.ipc.open_stream(pa.py_buffer(data)):
                chunk, _kinds = record_batch_to_chunk(rb)
                store.append_chunk(chunk)
    except Exception as e:  # a broken stream: keep what we have
        print(f"rerun_nb window: stream ended: {e}", file=sys.stderr)
    finally:
        done.set()


class _App:
    """The window: draws the scene of ``store`` (filled by the stream reader) at its own time cursor."""

    def __init__(self, store: Any, stream_done: threading.Event, title: str, size: tuple[int, int]) -> None:
        import pygfx as gfx
        from rendercanvas.glfw import RenderCanvas

        from .scene_builder import SceneBuilder

        self.store = store
        self.stream_done = stream_done
        self.base_title = title
        # on demand: an idle window costs nothing; _poll asks for frames while playing or while data arrives
        self.canvas = RenderCanvas(size=size, title=title, update_mode="ondemand", max_fps=30)
        self.renderer = gfx.WgpuRenderer(self.canvas, pixel_scale=1, ppaa="fxaa")
        self.camera = gfx.PerspectiveCamera(45, size[0] / size[1])
        self.controller = gfx.OrbitController(self.camera, register_events=self.renderer)
        self.builder = SceneBuilder()
        self.builder.attach_light(self.camera)
        self.timeline: str | None = None
        self.time: float = 0.0
        self.playing = False
        self.follow = True  # show the latest time while data arrives, until the user moves the cursor
        self.speed = 1.0
        self.loop = True
        self.fitted = False
        self.home: dict[str, Any] | None = None
        self._shown: tuple[Any, ...] = ()
        self._polled_generation = -1
        self._last = time.perf_counter()
        self.frames = 0
        self._report = os.environ.get("RERUN_NB_WINDOW_REPORT")
        close_after = os.environ.get("RERUN_NB_WINDOW_AUTOCLOSE")
        self._close_at = time.perf_counter() + float(close_after) if close_after else None
        self.renderer.add_event_handler(self._on_key, "key_down")
        self.renderer.add_event_handler(self._on_dblclick, "double_click")

    # -- time ------------------------------------------------------------------------------------------

    def _timelines(self) -> dict[str, tuple[str, Any, Any]]:
        from .. import timelines as tq

        return tq.timelines(self.store)

    def _pick_timeline(self) -> None:
        from .snapshot import default_timeline

        tls = self._timelines()
        if self.timeline not in tls or (self.follow and default_timeline(self.store) != self.timeline):
            self.timeline = default_timeline(self.store)

    def _times(self) -> Any:
        import numpy as np

        from .. import timelines as tq

        if self.timeline is None:
            return np.zeros(0)
        return tq.timeline_times(self.store, self.timeline)

    def _range(self) -> tuple[float, float] | None:
        r = self._timelines().get(self.timeline) if self.timeline else None
        return None if r is None else (float(r[1]), float(r[2]))

    def _advance(self, dt: float) -> None:
        r = self._range()
        if r is None:
            return
        if self.follow and not self.playing:
            self.time = r[1]
            return
        if self.playing:
            kind = self._timelines()[self.timeline][0]
            self.time += dt * self.speed * (30.0 if kind == "sequence" else 1.0)
            if self.time > r[1]:
                if self.loop:
                    self.time = r[0]
                else:
                    self.time, self.playing = r[1], False

    def _step(self, direction: int) -> None:
        import numpy as np

        ts = self._times()
        if len(ts) == 0:
            return
        self.follow = False
        self.playing = False
        if direction > 0:
            i = int(np.searchsorted(ts, self.time + 1e-9, side="left"))
            self.time = float(ts[min(i, len(ts) - 1)]) if i < len(ts) else float(ts[-1])
        else:
            i = int(np.searchsorted(ts, self.time - 1e-9, side="left")) - 1
            self.time = float(ts[max(i, 0)])

    def _on_key(self, event: Any) -> None:
        key = event.get("key") if isinstance(event, dict) else getattr(event, "key", None)
        r = self._range()
        if key == " ":
            self.playing = not self.playing
            if self.playing:
                self.follow = False
                if r is not None and self.time >= r[1]:
                    self.time = r[0]
        elif key == "ArrowRight":
            self._step(+1)
        elif key == "ArrowLeft":
            self._step(-1)
        elif key == "Home" and r is not None:
            self.follow, self.time = False, r[0]
        elif key == "End" and r is not None:
            self.follow, self.time = True, r[1]
        elif key == "ArrowUp":
            self.speed = min(self.speed * 2, 64.0)
        elif key == "ArrowDown":
            self.speed = max(self.speed / 2, 1 / 64)
        elif key in ("t", "T"):
            names = list(self._timelines())
            if names:
                i = names.index(self.timeline) if self.timeline in names else -1
                self.timeline = names[(i + 1) % len(names)]
                self.follow = False
                rr = self._range()
                if rr is not None:
                    self.time = min(max(self.time, rr[0]), rr[1])
        elif key in ("l", "L"):
            self.loop = not self.loop
        elif key in ("r", "R"):
            self._reset_camera()

    def _on_dblclick(self, _event: Any) -> None:
        self._reset_camera()

    def _reset_camera(self) -> None:
        from .camera import apply_camera

        if self.home is not None:
            w, h = self.canvas.get_logical_size()
            apply_camera(self.camera, self.home, int(w), int(h), fixed_depth=False)

    # -- drawing ---------------------------------------------------------------------------------------

    def draw(self) -> None:
        from .camera import apply_camera, fit_camera, pygfx_fov
        from .snapshot import scene_at

        now = time.perf_counter()
        dt, self._last = now - self._last, now
        if self._close_at is not None and now > self._close_at:
            self._write_report()
            self.canvas.close()
            return
        self._pick_timeline()
        self._advance(dt)
        w, h = self.canvas.get_logical_size()
        aspect = w / max(h, 1)
        if abs(self.camera.aspect - aspect) > 1e-6:
            self.camera.aspect = aspect
            self.camera.fov = pygfx_fov(aspect)
        key = (self.timeline, self.time, self.store.generation)
        if key != self._shown:
            self._shown = key
            scene = scene_at(self.store, self.timeline, self.time if self.timeline else None)
            self.builder.update(scene)
            if not self.fitted:
                b = scene.bounds()
                if b is not None:
                    self.home = fit_camera(b, aspect)
                    apply_camera(self.camera, self.home, int(w), int(h), fixed_depth=False)
                    self.fitted = True
            self._set_title()
        self.renderer.render(self.builder.scene, self.camera)
        self.frames += 1
        if self._report and self.frames % 10 == 1:
            self._write_report()

    def _set_title(self) -> None:
        if self.timeline is None:
            t = "no data yet" if not self.store.entity_paths() else "static"
        else:
            kind = self._timelines().get(self.timeline, ("sequence",))[0]
            shown = f"{self.time:.0f}" if kind == "sequence" else f"{self.time:.3f} s"
            state = "▶" if self.playing else ("live" if self.follow else "❚❚")
            t = f"{self.timeline} {shown} {state} x{self.speed:g}"
        with contextlib.suppress(Exception):
            self.canvas.set_title(f"{self.base_title} — {t}")

    def _write_report(self) -> None:
        if not self._report:
            return
        info = {
            "pid": os.getpid(),
            "frames": self.frames,
            "entities": len(self.store.entity_paths()),
            "rows": int(self.store.num_rows),
            "timeline": self.timeline,
            "time": self.time,
            "stream_done": self.stream_done.is_set(),
            "size": list(self.canvas.get_logical_size()),
        }
        tmp = self._report + ".tmp"
        with open(tmp, "w") as f:
            json.dump(info, f)
        os.replace(tmp, self._report)

    def _poll(self) -> None:
        from rendercanvas.glfw import loop

        if self.canvas.get_closed():
            return
        gen = self.store.generation
        if self.playing or gen != self._polled_generation or self._close_at is not None:
            self._polled_generation = gen
            self.canvas.request_draw()
        loop.call_later(1 / 30 if self.playing else 0.1, self._poll)

    def run(self) -> None:
        from rendercanvas.glfw import loop

        self.canvas.request_draw(self.draw)
        loop.call_later(0.1, self._poll)
        print(
            "rerun_nb window: space play/pause, ←/→ step, Home/End, ↑/↓ speed, t timeline, l loop, "
            "r or double-click reset camera; drag to orbit, wheel to zoom",
            file=sys.stderr,
        )
        loop.run()
        self._write_report()


class _QuietStream:
    """stderr that never raises: the script that started the window may be gone with its terminal/pipe."""

    def __init__(self, stream: Any) -> None:
        self._s = stream

    def write(self, text: str) -> int:
        try:
            return self._s.write(text)
        except (OSError, ValueError):
            return len(text)

    def flush(self) -> None:
        with contextlib.suppress(OSError, ValueError):
            self._s.flush()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._s, name)


def main(argv: list[str] | None = None) -> int:
    import argparse

    sys.stderr = _QuietStream(sys.stderr)
    p = argparse.ArgumentParser(prog="python -m rerun_nb.render.window")
    p.add_argument("--title", default="rerun_nb")
    p.add_argument("--size", default="1024x768")
    a = p.parse_args(argv)
    why = display_available()
    if why is not None:
        print(f"rerun_nb window: {why}", file=sys.stderr)
        return 2

    # read the stream from the start (before pygfx is imported) so the script never waits on a full pipe
    from ..store import ChunkStore

    store = ChunkStore()
    store.register_timeline("log_time", "timestamp")  # first, as in the script's recording
    done = threading.Event()
    threading.Thread(target=_reader, args=(store, sys.stdin.buffer, done), daemon=True).start()
    from . import _support

    reason = _support.unavailable_reason()
    if reason is not None:
        print(f"rerun_nb window: {reason}", file=sys.stderr)
        return 2
    w, h = (int(x) for x in a.size.lower().split("x"))
    _App(store, done, a.title, (w, h)).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
