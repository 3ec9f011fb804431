// The widget's CSS, scoped under .rrnb-root.
export const CSS = `
.rrnb-root{position:relative;display:flex;flex-direction:column;background:#1b1b1f;color:#d6d6de;
  font:12px/1.4 system-ui,-apple-system,"Segoe UI",sans-serif;border-radius:4px;overflow:hidden;outline:none;
  user-select:none;-webkit-user-select:none}
.rrnb-root:focus-visible{box-shadow:0 0 0 1px #5a5aa0}
.rrnb-main{display:flex;flex-direction:row;min-width:0}
.rrnb-view{position:relative;flex:1 1 auto;min-width:0;overflow:hidden}
.rrnb-canvas{display:block;touch-action:none}
.rrnb-labels{position:absolute;inset:0;pointer-events:none;overflow:hidden}
.rrnb-label{position:absolute;left:0;top:0;white-space:pre;font-size:11px;color:#e8e8f0;
  text-shadow:0 0 2px #000,0 0 2px #000;will-change:transform}
.rrnb-tooltip{position:absolute;pointer-events:none;background:rgba(20,20,28,.92);border:1px solid #44445a;
  border-radius:3px;padding:3px 6px;white-space:pre;max-width:60%;overflow:hidden;text-overflow:ellipsis;z-index:2}
.rrnb-error{position:absolute;left:6px;right:6px;bottom:6px;background:rgba(120,20,20,.9);color:#fff;
  padding:3px 6px;border-radius:3px;white-space:pre-wrap;z-index:3}
.rrnb-area{position:relative;display:flex;flex:1 1 auto;min-width:0;min-height:0}
.rrnb-side{position:relative;display:flex;flex-direction:column;flex:0 0 200px;width:200px;min-height:0;
  border-left:1px solid #2c2c36;background:#202028}
.rrnb-side.rrnb-collapsed{flex-basis:16px;width:16px}
.rrnb-side.rrnb-collapsed .rrnb-side-body{display:none}
.rrnb-side-toggle{position:absolute;top:2px;right:2px;z-index:2;background:none;border:none;color:#9a9ab0;
  cursor:pointer;font:inherit;padding:0 3px}
.rrnb-side-body{display:flex;flex-direction:column;flex:1 1 0;min-height:0;overflow:hidden}
.rrnb-tree{flex:1 1 0;min-height:60px;overflow:auto;background:#202028}
.rrnb-tree-row.rrnb-selected{background:#33334a}
.rrnb-tree-name{cursor:pointer}
.rrnb-lroot{flex:1 1 auto;min-width:0;min-height:0;width:100%;height:100%}
.rrnb-box{display:flex;min-width:0;min-height:0}
.rrnb-horizontal{flex-direction:row}
.rrnb-vertical{flex-direction:column}
.rrnb-cell{position:relative;display:flex;flex-direction:column;min-width:0;min-height:0;overflow:hidden}
.rrnb-cell>*{flex:1 1 0;min-width:0;min-height:0}
.rrnb-splitter{flex:0 0 4px;background:#2c2c36}
.rrnb-splitter-h{cursor:col-resize}
.rrnb-splitter-v{cursor:row-resize}
.rrnb-splitter:hover{background:#5a5aa0}
.rrnb-grid{display:grid;gap:4px;background:#2c2c36;min-width:0;min-height:0}
.rrnb-tabs{display:flex;flex-direction:column;min-width:0;min-height:0}
.rrnb-tabbar{display:flex;flex:0 0 auto;gap:2px;background:#202028;border-bottom:1px solid #2c2c36;overflow:hidden}
.rrnb-tab{background:none;border:none;color:#9a9ab0;font:inherit;padding:2px 8px;cursor:pointer;white-space:nowrap}
.rrnb-tab-active{color:#e8e8f0;border-bottom:2px solid #7a7ad0}
.rrnb-tabpanes{position:relative;display:flex;flex:1 1 0;min-height:0}
.rrnb-tabpane{display:flex;flex-direction:column;flex:1 1 0;min-width:0;min-height:0}
.rrnb-tabpane>*{flex:1 1 0;min-height:0}
.rrnb-vframe{display:flex;flex-direction:column;min-width:0;min-height:0;background:#1b1b1f}
.rrnb-vtitle{flex:0 0 auto;padding:1px 6px;background:#25252e;color:#c0c0d0;font-size:11px;white-space:nowrap;
  overflow:hidden;text-overflow:ellipsis}
.rrnb-vbody{flex:1 1 0;min-width:0;min-height:0}
.rrnb-vbody .rrnb-canvas,.rrnb-plot-canvas{position:absolute;left:0;top:0}
.rrnb-placeholder{display:flex;align-items:center;justify-content:center;color:#888;padding:8px;text-align:center}
.rrnb-legend{position:absolute;right:14px;bottom:26px;background:rgba(27,27,31,.85);border:1px solid #2c2c36;
  border-radius:3px;padding:2px 6px;font-size:11px;pointer-events:none}
.rrnb-legend-row{display:flex;align-items:center;gap:4px;white-space:nowrap}
.rrnb-swatch{display:inline-block;width:10px;height:10px;border-radius:2px;flex:0 0 auto;border:1px solid #0006}
.rrnb-log{display:flex;flex-direction:column}
.rrnb-loghead{display:flex;flex:0 0 auto;gap:6px;padding:1px 6px;background:#202028;color:#9a9ab0;font-size:11px}
.rrnb-logscroll{position:relative;flex:1 1 0;min-height:0;overflow:auto;user-select:text}
.rrnb-logrows{position:absolute;left:0;right:0;top:0}
.rrnb-logrow{display:flex;gap:6px;height:20px;line-height:20px;padding:0 6px;white-space:nowrap;overflow:hidden;
  font:11px/20px ui-monospace,SFMono-Regular,Menlo,monospace}
.rrnb-logrow.rrnb-logcursor{background:#3a3a5a}
.rrnb-logrow.rrnb-hidden{opacity:.4}
.rrnb-lc-time{flex:0 0 110px;overflow:hidden;text-overflow:ellipsis}
.rrnb-lc-path{flex:0 0 120px;overflow:hidden;text-overflow:ellipsis}
.rrnb-lc-level{flex:0 0 56px}
.rrnb-lc-text{flex:1 1 auto;overflow:hidden;text-overflow:ellipsis}
.rrnb-levels{margin-left:auto;background:none;border:none;color:#9a9ab0;font:inherit;cursor:pointer}
.rrnb-menu{position:absolute;right:6px;top:20px;z-index:4;background:#25252e;border:1px solid #3a3a48;border-radius:3px;
  padding:4px 6px}
.rrnb-menu-row{display:flex;align-items:center;gap:4px;white-space:nowrap}
.rrnb-doc{overflow:auto;user-select:text}
.rrnb-tensorbar{position:absolute;left:0;right:0;bottom:0;background:rgba(32,32,40,.92);font-size:11px;padding:1px 6px}
.rrnb-tensor-dims,.rrnb-tensor-slider{display:flex;align-items:center;gap:6px;white-space:nowrap;height:20px}
.rrnb-tensorbar select{background:#25252e;color:#c0c0d0;border:1px solid #3a3a48;font:inherit}
.rrnb-tensor-slider input{flex:1 1 auto;min-width:40px}
.rrnb-docbody{padding:6px 10px}
.rrnb-pre{margin:0;white-space:pre-wrap;font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace}
.rrnb-md pre{background:#25252e;padding:4px 6px;border-radius:3px;overflow:auto}
.rrnb-md code{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;background:#25252e;padding:0 2px}
.rrnb-md-link{text-decoration:underline;color:#a0a0e0}
.rrnb-selection{flex:0 1 auto;max-height:55%;overflow:auto;border-top:1px solid #2c2c36;user-select:text}
.rrnb-sel-head{display:flex;justify-content:space-between;padding:4px 6px;font-weight:600;color:#9a9ab0}
.rrnb-sel-close{background:none;border:none;color:#9a9ab0;cursor:pointer;font:inherit}
.rrnb-sel-title{padding:0 6px 4px;word-break:break-all}
.rrnb-sel-table{border-collapse:collapse;width:100%;font-size:11px}
.rrnb-sel-table td{vertical-align:top;padding:1px 4px;border-top:1px solid #2c2c36;word-break:break-all}
.rrnb-sel-count{color:#9a9ab0;text-align:right}
.rrnb-sel-value{display:flex;align-items:center;gap:3px}
.rrnb-sel-more,.rrnb-sel-error{color:#9a9ab0}
.rrnb-save-btn{cursor:pointer}
.rrnb-save{position:absolute;right:6px;bottom:34px;z-index:5;background:#25252e;border:1px solid #3a3a48;border-radius:3px;
  padding:6px;display:flex;flex-direction:column;gap:4px;min-width:260px}
.rrnb-save-row{display:flex;align-items:center;gap:4px;white-space:nowrap}
.rrnb-save input[type=text]{flex:1 1 auto}
.rrnb-save input[type=number]{width:70px}
.rrnb-save input{background:#1b1b1f;color:#d6d6de;border:1px solid #3a3a48;font:inherit}
.rrnb-save-status{color:#9a9ab0;white-space:pre-wrap;word-break:break-all;user-select:text}
.rrnb-save-status.rrnb-save-error{color:#ff8080}
.rrnb-tree-head{padding:4px 6px;font-weight:600;color:#9a9ab0;border-bottom:1px solid #2c2c36}
.rrnb-tree-row{display:flex;align-items:center;gap:4px;white-space:nowrap;cursor:pointer;padding-right:6px}
.rrnb-tree-row:hover{background:#2a2a36}
.rrnb-tree-row.rrnb-hidden span{opacity:.45}
.rrnb-tree-more{padding:4px 6px;color:#888}
.rrnb-tree-undrawn{color:#c8a060;font-size:.85em;font-style:italic;overflow:hidden;text-overflow:ellipsis}
.rrnb-timebar{display:flex;align-items:center;gap:6px;padding:4px 6px;border-top:1px solid #2c2c36;background:#202028}
.rrnb-timebar select,.rrnb-timebar button{background:#2a2a34;color:#d6d6de;border:1px solid #3a3a48;border-radius:3px;
  font:inherit;padding:1px 4px}
.rrnb-play{min-width:28px;cursor:pointer}
.rrnb-track{position:relative;flex:1 1 auto;display:flex;flex-direction:column;min-width:60px}
.rrnb-slider{width:100%;margin:0;accent-color:#7a7ad0}
.rrnb-marks{width:100%;height:6px;display:block}
.rrnb-time{min-width:90px;text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.rrnb-loop{display:flex;align-items:center;gap:2px;white-space:nowrap}
`;
