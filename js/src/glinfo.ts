// What WebGL implementation draws here. On a CPU rasteriser (SwiftShader — headless Chromium and machines
// without a usable GPU —, Mesa's llvmpipe, Windows' Basic Render Driver) every sample is CPU time: 4× MSAA
// made each frame of the tutorial's playback cost several ms more in SwiftShader, so we draw without it there.

export function glRendererName(gl: WebGLRenderingContext | WebGL2RenderingContext): string {
  const ext = gl.getExtension("WEBGL_debug_renderer_info");
  return String(gl.getParameter(ext ? ext.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
}

/** True for the renderer strings of CPU rasterisers. */
export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software rasterizer|basic render driver/i.test(name);
}

let cached: boolean | null = null;

/** Whether this page's WebGL is a CPU rasteriser (probed once per page with a throwaway context). */
export function softwareWebGL(): boolean {
  if (cached !== null) return cached;
  let name = "";
  try {
    const c = document.createElement("canvas");
    c.width = c.height = 1;
    const gl = (c.getContext("webgl2") ?? c.getContext("webgl")) as WebGLRenderingContext | WebGL2RenderingContext | null;
    if (gl) {
      name = glRendererName(gl);
      gl.getExtension("WEBGL_lose_context")?.loseContext(); // give the context back now, not at GC
    }
  } catch {
    // no WebGL: the renderer's own creation reports it
  }
  cached = isSoftwareRenderer(name);
  return cached;
}
