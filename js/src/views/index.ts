// THE list of views: each import registers the layout class its file draws (views/view.ts `registerView`).
import "./audio";
import "./bar_chart";
import "./graph";
import "./map";
import "./state_timeline";
import "./tensor";
import "./text_document";
import "./text_log";
import "./time_series";
import "./view2d";
import "./view3d";

export { registeredViews } from "./view";
