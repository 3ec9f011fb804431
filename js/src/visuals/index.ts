// THE list of visuals: each import registers the archetypes its file draws (visuals/registry.ts).
import "./arrows";
import "./boxes";
import "./ellipsoids";
import "./line_strips";
import "./points";

export { registeredArchetypes } from "./registry";
