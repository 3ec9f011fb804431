// THE list of visuals: each import registers the archetypes its file draws (visuals/registry.ts).
import "./arrows";
import "./asset3d";
import "./boxes";
import "./ellipsoids";
import "./grid_map";
import "./images";
import "./instance_poses";
import "./line_strips";
import "./mesh3d";
import "./pinhole";
import "./points";
import "./shapes2d";
import "./splats";
import "./transform_axes";
import "./tubes";
import "./video";
import "./video_stream";
import "./voxels";

export { registeredArchetypes } from "./registry";
