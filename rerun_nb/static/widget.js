var tx=Object.defineProperty;var nx=(i,e,t)=>e in i?tx(i,e,{enumerable:!0,configurable:!0,writable:!0,value:t}):i[e]=t;var _=(i,e,t)=>nx(i,typeof e!="symbol"?e+"":e,t);var ka=class{constructor(){_(this,"timeline","");_(this,"time",0);_(this,"timelines",[]);_(this,"playing",!1);_(this,"hidden",[])}get info(){return this.timelines.find(e=>e.name===this.timeline)??null}};function ix(i){return i?i.tagName==="SELECT"||i.tagName==="INPUT"&&i.type!=="range"&&i.type!=="checkbox":!1}var Ha=class{constructor(e,t){_(this,"root",e);_(this,"actions",t);_(this,"onKey",e=>this.key(e));e.addEventListener("keydown",this.onKey,{capture:!0})}key(e){ix(e.target)||(e.key===" "?(e.preventDefault(),this.actions.togglePlaying()):(e.key==="ArrowLeft"||e.key==="ArrowRight")&&this.actions.step(e.key==="ArrowLeft"?-1:1)&&e.preventDefault())}dispose(){this.root.removeEventListener("keydown",this.onKey,{capture:!0})}};var xp=`
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
`;function be(i,e){let t=document.createElement("div");return t.className=i,e==null||e.appendChild(t),t}var za=class{constructor(e,t=()=>{}){_(this,"onSide",t);_(this,"root",be("rrnb-root"));_(this,"main");_(this,"area");_(this,"side");_(this,"sideBody");_(this,"toggle",document.createElement("button"));_(this,"bottom",null);_(this,"collapsed",!1);this.root.tabIndex=0,this.root.dataset.frames="0";let n=document.createElement("style");n.textContent=xp,this.root.appendChild(n),this.main=be("rrnb-main",this.root),this.area=be("rrnb-area",this.main),this.side=be("rrnb-side",this.main),this.toggle.type="button",this.toggle.className="rrnb-side-toggle",this.toggle.addEventListener("click",()=>{this.setSideState(this.collapsed?"expanded":"collapsed"),this.onSide(this.collapsed)}),this.side.appendChild(this.toggle),this.sideBody=be("rrnb-side-body",this.side),this.setSideState(null),e.appendChild(this.root)}get hooks(){return this.root.dataset}setSide(...e){this.sideBody.replaceChildren(...e)}setSideState(e){this.collapsed=e==="collapsed",this.side.style.display=e==="hidden"?"none":"",this.side.classList.toggle("rrnb-collapsed",this.collapsed),this.toggle.textContent=this.collapsed?"‹":"›",this.toggle.title=this.collapsed?"show the entity panel":"hide the entity panel"}setBottom(e){this.bottom=e,this.root.appendChild(e)}setBottomState(e){this.bottom&&(this.bottom.style.display=e==="hidden"?"none":"")}fixedWidth(e){this.root.style.width=e?"fit-content":""}areaSize(e){let t=this.area.style;t.height=e?`${e.h}px`:"",t.width=e&&e.w>0?`${e.w}px`:"",t.flex=e&&e.w>0?"0 0 auto":""}dispose(){this.root.remove()}};var Va=class{constructor(e){_(this,"model",e);_(this,"listeners",[])}on(e,t){this.model.on(e,t),this.listeners.push([e,t])}dispose(){for(let[e,t]of this.listeners)this.model.off(e,t);this.listeners=[]}};function Ga(i){return Array.isArray(i)?i.map(String):[]}function vp(i,e){return(i.kind==="sequence"?30:1)*Math.max(e,1e-6)}function qu(i){return i.max-i.min+(i.kind==="sequence"?1:0)}function _p(i,e){return i.kind==="sequence"?Math.max(0,Math.floor(e/60)):e/60}function bp(i){return i==="sequence"?"1":"any"}function hi(i,e){if(!Number.isFinite(i))return"–";switch(e){case"sequence":return`#${Math.round(i)}`;case"duration":return`${(Object.is(i,-0)?0:i).toFixed(3)} s`;case"timestamp":{let t=new Date(i*1e3);return Number.isNaN(t.getTime())?`${i} s`:t.toISOString()}}}function Mp(i,e,t,n,s){let{time:r,carry:o}=i,a=i.playing;if(e.kind==="sequence"){o+=t*30*n;let l=Math.floor(o);o-=l,r=Math.round(r)+l}else r+=t*n;return r>e.max&&(s&&e.max>e.min?r=e.min+(r-e.min)%qu(e):(r=e.max,a=!1)),r<e.min&&(r=e.min),{time:r,carry:o,playing:a}}function Yu(i){if(!Array.isArray(i))return[];let e=[];for(let t of i){if(!t||typeof t!="object")continue;let n=t,s=n.kind==="duration"||n.kind==="timestamp"?n.kind:"sequence",r=Array.isArray(n.marks)?n.marks.map(Number).filter(Number.isFinite):[];r.sort((l,c)=>l-c);let o=Number(n.min),a=Number(n.max);Number.isFinite(o)||(o=r[0]??0),Number.isFinite(a)||(a=r[r.length-1]??o),e.push({name:String(n.name??""),kind:s,min:o,max:Math.max(o,a),marks:r})}return e}function Sp(i,e,t){let n=0,s=i.length;if(t>0){for(;n<s;){let r=n+s>>1;i[r]<=e?n=r+1:s=r}return n<i.length?i[n]:null}for(;n<s;){let r=n+s>>1;i[r]<e?n=r+1:s=r}return n>0?i[n-1]:null}var Wa=[.1,.25,.5,1,2,4,10];function wn(i,e,t){let n=document.createElement(i);return n.className=e,t==null||t.appendChild(n),n}var Xa=class{constructor(e){_(this,"ev",e);_(this,"root");_(this,"select");_(this,"play");_(this,"slider");_(this,"label");_(this,"loopBox");_(this,"speedSel");_(this,"marks");_(this,"current",null);this.root=wn("div","rrnb-timebar"),this.select=wn("select","rrnb-timeline",this.root),this.select.title="timeline",this.play=wn("button","rrnb-play",this.root),this.play.type="button",this.play.title="play / pause (space)",this.play.textContent="▶";let t=wn("div","rrnb-track",this.root);this.slider=wn("input","rrnb-slider",t),this.slider.type="range",this.marks=wn("canvas","rrnb-marks",t),this.label=wn("span","rrnb-time",this.root);let n=wn("label","rrnb-loop",this.root);this.loopBox=wn("input","",n),this.loopBox.type="checkbox",n.append("loop"),this.speedSel=wn("select","rrnb-speed",this.root),this.speedSel.title="playback speed";for(let s of Wa){let r=wn("option","",this.speedSel);r.value=String(s),r.textContent=`${s}×`}this.select.addEventListener("change",()=>this.ev.onTimeline(this.select.value)),this.slider.addEventListener("input",()=>this.ev.onTime(Number(this.slider.value))),this.play.addEventListener("click",()=>this.ev.onPlay(this.play.dataset.playing!=="1")),this.loopBox.addEventListener("change",()=>this.ev.onLoop(this.loopBox.checked)),this.speedSel.addEventListener("change",()=>this.ev.onSpeed(Number(this.speedSel.value)))}get timeline(){return this.current}setTimelines(e,t){if(this.select.replaceChildren(),e.length===0||t===""){let s=wn("option","",this.select);s.value="",s.textContent="(static)"}for(let s of e){let r=wn("option","",this.select);r.value=s.name,r.textContent=s.name}this.select.value=t,this.current=e.find(s=>s.name===t)??null;let n=this.current;this.slider.disabled=this.play.disabled=!n,n&&(this.slider.min=String(n.min),this.slider.max=String(n.max),this.slider.step=bp(n.kind)),this.drawMarks()}setTime(e){let t=this.current;t&&Number(this.slider.value)!==e&&(this.slider.value=String(e)),this.label.textContent=t?hi(e,t.kind):""}setPlaying(e){this.play.dataset.playing=e?"1":"0",this.play.textContent=e?"❚❚":"▶"}setLoop(e){this.loopBox.checked=e}setSpeed(e){let t=Wa[0];for(let n of Wa)Math.abs(n-e)<Math.abs(t-e)&&(t=n);if(!Wa.includes(e)){let n=wn("option","",this.speedSel);n.value=String(e),n.textContent=`${e}×`,t=e}this.speedSel.value=String(t)}drawMarks(){let e=this.current,t=this.marks,n=Math.max(1,Math.round(t.clientWidth||this.slider.clientWidth||100)),s=6;t.width!==n&&(t.width=n),t.height!==s&&(t.height=s);let r=t.getContext("2d");if(!r||(r.clearRect(0,0,n,s),!e||e.max<=e.min))return;r.fillStyle="#8a8ab0";let o=8;for(let a of e.marks){let l=o+(a-e.min)/(e.max-e.min)*(n-2*o);r.fillRect(Math.round(l),0,1,s)}}};var sx={request:i=>requestAnimationFrame(i),cancel:i=>cancelAnimationFrame(i),now:()=>performance.now()},qa=class{constructor(e,t,n,s,r=sx){_(this,"cursor",e);_(this,"views",t);_(this,"ui",n);_(this,"sink",s);_(this,"clock",r);_(this,"carry",0);_(this,"lastTick",0);_(this,"raf",0);_(this,"disposed",!1)}syncUi(){this.ui.setTimelines(this.cursor.timelines,this.cursor.timeline),this.ui.setTime(this.cursor.time)}setTime(e,t=!0,n=!1){if(Number.isFinite(e)){if(this.cursor.time=e,this.ui.setTime(e),!n)for(let s of this.views)s.seek();t&&this.sink.saveTime()}}step(e){let t=this.cursor.info;if(!t)return!1;let n=Sp(t.marks,this.cursor.time,e);return n!==null&&this.setTime(n),!0}setPlaying(e){this.ui.setPlaying(e),e!==this.cursor.playing&&(this.cursor.playing=e,e?this.start():this.stop())}start(){let e=this.cursor.info;if(e&&this.cursor.time>=e.max&&!this.sink.loop()&&this.setTime(e.min),e)for(let t of this.views)t.playStart(e);this.lastTick=this.clock.now(),this.carry=0,this.raf=this.clock.request(t=>this.tick(t))}stop(){this.raf&&this.clock.cancel(this.raf),this.raf=0,this.sink.flushPending();for(let e of this.views)e.playStop()}tick(e){if(this.raf=0,!this.cursor.playing||this.disposed)return;let t=this.cursor.info;if(!t)return this.setPlaying(!1);let n=Math.min((e-this.lastTick)/1e3,.25);this.lastTick=e;let s=this.sink.speed(),r=this.cursor.time,o=Mp({time:r,carry:this.carry,playing:!0},t,n,s,this.sink.loop());this.carry=o.carry,o.time!==r&&this.setTime(o.time,!0,!0);for(let a of this.views)a.playTick(t,s,o.time<r,o.time!==r);if(!o.playing){this.sink.ended(),this.setPlaying(!1);return}this.raf=this.clock.request(a=>this.tick(a))}dispose(){this.disposed=!0,this.raf&&this.clock.cancel(this.raf),this.raf=0}};var hn=class{constructor(e,t=1,n=()=>Date.now(),s=3e4){_(this,"send",e);_(this,"nextId",t);_(this,"now",n);_(this,"timeoutMs",s);_(this,"inFlight",null);_(this,"pending",null);_(this,"sent",0)}request(e){if(this.inFlight&&this.now()-this.inFlight.sentAt>this.timeoutMs&&(this.inFlight=null),this.inFlight){this.pending=e;return}this.pending=null;let t=this.nextId++;this.inFlight={id:t,target:e,sentAt:this.now()},this.sent++,this.send(t,e)}settle(e){let t=this.inFlight;if(!t||t.id!==e)return null;this.inFlight=null;let n=this.pending;return this.pending=null,n!==null&&this.request(n),t.target}expects(e){return this.inFlight!==null&&this.inFlight.id===e}};function Ya(i,e){let t=document.createElement("input");return t.type=i,t.className=e,t}var $a=class{constructor(e,t,n,s){_(this,"cursor",e);_(this,"send",t);_(this,"shownRange",s);_(this,"button",document.createElement("button"));_(this,"form",be("rrnb-save"));_(this,"name",Ya("text","rrnb-save-name"));_(this,"only",Ya("checkbox","rrnb-save-range"));_(this,"start",Ya("number","rrnb-save-start"));_(this,"end",Ya("number","rrnb-save-end"));_(this,"status",be("rrnb-save-status"));_(this,"req");this.button.type="button",this.button.className="rrnb-save-btn",this.button.textContent="save…",this.button.title="save the recording to a file in the kernel's working directory",this.button.addEventListener("click",()=>this.toggle()),this.name.value="recording.rnb",this.name.placeholder="file name (.rnb)";let r=be("rrnb-save-row",this.form);r.append(this.name);let o=document.createElement("button");o.type="button",o.className="rrnb-save-ok",o.textContent="save",o.addEventListener("click",()=>this.submit()),r.append(o);let a=document.createElement("label");a.className="rrnb-save-row",a.append(this.only,"only the time range shown",this.start,"–",this.end),this.form.append(a,this.status),this.form.style.display="none",this.name.addEventListener("keydown",l=>{l.key==="Enter"&&this.submit(),l.key==="Escape"&&(this.form.style.display="none")}),this.req=new hn((l,c)=>this.send({type:"save",id:l,...c}),n,void 0,6e5)}toggle(){let e=this.form.style.display==="none";if(this.form.style.display=e?"":"none",!e)return;let t=this.cursor.info,n=this.shownRange()??(t?[t.min,t.max]:null);this.only.disabled=this.start.disabled=this.end.disabled=!t,n&&(this.start.value=String(n[0]),this.end.value=String(n[1])),this.name.focus()}submit(){let e=this.name.value.trim();if(!e)return this.say("give a file name",!0);let t=this.only.checked&&!!this.cursor.info,n=Number(this.start.value),s=Number(this.end.value);if(t&&!(Number.isFinite(n)&&Number.isFinite(s)&&n<=s))return this.say("the range needs start ≤ end",!0);this.say("saving…",!1),this.req.request({name:e,timeline:this.cursor.timeline,start:t?n:null,end:t?s:null})}say(e,t){this.status.textContent=e,this.status.classList.toggle("rrnb-save-error",t)}onMessage(e){let t=e;if(!t||t.type!=="saved"&&t.type!=="error"||!this.req.expects(t.id))return;if(this.req.settle(t.id),t.type==="error")return this.say(String(t.message),!0);let n=Number(t.rows);this.say(`saved to ${String(t.path)}${Number.isFinite(n)?` (${n} rows)`:""}`,!1)}};function rx(i){return Array.isArray(i)?i.map(e=>{let t=e??{},n=Array.isArray(t.colors)?t.colors.map(s=>Array.isArray(s)?s.map(Number):[]):null;return{name:String(t.name??""),count:Number(t.count)||0,values:Array.isArray(t.values)?t.values.map(String):[],colors:n}}):[]}var ja=class{constructor(e,t,n,s,r){_(this,"id",e);_(this,"cursor",t);_(this,"send",n);_(this,"onChange",r);_(this,"el",be("rrnb-selection"));_(this,"title",be("rrnb-sel-title"));_(this,"body",be("rrnb-sel-body"));_(this,"req");_(this,"selected",null);let o=be("rrnb-sel-head",this.el),a=document.createElement("span");a.textContent="Selection";let l=document.createElement("button");l.type="button",l.className="rrnb-sel-close",l.textContent="×",l.title="clear the selection",l.addEventListener("click",()=>this.select(null)),o.append(a,l),this.el.append(this.title,this.body),this.req=new hn((c,u)=>this.ask(c,u),s),this.el.style.display="none"}select(e){if(this.selected=e,this.onChange(e),!e){this.el.style.display="none";return}this.el.style.display="",this.title.textContent=e.instance===null?e.path:`${e.path} #${e.instance}`,this.req.request(e)}ask(e,t){let n=this.cursor;this.send({type:"inspect",id:e,view:this.id,path:t.path,timeline:n.timeline,time:n.time,instance:t.instance})}onMessage(e,t){let n=e;if(!(!n||n.type!=="inspect"&&n.type!=="error"||!this.req.expects(n.id))){if(this.req.settle(n.id),n.type==="error"){let s=be("rrnb-sel-error");s.textContent=String(n.message),this.body.replaceChildren(s);return}this.body.replaceChildren(this.table(rx(n.components)))}}table(e){let t=document.createElement("table");t.className="rrnb-sel-table";for(let n of e){let s=document.createElement("tr"),r=document.createElement("td");r.textContent=n.name;let o=document.createElement("td");o.className="rrnb-sel-count",o.textContent=String(n.count);let a=document.createElement("td");n.values.forEach((l,c)=>{var d;let u=be("rrnb-sel-value",a),h=(d=n.colors)==null?void 0:d[c];if(h&&h.length>=3){let f=be("rrnb-swatch",u);f.style.background=`rgba(${h[0]},${h[1]},${h[2]},${(h[3]??255)/255})`}u.append(l)}),n.count>n.values.length&&(be("rrnb-sel-more",a).textContent=`… ${n.count} in all`),s.append(r,o,a),t.appendChild(s)}return t}again(){this.selected&&this.req.request(this.selected)}seek(){this.again()}refresh(){this.again()}playStart(e){}playTick(){}playStop(){this.again()}setHidden(){}dispose(){this.el.remove()}};function sr(i){let e=i;return!!e&&e.type==="scene"&&e.push===!0}var kt=class extends Error{constructor(){super(...arguments);_(this,"name","ProtocolError")}},ox={float32:Float32Array,float64:Float64Array,uint8:Uint8Array,uint16:Uint16Array,uint32:Uint32Array,int32:Int32Array,bool:Uint8Array};function ax(i){if(i instanceof ArrayBuffer)return{buffer:i,byteOffset:0,byteLength:i.byteLength};if(ArrayBuffer.isView(i))return{buffer:i.buffer,byteOffset:i.byteOffset,byteLength:i.byteLength};throw new kt("buffer is neither an ArrayBuffer nor a view on one")}function lx(i){let e=1;for(let t of i){if(!Number.isInteger(t)||t<0)throw new kt(`bad shape ${JSON.stringify(i)}`);e*=t}return e}function Gn(i,e,t){let n=ox[e];if(!n)throw new kt(`unknown dtype ${JSON.stringify(e)}`);let{buffer:s,byteOffset:r,byteLength:o}=ax(i),a=n.BYTES_PER_ELEMENT,l=t??Math.floor(o/a);if(l*a>o)throw new kt(`buffer holds ${o} bytes, ${e} x ${l} needs ${l*a}`);if(r%a===0)return new n(s,r,l);let c=new Uint8Array(l*a);return c.set(new Uint8Array(s,r,l*a)),new n(c.buffer,0,l)}function $u(i,e,t){if(typeof e!="number"||!Number.isInteger(e)||e<0||e>=i.length)throw new kt(`${t}: buffer index ${String(e)} out of range (${i.length} buffers)`);return i[e]}function cx(i,e,t="component"){if("text"in i){if(!Array.isArray(i.text))throw new kt(`${t}: text is not a list`);return{kind:"text",text:i.text.map(o=>String(o))}}let n=Array.isArray(i.shape)?i.shape:[],r={kind:"num",data:Gn($u(e,i.buf,t),i.dtype,lx(n)),shape:n};if(i.offsets!==void 0&&i.offsets!==null){let o=n[0]??0,a=Gn($u(e,i.offsets,t+" offsets"),"uint32");for(let l=0;l<a.length;l++)if(a[l]>o||l>0&&a[l]<a[l-1])throw new kt(`${t}: offsets not sorted or beyond ${o} rows`);r.offsets=a}return r}var ir=class{constructor(){_(this,"entities",new Map);_(this,"transforms",new Map);_(this,"bounds",null);_(this,"timeline","");_(this,"time",0)}},ux=[200,200,200,255];function wp(i,e){if(!Array.isArray(i)||i.length<3)return e;let t=i.map(n=>Math.max(0,Math.min(255,Math.round(Number(n)))));return t.some(n=>Number.isNaN(n))?e:[t[0],t[1],t[2],t[3]??255]}function Ka(i){let e=i.indexOf(":");return e<0?i:i.slice(0,e)}function mo(i,e,t){let n=[],s=null;e.transforms&&Array.isArray(e.transforms.paths)&&e.transforms.paths.length>0&&(n=e.transforms.paths.map(l=>Et(String(l))),s=Gn($u(t,e.transforms.buf,"transforms"),"float32",16*n.length));let o=(Array.isArray(e.entities)?e.entities:[]).map(l=>{if(!l||typeof l.path!="string")throw new kt("entity without a path");let c=new Map;for(let[u,h]of Object.entries(l.comps??{}))c.set(u,h===null?null:cx(h,t,`${l.path} ${u}`));return{path:Et(l.path),color:l.color,comps:c}}),a={full:!!e.full,entities:new Map,removed:new Set,transforms:new Set};if(e.full){for(let l of i.entities.keys())a.removed.add(l);for(let l of i.transforms.keys())a.transforms.add(l);i.entities.clear(),i.transforms.clear()}i.bounds=Array.isArray(e.bounds)&&e.bounds.length===6?e.bounds.map(Number):null,i.timeline=String(e.timeline??""),i.time=Number(e.time),s&&n.forEach((l,c)=>{let u=s.subarray(16*c,16*c+16);u.every(h=>Number.isNaN(h))?i.transforms.delete(l):i.transforms.set(l,Float32Array.from(u)),a.transforms.add(l)});for(let l of o){let c=i.entities.get(l.path),u=new Set;if(!c)c={path:l.path,color:wp(l.color,ux),comps:new Map},i.entities.set(l.path,c);else if(l.color!==void 0){let d=wp(l.color,c.color);if(d.some((f,p)=>f!==c.color[p])){c.color=d;for(let f of c.comps.keys())u.add(Ka(f))}}for(let[d,f]of l.comps)f===null?c.comps.delete(d)&&u.add(Ka(d)):(c.comps.set(d,f),u.add(Ka(d)));a.removed.delete(l.path);let h=a.entities.get(l.path);if(h)for(let d of u)h.add(d);else a.entities.set(l.path,u)}if(e.full)for(let[l,c]of i.entities){let u=a.entities.get(l);for(let h of c.comps.keys())u.add(Ka(h))}for(let l of Array.isArray(e.removed)?e.removed:[]){let c=Et(String(l));i.entities.delete(c)&&a.removed.add(c),i.transforms.delete(c)&&a.transforms.add(c),a.entities.delete(c)}return a}function rr(i){let e=[],t="",n=!1;for(let s of i){if(n)n=!1;else if(s==="\\")n=!0;else if(s==="/"){t.length>0&&e.push(t),t="";continue}t+=s}return t.length>0&&e.push(t),e}function Et(i){return rr(i).join("/")}function Pt(i,e){let t=Et(i),n=Et(e);return n===""||t===n||t.startsWith(n+"/")}function hx(i){let e={name:"/",path:"",children:new Map};for(let t of i){let n=e,s=rr(t);s.forEach((r,o)=>{let a=n.children.get(r);a||(a={name:r,path:s.slice(0,o+1).join("/"),children:new Map},n.children.set(r,a)),n=a})}return e}function dx(i,e,t){let n=Et(e),s=i.map(Et).filter(r=>r!==n&&!(t&&Pt(r,n)));return t?s:[...s,n].sort()}var ju=5e3;function Ep(i){let e={};if(!i||typeof i!="object"||Array.isArray(i))return e;for(let[t,n]of Object.entries(i))Array.isArray(n)&&n.length&&(e[Et(t)]=n.map(String));return e}function fx(i){return i&&i.length?`stored, not drawn: ${i.join(", ")}`:""}var Za=class{constructor(e,t=()=>{}){_(this,"onHidden",e);_(this,"onSelect",t);_(this,"root");_(this,"list");_(this,"paths",[]);_(this,"hidden",[]);_(this,"undrawn",{});_(this,"selected",null);this.root=document.createElement("div"),this.root.className="rrnb-tree";let n=document.createElement("div");n.className="rrnb-tree-head",n.textContent="Entities",this.list=document.createElement("div"),this.root.append(n,this.list)}set(e,t,n={}){this.paths=[...e],this.hidden=t.map(Et),this.undrawn=n,this.render()}setSelected(e){this.selected=e;for(let t of this.list.querySelectorAll(".rrnb-tree-row"))t.classList.toggle("rrnb-selected",t.dataset.path===e)}render(){this.list.replaceChildren();let e=0,t=(n,s,r)=>{if(e++>=ju)return;let o=document.createElement("label");o.className="rrnb-tree-row",o.style.paddingLeft=`${4+s*12}px`,o.dataset.path=n.path,o.title=n.path;let a=document.createElement("input");a.type="checkbox";let l=this.hidden.includes(n.path);a.checked=!l,a.disabled=r,a.addEventListener("change",()=>this.onHidden(dx(this.hidden,n.path,a.checked)));let c=document.createElement("span");c.textContent=n.name,c.className="rrnb-tree-name",c.addEventListener("click",h=>{h.preventDefault(),this.onSelect(n.path)}),n.path===this.selected&&o.classList.add("rrnb-selected"),(r||l)&&o.classList.add("rrnb-hidden"),o.append(a,c);let u=fx(this.undrawn[n.path]);if(u){let h=document.createElement("span");h.className="rrnb-tree-undrawn",h.textContent=u,h.title=u,o.title=`${n.path}
${u}`,o.appendChild(h)}this.list.appendChild(o);for(let h of n.children.values())t(h,s+1,r||l)};for(let n of hx(this.paths).children.values())t(n,0,!1);if(e>ju){let n=document.createElement("div");n.className="rrnb-tree-more",n.textContent=`… ${this.paths.length} entities, first ${ju} shown`,this.list.appendChild(n)}}},En=class{constructor(){_(this,"root");this.root=document.createElement("div"),this.root.className="rrnb-tooltip",this.root.style.display="none"}show(e,t,n){this.root.replaceChildren(...n.map(s=>{let r=document.createElement("div");return r.textContent=s,r})),this.root.style.left=`${e+12}px`,this.root.style.top=`${t+12}px`,this.root.style.display="block"}hide(){this.root.style.display="none"}};function jt(i){if(!Number.isFinite(i))return String(i);let e=Math.abs(i);return e!==0&&(e<.001||e>=1e6)?i.toExponential(3):String(Math.round(i*1e3)/1e3)}var px=100,mx=250,Ja=class{constructor(e,t,n,s,r,o=()=>performance.now()){_(this,"events",e);_(this,"cursor",t);_(this,"views",n);_(this,"settings",s);_(this,"tree",r);_(this,"now",o);_(this,"playback",null);_(this,"saveTimer",0);_(this,"lastSave",0);_(this,"disposed",!1);_(this,"following",!0);let a=e.model;t.timeline=String(a.get("timeline")??""),t.time=Number(a.get("time"))||0,t.timelines=Yu(a.get("timelines")),t.hidden=Ga(a.get("hidden"))}get model(){return this.events.model}get pb(){if(!this.playback)throw new Error("TraitletSync.start was not called");return this.playback}start(e,t){this.playback=e;let n=(s,r)=>this.events.on(s,r);n("change:time",()=>this.kernelTime()),n("change:timeline",()=>this.kernelTimeline()),n("change:timelines",()=>this.kernelTimelines()),n("change:entity_paths",()=>this.showTree()),n("change:undrawn",()=>this.showTree()),n("change:hidden",()=>this.kernelHidden()),n("change:data_version",()=>this.refresh()),n("change:playing",()=>e.setPlaying(!!this.model.get("playing"))),n("change:loop",()=>this.settings.setLoop(this.loop())),n("change:speed",()=>this.settings.setSpeed(this.speed())),n("change:width",t),n("change:height",t),e.syncUi(),this.settings.setLoop(this.loop()),this.settings.setSpeed(this.speed()),this.showTree(),t(),this.refresh(),this.model.get("playing")&&e.setPlaying(!0)}kernelTime(){let e=Number(this.model.get("time"));if(!Number.isFinite(e)||e===this.cursor.time)return;this.pb.setTime(e,!1);let t=this.cursor.info;this.following=!!t&&e===t.max}kernelTimeline(){let e=String(this.model.get("timeline")??"");e!==this.cursor.timeline&&(this.cursor.timeline=e,this.pb.syncUi(),this.refresh())}kernelTimelines(){let e=this.cursor,t=e.info;t&&e.time<=t.max&&(this.following=e.time>=t.max);let n=this.following;e.timelines=Yu(this.model.get("timelines")),this.pb.syncUi();let s=e.info;s&&(this.model.get("follow")||n)&&!e.playing&&e.time!==s.max&&this.pb.setTime(s.max)}kernelHidden(){let e=Ga(this.model.get("hidden"));JSON.stringify(e)!==JSON.stringify(this.cursor.hidden)&&this.setHidden(e)}refresh(){for(let e of this.views)e.refresh()}showTree(){this.tree.set(Ga(this.model.get("entity_paths")),this.cursor.hidden,Ep(this.model.get("undrawn")))}setHidden(e){this.cursor.hidden=e,this.showTree();for(let t of this.views)t.setHidden(e)}userTimeline(e){let t=this.cursor;t.timeline=e,this.model.set("timeline",e);let n=t.info;n&&(t.time<n.min||t.time>n.max)&&(t.time=n.max),this.model.set("time",t.time),this.model.save_changes(),this.pb.syncUi(),this.refresh()}userPlaying(e){this.model.set("playing",e),this.model.save_changes(),this.pb.setPlaying(e)}togglePlaying(){this.cursor.info&&this.userPlaying(!this.cursor.playing)}userLoop(e){this.model.set("loop",e),this.model.save_changes()}userSpeed(e){this.model.set("speed",e),this.model.save_changes()}userHidden(e){this.setHidden(e),this.model.set("hidden",e),this.model.save_changes()}speed(){return Number(this.model.get("speed"))||1}loop(){return!!this.model.get("loop")}saveTime(){let e=(this.cursor.playing?mx:px)-(this.now()-this.lastSave);e<=0&&!this.saveTimer?this.flushTime():this.saveTimer||(this.saveTimer=setTimeout(()=>this.flushTime(),Math.max(e,0)))}flushPending(){this.saveTimer&&(clearTimeout(this.saveTimer),this.flushTime())}ended(){this.model.set("playing",!1),this.flushTime()}stopPlaying(){this.userPlaying(!1)}flushTime(){this.saveTimer=0,this.lastSave=this.now(),!this.disposed&&(this.model.set("time",this.cursor.time),this.model.save_changes())}dispose(){this.flushPending(),this.disposed=!0}};var Qa=class{constructor(e){_(this,"events",e);_(this,"mem",{});_(this,"timer",0);this.read(),e.on("change:ui",()=>this.read())}get synced(){return this.events.model.get("ui")!==void 0}read(){let e=this.events.model.get("ui");e&&typeof e=="object"&&!Array.isArray(e)&&(this.mem={...this.mem,...e})}get(e){return this.mem[e]}set(e,t){this.mem[e]=t,this.synced&&!this.timer&&(this.timer=setTimeout(()=>this.flush(),250))}flush(){if(this.timer&&clearTimeout(this.timer),this.timer=0,!this.synced)return;let e=this.events.model;e.set("ui",{...this.mem}),e.save_changes()}dispose(){this.timer&&this.flush()}};var gx=["horizontal","vertical","grid","tabs"],or=i=>!!i&&typeof i=="object"&&!Array.isArray(i);function Ku(i){if(!Array.isArray(i))return null;let e=i.map(Number);return e.every(t=>Number.isFinite(t)&&t>=0)?e:null}function Zu(i){let e=or(i)?i.state:null;return e==="expanded"||e==="collapsed"||e==="hidden"?e:null}function Tp(i){if(!or(i)||!("root"in i))return null;let e=or(i.panels)?i.panels:{};return{root:Ap(i.root,0),panels:{blueprint:Zu(e.blueprint),selection:Zu(e.selection),time:Zu(e.time)}}}function Ap(i,e){if(!or(i)||e>64)return null;if(i.type==="view"){let a=or(i.properties)?i.properties:{},l={};for(let[c,u]of Object.entries(a))or(u)&&(l[c]=u);return{type:"view",id:String(i.id??""),cls:String(i.class??""),name:String(i.name??i.origin??""),origin:String(i.origin??"/"),entities:Array.isArray(i.entities)?i.entities.map(String):[],properties:l,drawable:i.drawable!==!1,visible:i.visible!==!1,titlebar:i.titlebar!==!1}}if(i.type!=="container")return null;let t=gx.includes(i.kind)?i.kind:"horizontal",n=Array.isArray(i.children)?i.children.map(a=>Ap(a,e+1)).filter(a=>!!a):[],s=Number(i.grid_columns),r=Number(i.auto_columns),o=Number(i.active_tab);return{type:"container",id:String(i.id??""),kind:t,name:i.name===null||i.name===void 0?null:String(i.name),visible:i.visible!==!1,shares:Ku(i.shares),columnShares:Ku(i.column_shares),rowShares:Ku(i.row_shares),gridColumns:Number.isInteger(s)&&s>0?s:null,autoColumns:Number.isInteger(r)&&r>0?r:null,activeTab:Number.isInteger(o)&&o>=0?o:0,children:n}}function go(i){return i.children.map((e,t)=>({node:e,index:t})).filter(e=>e.node.visible)}function el(i,e){if(e<=0)return[];if(!i||i.length!==e)return new Array(e).fill(1/e);let t=i.reduce((n,s)=>n+s,0);return t>0?i.map(n=>n/t):new Array(e).fill(1/e)}function Rp(i,e){if(!i)return null;let t=e.map(n=>i[n]);return t.every(n=>n!==void 0)?t:null}function Ju(i,e,t){if(i<=1||!(e>0)||!(t>0))return Math.max(1,i);let n=1,s=1/0;for(let r=1;r<=i;r++){let o=Math.ceil(i/r),a=Math.abs(4/3-e/r/(t/o))+.1*(r*o-i);a<s-1e-12&&(s=a,n=r)}return n}function Cp(i,e=i.activeTab){let t=go(i).map(n=>n.index);return t.includes(e)?e:t[0]??-1}function Pp(i,e,t,n=.05){let s=[...i],r=s[e],o=s[e+1];if(r===void 0||o===void 0)return s;let a=Math.min(n,r),l=Math.min(n,o),c=Math.max(a-r,Math.min(o-l,t));return s[e]=r+c,s[e+1]=o-c,s}function Qu(i){return i?i.type==="view"?[i]:i.children.flatMap(Qu):[]}function Ip(i){return i.type==="view"?i.name:i.name??i.kind}var yx=4,tl=class{constructor(e,t){_(this,"bodyOf",e);_(this,"keep",t);_(this,"observers",[]);_(this,"cleanups",[])}build(e,t=!1){if(e.type==="view")return this.frame(e,t);switch(e.kind){case"horizontal":case"vertical":return this.linear(e);case"grid":return this.grid(e);case"tabs":return this.tabs(e)}}frame(e,t){let n=be("rrnb-vframe");if(n.dataset.viewId=e.id,n.dataset.viewClass=e.cls,e.titlebar&&!t){let r=be("rrnb-vtitle",n);r.textContent=e.name,r.title=`${e.cls}: ${e.origin}`}let s=this.bodyOf(e);return s.classList.add("rrnb-vbody"),n.appendChild(s),n}linear(e){let t=e.kind==="horizontal",n=be(`rrnb-box rrnb-${e.kind}`);n.dataset.containerId=e.id;let s=go(e),r=this.keep.get(`shares:${e.id}`),o=Rp(e.shares,s.map(u=>u.index)),a=el(Array.isArray(r)&&r.length===s.length?r:o,s.length),l=s.map(u=>{let h=be("rrnb-cell",n);return h.appendChild(this.build(u.node)),h}),c=()=>l.forEach((u,h)=>u.style.flex=`${a[h]} 1 0px`);c();for(let u=l.length-1;u>0;u--){let h=be(`rrnb-splitter rrnb-splitter-${t?"h":"v"}`);n.insertBefore(h,l[u]);let d=u-1;h.addEventListener("pointerdown",f=>{var b;f.preventDefault(),f.stopPropagation();let p=n.getBoundingClientRect(),y=(t?p.width:p.height)-yx*(l.length-1),m=t?f.clientX:f.clientY,g=a;(b=h.setPointerCapture)==null||b.call(h,f.pointerId);let v=A=>{a=Pp(g,d,((t?A.clientX:A.clientY)-m)/Math.max(y,1)),c()},T=()=>{h.removeEventListener("pointermove",v),h.removeEventListener("pointerup",T),h.removeEventListener("pointercancel",T),this.keep.set(`shares:${e.id}`,a.map(A=>Math.round(A*1e4)/1e4))};h.addEventListener("pointermove",v),h.addEventListener("pointerup",T),h.addEventListener("pointercancel",T)})}return n}grid(e){let t=be("rrnb-grid");t.dataset.containerId=e.id;let n=go(e);for(let a of n)be("rrnb-cell",t).appendChild(this.build(a.node));let s=n.length,r=()=>{let a=t.clientWidth,l=t.clientHeight,c=e.gridColumns??(a>0&&l>0?Ju(s,a,l):e.autoColumns??Ju(s,4,3)),u=Math.max(1,Math.min(c,Math.max(s,1))),h=Math.max(1,Math.ceil(s/u)),d=e.columnShares&&e.columnShares.length===u?el(e.columnShares,u):null,f=e.rowShares&&e.rowShares.length===h?el(e.rowShares,h):null;t.style.gridTemplateColumns=d?d.map(p=>`${p}fr`).join(" "):`repeat(${u}, minmax(0, 1fr))`,t.style.gridTemplateRows=f?f.map(p=>`${p}fr`).join(" "):`repeat(${h}, minmax(0, 1fr))`,t.dataset.columns=String(u)};r();let o=new ResizeObserver(r);return o.observe(t),this.observers.push(o),t}tabs(e){let t=be("rrnb-tabs");t.dataset.containerId=e.id;let n=be("rrnb-tabbar",t),s=be("rrnb-tabpanes",t),r=go(e),o=Number(this.keep.get(`tab:${e.id}`)),a=Cp(e,Number.isInteger(o)?o:e.activeTab),l=r.map(u=>{let h=document.createElement("button");h.type="button",h.className="rrnb-tab",h.textContent=Ip(u.node),n.appendChild(h);let d=be("rrnb-tabpane",s);return d.appendChild(this.build(u.node,!0)),h.addEventListener("click",()=>{a=u.index,c(),this.keep.set(`tab:${e.id}`,a)}),{index:u.index,b:h,pane:d}}),c=()=>{for(let u of l){let h=u.index===a;u.b.classList.toggle("rrnb-tab-active",h),u.pane.style.display=h?"":"none"}t.dataset.active=String(a)};return c(),t}dispose(){for(let e of this.observers)e.disconnect();for(let e of this.cleanups)e();this.observers.length=0}};function Lp(i){let e=be("rrnb-placeholder");return e.textContent=`${i.cls} view "${i.name}": not supported yet`,e}function xx(i){return i instanceof ArrayBuffer?new Uint8Array(i):new Uint8Array(i.buffer,i.byteOffset,i.byteLength)}var di=class{constructor(){_(this,"cur",null)}add(e,t){if(e.part===0){let a=Array.isArray(e.sizes)?e.sizes.map(Number):[],l=a.reduce((c,u)=>c+u,0);if(!Number.isInteger(e.nbytes)||l!==e.nbytes||!e.reply)throw new kt("part 0 without a reply or with sizes that do not add up");this.cur={id:e.id,view:e.view,next:0,parts:e.parts,buf:new Uint8Array(l),off:0,reply:e.reply,sizes:a}}let n=this.cur;if(!n||n.id!==e.id||n.view!==e.view||n.next!==e.part)return this.cur=null,null;let s=t[0]?xx(t[0]):new Uint8Array(0);if(n.off+s.length>n.buf.length)throw this.cur=null,new kt("parts hold more bytes than announced");if(n.buf.set(s,n.off),n.off+=s.length,n.next++,n.next<n.parts)return null;if(this.cur=null,n.off!==n.buf.length)throw new kt("parts hold fewer bytes than announced");let r=[],o=0;for(let a of n.sizes)r.push(new DataView(n.buf.buffer,o,a)),o+=a;return{content:n.reply,buffers:r}}get pending(){return this.cur!==null}};var eh=new Map;function It(i,e){if(eh.has(i))throw new Error(`two views registered for ${i}`);eh.set(i,e)}function th(i){return eh.get(i)??null}function _t(i,e){i[e]=String(Number(i[e]??"0")+1)}var vx=.25,_x=500,bx=1<<20,nl=null;function Mx(){return(!nl||nl.state==="closed")&&(nl=new AudioContext),nl}function ar(i,e){if(typeof i!="number"||!Number.isFinite(i))throw new Error(`'${e}' is not a number`);return i}function Sx(i){return(i instanceof ArrayBuffer?new Uint8Array(i):new Uint8Array(i.buffer,i.byteOffset,i.byteLength)).slice().buffer}var nh=class{constructor(e,t){_(this,"host",e);_(this,"spec",t);_(this,"id");_(this,"el",be("rrnb-view rrnb-plot rrnb-audio"));_(this,"canvas",document.createElement("canvas"));_(this,"errorEl",be("rrnb-error"));_(this,"req");_(this,"ro");_(this,"parts",new di);_(this,"volume");_(this,"hidden");_(this,"reply",null);_(this,"lastAsk",0);_(this,"playing",!1);_(this,"gain",null);_(this,"source",null);_(this,"sound",null);_(this,"speed",1);_(this,"decoded",new Map);_(this,"fetching",null);_(this,"undecodable",new Set);var s,r,o;this.id=t.id,this.hidden=e.cursor.hidden;let n=Number((o=(r=(s=t.node)==null?void 0:s.properties)==null?void 0:r.AudioPlayback)==null?void 0:o.volume);this.volume=Number.isFinite(n)?Math.min(Math.max(n,0),1):1,this.el.dataset.audioVolume=String(this.volume),this.canvas.className="rrnb-plot-canvas",this.errorEl.style.display="none",this.el.append(this.canvas,this.errorEl),this.req=new hn((a,l)=>this.send(a,l.blob)),this.ro=new ResizeObserver(()=>{this.draw(),this.ask(!1)}),this.ro.observe(this.el)}columns(){let e=window.devicePixelRatio||1;return Math.min(16384,Math.max(1,Math.round(Math.max(1,this.el.clientWidth)*e)))}send(e,t){var s;let n=this.host.cursor;this.host.events.model.send({type:"audio",id:e,view:this.id,space:((s=this.spec.node)==null?void 0:s.id)??"",timeline:n.timeline||null,time:n.time,width:this.columns(),blob:t})}ask(e){var t;this.lastAsk=performance.now(),this.req.request({blob:e||(((t=this.req.pending)==null?void 0:t.blob)??!1)})}onMessage(e,t){var a,l;let n=e;if(n&&n.type==="part"&&n.view===this.id){let c;try{c=this.parts.add(n,t)}catch(u){return this.showError(`bad reply part: ${u instanceof Error?u.message:String(u)}`)}if(!c)return;n=c.content,t=c.buffers}if(!n||n.view!==this.id||!this.req.expects(n.id))return;let s=this.req.settle(n.id);if(n.type==="error")return s!=null&&s.blob&&(this.fetching=null),this.showError(String(n.message));if(n.type!=="audio")return;try{this.reply=this.parse(n,t)}catch(c){return this.showError(`could not read the audio reply: ${c instanceof Error?c.message:String(c)}`)}this.showError(null);let r=n.blob;typeof r=="number"&&this.reply?this.decode(this.reply.row,t[r],n.blob_kind==="wav"):s!=null&&s.blob&&(this.fetching=null);let o=n.blob_size;this.reply&&typeof o=="number"&&o<=bx&&this.fetch(this.reply.row),this.draw(),_t(this.el.dataset,"frames"),this.el.dataset.path=((a=this.reply)==null?void 0:a.path)??"",this.el.dataset.columns=String(((l=this.reply)==null?void 0:l.lo.length)??0),this.playing&&this.sync()}parse(e,t){if(e.path===null||e.path===void 0)return null;let n=ar(e.width,"width"),s=Gn(t[ar(e.min,"min")],"float32",n),r=Gn(t[ar(e.max,"max")],"float32",n),o=e.logged_at;return{path:String(e.path),row:String(e.row),duration:ar(e.duration,"duration"),loggedAt:typeof o=="number"?o:null,start:ar(e.start,"start"),end:ar(e.end,"end"),lo:s,hi:r}}showError(e){this.errorEl.textContent=e??"",this.errorEl.style.display=e?"":"none"}shown(){var t;let e=(t=this.reply)==null?void 0:t.path;return!!e&&!this.hidden.some(n=>Pt(e,n))}offset(){let e=this.reply,t=this.host.cursor.info;return!e||e.loggedAt===null||!t||t.kind==="sequence"?null:this.host.cursor.time-e.loggedAt}draw(){let e=Math.max(1,this.el.clientWidth),t=Math.max(1,this.el.clientHeight),n=window.devicePixelRatio||1,s=this.canvas;(s.width!==Math.round(e*n)||s.height!==Math.round(t*n))&&(s.width=Math.round(e*n),s.height=Math.round(t*n),s.style.width=`${e}px`,s.style.height=`${t}px`);let r=s.getContext("2d");if(!r)return;r.setTransform(1,0,0,1,0,0),r.fillStyle="#1b1b1f",r.fillRect(0,0,s.width,s.height);let o=this.reply;if(!o||!this.shown())return;let a=s.height/2,l=s.height/2-2*n,c=s.width/o.lo.length;r.fillStyle="#5ab0f0";for(let h=0;h<o.lo.length;h++){let d=o.lo[h],f=o.hi[h];if(Number.isNaN(d))continue;let p=a-Math.min(1,f)*l,y=a-Math.max(-1,d)*l;r.fillRect(h*c,p,Math.max(1,c),Math.max(1,y-p))}let u=this.offset();if(u!==null&&u>=o.start&&u<=o.end){let h=Math.round((u-o.start)/(o.end-o.start)*s.width);r.fillStyle="#ffffff",r.fillRect(h-Math.floor(n/2),0,Math.max(1,Math.round(n)),s.height),this.el.dataset.cursorX=String(Math.round(h/n))}else delete this.el.dataset.cursorX}decode(e,t,n){let s=performance.now();this.audioContext().decodeAudioData(Sx(t)).then(r=>{this.fetching===e&&(this.fetching=null),this.decoded.set(e,r),this.el.dataset.audioDecodeMs=(performance.now()-s).toFixed(1),this.el.dataset.audioSource=n?"wav":"file",this.playing&&this.sync()}).catch(r=>{if(this.fetching===e&&(this.fetching=null),!n)return this.fetch(e,"wav");this.undecodable.add(e),this.showError(`the browser could not decode the audio: ${r instanceof Error?r.message:String(r)}`)})}fetch(e,t=!0){this.decoded.has(e)||this.undecodable.has(e)||this.fetching===e||(this.fetching=e,this.ask(t))}audioContext(){let e=Mx();return(!this.gain||this.gain.context!==e)&&(this.gain=e.createGain(),this.gain.gain.value=this.volume,this.gain.connect(e.destination)),e}stopSound(){if(this.source){try{this.source.stop()}catch{}this.source.disconnect(),this.source=null,this.sound=null,_t(this.el.dataset,"audioStops"),this.el.dataset.audioPlaying="false"}}sync(){let e=this.reply,t=this.offset();if(!this.playing||!e||t===null||!this.shown()||t<0||t>=e.duration)return this.stopSound();let n=this.audioContext(),s=this.sound;if(s&&s.rate===this.speed&&Math.abs(s.offset+(n.currentTime-s.at)*s.rate-t)<=vx)return;let r=this.decoded.get(e.row);if(!r)return this.stopSound(),this.fetch(e.row);this.stopSound(),n.resume();let o=n.createBufferSource();o.buffer=r,o.playbackRate.value=this.speed,o.connect(this.gain),o.start(0,t),this.source=o,this.sound={at:n.currentTime,offset:t,rate:this.speed},_t(this.el.dataset,"audioStarts"),this.el.dataset.audioOffset=t.toFixed(3),this.el.dataset.audioRate=String(this.speed),this.el.dataset.audioPlaying="true",this.el.dataset.audioState=n.state}seek(){this.ask(!1)}refresh(){this.ask(!1)}playStart(e){this.playing=!0,this.audioContext().resume()}playTick(e,t,n,s){this.speed=t,n&&this.stopSound(),s&&!this.req.inFlight&&performance.now()-this.lastAsk>_x&&this.ask(!1),this.sync(),this.draw()}playStop(){this.playing=!1,this.stopSound(),this.ask(!1)}setHidden(e){this.hidden=e,this.draw(),this.playing&&this.sync()}dispose(e=!0){var t;if(this.ro.disconnect(),this.playing=!1,this.stopSound(),(t=this.gain)==null||t.disconnect(),e)try{this.host.events.model.send({type:"release",view:this.id})}catch{}this.el.remove()}};It("Audio",(i,e)=>new nh(i,e));function ve(i){return i?i.kind==="text"?i.text.length:i.shape.length===0?1:i.shape[0]:0}function Np(i){let e=1;for(let t=1;t<i.shape.length;t++)e*=i.shape[t];return e}function fi(i){let e=ve(i),t=Np(i);if(t===3&&i.data instanceof Float32Array)return i.data.subarray(0,e*3);let n=new Float32Array(e*3);for(let s=0;s<e;s++)for(let r=0;r<Math.min(t,3);r++)n[3*s+r]=Number(i.data[s*t+r]);return n}function ot(i,e,t,n){let s=new Float32Array(e*t),r=i?ve(i):0,o=i?Np(i):0;for(let a=0;a<e;a++){let l=r===0?-1:r===1?0:a<r?a:r-1;for(let c=0;c<t;c++)s[a*t+c]=l<0||c>=o?n[c]:Number(i.data[l*o+c])}return s}function nt(i,e,t){let n=i?ve(i):0,s=i==null?void 0:i.data;if(s&&n>=e)return s.subarray(0,4*e);let r=new Uint8Array(e*4);for(let o=0;o<e;o++){let a=4*Math.min(o,n-1);r.set(s&&n>0?s.subarray(a,a+4):t,4*o)}return r}function Ht(i,e){let t=i?ve(i):0;if(!i||t===0)return null;if(t>=e&&i.data instanceof Float32Array)return i.data.subarray(0,e);let n=new Float32Array(e);for(let s=0;s<e;s++)n[s]=Number(i.data[t===1?0:Math.min(s,t-1)]);return n}function ih(i){for(let e=3;e<i.length;e+=4)if(i[e]<255)return!0;return!1}function Dp(i,e=.005){if(!i||i.length!==6)return .01;let t=i[3]-i[0],n=i[4]-i[1],s=i[5]-i[2],r=Math.hypot(t,n,s);return Number.isFinite(r)&&r>0?r*e:.01}function Fp(i){if(!Array.isArray(i)||i.length!==2)return null;let e=Number(i[0]),t=Number(i[1]);return Number.isFinite(e)&&Number.isFinite(t)?[Math.min(e,t),Math.max(e,t)]:null}function wx(i){if(!Array.isArray(i)||i.length<3)return[120,160,255,255];let e=i.map(t=>Math.max(0,Math.min(255,Math.round(Number(t))||0)));return[e[0],e[1],e[2],e[3]??255]}var lr=(i,e)=>Number.isFinite(Number(i))&&i!==null?Number(i):e;function Up(i,e){let n=(Array.isArray(i.series)?i.series:[]).map(o=>{let a=o??{},l=Math.max(0,Math.floor(lr(a.n,0))),c=p=>{let y=typeof p=="number"?e[p]:void 0;return y?Gn(y,"float64",l):new Float64Array(0)},u=c(a.x),h=c(a.y),d=a.sigma===void 0||a.sigma===null?null:c(a.sigma),f=Math.min(u.length,h.length,d?d.length:1/0);return{path:String(a.path??""),index:lr(a.index,0),name:String(a.name??a.path??""),color:wx(a.color),kind:a.kind==="points"?"points":"line",width:Math.max(.5,lr(a.width,1)),markerSize:Math.max(1,lr(a.marker_size,3)),visible:a.visible!==!1,x:u.subarray(0,f),y:h.subarray(0,f),sigma:d?d.subarray(0,f):null,unit:typeof a.unit=="string"?a.unit:null}}),s=i.start===null||i.start===void 0?null:lr(i.start,0),r=i.end===null||i.end===void 0?null:lr(i.end,0);return{start:s,end:r,dataRange:Fp(i.data_range),valueRange:Fp(i.value_range),series:n}}var pi=class{constructor(e,t,n,s){_(this,"d0",e);_(this,"d1",t);_(this,"p0",n);_(this,"p1",s)}toPx(e){let t=this.d1-this.d0;return t===0?(this.p0+this.p1)/2:this.p0+(e-this.d0)/t*(this.p1-this.p0)}fromPx(e){let t=this.p1-this.p0;return t===0?this.d0:this.d0+(e-this.p0)/t*(this.d1-this.d0)}};function il(i){if(!i)return[0,1];let[e,t]=i;if(t<=e){let s=Math.abs(e)*.05||1;return[e-s,e+s]}let n=(t-e)*.05;return e-=n,t+=n,[e,t]}function ws(i,e,t=5){if(!(e>i)||!Number.isFinite(i)||!Number.isFinite(e))return[];let n=(e-i)/Math.max(1,t),s=Math.pow(10,Math.floor(Math.log10(n))),r=n/s,o=(r<1.5?1:r<3.5?2:r<7.5?5:10)*s,a=[];for(let l=Math.ceil(i/o)*o;l<=e+o*1e-9&&a.length<100;l+=o)a.push(Math.abs(l)<o*1e-9?0:l);return a}function Ex(i,e){if(i.length===0)return-1;let t=0,n=i.length;for(;t<n;){let s=t+n>>1;i[s]<e?t=s+1:n=s}return t===0?0:t===i.length?i.length-1:e-i[t-1]<=i[t]-e?t-1:t}function Op(i,e,t,n,s,r=40){let o=null,a=e.fromPx(n);for(let l of i){let c=Ex(l.x,a);if(c<0)continue;let u=Math.hypot(e.toPx(l.x[c])-n,t.toPx(l.y[c])-s);u<=r&&(!o||u<o.dist)&&(o={series:l,index:c,dist:u})}return o}function Bp(i,e,t,n){let s=Math.min(Math.max(n,.001),1e3),r=t-(t-i)*s,o=t+(e-t)*s;return o-r>1e-12?[r,o]:[i,e]}function kp(i,e){let t=[],n=-1,s=Math.min(i.length,e.length);for(let r=0;r<=s;r++){let o=r<s&&Number.isFinite(i[r])&&Number.isFinite(e[r]);o&&n<0?n=r:!o&&n>=0&&(t.push([n,r]),n=-1)}return t}var cr=class{constructor(e,t,n=()=>performance.now(),s=6e4){_(this,"view",e);_(this,"send",t);_(this,"now",n);_(this,"timeoutMs",s);_(this,"base",null);_(this,"inFlight",null);_(this,"pending",null);_(this,"nextId",1);_(this,"sent",0);_(this,"dropped",0);_(this,"space",null);_(this,"pushedAt",null)}request(e){if(this.inFlight&&this.now()-this.inFlight.sentAt>this.timeoutMs&&(this.inFlight=null),this.inFlight){this.pending={...e};return}this.pending=null,this.sendNow(e)}reserve(e){let t=this.nextId;return this.nextId+=Math.max(1,Math.floor(e)),t}resetBase(){this.base=null}sendNow(e){let t=this.nextId++;this.inFlight={id:t,timeline:e.timeline,time:e.time,sentAt:this.now()},this.sent++;let n={type:"query",id:t,view:this.view,timeline:e.timeline,time:e.time,base:this.base};this.space!==null&&(n.space=this.space),e.exact&&(n.exact=!0),this.send(n)}onMessage(e){return e.type==="scene"?e.view!==this.view?this.drop("other view"):!this.inFlight||e.id!==this.inFlight.id?this.drop("stale"):this.inFlight.superseded?(this.finishSuperseded(),this.drop("superseded by a pushed scene")):{action:"apply",query:this.inFlight,rttMs:this.now()-this.inFlight.sentAt}:e.type==="error"?e.view!==void 0&&e.view!==this.view?this.drop("other view"):!this.inFlight||e.id!==this.inFlight.id?this.drop("not ours"):{action:"error",query:this.inFlight,message:String(e.message)}:this.drop("not a reply")}applied(e,t){if(!this.inFlight||this.inFlight.id!==e)return;this.inFlight=null,t&&(this.base=e);let n=this.pending;this.pending=null,n&&this.sendNow(n)}acceptPush(e,t=!1){return e.view!==this.view||t||!Number.isInteger(e.id_as)?!1:e.base===this.base}pushed(e){this.base=e.id_as,this.pushedAt={timeline:e.timeline,time:e.time},this.inFlight&&(this.inFlight.superseded=!0)}finishSuperseded(){this.inFlight=null;let e=this.pending;this.pending=null;let t=this.pushedAt;e&&!(t&&t.timeline===e.timeline&&t.time===e.time)&&this.sendNow(e)}drop(e){return this.dropped++,{action:"drop",reason:e}}};var sl=class{constructor(e,t,n,s,r){_(this,"view",e);_(this,"cursor",n);_(this,"ev",r);_(this,"state",new ir);_(this,"client");_(this,"parts",new di);this.client=new cr(e,s),this.client.space=t}query(){this.client.request({timeline:this.cursor.timeline,time:this.cursor.time})}onMessage(e,t){if(!e||typeof e!="object")return;if(sr(e)){let r={view:e.view,base:e.base,id_as:e.id_as,timeline:String(e.timeline??""),time:Number(e.time)};if(!this.client.acceptPush(r))return;this.apply({...e,id:e.id_as},t)&&this.client.pushed(r);return}let n=e;if(n.type==="part"){let r=this.assemble(n,t);if(!r)return;n=r.content,t=r.buffers}let s=this.client.onMessage(n);if(s.action!=="drop"){if(s.action==="error"){this.ev.error(s.message),this.client.applied(s.query.id,!1);return}this.client.applied(s.query.id,this.apply(n,t))}}assemble(e,t){if(e.view!==this.view)return null;try{return this.parts.add(e,t)}catch(n){return this.ev.error(`bad reply part: ${n instanceof Error?n.message:String(n)}`),null}}apply(e,t){try{mo(this.state,e,t)}catch(n){return this.ev.error(`could not apply the reply: ${n instanceof Error?n.message:String(n)}`),this.client.resetBase(),!1}return this.ev.error(null),this.ev.changed(),!0}};var mi=class{constructor(e,t,n){_(this,"host",e);_(this,"id");_(this,"el");_(this,"errorEl",be("rrnb-error"));_(this,"data");_(this,"hidden");var s;this.id=t.id,this.el=be(n),this.hidden=e.cursor.hidden,this.el.append(this.errorEl),this.errorEl.style.display="none",this.data=new sl(this.id,((s=t.node)==null?void 0:s.id)??null,e.cursor,r=>e.events.model.send(r),{changed:()=>this.dataChanged(),error:r=>{this.errorEl.textContent=r??"",this.errorEl.style.display=r?"":"none"}})}dataChanged(){this.draw()}teardown(){}seek(){this.data.query()}refresh(){this.data.query()}playStart(e){}playTick(e,t,n,s){s&&this.data.query()}playStop(){this.data.query()}onMessage(e,t){this.data.onMessage(e,t)}setHidden(e){this.hidden=e,this.draw()}dispose(e=!0){if(this.teardown(),e)try{this.host.events.model.send({type:"release",view:this.id})}catch{}this.el.remove()}};var Qi={l:52,r:10,t:8,b:18},sh=class extends mi{constructor(t,n){super(t,n,"rrnb-view rrnb-plot");_(this,"canvas",document.createElement("canvas"));_(this,"tooltip",new En);_(this,"ro");_(this,"onMove",t=>{let n=this.bars();if(!n)return this.tooltip.hide();let s=this.canvas.getBoundingClientRect(),r=t.clientX-s.left,{sx:o}=this.scales(n.values.data.length,n.values),a=Math.floor(o.fromPx(r));if(a<0||a>=n.values.data.length)return this.tooltip.hide();this.tooltip.show(r,t.clientY-s.top,[`#${a}`,jt(Number(n.values.data[a]))])});this.canvas.className="rrnb-plot-canvas",this.el.prepend(this.canvas),this.el.append(this.tooltip.root),this.canvas.addEventListener("pointermove",this.onMove),this.canvas.addEventListener("pointerleave",()=>this.tooltip.hide()),this.ro=new ResizeObserver(()=>this.draw()),this.ro.observe(this.el)}dataChanged(){this.draw(),_t(this.el.dataset,"frames")}teardown(){this.ro.disconnect()}bars(){for(let[t,n]of this.data.state.entities){if(this.hidden.some(o=>Pt(t,o)))continue;let s=n.comps.get("BarChart:values");if(!s||s.kind!=="num"||s.data.length===0)continue;let r=n.comps.get("BarChart:color");return{values:s,color:nt(r&&r.kind==="num"?r:null,1,n.color)}}return null}scales(t,n){let s=Math.max(1,this.el.clientWidth),r=Math.max(1,this.el.clientHeight),o=0,a=0;for(let u of n.data)Number.isFinite(u)&&(o=Math.min(o,u),a=Math.max(a,u));let[l,c]=il([o,a]);return{sx:new pi(0,t,Qi.l,s-Qi.r),sy:new pi(Math.min(0,l),c,r-Qi.b,Qi.t)}}draw(){let t=Math.max(1,this.el.clientWidth),n=Math.max(1,this.el.clientHeight),s=window.devicePixelRatio||1,r=this.canvas;(r.width!==Math.round(t*s)||r.height!==Math.round(n*s))&&(r.width=Math.round(t*s),r.height=Math.round(n*s),r.style.width=`${t}px`,r.style.height=`${n}px`);let o=r.getContext("2d");if(!o)return;o.setTransform(s,0,0,s,0,0),o.fillStyle="#1b1b1f",o.fillRect(0,0,t,n);let a=this.bars();if(!a)return;let l=a.values.data.length,{sx:c,sy:u}=this.scales(l,a.values);o.font="10px system-ui, sans-serif",o.textAlign="right",o.textBaseline="middle";for(let p of ws(u.d0,u.d1,5)){let y=Math.round(u.toPx(p))+.5;o.fillStyle="#2c2c36",o.fillRect(Qi.l,y,t-Qi.l-Qi.r,1),o.fillStyle="#9a9ab0",o.fillText(jt(p),Qi.l-4,y)}let h=a.color;o.fillStyle=`rgba(${h[0]},${h[1]},${h[2]},${h[3]/255})`;let d=u.toPx(0),f=Math.max(1,c.toPx(1)-c.toPx(0));for(let p=0;p<l;p++){let y=Number(a.values.data[p]);if(!Number.isFinite(y))continue;let m=c.toPx(p)+(f>3?1:0),g=u.toPx(y);o.fillRect(m,Math.min(g,d),Math.max(1,f-(f>3?2:0)),Math.abs(g-d))}}};It("BarChart",(i,e)=>new sh(i,e));function zp(){return{link:{enabled:!0,distance:60,iterations:3},manyBody:{enabled:!0,strength:-60},position:{enabled:!0,strength:.01,x:0,y:0},center:{enabled:!1,strength:1},collision:{enabled:!1,strength:1,iterations:1}}}function Li(i,e){return typeof i=="number"&&Number.isFinite(i)?i:e}function yo(i,e){return typeof i=="boolean"?i:e}function Vp(i){let e=zp(),t=i??{},n=t.ForceLink??{};e.link={enabled:yo(n.enabled,!0),distance:Li(n.distance,60),iterations:Math.max(1,Math.min(16,Math.floor(Li(n.iterations,3))))};let s=t.ForceManyBody??{};e.manyBody={enabled:yo(s.enabled,!0),strength:Li(s.strength,-60)};let r=t.ForcePosition??{},o=Array.isArray(r.position)?r.position:[];e.position={enabled:yo(r.enabled,!0),strength:Li(r.strength,.01),x:Li(o[0],0),y:Li(o[1],0)};let a=t.ForceCenter??{};e.center={enabled:yo(a.enabled,!1),strength:Li(a.strength,1)};let l=t.ForceCollisionRadius??{};return e.collision={enabled:yo(l.enabled,!1),strength:Li(l.strength,1),iterations:Math.max(1,Math.min(16,Math.floor(Li(l.iterations,1))))},e}var Gp=.001,Tx=1-Math.pow(Gp,1/300),Hp=.6,Ax=10,Rx=Math.PI*(3-Math.sqrt(5)),rl=class{constructor(e=zp()){_(this,"params",e);_(this,"nodes",[]);_(this,"index",new Map);_(this,"links",[]);_(this,"linkStrength",[]);_(this,"linkBias",[]);_(this,"alpha",1);_(this,"ticks",0)}get running(){return this.alpha>=Gp&&this.nodes.some(e=>!e.fixed)}setGraph(e,t){let n=new Map(this.nodes.map(l=>[l.key,l])),s=e.length===this.nodes.length&&e.every((l,c)=>this.nodes[c].key===l.key&&l.pos===null==!this.nodes[c].fixed);this.nodes=e.map((l,c)=>{let u=n.get(l.key);if(l.pos)return{key:l.key,x:l.pos[0],y:l.pos[1],vx:0,vy:0,fixed:!0,radius:l.radius};if(u&&!u.fixed)return{...u,radius:l.radius};let h=Ax*Math.sqrt(.5+c),d=c*Rx;return{key:l.key,x:h*Math.cos(d),y:h*Math.sin(d),vx:0,vy:0,fixed:!1,radius:l.radius}}),this.index=new Map(this.nodes.map((l,c)=>[l.key,c]));let r=[];for(let[l,c]of t){let u=this.index.get(l),h=this.index.get(c);u!==void 0&&h!==void 0&&u!==h&&r.push([u,h])}let o=r.length===this.links.length&&r.every((l,c)=>l[0]===this.links[c][0]&&l[1]===this.links[c][1]);this.links=r;let a=new Array(this.nodes.length).fill(0);for(let[l,c]of r)a[l]+=1,a[c]+=1;this.linkStrength=r.map(([l,c])=>1/Math.min(a[l],a[c])),this.linkBias=r.map(([l,c])=>a[l]/(a[l]+a[c])),(!s||!o)&&(this.alpha=1)}tick(){if(!this.running)return;this.alpha+=(0-this.alpha)*Tx;let e=this.params;if(e.link.enabled)for(let t=0;t<e.link.iterations;t++)this.forceLink();if(e.manyBody.enabled&&this.forceManyBody(),e.position.enabled&&this.forcePosition(),e.collision.enabled)for(let t=0;t<e.collision.iterations;t++)this.forceCollide();for(let t of this.nodes)t.fixed||(t.vx*=Hp,t.vy*=Hp,t.x+=t.vx,t.y+=t.vy);e.center.enabled&&this.forceCenter(),this.ticks++}run(e,t=1/0,n=()=>performance.now()){let s=n();for(let r=0;r<e&&this.running&&(this.tick(),!(n()-s>t));r++);return this.running}forceLink(){let e=this.params.link.distance;this.links.forEach(([t,n],s)=>{let r=this.nodes[t],o=this.nodes[n],a=o.x+o.vx-r.x-r.vx||ur(s),l=o.y+o.vy-r.y-r.vy||ur(s+1),c=Math.sqrt(a*a+l*l);c=(c-e)/c*this.alpha*this.linkStrength[s],a*=c,l*=c;let u=this.linkBias[s];o.fixed||(o.vx-=a*u,o.vy-=l*u),r.fixed||(r.vx+=a*(1-u),r.vy+=l*(1-u))})}forceManyBody(){let e=this.params.manyBody.strength*this.alpha,t=this.nodes;for(let n=0;n<t.length;n++){let s=t[n];for(let r=n+1;r<t.length;r++){let o=t[r],a=o.x-s.x,l=o.y-s.y;a===0&&l===0&&(a=ur(n+r),l=ur(n-r));let c=a*a+l*l;c<1&&(c=Math.sqrt(c));let u=e/c;s.fixed||(s.vx+=a*u,s.vy+=l*u),o.fixed||(o.vx-=a*u,o.vy-=l*u)}}}forcePosition(){let{strength:e,x:t,y:n}=this.params.position;for(let s of this.nodes)s.fixed||(s.vx+=(t-s.x)*e*this.alpha,s.vy+=(n-s.y)*e*this.alpha)}forceCenter(){let e=this.nodes.filter(r=>!r.fixed);if(!e.length)return;let t=0,n=0;for(let r of e)t+=r.x,n+=r.y;let s=this.params.center.strength;t=t/e.length*s,n=n/e.length*s;for(let r of e)r.x-=t,r.y-=n}forceCollide(){let e=this.nodes,t=this.params.collision.strength;for(let n=0;n<e.length;n++){let s=e[n];for(let r=n+1;r<e.length;r++){let o=e[r],a=s.radius+o.radius,l=s.x+s.vx-o.x-o.vx,c=s.y+s.vy-o.y-o.vy,u=l*l+c*c;if(u>=a*a)continue;l===0&&(l=ur(n+3*r),u+=l*l),c===0&&(c=ur(3*n+r),u+=c*c),u=Math.sqrt(u),u=(a-u)/u*t;let h=o.radius*o.radius,d=s.radius*s.radius,f=h/(h+d||1);s.fixed||(s.vx+=l*u*f,s.vy+=c*u*f),o.fixed||(o.vx-=l*u*(1-f),o.vy-=c*u*(1-f))}}}bounds(){if(!this.nodes.length)return null;let e=[1/0,1/0,-1/0,-1/0];for(let t of this.nodes)e=[Math.min(e[0],t.x-t.radius),Math.min(e[1],t.y-t.radius),Math.max(e[2],t.x+t.radius),Math.max(e[3],t.y+t.radius)];return e}};function ur(i){return((i*2654435761>>>0)/4294967296-.5)*1e-6}var Cx=4,Px=2,Ix=[140,140,150,255],Lx=[200,200,200,255],Nx=2;function xo(i){return i&&i.kind==="num"?i:null}function rh(i){return i&&i.kind==="text"?i.text:null}function ol(i,e){return`${i}\0${e}`}function Dx(i){let e=rh(i.comps.get("GraphNodes:node_ids"));if(!e)return[];let t=e.length,n=xo(i.comps.get("GraphNodes:positions")),s=n?ve(n):0,r=nt(xo(i.comps.get("GraphNodes:colors")),t,Lx),o=Ht(xo(i.comps.get("GraphNodes:radii")),t),a=rh(i.comps.get("GraphNodes:labels")),l=xo(i.comps.get("GraphNodes:show_labels")),c=!l||ve(l)===0||Number(l.data[0])!==0;return e.map((u,h)=>{let d=Math.min(h,s-1),f=n&&s>0?[Number(n.data[2*d]),Number(n.data[2*d+1])]:null,p=a&&a.length?a[Math.min(h,a.length-1)]:null;return{key:ol(i.path,u),path:i.path,id:u,instance:h,pos:f&&Number.isFinite(f[0])&&Number.isFinite(f[1])?f:null,color:[r[4*h],r[4*h+1],r[4*h+2],r[4*h+3]],radius:o&&Number.isFinite(o[h])&&o[h]!==0?Math.abs(o[h]):Cx,label:p,text:c?p??u:null}})}function Wp(i,e=()=>!0){let t=[],n=[],s=[...i].filter(r=>e(r.path)).sort((r,o)=>r.path<o.path?-1:r.path>o.path?1:0);for(let r of s){let o=Dx(r),a=new Set(o.map(h=>h.id));t.push(...o);let l=rh(r.comps.get("GraphEdges:edges"));if(!l)continue;let c=xo(r.comps.get("GraphEdges:graph_type")),u=!!c&&ve(c)>0&&Number(c.data[0])===Nx;for(let h=0;h+1<l.length;h+=2){for(let d of[l[h],l[h+1]])a.has(d)||(a.add(d),t.push({key:ol(r.path,d),path:r.path,id:d,instance:-1,pos:null,color:Ix,radius:Px,label:null,text:null}));n.push({from:ol(r.path,l[h]),to:ol(r.path,l[h+1]),directed:u})}}return{nodes:t,edges:n}}var Xp=24,Fx="rgba(150,150,165,0.9)",al=9,Ux=8,vo=12,Ox=4,Bx=3,kx="#1f1f26",Hx="rgba(200,200,200,0.9)";function ll(i){return`rgba(${i[0]},${i[1]},${i[2]},${i[3]/255})`}var oh=class extends mi{constructor(t,n){var c,u;super(t,n,"rrnb-view rrnb-plot rrnb-graph");_(this,"canvas",document.createElement("canvas"));_(this,"tooltip",new En);_(this,"ro");_(this,"layout");_(this,"graph",{nodes:[],edges:[]});_(this,"scale",1);_(this,"ox",0);_(this,"oy",0);_(this,"autoFit",!0);_(this,"frame",0);_(this,"drag",null);_(this,"background");_(this,"widths",new Map);_(this,"measureCtx",null);_(this,"visualBounds");_(this,"onMove",t=>{let[n,s]=this.local(t);if(this.drag)return this.ox+=n-this.drag.x,this.oy+=s-this.drag.y,this.drag={x:n,y:s},this.autoFit=!1,this.tooltip.hide(),this.draw();let r=this.nodeAt(n,s);if(!r)return this.tooltip.hide();let o=this.layout.nodes.find(l=>l.key===r.key),a=[r.path,`node ${r.id}${r.instance<0?" (implicit)":` #${r.instance}`}`];r.label&&a.push(r.label),o&&a.push(`(${jt(o.x)}, ${jt(o.y)})`),this.tooltip.show(n,s,a)});_(this,"onDown",t=>{if(t.button!==0)return;let[n,s]=this.local(t),r=this.nodeAt(n,s);r&&this.host.select(r.path,r.instance>=0?r.instance:null),this.drag={x:n,y:s};try{this.canvas.setPointerCapture(t.pointerId)}catch{}});_(this,"onUp",()=>{this.drag=null});_(this,"onWheel",t=>{t.preventDefault();let[n,s]=this.local(t),r=Math.exp(-t.deltaY*.002);this.ox=n-(n-this.ox)*r,this.oy=s-(s-this.oy)*r,this.scale*=r,this.autoFit=!1,this.draw()});let s=(c=n.node)==null?void 0:c.properties;this.layout=new rl(Vp(s));let r=(u=s==null?void 0:s.GraphBackground)==null?void 0:u.color;this.background=Array.isArray(r)&&r.length>=3?ll([Number(r[0]),Number(r[1]),Number(r[2]),Number(r[3]??255)]):"#1b1b1f";let o=s==null?void 0:s.VisualBounds2D,a=o==null?void 0:o.x_range,l=o==null?void 0:o.y_range;this.visualBounds=Array.isArray(a)&&Array.isArray(l)&&a.length===2&&l.length===2?[Number(a[0]),Number(l[0]),Number(a[1]),Number(l[1])]:null,this.visualBounds&&!this.visualBounds.every(Number.isFinite)&&(this.visualBounds=null),this.canvas.className="rrnb-plot-canvas",this.el.prepend(this.canvas),this.el.append(this.tooltip.root),this.canvas.addEventListener("pointermove",this.onMove),this.canvas.addEventListener("pointerleave",()=>this.tooltip.hide()),this.canvas.addEventListener("pointerdown",this.onDown),this.canvas.addEventListener("pointerup",this.onUp),this.canvas.addEventListener("wheel",this.onWheel,{passive:!1}),this.canvas.addEventListener("dblclick",()=>{this.autoFit=!0,this.draw()}),this.ro=new ResizeObserver(()=>this.draw()),this.ro.observe(this.el)}dataChanged(){this.graph=Wp(this.data.state.entities.values(),t=>!this.hidden.some(n=>Pt(t,n))),this.layout.setGraph(this.graph.nodes.map(t=>({key:t.key,pos:t.pos,radius:this.extent(t)})),this.graph.edges.map(t=>[t.from,t.to])),this.el.dataset.nodes=String(this.graph.nodes.length),this.el.dataset.edges=String(this.graph.edges.length),this.animate(),_t(this.el.dataset,"frames")}setHidden(t){this.hidden=t,this.dataChanged()}teardown(){this.ro.disconnect(),this.frame&&cancelAnimationFrame(this.frame),this.frame=0}animate(){if(this.draw(),this.frame)return;if(!this.layout.running)return this.settled();this.el.dataset.settled="0";let t=()=>{if(this.frame=0,!this.el.isConnected)return;let n=this.layout.run(300,Ux);this.draw(),n?this.frame=requestAnimationFrame(t):this.settled()};this.frame=requestAnimationFrame(t)}settled(){this.el.dataset.settled="1",this.el.dataset.ticks=String(this.layout.ticks);let t=this.layout.nodes.slice(0,200).map(n=>[Math.round(n.x*this.scale+this.ox),Math.round(n.y*this.scale+this.oy)]);this.el.dataset.positions=JSON.stringify(t)}fit(t,n){let s=this.visualBounds??this.layout.bounds();if(!s)return;let r=Math.max(s[2]-s[0],1e-6),o=Math.max(s[3]-s[1],1e-6);this.scale=Math.min((t-2*Xp)/r,(n-2*Xp)/o,10),this.scale>0||(this.scale=1),this.ox=t/2-(s[0]+s[2])/2*this.scale,this.oy=n/2-(s[1]+s[3])/2*this.scale}draw(){let t=Math.max(1,this.el.clientWidth),n=Math.max(1,this.el.clientHeight),s=window.devicePixelRatio||1,r=this.canvas;(r.width!==Math.round(t*s)||r.height!==Math.round(n*s))&&(r.width=Math.round(t*s),r.height=Math.round(n*s),r.style.width=`${t}px`,r.style.height=`${n}px`);let o=r.getContext("2d");if(!o)return;o.setTransform(s,0,0,s,0,0),o.fillStyle=this.background,o.fillRect(0,0,t,n),this.autoFit&&this.fit(t,n),this.el.dataset.view=JSON.stringify([this.scale,this.ox,this.oy]);let a=new Map(this.layout.nodes.map(u=>[u.key,u])),l=new Map(this.graph.nodes.map(u=>[u.key,u])),c=(u,h)=>[u*this.scale+this.ox,h*this.scale+this.oy];for(let u of this.graph.edges){let h=a.get(u.from),d=a.get(u.to);h&&d&&this.drawEdge(o,c(h.x,h.y),c(d.x,d.y),l.get(u.from),l.get(u.to),u.directed)}o.textBaseline="middle",o.textAlign="center";for(let u of this.graph.nodes){let h=a.get(u.key);h&&this.drawNode(o,u,...c(h.x,h.y))}}drawEdge(t,[n,s],[r,o],a,l,c){let u=Math.hypot(r-n,o-s);if(u<1e-6)return;let h=(r-n)/u,d=(o-s)/u,f=this.reach(a,h,d)*this.scale,p=this.reach(l,h,d)*this.scale,y=r-h*p,m=o-d*p,g=c?al*.8:0;if(t.strokeStyle=t.fillStyle=Fx,t.lineWidth=1.5,t.beginPath(),t.moveTo(n+h*f,s+d*f),t.lineTo(y-h*g,m-d*g),t.stroke(),!c)return;let[v,T,b]=[y-h*al,m-d*al,al*.45];t.beginPath(),t.moveTo(y,m),t.lineTo(v-d*b,T+h*b),t.lineTo(v+d*b,T-h*b),t.closePath(),t.fill()}box(t){if(t.text===null)return null;let n=this.widths.get(t.text);return n===void 0&&(this.measureCtx??(this.measureCtx=document.createElement("canvas").getContext("2d")),this.measureCtx&&(this.measureCtx.font=`${vo}px system-ui, sans-serif`),n=this.measureCtx?this.measureCtx.measureText(t.text).width:t.text.length*vo*.6,this.widths.size>1e4&&this.widths.clear(),this.widths.set(t.text,n)),[n/2+Ox,vo/2+Bx]}extent(t){let n=this.box(t);return n?Math.max(n[0],n[1]):t.radius}reach(t,n,s){if(!t)return 0;let r=this.box(t);return r?Math.min(Math.abs(n)>1e-9?r[0]/Math.abs(n):1/0,Math.abs(s)>1e-9?r[1]/Math.abs(s):1/0):t.radius}drawNode(t,n,s,r){let o=this.box(n),a=this.scale;if(!o||n.text===null){t.fillStyle=ll(n.color),t.beginPath(),t.arc(s,r,Math.max(1.5,n.radius*a),0,2*Math.PI),t.fill();return}let[l,c]=[2*o[0]*a,2*o[1]*a];if(vo*a<5){t.fillStyle=ll(n.color),t.fillRect(s-l/2,r-c/2,l,c);return}t.fillStyle=kx,t.fillRect(s-l/2,r-c/2,l,c),t.strokeStyle=Hx,t.lineWidth=1,t.strokeRect(s-l/2,r-c/2,l,c),t.fillStyle=ll(n.color),t.font=`${vo*a}px system-ui, sans-serif`,t.fillText(n.text,s,r)}nodeAt(t,n){let s=new Map(this.layout.nodes.map(a=>[a.key,a])),r=null,o=1/0;for(let a of this.graph.nodes){let l=s.get(a.key);if(!l)continue;let c=t-(l.x*this.scale+this.ox),u=n-(l.y*this.scale+this.oy),h=Math.hypot(c,u),d=this.box(a);(d?Math.abs(c)<=d[0]*this.scale+2&&Math.abs(u)<=d[1]*this.scale+2:h<=Math.max(6,a.radius*this.scale)+3)&&h<o&&(r=a,o=h)}return r}local(t){let n=this.canvas.getBoundingClientRect();return[t.clientX-n.left,t.clientY-n.top]}};It("Graph",(i,e)=>new oh(i,e));function qp(i,e,t,n,s,r,o,a){for(let l=0;l<a;l++){let c=n[l],u=s[l],h=r[l];if(!(h>0)||!Number.isFinite(c)||!Number.isFinite(u))continue;let d=Math.max(0,Math.floor(c-h-.5)),f=Math.min(e-1,Math.ceil(c+h+.5)),p=Math.max(0,Math.floor(u-h-.5)),y=Math.min(t-1,Math.ceil(u+h+.5));if(d>f||p>y)continue;let m=o[4*l],g=o[4*l+1],v=o[4*l+2],T=o[4*l+3]/255,b=(h+.5)*(h+.5),A=h>.5?(h-.5)*(h-.5):-1;for(let w=p;w<=y;w++){let x=w+.5-u;for(let M=d;M<=f;M++){let L=M+.5-c,R=L*L+x*x;if(R>=b)continue;let I=4*(w*e+M);if(R<=A&&T===1){i[I]=m,i[I+1]=g,i[I+2]=v,i[I+3]=255;continue}let U=(R<=A?1:h+.5-Math.sqrt(R))*T;i[I]=i[I]+(m-i[I])*U,i[I+1]=i[I+1]+(g-i[I+1])*U,i[I+2]=i[I+2]+(v-i[I+2])*U,i[I+3]=255-(255-i[I+3])*(1-U)}}}}var cl=85.05112878,zx=40075016686e-3,ul=256;function hl(i,e){let t=Math.max(-cl,Math.min(cl,i))*Math.PI/180,n=(e+180)/360,s=(1-Math.log(Math.tan(t)+1/Math.cos(t))/Math.PI)/2;return[n,s]}function _o(i,e){let t=i*360-180;return{lat:Math.atan(Math.sinh(Math.PI*(1-2*e)))*180/Math.PI,lon:t}}var Vx=0,Gx=24;function es(i){return ul*Math.pow(2,i)}function Es(i,e,t,n,s){let r=es(i.zoom);return[e/2+(n-i.cx)*r,t/2+(s-i.cy)*r]}function hr(i,e,t,n,s){let r=es(i.zoom);return[i.cx+(n-e/2)/r,i.cy+(s-t/2)/r]}function Wx(i,e){let t=Math.cos(Math.max(-cl,Math.min(cl,e))*Math.PI/180);return es(i)/(zx*t)}function bo(i,e,t,n){let s=i!==void 0&&Number.isFinite(i)?i:n;return s<0?-s:s*Wx(e,t)}function Yp(i,e,t,n,s,r,o=30,a=15){let l=t-i,c=n-e,u=Math.max(1,s-2*o),h=Math.max(1,r-2*o),d=a;if(l>0||c>0){let f=Math.min(l>0?u/l:1/0,c>0?h/c:1/0);d=Math.min(a,Math.log2(f/ul))}return{cx:(i+t)/2,cy:(e+n)/2,zoom:Mo(d)}}function Mo(i){return Math.max(Vx,Math.min(Gx,i))}function ah(i,e=110){let t=e/Math.max(1e-12,i);if(t>=90)return 90;for(let r of[45,30,15,10])if(t>=r*.75)return r;let n=Math.pow(10,Math.floor(Math.log10(t))),s=t/n;return(s<1.5?1:s<3.5?2:s<7.5?5:10)*n}function lh(i,e,t){let n=[];if(!(t>0)||!(e>=i))return n;for(let s=Math.ceil(i/t);s*t<=e&&n.length<400;s++)n.push(s*t);return n}function Ts(i,e,t){let n=Math.max(0,Math.min(8,Math.ceil(-Math.log10(e)-1e-9))),s=t==="lat"?i>0?"N":i<0?"S":"":i>0?"E":i<0?"W":"";return`${Math.abs(i).toFixed(n)}°${s}`}var $p=-5,jp=-2,Kp=4;function dr(i){return i&&i.kind==="num"?i:null}function Zp(i,e){let t=new Float64Array(2*e),n=new Float64Array(e),s=new Float64Array(e);for(let r=0;r<e;r++){n[r]=Number(i.data[2*r]),s[r]=Number(i.data[2*r+1]);let[o,a]=hl(n[r],s[r]);t[2*r]=o,t[2*r+1]=a}return{xy:t,lat:n,lon:s}}function Jp(i){return i&&i.data.length?Float32Array.from(i.data):null}function dl(i,e){return i&&i.length?i[Math.min(e,i.length-1)]:void 0}function qx(i,e){return`rgba(${i[4*e]},${i[4*e+1]},${i[4*e+2]},${i[4*e+3]/255})`}function Yx(i,e){let t=[];for(let[n,s]of i){if(e.some(a=>Pt(n,a)))continue;let r=dr(s.comps.get("GeoPoints:positions"));if(r&&r.shape[1]===2&&r.shape[0]>0){let a=r.shape[0];t.push({kind:"points",path:n,...Zp(r,a),radii:Jp(dr(s.comps.get("GeoPoints:radii"))),colors:nt(dr(s.comps.get("GeoPoints:colors")),a,s.color)})}let o=dr(s.comps.get("GeoLineStrings:line_strings"));if(o&&o.offsets&&o.shape[1]===2&&o.offsets.length>1){let a=o.offsets.length-1,l=Zp(o,o.shape[0]);t.push({kind:"lines",path:n,xy:l.xy,lat:l.lat,offsets:o.offsets,radii:Jp(dr(s.comps.get("GeoLineStrings:radii"))),colors:nt(dr(s.comps.get("GeoLineStrings:colors")),a,s.color)})}}return t}function $x(i){let e=1/0,t=1/0,n=-1/0,s=-1/0;for(let r of i)for(let o=0;o+1<r.xy.length;o+=2){let a=r.xy[o],l=r.xy[o+1];!Number.isFinite(a)||!Number.isFinite(l)||(e=Math.min(e,a),n=Math.max(n,a),t=Math.min(t,l),s=Math.max(s,l))}return e<=n?[e,t,n,s]:null}function jx(i,e,t,n,s,r){let o=s-t,a=r-n,l=o*o+a*a,c=l>0?Math.max(0,Math.min(1,((i-t)*o+(e-n)*a)/l)):0;return Math.hypot(i-(t+c*o),e-(n+c*a))}var ch=class i extends mi{constructor(t,n){super(t,n,"rrnb-view rrnb-plot rrnb-map");_(this,"canvas",document.createElement("canvas"));_(this,"tooltip",new En);_(this,"coords",document.createElement("div"));_(this,"ro");_(this,"items",[]);_(this,"cam",null);_(this,"moved",!1);_(this,"drag",null);_(this,"zoomProp");_(this,"fitSize","");_(this,"onMove",t=>{let[n,s]=this.local(t);if(this.drag&&(this.moved||Math.hypot(n-this.drag.x,s-this.drag.y)>=3)){let u=this.camera(),h=es(u.zoom);this.cam={...u,cx:this.drag.cx-(n-this.drag.x)/h,cy:this.drag.cy-(s-this.drag.y)/h},this.moved=!0,this.draw();return}let[r,o]=this.size(),a=_o(...hr(this.camera(),r,o,n,s));this.coords.textContent=`${Ts(a.lat,1e-5,"lat")} ${Ts(a.lon,1e-5,"lon")}`;let l=this.hit(n,s);if(!l)return this.tooltip.hide();let c=`${Ts(l.lat,1e-5,"lat")}, ${Ts(l.lon,1e-5,"lon")}`;this.tooltip.show(n,s,[l.path,`#${l.instance}`,c])});_(this,"onDown",t=>{var o,a;let[n,s]=this.local(t),r=this.camera();this.drag={x:n,y:s,cx:r.cx,cy:r.cy},(a=(o=this.canvas).setPointerCapture)==null||a.call(o,t.pointerId)});_(this,"onUp",t=>{let n=this.drag;this.drag=null;let[s,r]=this.local(t);if(n&&Math.hypot(s-n.x,r-n.y)<3){let o=this.hit(s,r);o&&this.host.select(o.path,o.instance)}});_(this,"onWheel",t=>{t.preventDefault();let[n,s]=this.local(t),[r,o]=this.size(),a=this.camera(),[l,c]=hr(a,r,o,n,s),u=Mo(a.zoom-t.deltaY*.002),h=es(u);this.cam={zoom:u,cx:l-(n-r/2)/h,cy:c-(s-o/2)/h},this.el.dataset.zoom=String(u),this.moved=!0,this.draw()});this.zoomProp=i.zoomOf(n.node),this.canvas.className="rrnb-plot-canvas",this.coords.className="rrnb-map-coords",Object.assign(this.coords.style,{position:"absolute",right:"6px",bottom:"4px",font:"10px system-ui",color:"#9a9ab0",pointerEvents:"none"}),this.el.style.position="relative",this.el.prepend(this.canvas),this.el.append(this.tooltip.root,this.coords),this.canvas.addEventListener("pointermove",this.onMove),this.canvas.addEventListener("pointerleave",()=>this.tooltip.hide()),this.canvas.addEventListener("pointerdown",this.onDown),this.canvas.addEventListener("pointerup",this.onUp),this.canvas.addEventListener("wheel",this.onWheel,{passive:!1}),this.canvas.addEventListener("dblclick",()=>this.refit()),this.ro=new ResizeObserver(()=>this.draw()),this.ro.observe(this.el)}static zoomOf(t){var s;let n=(s=t==null?void 0:t.properties.MapZoom)==null?void 0:s.value;return typeof n=="number"&&Number.isFinite(n)?Mo(n):null}setNode(t){let n=i.zoomOf(t);n!==this.zoomProp&&(this.zoomProp=n,this.refit())}dataChanged(){this.items=Yx(this.data.state.entities,this.hidden),this.moved||(this.cam=null),this.draw(),_t(this.el.dataset,"frames")}setHidden(t){this.hidden=t,this.dataChanged()}teardown(){this.ro.disconnect()}refit(){this.moved=!1,this.cam=null,this.draw()}size(){return[Math.max(1,this.el.clientWidth),Math.max(1,this.el.clientHeight)]}camera(){let[t,n]=this.size();if(this.cam&&(this.moved||this.fitSize===`${t}x${n}`))return this.cam;this.fitSize=`${t}x${n}`;let s=$x(this.items),r={cx:.5,cy:.5,zoom:Math.log2(Math.min(t,n)/ul)},o=s?Yp(s[0],s[1],s[2],s[3],t,n):r;return this.zoomProp!==null&&(o.zoom=this.zoomProp),o.zoom=Mo(o.zoom),this.cam=o,this.el.dataset.zoom=String(o.zoom),o}draw(){let[t,n]=this.size(),s=window.devicePixelRatio||1,r=this.canvas;(r.width!==Math.round(t*s)||r.height!==Math.round(n*s))&&(r.width=Math.round(t*s),r.height=Math.round(n*s),r.style.width=`${t}px`,r.style.height=`${n}px`);let o=r.getContext("2d",{willReadFrequently:!0});if(!o)return;o.setTransform(s,0,0,s,0,0),o.fillStyle="#1b1b1f",o.fillRect(0,0,t,n);let a=this.camera();this.drawGraticule(o,a,t,n);for(let l of this.items)l.kind==="lines"&&this.drawLines(o,a,t,n,l);this.drawPoints(o,a,t,n,s)}drawGraticule(t,n,s,r){let[o,a]=hr(n,s,r,0,0),[l,c]=hr(n,s,r,s,r),u=_o(Math.max(0,o),Math.max(0,a)),h=_o(Math.min(1,l),Math.min(1,c)),d=es(n.zoom)/360,f=(u.lat+h.lat)/2,p=ah(d),y=ah(d/Math.max(.05,Math.cos(f*Math.PI/180)));t.font="10px system-ui, sans-serif",t.lineWidth=1;for(let m of lh(u.lon,h.lon,p)){let[g]=Es(n,s,r,...hl(0,m)),v=Math.round(g)+.5;t.fillStyle="#2c2c36",t.fillRect(v-.5,0,1,r),t.fillStyle="#9a9ab0",t.textAlign="center",t.textBaseline="bottom",t.fillText(Ts(m,p,"lon"),v,r-2)}for(let m of lh(h.lat,u.lat,y)){let[,g]=Es(n,s,r,...hl(m,0)),v=Math.round(g)+.5;t.fillStyle="#2c2c36",t.fillRect(0,v-.5,s,1),t.fillStyle="#9a9ab0",t.textAlign="left",t.textBaseline="bottom",t.fillText(Ts(m,y,"lat"),3,v-1)}}drawLines(t,n,s,r,o){t.lineCap="round",t.lineJoin="round";for(let a=0;a+1<o.offsets.length;a++){let l=o.offsets[a],c=o.offsets[a+1];if(!(c-l<2)){t.lineWidth=Math.max(1,2*bo(dl(o.radii,a),n.zoom,o.lat[l],jp)),t.strokeStyle=qx(o.colors,a),t.beginPath();for(let u=l;u<c;u++){let[h,d]=Es(n,s,r,o.xy[2*u],o.xy[2*u+1]);u===l?t.moveTo(h,d):t.lineTo(h,d)}t.stroke()}}}drawPoints(t,n,s,r,o){let a=this.items.filter(m=>m.kind==="points"),l=a.reduce((m,g)=>m+g.lat.length,0);if(l===0)return;let c=new Float64Array(l),u=new Float64Array(l),h=new Float64Array(l),d=new Uint8Array(4*l),f=es(n.zoom),p=0;for(let m of a){for(let g=0;g<m.lat.length;g++,p++)c[p]=(s/2+(m.xy[2*g]-n.cx)*f)*o,u[p]=(r/2+(m.xy[2*g+1]-n.cy)*f)*o,h[p]=Math.max(.5,bo(dl(m.radii,g),n.zoom,m.lat[g],$p))*o;d.set(m.colors.subarray(0,4*m.lat.length),4*(p-m.lat.length))}let y=t.getImageData(0,0,this.canvas.width,this.canvas.height);qp(y.data,y.width,y.height,c,u,h,d,l),t.putImageData(y,0,0)}hit(t,n){let s=this.camera(),[r,o]=this.size();for(let l=this.items.length-1;l>=0;l--){let c=this.items[l];if(c.kind==="points")for(let u=c.lat.length-1;u>=0;u--){let[h,d]=Es(s,r,o,c.xy[2*u],c.xy[2*u+1]),f=bo(dl(c.radii,u),s.zoom,c.lat[u],$p);if(!(Math.hypot(t-h,n-d)>f+Kp))return{path:c.path,instance:u,lat:c.lat[u],lon:c.lon[u]}}}let a=_o(...hr(s,r,o,t,n));for(let l of this.items)if(l.kind==="lines")for(let c=0;c+1<l.offsets.length;c++){let u=bo(dl(l.radii,c),s.zoom,a.lat,jp)+Kp;for(let h=l.offsets[c];h+1<l.offsets[c+1];h++){let[d,f]=Es(s,r,o,l.xy[2*h],l.xy[2*h+1]),[p,y]=Es(s,r,o,l.xy[2*h+2],l.xy[2*h+3]);if(jx(t,n,d,f,p,y)<=u)return{path:l.path,instance:c,...a}}}return null}local(t){let n=this.canvas.getBoundingClientRect();return[t.clientX-n.left,t.clientY-n.top]}};It("Map",(i,e)=>new ch(i,e));var As=i=>typeof i=="number"&&Number.isFinite(i)?i:null;function Kx(i){if(!Array.isArray(i)||i.length<3)return[128,128,128,255];let e=i.map(t=>Math.max(0,Math.min(255,Math.round(Number(t))||0)));return[e[0],e[1],e[2],e[3]??255]}function Zx(i){let e=i??{},t=As(e.start);if(t===null)return null;let n=As(e.end),s=String(e.value??""),r=Math.max(1,Math.floor(As(e.count)??1));return{start:t,end:n,value:s,label:String(e.label??s),color:Kx(e.color),count:r}}function Qp(i){let e=(Array.isArray(i.lanes)?i.lanes:[]).map(r=>{let o=r??{},a=(Array.isArray(o.phases)?o.phases:[]).map(Zx);return{path:String(o.path??""),phases:a.filter(l=>l!==null)}}),t=i.data_range,n=Array.isArray(t)?As(t[0]):null,s=Array.isArray(t)?As(t[1]):null;return{start:As(i.start),end:As(i.end),dataRange:n!==null&&s!==null?[n,s]:null,lanes:e}}function uh(i,e){let t=Math.max(1,i[1]-i[0]);return Math.max(i[1],e??i[1])+t*.05}function em(i,e){let t=Math.max(1,i[1]-i[0]);return[i[0]-t*.05,uh(i,e)+t*.05]}function tm(i,e,t){for(let n of i.phases)if(e>=n.start&&e<(n.end??t))return n;return null}function nm(i){return i.count>1||i.label===i.value||!i.value?i.label:`${i.label} (${i.value})`}function im(i){return .299*i[0]+.587*i[1]+.114*i[2]>150?"#111":"#fff"}var Jx=4,fr=class{constructor(e,t,n,s,r,o=[]){_(this,"host",e);_(this,"spec",t);_(this,"kind",s);_(this,"inset",r);_(this,"id");_(this,"el");_(this,"canvas",document.createElement("canvas"));_(this,"errorEl",be("rrnb-error"));_(this,"tooltip",new En);_(this,"req");_(this,"ro");_(this,"userRange",null);_(this,"timeline","");_(this,"hidden",[]);_(this,"hover",null);_(this,"press",null);_(this,"raf",0);_(this,"onWheel",e=>{let t=this.timeScale();if(!t)return;e.preventDefault();let n=this.canvas.getBoundingClientRect(),s=t.fromPx(e.clientX-n.left);this.userRange=Bp(t.d0,t.d1,s,Math.exp(Math.max(-1,Math.min(1,e.deltaY*.002)))),this.draw(),this.ask()});_(this,"onDown",e=>{var n,s;let t=this.timeScale();e.button!==0||!t||(this.press={x:e.clientX,range:[t.d0,t.d1],moved:!1},(s=(n=this.canvas).setPointerCapture)==null||s.call(n,e.pointerId))});_(this,"onMove",e=>{let t=this.canvas.getBoundingClientRect(),n=this.press;if(n){let s=e.clientX-n.x;if(!n.moved&&Math.abs(s)<=Jx)return;n.moved=!0;let r=-s/Math.max(1,this.size[0]-this.inset[0]-this.inset[1])*(n.range[1]-n.range[0]);this.userRange=[n.range[0]+r,n.range[1]+r],this.hover=null,this.requestDraw(),this.ask();return}this.hover={x:e.clientX-t.left,y:e.clientY-t.top},this.requestDraw()});_(this,"onUp",e=>{let t=this.press;this.press=null;let n=this.timeScale(),s=this.host.cursor.info;if(!t||t.moved||!n||!s)return;let r=n.fromPx(e.clientX-this.canvas.getBoundingClientRect().left);s.kind==="sequence"&&(r=Math.round(r)),this.host.setTime(Math.min(Math.max(r,s.min),s.max))});_(this,"onLeave",()=>{this.hover=null,this.tooltip.hide(),this.requestDraw()});_(this,"onDbl",()=>{this.userRange=null,this.ask()});this.id=t.id,this.el=be(n),this.canvas.className="rrnb-plot-canvas",this.el.append(this.canvas,...o,this.errorEl,this.tooltip.root),this.errorEl.style.display="none",this.hidden=e.cursor.hidden,this.req=new hn((l,c)=>this.send(l,c));let a=this.canvas;a.addEventListener("wheel",this.onWheel,{passive:!1}),a.addEventListener("pointerdown",this.onDown),a.addEventListener("pointermove",this.onMove),a.addEventListener("pointerup",this.onUp),a.addEventListener("pointerleave",this.onLeave),a.addEventListener("dblclick",this.onDbl),this.ro=new ResizeObserver(()=>this.resized()),this.ro.observe(this.el)}afterResize(){}get size(){return[Math.max(1,this.el.clientWidth),Math.max(1,this.el.clientHeight)]}get plotWidth(){return Math.max(1,Math.min(8192,Math.round(this.size[0]-this.inset[0]-this.inset[1])))}ask(){let e=this.userRange;this.req.request({timeline:this.host.cursor.timeline,start:e?e[0]:null,end:e?e[1]:null,width:this.plotWidth})}send(e,t){var n;this.host.events.model.send({type:this.kind,id:e,view:this.id,space:((n=this.spec.node)==null?void 0:n.id)??"",...t})}onMessage(e,t){let n=e;if(!(!n||n.view!==this.id||!this.req.expects(n.id))){if(this.req.settle(n.id),n.type==="error")return this.showError(String(n.message));n.type===this.kind&&this.received(n,t)}}showError(e){this.errorEl.textContent=e??"",this.errorEl.style.display=e?"":"none"}resized(){let[e,t]=this.size,n=window.devicePixelRatio||1,s=this.canvas;s.width===Math.round(e*n)&&s.height===Math.round(t*n)||(s.width=Math.round(e*n),s.height=Math.round(t*n),s.style.width=`${e}px`,s.style.height=`${t}px`,this.host.resized(),this.draw(),this.afterResize())}requestDraw(){this.raf||(this.raf=requestAnimationFrame(()=>(this.raf=0,this.draw())))}shownRange(){return this.userRange?[this.userRange[0],this.userRange[1]]:null}seek(){this.requestDraw()}refresh(){this.host.cursor.timeline!==this.timeline&&(this.timeline=this.host.cursor.timeline,this.userRange=null),this.ask()}playStart(e){}playTick(e,t,n,s){s&&this.requestDraw()}playStop(){}setHidden(e){this.hidden=e,this.requestDraw()}dispose(e=!0){this.ro.disconnect(),this.raf&&cancelAnimationFrame(this.raf),e&&this.host.events.model.send({type:"release",view:this.id}),this.el.remove()}};var Rs=20,sm=4,pl=14,So=22,Qx=4,rm=pl+So+Qx,fl=8,hh=8,ev=i=>`rgba(${i[0]},${i[1]},${i[2]},${(i[3]??255)/255})`,dh=class extends fr{constructor(t,n){super(t,n,"rrnb-view rrnb-plot rrnb-states","states",[fl,hh]);_(this,"data",null)}get timelineMax(){var t;return((t=this.host.cursor.info)==null?void 0:t.max)??null}timeScale(){var s;let t=(s=this.data)==null?void 0:s.dataRange,n=this.userRange??(t?em(t,this.timelineMax):null);return n?new pi(n[0],n[1],fl,this.size[0]-hh):null}lanes(){var t;return(((t=this.data)==null?void 0:t.lanes)??[]).filter(n=>!this.hidden.some(s=>Pt(n.path,s)))}bandTop(t){return Rs+sm+t*rm+pl}received(t,n){this.data=Qp(t),this.showError(null),this.draw(),_t(this.el.dataset,"frames"),this.el.dataset.lanes=String(this.data.lanes.length)}draw(){var h;let t=this.canvas.getContext("2d");if(!t)return;let[n,s]=this.size,r=window.devicePixelRatio||1;t.setTransform(r,0,0,r,0,0),t.fillStyle="#1b1b1f",t.fillRect(0,0,n,s);let o=this.timeScale(),a=(h=this.data)==null?void 0:h.dataRange;if(!o||!a)return;this.drawAxis(t,o);let l=uh(a,this.timelineMax),c=this.lanes();c.forEach((d,f)=>this.drawLane(t,o,d,this.bandTop(f),l)),this.drawCursor(t,o,s),this.drawHover(o,l);let u=c.map((d,f)=>({path:d.path,y0:this.bandTop(f),y1:this.bandTop(f)+So}));this.el.dataset.plot=JSON.stringify({x0:o.p0,x1:o.p1,t0:o.d0,t1:o.d1,lanes:u})}drawAxis(t,n){var a;let[s,r]=this.size,o=((a=this.host.cursor.info)==null?void 0:a.kind)??"sequence";t.font="10px system-ui, sans-serif",t.textAlign="center",t.textBaseline="middle",t.lineWidth=1;for(let l of ws(n.d0,n.d1,Math.max(2,Math.floor((s-fl-hh)/90)))){let c=Math.round(n.toPx(l))+.5;t.strokeStyle="#2c2c36",t.beginPath(),t.moveTo(c,Rs),t.lineTo(c,r),t.stroke(),t.fillStyle="#9a9ab0",t.fillText(o==="sequence"?jt(l):hi(l,o),c,Rs/2)}t.strokeStyle="#55556a",t.beginPath(),t.moveTo(0,Rs+.5),t.lineTo(s,Rs+.5),t.stroke()}drawLane(t,n,s,r,o){t.font="11px system-ui, sans-serif",t.textAlign="left",t.textBaseline="middle",t.fillStyle="#c8c8d8",t.fillText(s.path,fl,r-pl/2);for(let a of s.phases){let l=Math.max(n.p0,n.toPx(a.start)),c=Math.min(n.p1,n.toPx(a.end??o));if(c<=l)continue;t.fillStyle=ev(a.color),t.fillRect(l,r,Math.max(1,c-l-1),So),t.measureText(a.label).width+8<=c-l&&(t.fillStyle=im(a.color),t.fillText(a.label,l+4,r+So/2))}}drawCursor(t,n,s){if(!this.host.cursor.info)return;let r=Math.round(n.toPx(this.host.cursor.time))+.5;t.strokeStyle="#e8e8f0",t.lineWidth=1.5,t.beginPath(),t.moveTo(r,Rs),t.lineTo(r,s),t.stroke()}drawHover(t,n){var d;let s=this.hover,r=s?Math.floor((s.y-Rs-sm-pl)/rm):-1,o=this.lanes()[r],l=s&&o&&s.y-this.bandTop(r)<=So?tm(o,t.fromPx(s.x),n):null;if(!s||!o||!l)return this.tooltip.hide();let c=((d=this.host.cursor.info)==null?void 0:d.kind)??"sequence",u=f=>c==="sequence"?jt(f):hi(f,c),h=`${this.host.cursor.timeline}: ${u(l.start)} – ${l.end===null?"…":u(l.end)}`;this.tooltip.show(s.x,s.y,[o.path,nm(l),h])}};It("StateTimeline",(i,e)=>new dh(i,e));var tv={1:1,2:3,3:4,4:3,5:4},nv={6:[Uint8Array,1],7:[Int8Array,1],8:[Uint16Array,2],9:[Int16Array,2],10:[Uint32Array,4],11:[Int32Array,4],12:[BigUint64Array,8],13:[BigInt64Array,8],34:[Float32Array,4],35:[Float64Array,8]};function ml(i){if(!i||i.data.length<5)return null;let e=i.data.length-5,t=i.data;return{w:Number(t[e]),h:Number(t[e+1]),pf:Number(t[e+2]),cm:Number(t[e+3]),dt:Number(t[e+4])}}function am(i){return tv[i.cm]??1}function Cs(i,e){let t=e.w*e.h*am(e);if(e.dt===33)return iv(i,t);let n=nv[e.dt];if(!n||i.length<t*n[1])return null;let[s,r]=n,o=i.byteOffset%r===0?i:i.slice(),a=new s(o.buffer,o.byteOffset,t);return r===8&&e.dt!==35?Array.from(a,Number):a}function iv(i,e){if(i.length<2*e)return null;let t=new Float32Array(e);for(let n=0;n<e;n++){let s=i[2*n]|i[2*n+1]<<8,r=s>>10&31,o=s&1023,a=s&32768?-1:1;t[n]=r===0?a*o*2**-24:r===31?o?NaN:a*(1/0):a*(1+o/1024)*2**(r-15)}return t}function fh(i,e){let t=1/0,n=-1/0;for(let s=0;s<i.length;s++){let r=i[s];Number.isFinite(r)&&(r<t&&(t=r),r>n&&(n=r))}return t===1/0?[0,1]:e&&t>=0&&n<=1?[0,1]:t>=0&&n<=255?[0,255]:n>t?[t,n]:[t,t+1]}function wo(i,e,t,n,s,r){let o=t,a=n-128,l=s-128;r||(o=(t-16)*(255/219),a*=255/224,l*=255/224),i[4*e]=Math.max(0,Math.min(255,o+1.402*l)),i[4*e+1]=Math.max(0,Math.min(255,o-.344136*a-.714136*l)),i[4*e+2]=Math.max(0,Math.min(255,o+1.772*a)),i[4*e+3]=255}var lm={128:[0,1,1,2],129:[2,1,1,0],130:[1,2,0,1],131:[1,0,2,1]},sv=[0,1,0,1,4,1,0,1,0],rv=[1,2,1,2,4,2,1,2,1];function ov(i,e,t,n){let s=lm[n];if(!s||i.length<e*t)return null;let r=new Uint8Array(4*e*t);for(let o=0;o<t;o++)for(let a=0;a<e;a++){let l=[0,0,0],c=[0,0,0];for(let h=-1;h<=1;h++){let d=o+h;if(!(d<0||d>=t))for(let f=-1;f<=1;f++){let p=a+f;if(p<0||p>=e)continue;let y=s[2*(d&1)+(p&1)],m=(y===1?sv:rv)[3*(h+1)+f+1];l[y]+=m*i[d*e+p],c[y]+=m}}let u=4*(o*e+a);for(let h=0;h<3;h++)r[u+h]=c[h]?Math.min(255,Math.floor(l[h]/c[h]+.5)):0;r[u+3]=255}return r}function av(i,e){let{w:t,h:n,pf:s}=e;if(lm[s])return ov(i,t,n,s);let r=t*n,o=t+1>>1,a=n+1>>1,l=new Uint8Array(4*r),c=s===27||s===49||s===50?2*r:s===39||s===40?3*r:s===26||s===20||s===44?r+2*o*a:r;if(i.length<c)return null;for(let u=0;u<n;u++)for(let h=0;h<t;h++){let d=u*t+h,f=(u>>1)*o+(h>>1);if(s===26)wo(l,d,i[d],i[r+2*f],i[r+2*f+1],!1);else if(s===20||s===44)wo(l,d,i[d],i[r+f],i[r+o*a+f],s===44);else if(s===27){let p=4*(d>>1);wo(l,d,i[p+(h&1?2:0)],i[p+1],i[p+3],!1)}else if(s===39||s===40)wo(l,d,i[d],i[r+d],i[2*r+d],s===40);else if(s===49||s===50){let p=u*o+(h>>1);wo(l,d,i[d],i[r+p],i[r+o*n+p],s===50)}else{let p=s===41?Math.max(0,Math.min(255,(i[d]-16)*1.1643835616438356)):i[d];l.set([p,p,p,255],4*d)}}return l}function Eo(i,e){if(e.pf)return av(i,e);let t=Cs(i,e);if(!t)return null;let n=am(e),s=e.w*e.h,[r,o]=e.dt===6?[0,255]:fh(t,e.dt>=33),a=255/(o-r),l=h=>e.dt===6?h:Math.max(0,Math.min(255,Math.round((h-r)*a))),c=new Uint8Array(4*s),u=e.cm===4||e.cm===5;for(let h=0;h<s;h++){let d=h*n;if(n===1){let f=l(t[d]);c[4*h]=c[4*h+1]=c[4*h+2]=f,c[4*h+3]=255}else c[4*h]=l(t[d+(u?2:0)]),c[4*h+1]=l(t[d+1]),c[4*h+2]=l(t[d+(u?0:2)]),c[4*h+3]=n===4?l(t[d+3]):255}return c}var om={1:[[0,0,0],[255,255,255]],2:[[0,0,4],[87,16,110],[188,55,84],[249,142,9],[252,255,164]],3:[[0,0,4],[81,18,124],[183,55,121],[252,137,97],[252,253,191]],4:[[13,8,135],[126,3,168],[204,71,120],[248,149,64],[240,249,33]],5:[[48,18,59],[70,134,251],[26,228,182],[164,252,60],[251,185,56],[228,70,10],[122,4,3]],6:[[68,1,84],[59,82,139],[33,145,140],[94,201,98],[253,231,37]],7:[[0,255,255],[255,255,0]]};function ts(i,e,t,n){let s=om[e]??om[5],r=(Number.isFinite(i)?Math.max(0,Math.min(1,i)):0)*(s.length-1),o=Math.min(Math.floor(r),s.length-2),a=r-o;for(let l=0;l<3;l++)t[n+l]=Math.round(s[o][l]*(1-a)+s[o+1][l]*a)}function cm(i,e,t){let[n,s]=t??[1/0,-1/0];if(!t){for(let a=0;a<i.length;a++){let l=i[a];Number.isFinite(l)&&l>0&&(n=Math.min(n,l),s=Math.max(s,l))}n===1/0&&([n,s]=[0,1])}let r=s>n?s-n:1,o=new Uint8Array(4*i.length);for(let a=0;a<i.length;a++){let l=i[a];ts((l-n)/r,e,o,4*a),o[4*a+3]=Number.isFinite(l)&&l>0?255:0}return o}function um(i,e){let t=new Uint8Array(4*i.length),n=e?e.length>>2:0;for(let s=0;s<i.length;s++){let r=i[s];e&&r>=0&&r<n&&t.set(e.subarray(4*r,4*r+4),4*s)}return t}function ph(i){return Array.isArray(i)?i.filter(e=>Number.isInteger(e)):[]}function hm(i){return Number.isInteger(i)?i:null}function dm(i){if(typeof i.path!="string")return null;let e=i.w,t=i.h;if(!Number.isInteger(e)||!Number.isInteger(t)||e<0||t<0)throw new Error("bad slice size");let n=Array.isArray(i.value_range)?i.value_range.map(Number):[0,1],s=Array.isArray(i.names)?i.names.map(o=>typeof o=="string"?o:null):null,r=Array.isArray(i.indices)?i.indices.map(ph).filter(o=>o.length===2):[];return{path:i.path,shape:ph(i.shape),names:s,width:hm(i.width),height:hm(i.height),invertWidth:i.invert_width===!0,invertHeight:i.invert_height===!0,indices:r,slider:ph(i.slider),valueRange:[Number.isFinite(n[0])?n[0]:0,Number.isFinite(n[1])?n[1]:1],w:e,h:t,step:Number.isInteger(i.step)?i.step:1,buf:Number.isInteger(i.buf)?i.buf:0}}var lv={grayscale:1,inferno:2,magma:3,plasma:4,turbo:5,viridis:6,cyantoyellow:7};function fm(i){let e=String((i==null?void 0:i.colormap)??"viridis").toLowerCase().replace(/[^a-z]/g,""),t=Number(i==null?void 0:i.gamma),n=String((i==null?void 0:i.mag_filter)??"nearest").toLowerCase();return{colormap:lv[e]??6,gamma:Number.isFinite(t)&&t>0?t:1,magFilter:n==="linear"?"Linear":n==="bicubic"?"Bicubic":"Nearest"}}function pm(i){let e=String((i==null?void 0:i.scaling)??(i==null?void 0:i.value)??"").toLowerCase();return e==="original"?"Original":e==="fill"?"Fill":"FillKeepAspectRatio"}function mm(i,e,t){let[n,s]=e,r=s!==n?s-n:1,o=new Uint8ClampedArray(4*i.length),a=new Uint8Array(3);for(let l=0;l<i.length;l++){let c=i[l];if(Number.isNaN(c))continue;let u=Math.max(0,Math.min(1,(c-n)/r));ts(t.gamma===1?u:Math.pow(u,t.gamma),t.colormap,a,0),o[4*l]=a[0],o[4*l+1]=a[1],o[4*l+2]=a[2],o[4*l+3]=255}return o}var mh=class{constructor(e,t){_(this,"host",e);_(this,"spec",t);_(this,"id");_(this,"el",be("rrnb-view rrnb-plot rrnb-tensor"));_(this,"canvas",document.createElement("canvas"));_(this,"bar",be("rrnb-tensorbar"));_(this,"errorEl",be("rrnb-error"));_(this,"tooltip",new En);_(this,"req");_(this,"ro");_(this,"mapping");_(this,"fit");_(this,"width",null);_(this,"height",null);_(this,"indices",new Map);_(this,"reply",null);_(this,"slice",null);_(this,"image",null);_(this,"rect",[0,0,0,0]);_(this,"barKey","");_(this,"parts",new di);_(this,"hidden");_(this,"onMove",e=>{let t=this.reply,n=this.slice;if(!t||!n)return this.tooltip.hide();let s=this.canvas.getBoundingClientRect(),r=e.clientX-s.left,o=e.clientY-s.top,a=Math.floor((r-this.rect[0])/this.rect[2]*t.w),l=Math.floor((o-this.rect[1])/this.rect[3]*t.h);if(a<0||l<0||a>=t.w||l>=t.h)return this.tooltip.hide();let c=t.shape.map(()=>0);for(let[u,h]of t.indices)c[u]=h;t.width!==null&&(c[t.width]=(t.invertWidth?t.w-1-a:a)*t.step),t.height!==null&&(c[t.height]=(t.invertHeight?t.h-1-l:l)*t.step),this.tooltip.show(r,o,[t.path,`[${c.join(", ")}]`,jt(n[l*t.w+a])])});var s;this.id=t.id,this.hidden=e.cursor.hidden;let n=(s=t.node)==null?void 0:s.properties;this.mapping=fm(n==null?void 0:n.TensorScalarMapping),this.fit=pm(n==null?void 0:n.TensorViewFit),this.canvas.className="rrnb-plot-canvas",this.errorEl.style.display="none",this.el.append(this.canvas,this.bar,this.tooltip.root,this.errorEl),this.req=new hn((r,o)=>this.send(r,o)),this.restore(),this.canvas.addEventListener("pointermove",this.onMove),this.canvas.addEventListener("pointerleave",()=>this.tooltip.hide()),this.ro=new ResizeObserver(()=>this.draw()),this.ro.observe(this.el)}send(e,t){var s;let n=this.host.cursor;this.host.events.model.send({type:"tensor",id:e,view:this.id,space:((s=this.spec.node)==null?void 0:s.id)??"",timeline:n.timeline||null,time:n.time,width:t.width,height:t.height,indices:t.indices})}ask(){let e=this.indices.size?[...this.indices].map(([t,n])=>[t,n]):null;this.req.request({width:this.width,height:this.height,indices:e})}keep(){this.spec.node&&this.host.uiSet(`tensor:${this.spec.node.id}`,{width:this.width,height:this.height,indices:[...this.indices]})}restore(){let e=this.spec.node?this.host.uiGet(`tensor:${this.spec.node.id}`):null;if(!e||typeof e!="object")return;let t=n=>Number.isInteger(n)&&n>=0?n:null;this.width=t(e.width),this.height=t(e.height);for(let n of Array.isArray(e.indices)?e.indices:[])Array.isArray(n)&&t(n[0])!==null&&t(n[1])!==null&&this.indices.set(n[0],n[1])}onMessage(e,t){let n=e;if(n&&n.type==="part"&&n.view===this.id){let r;try{r=this.parts.add(n,t)}catch(o){return this.showError(`bad reply part: ${o instanceof Error?o.message:String(o)}`)}if(!r)return;n=r.content,t=r.buffers}if(!n||n.view!==this.id||!this.req.expects(n.id))return;if(this.req.settle(n.id),n.type==="error")return this.showError(String(n.message));if(n.type!=="tensor")return;let s=performance.now();try{this.reply=dm(n);let r=this.reply;this.slice=r&&r.w*r.h>0?Gn(t[r.buf],"float32",r.w*r.h):null}catch(r){return this.showError(`could not read the tensor reply: ${r instanceof Error?r.message:String(r)}`)}this.showError(null),this.image=this.reply&&this.slice?this.paint(this.reply,this.slice):null,this.buildBar(),this.draw(),_t(this.el.dataset,"frames"),this.el.dataset.shape=this.reply?this.reply.shape.join("x"):"",this.el.dataset.slice=this.reply?`${this.reply.w}x${this.reply.h}`:"",this.el.dataset.indices=this.reply?JSON.stringify(this.reply.indices):"",this.el.dataset.applyMs=(performance.now()-s).toFixed(1)}paint(e,t){let n=document.createElement("canvas");n.width=e.w,n.height=e.h;let s=n.getContext("2d");return s&&s.putImageData(new ImageData(mm(t,e.valueRange,this.mapping),e.w,e.h),0,0),n}showError(e){this.errorEl.textContent=e??"",this.errorEl.style.display=e?"":"none"}dimName(e){var n,s;let t=(s=(n=this.reply)==null?void 0:n.names)==null?void 0:s[e];return t?`${t}`:`dim ${e}`}buildBar(){let e=this.reply,t=e?JSON.stringify([e.shape,e.names,e.width,e.height,e.slider]):"";if(t===this.barKey)return this.syncSliders();if(this.barKey=t,!e)return this.bar.replaceChildren();let n=[];e.shape.length>=2&&n.push(this.pickers(e));for(let s of e.slider){let r=be("rrnb-tensor-slider"),o=document.createElement("span");o.textContent=this.dimName(s);let a=document.createElement("input");a.type="range",a.min="0",a.max=String(Math.max(0,e.shape[s]-1)),a.dataset.dim=String(s);let l=document.createElement("span");l.className="rrnb-tensor-index",a.addEventListener("input",()=>{this.indices.set(s,Number(a.value)),l.textContent=`${a.value} / ${a.max}`,this.keep(),this.ask()}),r.append(o,a,l),n.push(r)}this.bar.replaceChildren(...n),this.syncSliders()}pickers(e){let t=be("rrnb-tensor-dims");for(let n of["x","y"]){let s=document.createElement("span");s.textContent=n==="x"?"x:":" y:";let r=document.createElement("select");r.dataset.axis=n,e.shape.forEach((o,a)=>{let l=document.createElement("option");l.value=String(a),l.textContent=`${this.dimName(a)} (${o})`,r.appendChild(l)}),r.value=String(n==="x"?e.width:e.height),r.addEventListener("change",()=>{let o=Number(r.value),a=n==="x"?e.height:e.width;if(n==="x"?this.width=o:this.height=o,o===a){let l=n==="x"?e.width:e.height;n==="x"?this.height=l:this.width=l}this.width??(this.width=e.width),this.height??(this.height=e.height),this.indices.delete(o),this.keep(),this.ask()}),t.append(s,r)}return t}syncSliders(){let e=this.reply;if(!e)return;let t=new Map(e.indices);for(let n of this.bar.querySelectorAll("input[type=range]")){let s=Number(n.dataset.dim);n.value=String(t.get(s)??0);let r=n.nextElementSibling;r&&(r.textContent=`${n.value} / ${n.max}`)}}draw(){var u;let e=Math.max(1,this.el.clientWidth),t=Math.max(1,this.el.clientHeight-this.bar.offsetHeight),n=window.devicePixelRatio||1,s=this.canvas;(s.width!==Math.round(e*n)||s.height!==Math.round(t*n))&&(s.width=Math.round(e*n),s.height=Math.round(t*n),s.style.width=`${e}px`,s.style.height=`${t}px`);let r=s.getContext("2d");if(!r)return;r.setTransform(n,0,0,n,0,0),r.fillStyle="#1b1b1f",r.fillRect(0,0,e,t);let o=this.image,a=((u=this.reply)==null?void 0:u.path)??"";if(!o||this.hidden.some(h=>Pt(a,h)))return;let l=o.width,c=o.height;if(this.fit==="Fill")l=e,c=t;else if(this.fit!=="Original"){let h=Math.min(e/o.width,t/o.height);l=o.width*h,c=o.height*h}this.rect=[(e-l)/2,(t-c)/2,l,c],r.imageSmoothingEnabled=this.mapping.magFilter!=="Nearest",r.imageSmoothingQuality=this.mapping.magFilter==="Bicubic"?"high":"low",r.drawImage(o,this.rect[0],this.rect[1],l,c),this.el.dataset.rect=JSON.stringify(this.rect.map(h=>Math.round(h)))}seek(){this.ask()}refresh(){this.ask()}playStart(e){}playTick(e,t,n,s){s&&!this.req.inFlight&&this.ask()}playStop(){this.ask()}setHidden(e){this.hidden=e,this.draw()}dispose(e=!0){if(this.ro.disconnect(),e)try{this.host.events.model.send({type:"release",view:this.id})}catch{}this.el.remove()}};It("Tensor",(i,e)=>new mh(i,e));var cv=/^\s{0,3}(```|~~~)/,uv=/^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/,gm=/^\s{0,3}([-*+])\s+(.*)$/,gh=/^\s{0,3}(\d{1,9})[.)]\s+(.*)$/,hv=/^\s{0,3}([-*_])(\s*\1){2,}\s*$/,ym=/^\s{0,3}>\s?(.*)$/;function xm(i,e=0){let t=i.replace(/\r\n?/g,`
`).split(`
`),n=[],s=[],r=()=>{s.length&&n.push({t:"p",c:pr(s.join(" "))}),s=[]};for(let o=0;o<t.length;o++){let a=t[o],l;if(cv.test(a)){r();let c=a.trim().slice(0,3),u=[];for(;++o<t.length&&!t[o].trim().startsWith(c);)u.push(t[o]);n.push({t:"code",s:u.join(`
`)})}else if(l=a.match(uv))r(),n.push({t:"h",level:l[1].length,c:pr(l[2])});else if(hv.test(a))r(),n.push({t:"hr"});else if((l=a.match(ym))&&e<8){r();let c=[l[1]];for(;o+1<t.length&&(l=t[o+1].match(ym));)c.push(l[1]),o++;n.push({t:"quote",c:xm(c.join(`
`),e+1)})}else if(l=a.match(gm)??a.match(gh)){r();let c=gh.test(a),u=c?gh:gm,h=[pr(l[2])];for(;o+1<t.length&&(l=t[o+1].match(u));)h.push(pr(l[2])),o++;n.push({t:"list",ordered:c,items:h})}else a.trim()===""?r():s.push(a.trim())}return r(),n}function pr(i,e=0){let t=[],n="",s=o=>{n&&t.push({t:"text",s:n}),n="",t.push(o)},r=0;for(;r<i.length;){let o=i[r];if(o==="\\"&&r+1<i.length&&/[\\`*_{}[\]()#+\-.!~<>]/.test(i[r+1])){n+=i[r+1],r+=2;continue}if(o==="`"){let a=i.indexOf("`",r+1);if(a>r){s({t:"code",s:i.slice(r+1,a)}),r=a+1;continue}}if(e<8){let a=dv(i,r);if(a){s({t:a.t,c:pr(a.inner,e+1)}),r=a.end;continue}if(o==="["){let l=i.slice(r).match(/^\[([^\]]*)\]\(([^)\s]*)(?:\s+"[^"]*")?\)/);if(l){s({t:"link",c:pr(l[1],e+1),href:l[2]}),r+=l[0].length;continue}}}n+=o,r++}return n&&t.push({t:"text",s:n}),t}function dv(i,e){for(let[t,n]of[["**","strong"],["__","strong"],["~~","del"],["*","em"],["_","em"]]){if(!i.startsWith(t,e))continue;let s=e+t.length;if(s>=i.length||i[s]===" ")return null;let r=i.indexOf(t,s+1);if(!(r<0||i[r-1]===" "))return{t:n,inner:i.slice(s,r),end:r+t.length}}return null}function vm(i,e){let t=e.createElement("div");t.className="rrnb-md";for(let n of xm(i))t.appendChild(_m(n,e));return t}function _m(i,e){switch(i.t){case"h":return To(e.createElement(`h${Math.min(6,Math.max(1,i.level))}`),i.c,e);case"p":return To(e.createElement("p"),i.c,e);case"code":{let t=e.createElement("pre"),n=e.createElement("code");return n.appendChild(e.createTextNode(i.s)),t.appendChild(n),t}case"quote":{let t=e.createElement("blockquote");for(let n of i.c)t.appendChild(_m(n,e));return t}case"list":{let t=e.createElement(i.ordered?"ol":"ul");for(let n of i.items)t.appendChild(To(e.createElement("li"),n,e));return t}case"hr":return e.createElement("hr")}}function To(i,e,t){for(let n of e)if(n.t==="text")i.appendChild(t.createTextNode(n.s));else if(n.t==="code"){let s=t.createElement("code");s.appendChild(t.createTextNode(n.s)),i.appendChild(s)}else if(n.t==="link"){let s=t.createElement("span");s.className="rrnb-md-link",s.title=n.href,i.appendChild(To(s,n.c,t))}else i.appendChild(To(t.createElement(n.t==="strong"?"strong":n.t==="em"?"em":"del"),n.c,t));return i}var yh=class extends mi{constructor(t,n){super(t,n,"rrnb-view rrnb-doc");_(this,"body",be("rrnb-docbody"));this.el.prepend(this.body)}draw(){let t=[];for(let[n,s]of this.data.state.entities){if(this.hidden.some(c=>Pt(n,c)))continue;let r=s.comps.get("TextDocument:text");if(!r||r.kind!=="text")continue;let o=s.comps.get("TextDocument:media_type"),a=o&&o.kind==="text"?o.text[0]??"":"",l=r.text.join(`
`);if(a.toLowerCase().startsWith("text/markdown"))t.push(vm(l,document));else{let c=document.createElement("pre");c.className="rrnb-pre",c.textContent=l,t.push(c)}}this.body.replaceChildren(...t),_t(this.el.dataset,"frames")}};It("TextDocument",(i,e)=>new yh(i,e));function fv(i){let e=i??{},t=e.color,n=Array.isArray(t)&&t.length>=3?t.map(r=>Math.max(0,Math.min(255,Number(r)||0))):null,s=n?[n[0],n[1],n[2],n[3]??255]:null;return{time:Number(e.time),path:String(e.path??""),level:String(e.level??""),text:String(e.text??""),color:s}}var gl=class{constructor(e=100,t=8){_(this,"pageSize",e);_(this,"maxChunks",t);_(this,"total",0);_(this,"cursor",-1);_(this,"levels",[]);_(this,"chunks",[]);_(this,"tick",0)}get held(){return this.chunks.reduce((e,t)=>e+t.rows.length,0)}put(e){let t=Math.max(0,Math.floor(Number(e.total)||0));t!==this.total&&(this.chunks=[]),this.total=t;let n=Number(e.cursor);this.cursor=Number.isInteger(n)?n:-1,Array.isArray(e.levels)&&(this.levels=e.levels.map(String));let s=Math.max(0,Math.floor(Number(e.offset)||0)),r=Array.isArray(e.rows)?e.rows.map(fv):[];this.chunks=this.chunks.filter(o=>o.offset+o.rows.length<=s||o.offset>=s+r.length),this.chunks.push({offset:s,rows:r,used:++this.tick}),this.chunks.length>this.maxChunks&&(this.chunks.sort((o,a)=>a.used-o.used),this.chunks.length=this.maxChunks)}row(e){for(let t of this.chunks)if(e>=t.offset&&e<t.offset+t.rows.length)return t.used=++this.tick,t.rows[e-t.offset]}missing(e,t){let n=Math.max(0,e),s=Math.min(this.total-1,t);for(let r=n;r<=s;r++)if(this.row(r)===void 0)return r;return null}clear(){this.chunks=[],this.total=0,this.cursor=-1}};var mr=20,xh=100,pv={CRITICAL:"#ff6b6b",ERROR:"#ff6b6b",WARN:"#f0c040",WARNING:"#f0c040",INFO:"#7ec27e",DEBUG:"#7aa6e0",TRACE:"#a0a0b0"},vh=class{constructor(e,t){_(this,"host",e);_(this,"spec",t);_(this,"id");_(this,"el",be("rrnb-view rrnb-log"));_(this,"head",be("rrnb-loghead"));_(this,"scroller",be("rrnb-logscroll"));_(this,"spacer",be("rrnb-logspacer"));_(this,"rowsEl",be("rrnb-logrows"));_(this,"menu",be("rrnb-menu"));_(this,"errorEl",be("rrnb-error"));_(this,"pages",new gl(xh));_(this,"req");_(this,"ro");_(this,"levels",null);_(this,"hidden",[]);_(this,"lastCursor",-2);_(this,"lastAsked","");var s,r;this.id=t.id,this.hidden=e.cursor.hidden,this.buildHead(),this.scroller.append(this.spacer,this.rowsEl),this.el.append(this.head,this.scroller,this.menu,this.errorEl),this.menu.style.display=this.errorEl.style.display="none",this.req=new hn((o,a)=>this.send(o,a)),this.scroller.addEventListener("scroll",()=>{this.lastAsked="",this.render()}),this.ro=new ResizeObserver(()=>this.render()),this.ro.observe(this.el);let n=(r=(s=t.node)==null?void 0:s.properties.TextLogRows)==null?void 0:r.filter_by_log_level;Array.isArray(n)&&(this.levels=n.map(String))}buildHead(){for(let[t,n]of[["rrnb-lc-time","time"],["rrnb-lc-path","entity"],["rrnb-lc-level","level"],["rrnb-lc-text","text"]]){let s=document.createElement("span");s.className=t,s.textContent=n,this.head.appendChild(s)}let e=document.createElement("button");e.type="button",e.className="rrnb-levels",e.textContent="levels ▾",e.addEventListener("click",()=>this.toggleMenu()),this.head.appendChild(e)}send(e,t){var s;let n=this.host.cursor;this.host.events.model.send({type:"text_log",id:e,view:this.id,space:((s=this.spec.node)==null?void 0:s.id)??"",timeline:n.timeline,time:n.time,offset:t.offset,limit:xh,levels:t.levels})}askCursor(){this.req.request({offset:null,levels:this.levels})}onMessage(e,t){let n=e;if(!n||n.view!==this.id||!this.req.expects(n.id))return;let s=this.req.settle(n.id);if(n.type==="error")return this.showError(String(n.message));n.type!=="text_log"||!s||(this.showError(null),this.pages.put(n),this.spacer.style.height=`${this.pages.total*mr}px`,s.offset===null&&this.pages.cursor!==this.lastCursor&&this.scrollToCursor(),this.lastCursor=this.pages.cursor,this.render(),_t(this.el.dataset,"frames"),this.el.dataset.total=String(this.pages.total),this.el.dataset.cursor=String(this.pages.cursor))}scrollToCursor(){let e=this.pages.cursor;if(e<0)return;let t=this.scroller.clientHeight,n=e*mr;(n<this.scroller.scrollTop||n+mr>this.scroller.scrollTop+t)&&(this.scroller.scrollTop=Math.max(0,n-t/2))}showError(e){this.errorEl.textContent=e??"",this.errorEl.style.display=e?"":"none"}render(){var u;let e=this.scroller.scrollTop,t=this.scroller.clientHeight||200,n=Math.floor(e/mr),s=Math.min(this.pages.total-1,Math.ceil((e+t)/mr));this.rowsEl.style.transform=`translateY(${n*mr}px)`;let r=((u=this.host.cursor.info)==null?void 0:u.kind)??"sequence",o=[];for(let h=n;h<=s;h++)o.push(this.rowEl(h,this.pages.row(h),r));this.rowsEl.replaceChildren(...o);let a=this.pages.missing(n,s);if(a===null||this.req.inFlight)return;let l=Math.max(0,Math.min(a,this.pages.total-xh)),c=`${l}/${this.pages.total}`;c!==this.lastAsked&&(this.lastAsked=c,this.req.request({offset:l,levels:this.levels}))}rowEl(e,t,n){let s=be("rrnb-logrow");s.dataset.index=String(e),e===this.pages.cursor&&s.classList.add("rrnb-logcursor");let r=(l,c)=>{let u=document.createElement("span");return u.className=l,u.textContent=c,s.appendChild(u),u};if(!t)return r("rrnb-lc-time","…"),s;r("rrnb-lc-time",hi(t.time,n)),r("rrnb-lc-path",t.path);let o=r("rrnb-lc-level",t.level);o.style.color=pv[t.level.toUpperCase()]??"";let a=r("rrnb-lc-text",t.text);return t.color&&(a.style.color=`rgba(${t.color[0]},${t.color[1]},${t.color[2]},${t.color[3]/255})`),this.hidden.some(l=>Pt(t.path,l))&&s.classList.add("rrnb-hidden"),s}toggleMenu(){let e=this.menu;if(e.style.display!=="none"){e.style.display="none";return}let t=this.pages.levels;e.replaceChildren(...t.map(n=>{let s=document.createElement("label");s.className="rrnb-menu-row";let r=document.createElement("input");r.type="checkbox",r.checked=this.levels===null||this.levels.includes(n),r.addEventListener("change",()=>{let a=new Set(this.levels??t);r.checked?a.add(n):a.delete(n),this.levels=a.size===t.length?null:t.filter(l=>a.has(l)),this.pages.clear(),this.lastCursor=-2,this.askCursor()});let o=document.createElement("span");return o.textContent=n,s.append(r,o),s})),e.style.display=""}seek(){this.askCursor()}refresh(){this.askCursor()}playStart(e){}playTick(e,t,n,s){s&&!this.req.inFlight&&this.askCursor()}playStop(){this.askCursor()}setHidden(e){this.hidden=e,this.render()}dispose(e=!0){if(this.ro.disconnect(),e)try{this.host.events.model.send({type:"release",view:this.id})}catch{}this.el.remove()}};It("TextLog",(i,e)=>new vh(i,e));var bt={l:52,r:10,t:8,b:20},_h=(i,e=1)=>`rgba(${i[0]},${i[1]},${i[2]},${(i[3]??255)/255*e})`,bh=class extends fr{constructor(t,n){let s=be("rrnb-legend");super(t,n,"rrnb-view rrnb-plot","series",[bt.l,bt.r],[s]);_(this,"legend");_(this,"data",null);this.legend=s}get range(){if(this.userRange)return this.userRange;let t=this.data;return t?t.start!==null&&t.end!==null&&t.end>t.start?[t.start,t.end]:t.dataRange:null}scales(){let t=this.range;if(!t)return null;let[n,s]=this.size,[r,o]=t[1]>t[0]?t:[t[0]-.5,t[0]+.5],[a,l]=this.valueRange();return{sx:new pi(r,o,bt.l,n-bt.r),sy:new pi(a,l,s-bt.b,bt.t)}}valueRange(){var n,s,r;let t=(s=(n=this.spec.node)==null?void 0:n.properties.ScalarAxis)==null?void 0:s.range;return Array.isArray(t)&&t.length===2&&t.every(o=>Number.isFinite(Number(o)))?[Number(t[0]),Number(t[1])]:il(((r=this.data)==null?void 0:r.valueRange)??null)}shown(){var t;return(((t=this.data)==null?void 0:t.series)??[]).filter(n=>n.visible&&!this.hidden.some(s=>Pt(n.path,s)))}timeScale(){var t;return((t=this.scales())==null?void 0:t.sx)??null}received(t,n){try{this.data=Up(t,n),this.showError(null)}catch(s){this.showError(`could not read the series reply: ${s instanceof Error?s.message:String(s)}`);return}this.showLegend(),this.draw(),_t(this.el.dataset,"frames"),this.el.dataset.series=String(this.data.series.length)}afterResize(){this.data&&this.ask()}draw(){let t=this.canvas.getContext("2d");if(!t)return;let[n,s]=this.size,r=window.devicePixelRatio||1;t.setTransform(r,0,0,r,0,0),t.fillStyle="#1b1b1f",t.fillRect(0,0,n,s);let o=this.scales();if(o){this.drawAxes(t,o.sx,o.sy),t.save(),t.beginPath(),t.rect(bt.l,bt.t,n-bt.l-bt.r,s-bt.t-bt.b),t.clip();for(let a of this.shown())gv(t,a,o.sx,o.sy);this.drawCursor(t,o.sx,s),this.drawHover(t,o.sx,o.sy),t.restore(),this.el.dataset.plot=JSON.stringify({x0:o.sx.p0,x1:o.sx.p1,t0:o.sx.d0,t1:o.sx.d1,y0:o.sy.p0,y1:o.sy.p1,v0:o.sy.d0,v1:o.sy.d1})}}drawAxes(t,n,s){var l;let[r,o]=this.size,a=((l=this.host.cursor.info)==null?void 0:l.kind)??"sequence";t.font="10px system-ui, sans-serif",t.lineWidth=1,t.textBaseline="middle",t.textAlign="right";for(let c of ws(s.d0,s.d1,Math.max(2,Math.floor((o-bt.t-bt.b)/40)))){let u=Math.round(s.toPx(c))+.5;t.strokeStyle="#2c2c36",t.beginPath(),t.moveTo(bt.l,u),t.lineTo(r-bt.r,u),t.stroke(),t.fillStyle="#9a9ab0",t.fillText(jt(c),bt.l-4,u)}t.textAlign="center",t.textBaseline="top";for(let c of ws(n.d0,n.d1,Math.max(2,Math.floor((r-bt.l-bt.r)/90)))){let u=Math.round(n.toPx(c))+.5;t.strokeStyle="#2c2c36",t.beginPath(),t.moveTo(u,bt.t),t.lineTo(u,o-bt.b),t.stroke(),t.fillStyle="#9a9ab0",t.fillText(a==="sequence"?jt(c):hi(c,a),u,o-bt.b+4)}}drawCursor(t,n,s){if(!this.host.cursor.info)return;let r=Math.round(n.toPx(this.host.cursor.time))+.5;t.strokeStyle="#e8e8f0",t.lineWidth=1.5,t.beginPath(),t.moveTo(r,bt.t),t.lineTo(r,s-bt.b),t.stroke()}drawHover(t,n,s){var p,y;let r=this.hover,o=r?Op(this.shown(),n,s,r.x,r.y):null;if(!r||!o)return this.tooltip.hide();let a=o.series,l=n.toPx(a.x[o.index]),c=s.toPx(a.y[o.index]);t.fillStyle=_h(a.color),t.beginPath(),t.arc(l,c,4,0,2*Math.PI),t.fill();let u=((p=this.host.cursor.info)==null?void 0:p.kind)??"sequence",h=(y=a.sigma)==null?void 0:y[o.index],d=a.unit?` ${a.unit}`:"",f=jt(a.y[o.index])+(h!==void 0&&Number.isFinite(h)?` ± ${jt(h)}`:"")+d;this.tooltip.show(l,c,[a.name,`${this.host.cursor.timeline}: ${hi(a.x[o.index],u)}`,f])}showLegend(){var n,s,r;let t=(s=(n=this.spec.node)==null?void 0:n.properties.PlotLegend)==null?void 0:s.visible;this.legend.style.display=t===!1?"none":"",this.legend.replaceChildren(...(((r=this.data)==null?void 0:r.series)??[]).map(o=>{let a=be("rrnb-legend-row"),l=be("rrnb-swatch",a);l.style.background=_h(o.color);let c=document.createElement("span");return c.textContent=o.name,a.appendChild(c),o.visible||a.classList.add("rrnb-hidden"),a}))}};function mv(i,e,t,n){if(!e.sigma)return;let[s,r,o,a]=e.color;i.fillStyle=`rgba(${s},${r},${o},${.25*a/255})`;for(let[l,c]of kp(e.y,e.sigma)){i.beginPath();for(let u=l;u<c;u++)i.lineTo(t.toPx(e.x[u]),n.toPx(e.y[u]+e.sigma[u]));for(let u=c-1;u>=l;u--)i.lineTo(t.toPx(e.x[u]),n.toPx(e.y[u]-e.sigma[u]));i.closePath(),i.fill()}}function gv(i,e,t,n){let s=e.x.length;if(mv(i,e,t,n),i.strokeStyle=i.fillStyle=_h(e.color),e.kind==="points"){let o=e.markerSize;for(let a=0;a<s;a++)i.beginPath(),i.arc(t.toPx(e.x[a]),n.toPx(e.y[a]),o,0,2*Math.PI),i.fill();return}i.lineWidth=e.width,i.lineJoin="round",i.beginPath();let r=!1;for(let o=0;o<s;o++){let a=e.y[o];if(!Number.isFinite(a)){r=!1;continue}let l=t.toPx(e.x[o]),c=n.toPx(a);r?i.lineTo(l,c):i.moveTo(l,c),r=!0}i.stroke()}It("TimeSeries",(i,e)=>new bh(i,e));var ms={LEFT:0,MIDDLE:1,RIGHT:2,ROTATE:0,DOLLY:1,PAN:2},gs={ROTATE:0,PAN:1,DOLLY_PAN:2,DOLLY_ROTATE:3},hg=0,od=1,dg=2;var fa=1,fg=2,Xr=3,$n=0,rn=1,Lt=2,Ws=0,qr=1,ad=2,ld=3,cd=4,pg=5;var Xs=100,mg=101,gg=102,yg=103,xg=104,vg=200,_g=201,bg=202,Mg=203,ud=204,hd=205,Sg=206,wg=207,Eg=208,Tg=209,Ag=210,Rg=211,Cg=212,Pg=213,Ig=214,Xl=0,ql=1,Yl=2,Nr=3,$l=4,jl=5,Kl=6,Zl=7,pa=0,Lg=1,Ng=2,Mi=0,dd=1,fd=2,pd=3,md=4,gd=5,yd=6,xd=7,Yh="attached",Dg="detached",vd=300,qs=301,Yr=302,gc=303,yc=304,cs=1e3,Xn=1001,Dr=1002,Tt=1003,xc=1004;var Ys=1005;var Mt=1006,$r=1007;var jn=1008;var pn=1009,_d=1010,bd=1011,jr=1012,vc=1013,oi=1014,On=1015,ai=1016,_c=1017,bc=1018,$s=1020,Md=35902,Sd=35899,wd=1021,Ed=1022,mn=1023,Hi=1026,ji=1027,Mc=1028,Sc=1029,ys=1030,wc=1031;var Ec=1033,ma=33776,ga=33777,ya=33778,xa=33779,Tc=35840,Ac=35841,Rc=35842,Cc=35843,Pc=36196,Ic=37492,Lc=37496,Nc=37488,Dc=37489,va=37490,Fc=37491,Uc=37808,Oc=37809,Bc=37810,kc=37811,Hc=37812,zc=37813,Vc=37814,Gc=37815,Wc=37816,Xc=37817,qc=37818,Yc=37819,$c=37820,jc=37821,Kc=36492,Zc=36494,Jc=36495,Qc=36283,eu=36284,_a=36285,tu=36286;var Fs=2300,Us=2301,Gl=2302,$h=2303,jh=2400,Kh=2401,Zh=2402,Fg=2500;var Td=0,ba=1,Kr=2,Ug=3200;var Zr=0,Og=1,li="",dt="srgb",Zt="srgb-linear",Bo="linear",ct="srgb";var Wl=7680;var Bg=519,kg=512,Hg=513,zg=514,Ad=515,Vg=516,Gg=517,Rd=518,Cd=519,Pd=35044;var Id="300 es",qn=2e3,Fr=2001;function yv(i){for(let e=i.length-1;e>=0;--e)if(i[e]>=65535)return!0;return!1}function xv(i){return ArrayBuffer.isView(i)&&!(i instanceof DataView)}function Ur(i){return document.createElementNS("http://www.w3.org/1999/xhtml",i)}function Wg(){let i=Ur("canvas");return i.style.display="block",i}var bm={},Or=null;function ko(...i){let e="THREE."+i.shift();Or?Or("log",e,...i):console.log(e,...i)}function Xg(i){let e=i[0];if(typeof e=="string"&&e.startsWith("TSL:")){let t=i[1];t&&t.isStackTrace?i[0]+=" "+t.getLocation():i[1]='Stack trace not available. Enable "THREE.Node.captureStackTrace" to capture stack traces.'}return i}function Ce(...i){i=Xg(i);let e="THREE."+i.shift();if(Or)Or("warn",e,...i);else{let t=i[0];t&&t.isStackTrace?console.warn(t.getError(e)):console.warn(e,...i)}}function Fe(...i){i=Xg(i);let e="THREE."+i.shift();if(Or)Or("error",e,...i);else{let t=i[0];t&&t.isStackTrace?console.error(t.getError(e)):console.error(e,...i)}}function Ds(...i){let e=i.join(" ");e in bm||(bm[e]=!0,Ce(...i))}function qg(i,e,t){return new Promise(function(n,s){function r(){switch(i.clientWaitSync(e,i.SYNC_FLUSH_COMMANDS_BIT,0)){case i.WAIT_FAILED:s();break;case i.TIMEOUT_EXPIRED:setTimeout(r,t);break;default:n()}}setTimeout(r,t)})}var Yg={[Xl]:Xl,[Yl]:Kl,[$l]:$l,[Nr]:jl,[ql]:ql,[Kl]:Yl,[Zl]:Zl,[jl]:Nr},ii=class{addEventListener(e,t){this._listeners===void 0&&(this._listeners={});let n=this._listeners;n[e]===void 0&&(n[e]=[]),n[e].indexOf(t)===-1&&n[e].push(t)}hasEventListener(e,t){let n=this._listeners;return n===void 0?!1:n[e]!==void 0&&n[e].indexOf(t)!==-1}removeEventListener(e,t){let n=this._listeners;if(n===void 0)return;let s=n[e];if(s!==void 0){let r=s.indexOf(t);r!==-1&&s.splice(r,1)}}dispatchEvent(e){let t=this._listeners;if(t===void 0)return;let n=t[e.type];if(n!==void 0){e.target=this;let s=n.slice(0);for(let r=0,o=s.length;r<o;r++)s[r].call(this,e);e.target=null}}},dn=["00","01","02","03","04","05","06","07","08","09","0a","0b","0c","0d","0e","0f","10","11","12","13","14","15","16","17","18","19","1a","1b","1c","1d","1e","1f","20","21","22","23","24","25","26","27","28","29","2a","2b","2c","2d","2e","2f","30","31","32","33","34","35","36","37","38","39","3a","3b","3c","3d","3e","3f","40","41","42","43","44","45","46","47","48","49","4a","4b","4c","4d","4e","4f","50","51","52","53","54","55","56","57","58","59","5a","5b","5c","5d","5e","5f","60","61","62","63","64","65","66","67","68","69","6a","6b","6c","6d","6e","6f","70","71","72","73","74","75","76","77","78","79","7a","7b","7c","7d","7e","7f","80","81","82","83","84","85","86","87","88","89","8a","8b","8c","8d","8e","8f","90","91","92","93","94","95","96","97","98","99","9a","9b","9c","9d","9e","9f","a0","a1","a2","a3","a4","a5","a6","a7","a8","a9","aa","ab","ac","ad","ae","af","b0","b1","b2","b3","b4","b5","b6","b7","b8","b9","ba","bb","bc","bd","be","bf","c0","c1","c2","c3","c4","c5","c6","c7","c8","c9","ca","cb","cc","cd","ce","cf","d0","d1","d2","d3","d4","d5","d6","d7","d8","d9","da","db","dc","dd","de","df","e0","e1","e2","e3","e4","e5","e6","e7","e8","e9","ea","eb","ec","ed","ee","ef","f0","f1","f2","f3","f4","f5","f6","f7","f8","f9","fa","fb","fc","fd","fe","ff"],Mm=1234567,Uo=Math.PI/180,Os=180/Math.PI;function Si(){let i=Math.random()*4294967295|0,e=Math.random()*4294967295|0,t=Math.random()*4294967295|0,n=Math.random()*4294967295|0;return(dn[i&255]+dn[i>>8&255]+dn[i>>16&255]+dn[i>>24&255]+"-"+dn[e&255]+dn[e>>8&255]+"-"+dn[e>>16&15|64]+dn[e>>24&255]+"-"+dn[t&63|128]+dn[t>>8&255]+"-"+dn[t>>16&255]+dn[t>>24&255]+dn[n&255]+dn[n>>8&255]+dn[n>>16&255]+dn[n>>24&255]).toLowerCase()}function He(i,e,t){return Math.max(e,Math.min(t,i))}function Ld(i,e){return(i%e+e)%e}function vv(i,e,t,n,s){return n+(i-e)*(s-n)/(t-e)}function _v(i,e,t){return i!==e?(t-i)/(e-i):0}function Oo(i,e,t){return(1-t)*i+t*e}function bv(i,e,t,n){return Oo(i,e,1-Math.exp(-t*n))}function Mv(i,e=1){return e-Math.abs(Ld(i,e*2)-e)}function Sv(i,e,t){return i<=e?0:i>=t?1:(i=(i-e)/(t-e),i*i*(3-2*i))}function wv(i,e,t){return i<=e?0:i>=t?1:(i=(i-e)/(t-e),i*i*i*(i*(i*6-15)+10))}function Ev(i,e){return i+Math.floor(Math.random()*(e-i+1))}function Tv(i,e){return i+Math.random()*(e-i)}function Av(i){return i*(.5-Math.random())}function Rv(i){i!==void 0&&(Mm=i);let e=Mm+=1831565813;return e=Math.imul(e^e>>>15,e|1),e^=e+Math.imul(e^e>>>7,e|61),((e^e>>>14)>>>0)/4294967296}function Cv(i){return i*Uo}function Pv(i){return i*Os}function Iv(i){return i>0&&Number.isInteger(i)&&2**Math.round(Math.log2(i))===i}function Lv(i){return Math.pow(2,Math.ceil(Math.log(i)/Math.LN2))}function Nd(i){return Math.pow(2,Math.floor(Math.log(i)/Math.LN2))}function Nv(i,e,t,n,s){let r=Math.cos,o=Math.sin,a=r(t/2),l=o(t/2),c=r((e+n)/2),u=o((e+n)/2),h=r((e-n)/2),d=o((e-n)/2),f=r((n-e)/2),p=o((n-e)/2);switch(s){case"XYX":i.set(a*u,l*h,l*d,a*c);break;case"YZY":i.set(l*d,a*u,l*h,a*c);break;case"ZXZ":i.set(l*h,l*d,a*u,a*c);break;case"XZX":i.set(a*u,l*p,l*f,a*c);break;case"YXY":i.set(l*f,a*u,l*p,a*c);break;case"ZYZ":i.set(l*p,l*f,a*u,a*c);break;default:Ce("MathUtils: .setQuaternionFromProperEuler() encountered an unknown order: "+s)}}function nu(i){switch(i.constructor){case Uint32Array:return 4294967295;case Uint16Array:return 65535;case Uint8Array:case Uint8ClampedArray:return 255;case Int32Array:return 2147483647;case Int16Array:return 32767;case Int8Array:return 127;default:return}}function Dd(i,e){if(e.constructor===Float32Array)return i;let t=nu(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.max(i/t,-1)}function Fd(i,e){if(e.constructor===Float32Array)return i;let t=nu(e);if(t===void 0)throw new Error("THREE.MathUtils: Invalid component type.");return Math.round(i*t)}var Kn={DEG2RAD:Uo,RAD2DEG:Os,generateUUID:Si,clamp:He,euclideanModulo:Ld,mapLinear:vv,inverseLerp:_v,lerp:Oo,damp:bv,pingpong:Mv,smoothstep:Sv,smootherstep:wv,randInt:Ev,randFloat:Tv,randFloatSpread:Av,seededRandom:Rv,degToRad:Cv,radToDeg:Pv,isPowerOfTwo:Iv,ceilPowerOfTwo:Lv,floorPowerOfTwo:Nd,setQuaternionFromProperEuler:Nv,normalize:Fd,denormalize:Dd},Hd=class Hd{constructor(e=0,t=0){this.x=e,this.y=t}get width(){return this.x}set width(e){this.x=e}get height(){return this.y}set height(e){this.y=e}set(e,t){return this.x=e,this.y=t,this}setScalar(e){return this.x=e,this.y=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;default:throw new Error("THREE.Vector2: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;default:throw new Error("THREE.Vector2: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y)}copy(e){return this.x=e.x,this.y=e.y,this}add(e){return this.x+=e.x,this.y+=e.y,this}addScalar(e){return this.x+=e,this.y+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this}subScalar(e){return this.x-=e,this.y-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this}multiply(e){return this.x*=e.x,this.y*=e.y,this}multiplyScalar(e){return this.x*=e,this.y*=e,this}divide(e){return this.x/=e.x,this.y/=e.y,this}divideScalar(e){return this.multiplyScalar(1/e)}applyMatrix3(e){let t=this.x,n=this.y,s=e.elements;return this.x=s[0]*t+s[3]*n+s[6],this.y=s[1]*t+s[4]*n+s[7],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this}clamp(e,t){return this.x=He(this.x,e.x,t.x),this.y=He(this.y,e.y,t.y),this}clampScalar(e,t){return this.x=He(this.x,e,t),this.y=He(this.y,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(He(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this}negate(){return this.x=-this.x,this.y=-this.y,this}dot(e){return this.x*e.x+this.y*e.y}cross(e){return this.x*e.y-this.y*e.x}lengthSq(){return this.x*this.x+this.y*this.y}length(){return Math.sqrt(this.x*this.x+this.y*this.y)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)}normalize(){return this.divideScalar(this.length()||1)}angle(){return Math.atan2(-this.y,-this.x)+Math.PI}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(He(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y;return t*t+n*n}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this}equals(e){return e.x===this.x&&e.y===this.y}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this}rotateAround(e,t){let n=Math.cos(t),s=Math.sin(t),r=this.x-e.x,o=this.y-e.y;return this.x=r*n-o*s+e.x,this.y=r*s+o*n+e.y,this}random(){return this.x=Math.random(),this.y=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y}};Hd.prototype.isVector2=!0;var Ae=Hd,at=class{constructor(e=0,t=0,n=0,s=1){this.isQuaternion=!0,this._x=e,this._y=t,this._z=n,this._w=s}static slerpFlat(e,t,n,s,r,o,a){let l=n[s+0],c=n[s+1],u=n[s+2],h=n[s+3],d=r[o+0],f=r[o+1],p=r[o+2],y=r[o+3];if(h!==y||l!==d||c!==f||u!==p){let m=l*d+c*f+u*p+h*y;m<0&&(d=-d,f=-f,p=-p,y=-y,m=-m);let g=1-a;if(m<.9995){let v=Math.acos(m),T=Math.sin(v);g=Math.sin(g*v)/T,a=Math.sin(a*v)/T,l=l*g+d*a,c=c*g+f*a,u=u*g+p*a,h=h*g+y*a}else{l=l*g+d*a,c=c*g+f*a,u=u*g+p*a,h=h*g+y*a;let v=1/Math.sqrt(l*l+c*c+u*u+h*h);l*=v,c*=v,u*=v,h*=v}}e[t]=l,e[t+1]=c,e[t+2]=u,e[t+3]=h}static multiplyQuaternionsFlat(e,t,n,s,r,o){let a=n[s],l=n[s+1],c=n[s+2],u=n[s+3],h=r[o],d=r[o+1],f=r[o+2],p=r[o+3];return e[t]=a*p+u*h+l*f-c*d,e[t+1]=l*p+u*d+c*h-a*f,e[t+2]=c*p+u*f+a*d-l*h,e[t+3]=u*p-a*h-l*d-c*f,e}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get w(){return this._w}set w(e){this._w=e,this._onChangeCallback()}set(e,t,n,s){return this._x=e,this._y=t,this._z=n,this._w=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._w)}copy(e){return this._x=e.x,this._y=e.y,this._z=e.z,this._w=e.w,this._onChangeCallback(),this}setFromEuler(e,t=!0){let n=e._x,s=e._y,r=e._z,o=e._order,a=Math.cos,l=Math.sin,c=a(n/2),u=a(s/2),h=a(r/2),d=l(n/2),f=l(s/2),p=l(r/2);switch(o){case"XYZ":this._x=d*u*h+c*f*p,this._y=c*f*h-d*u*p,this._z=c*u*p+d*f*h,this._w=c*u*h-d*f*p;break;case"YXZ":this._x=d*u*h+c*f*p,this._y=c*f*h-d*u*p,this._z=c*u*p-d*f*h,this._w=c*u*h+d*f*p;break;case"ZXY":this._x=d*u*h-c*f*p,this._y=c*f*h+d*u*p,this._z=c*u*p+d*f*h,this._w=c*u*h-d*f*p;break;case"ZYX":this._x=d*u*h-c*f*p,this._y=c*f*h+d*u*p,this._z=c*u*p-d*f*h,this._w=c*u*h+d*f*p;break;case"YZX":this._x=d*u*h+c*f*p,this._y=c*f*h+d*u*p,this._z=c*u*p-d*f*h,this._w=c*u*h-d*f*p;break;case"XZY":this._x=d*u*h-c*f*p,this._y=c*f*h-d*u*p,this._z=c*u*p+d*f*h,this._w=c*u*h+d*f*p;break;default:Ce("Quaternion: .setFromEuler() encountered an unknown order: "+o)}return t===!0&&this._onChangeCallback(),this}setFromAxisAngle(e,t){let n=t/2,s=Math.sin(n);return this._x=e.x*s,this._y=e.y*s,this._z=e.z*s,this._w=Math.cos(n),this._onChangeCallback(),this}setFromRotationMatrix(e){let t=e.elements,n=t[0],s=t[4],r=t[8],o=t[1],a=t[5],l=t[9],c=t[2],u=t[6],h=t[10],d=n+a+h;if(d>0){let f=.5/Math.sqrt(d+1);this._w=.25/f,this._x=(u-l)*f,this._y=(r-c)*f,this._z=(o-s)*f}else if(n>a&&n>h){let f=2*Math.sqrt(1+n-a-h);this._w=(u-l)/f,this._x=.25*f,this._y=(s+o)/f,this._z=(r+c)/f}else if(a>h){let f=2*Math.sqrt(1+a-n-h);this._w=(r-c)/f,this._x=(s+o)/f,this._y=.25*f,this._z=(l+u)/f}else{let f=2*Math.sqrt(1+h-n-a);this._w=(o-s)/f,this._x=(r+c)/f,this._y=(l+u)/f,this._z=.25*f}return this._onChangeCallback(),this}setFromUnitVectors(e,t){let n=e.dot(t)+1;return n<1e-8?(n=0,Math.abs(e.x)>Math.abs(e.z)?(this._x=-e.y,this._y=e.x,this._z=0,this._w=n):(this._x=0,this._y=-e.z,this._z=e.y,this._w=n)):(this._x=e.y*t.z-e.z*t.y,this._y=e.z*t.x-e.x*t.z,this._z=e.x*t.y-e.y*t.x,this._w=n),this.normalize()}angleTo(e){return 2*Math.acos(Math.abs(He(this.dot(e),-1,1)))}rotateTowards(e,t){let n=this.angleTo(e);if(n===0)return this;let s=Math.min(1,t/n);return this.slerp(e,s),this}identity(){return this.set(0,0,0,1)}invert(){return this.conjugate()}conjugate(){return this._x*=-1,this._y*=-1,this._z*=-1,this._onChangeCallback(),this}dot(e){return this._x*e._x+this._y*e._y+this._z*e._z+this._w*e._w}lengthSq(){return this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w}length(){return Math.sqrt(this._x*this._x+this._y*this._y+this._z*this._z+this._w*this._w)}normalize(){let e=this.length();return e===0?(this._x=0,this._y=0,this._z=0,this._w=1):(e=1/e,this._x=this._x*e,this._y=this._y*e,this._z=this._z*e,this._w=this._w*e),this._onChangeCallback(),this}multiply(e){return this.multiplyQuaternions(this,e)}premultiply(e){return this.multiplyQuaternions(e,this)}multiplyQuaternions(e,t){let n=e._x,s=e._y,r=e._z,o=e._w,a=t._x,l=t._y,c=t._z,u=t._w;return this._x=n*u+o*a+s*c-r*l,this._y=s*u+o*l+r*a-n*c,this._z=r*u+o*c+n*l-s*a,this._w=o*u-n*a-s*l-r*c,this._onChangeCallback(),this}slerp(e,t){let n=e._x,s=e._y,r=e._z,o=e._w,a=this.dot(e);a<0&&(n=-n,s=-s,r=-r,o=-o,a=-a);let l=1-t;if(a<.9995){let c=Math.acos(a),u=Math.sin(c);l=Math.sin(l*c)/u,t=Math.sin(t*c)/u,this._x=this._x*l+n*t,this._y=this._y*l+s*t,this._z=this._z*l+r*t,this._w=this._w*l+o*t,this._onChangeCallback()}else this._x=this._x*l+n*t,this._y=this._y*l+s*t,this._z=this._z*l+r*t,this._w=this._w*l+o*t,this.normalize();return this}slerpQuaternions(e,t,n){return this.copy(e).slerp(t,n)}random(){let e=2*Math.PI*Math.random(),t=2*Math.PI*Math.random(),n=Math.random(),s=Math.sqrt(1-n),r=Math.sqrt(n);return this.set(s*Math.sin(e),s*Math.cos(e),r*Math.sin(t),r*Math.cos(t))}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._w===this._w}fromArray(e,t=0){return this._x=e[t],this._y=e[t+1],this._z=e[t+2],this._w=e[t+3],this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._w,e}fromBufferAttribute(e,t){return this._x=e.getX(t),this._y=e.getY(t),this._z=e.getZ(t),this._w=e.getW(t),this._onChangeCallback(),this}toJSON(){return this.toArray()}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._w}},zd=class zd{constructor(e=0,t=0,n=0){this.x=e,this.y=t,this.z=n}set(e,t,n){return n===void 0&&(n=this.z),this.x=e,this.y=t,this.z=n,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;default:throw new Error("THREE.Vector3: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;default:throw new Error("THREE.Vector3: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this}multiplyVectors(e,t){return this.x=e.x*t.x,this.y=e.y*t.y,this.z=e.z*t.z,this}applyEuler(e){return this.applyQuaternion(Sm.setFromEuler(e))}applyAxisAngle(e,t){return this.applyQuaternion(Sm.setFromAxisAngle(e,t))}applyMatrix3(e){let t=this.x,n=this.y,s=this.z,r=e.elements;return this.x=r[0]*t+r[3]*n+r[6]*s,this.y=r[1]*t+r[4]*n+r[7]*s,this.z=r[2]*t+r[5]*n+r[8]*s,this}applyNormalMatrix(e){return this.applyMatrix3(e).normalize()}applyMatrix4(e){let t=this.x,n=this.y,s=this.z,r=e.elements,o=1/(r[3]*t+r[7]*n+r[11]*s+r[15]);return this.x=(r[0]*t+r[4]*n+r[8]*s+r[12])*o,this.y=(r[1]*t+r[5]*n+r[9]*s+r[13])*o,this.z=(r[2]*t+r[6]*n+r[10]*s+r[14])*o,this}applyQuaternion(e){let t=this.x,n=this.y,s=this.z,r=e.x,o=e.y,a=e.z,l=e.w,c=2*(o*s-a*n),u=2*(a*t-r*s),h=2*(r*n-o*t);return this.x=t+l*c+o*h-a*u,this.y=n+l*u+a*c-r*h,this.z=s+l*h+r*u-o*c,this}project(e){return this.applyMatrix4(e.matrixWorldInverse).applyMatrix4(e.projectionMatrix)}unproject(e){return this.applyMatrix4(e.projectionMatrixInverse).applyMatrix4(e.matrixWorld)}transformDirection(e){let t=this.x,n=this.y,s=this.z,r=e.elements;return this.x=r[0]*t+r[4]*n+r[8]*s,this.y=r[1]*t+r[5]*n+r[9]*s,this.z=r[2]*t+r[6]*n+r[10]*s,this.normalize()}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this}divideScalar(e){return this.multiplyScalar(1/e)}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this}clamp(e,t){return this.x=He(this.x,e.x,t.x),this.y=He(this.y,e.y,t.y),this.z=He(this.z,e.z,t.z),this}clampScalar(e,t){return this.x=He(this.x,e,t),this.y=He(this.y,e,t),this.z=He(this.z,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(He(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this}cross(e){return this.crossVectors(this,e)}crossVectors(e,t){let n=e.x,s=e.y,r=e.z,o=t.x,a=t.y,l=t.z;return this.x=s*l-r*a,this.y=r*o-n*l,this.z=n*a-s*o,this}projectOnVector(e){let t=e.lengthSq();if(t===0)return this.set(0,0,0);let n=e.dot(this)/t;return this.copy(e).multiplyScalar(n)}projectOnPlane(e){return Mh.copy(this).projectOnVector(e),this.sub(Mh)}reflect(e){return this.sub(Mh.copy(e).multiplyScalar(2*this.dot(e)))}angleTo(e){let t=Math.sqrt(this.lengthSq()*e.lengthSq());if(t===0)return Math.PI/2;let n=this.dot(e)/t;return Math.acos(He(n,-1,1))}distanceTo(e){return Math.sqrt(this.distanceToSquared(e))}distanceToSquared(e){let t=this.x-e.x,n=this.y-e.y,s=this.z-e.z;return t*t+n*n+s*s}manhattanDistanceTo(e){return Math.abs(this.x-e.x)+Math.abs(this.y-e.y)+Math.abs(this.z-e.z)}setFromSpherical(e){return this.setFromSphericalCoords(e.radius,e.phi,e.theta)}setFromSphericalCoords(e,t,n){let s=Math.sin(t)*e;return this.x=s*Math.sin(n),this.y=Math.cos(t)*e,this.z=s*Math.cos(n),this}setFromCylindrical(e){return this.setFromCylindricalCoords(e.radius,e.theta,e.y)}setFromCylindricalCoords(e,t,n){return this.x=e*Math.sin(t),this.y=n,this.z=e*Math.cos(t),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this}setFromMatrixScale(e){let t=this.setFromMatrixColumn(e,0).length(),n=this.setFromMatrixColumn(e,1).length(),s=this.setFromMatrixColumn(e,2).length();return this.x=t,this.y=n,this.z=s,this}setFromMatrixColumn(e,t){return this.fromArray(e.elements,t*4)}setFromMatrix3Column(e,t){return this.fromArray(e.elements,t*3)}setFromEuler(e){return this.x=e._x,this.y=e._y,this.z=e._z,this}setFromColor(e){return this.x=e.r,this.y=e.g,this.z=e.b,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this}randomDirection(){let e=Math.random()*Math.PI*2,t=Math.random()*2-1,n=Math.sqrt(1-t*t);return this.x=n*Math.cos(e),this.y=t,this.z=n*Math.sin(e),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z}};zd.prototype.isVector3=!0;var P=zd,Mh=new P,Sm=new at,Vd=class Vd{constructor(e,t,n,s,r,o,a,l,c){this.elements=[1,0,0,0,1,0,0,0,1],e!==void 0&&this.set(e,t,n,s,r,o,a,l,c)}set(e,t,n,s,r,o,a,l,c){let u=this.elements;return u[0]=e,u[1]=s,u[2]=a,u[3]=t,u[4]=r,u[5]=l,u[6]=n,u[7]=o,u[8]=c,this}identity(){return this.set(1,0,0,0,1,0,0,0,1),this}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],this}extractBasis(e,t,n){return e.setFromMatrix3Column(this,0),t.setFromMatrix3Column(this,1),n.setFromMatrix3Column(this,2),this}setFromMatrix4(e){let t=e.elements;return this.set(t[0],t[4],t[8],t[1],t[5],t[9],t[2],t[6],t[10]),this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,s=t.elements,r=this.elements,o=n[0],a=n[3],l=n[6],c=n[1],u=n[4],h=n[7],d=n[2],f=n[5],p=n[8],y=s[0],m=s[3],g=s[6],v=s[1],T=s[4],b=s[7],A=s[2],w=s[5],x=s[8];return r[0]=o*y+a*v+l*A,r[3]=o*m+a*T+l*w,r[6]=o*g+a*b+l*x,r[1]=c*y+u*v+h*A,r[4]=c*m+u*T+h*w,r[7]=c*g+u*b+h*x,r[2]=d*y+f*v+p*A,r[5]=d*m+f*T+p*w,r[8]=d*g+f*b+p*x,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[3]*=e,t[6]*=e,t[1]*=e,t[4]*=e,t[7]*=e,t[2]*=e,t[5]*=e,t[8]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8];return t*o*u-t*a*c-n*r*u+n*a*l+s*r*c-s*o*l}invert(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8],h=u*o-a*c,d=a*l-u*r,f=c*r-o*l,p=t*h+n*d+s*f;if(p===0)return this.set(0,0,0,0,0,0,0,0,0);let y=1/p;return e[0]=h*y,e[1]=(s*c-u*n)*y,e[2]=(a*n-s*o)*y,e[3]=d*y,e[4]=(u*t-s*l)*y,e[5]=(s*r-a*t)*y,e[6]=f*y,e[7]=(n*l-c*t)*y,e[8]=(o*t-n*r)*y,this}transpose(){let e,t=this.elements;return e=t[1],t[1]=t[3],t[3]=e,e=t[2],t[2]=t[6],t[6]=e,e=t[5],t[5]=t[7],t[7]=e,this}getNormalMatrix(e){return this.setFromMatrix4(e).invert().transpose()}transposeIntoArray(e){let t=this.elements;return e[0]=t[0],e[1]=t[3],e[2]=t[6],e[3]=t[1],e[4]=t[4],e[5]=t[7],e[6]=t[2],e[7]=t[5],e[8]=t[8],this}setUvTransform(e,t,n,s,r,o,a){let l=Math.cos(r),c=Math.sin(r);return this.set(n*l,n*c,-n*(l*o+c*a)+o+e,-s*c,s*l,-s*(-c*o+l*a)+a+t,0,0,1),this}scale(e,t){return Ds("Matrix3: .scale() is deprecated. Use .makeScale() instead."),this.premultiply(Sh.makeScale(e,t)),this}rotate(e){return Ds("Matrix3: .rotate() is deprecated. Use .makeRotation() instead."),this.premultiply(Sh.makeRotation(-e)),this}translate(e,t){return Ds("Matrix3: .translate() is deprecated. Use .makeTranslation() instead."),this.premultiply(Sh.makeTranslation(e,t)),this}makeTranslation(e,t){return e.isVector2?this.set(1,0,e.x,0,1,e.y,0,0,1):this.set(1,0,e,0,1,t,0,0,1),this}makeRotation(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,n,t,0,0,0,1),this}makeScale(e,t){return this.set(e,0,0,0,t,0,0,0,1),this}equals(e){let t=this.elements,n=e.elements;for(let s=0;s<9;s++)if(t[s]!==n[s])return!1;return!0}fromArray(e,t=0){for(let n=0;n<9;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e}clone(){return new this.constructor().fromArray(this.elements)}};Vd.prototype.isMatrix3=!0;var Be=Vd,Sh=new Be,wm=new Be().set(.4123908,.3575843,.1804808,.212639,.7151687,.0721923,.0193308,.1191948,.9505322),Em=new Be().set(3.2409699,-1.5373832,-.4986108,-.9692436,1.8759675,.0415551,.0556301,-.203977,1.0569715);function Dv(){let i={enabled:!0,workingColorSpace:Zt,spaces:{},convert:function(s,r,o){return this.enabled===!1||r===o||!r||!o||(this.spaces[r].transfer===ct&&(s.r=ki(s.r),s.g=ki(s.g),s.b=ki(s.b)),this.spaces[r].primaries!==this.spaces[o].primaries&&(s.applyMatrix3(this.spaces[r].toXYZ),s.applyMatrix3(this.spaces[o].fromXYZ)),this.spaces[o].transfer===ct&&(s.r=Lr(s.r),s.g=Lr(s.g),s.b=Lr(s.b))),s},workingToColorSpace:function(s,r){return this.convert(s,this.workingColorSpace,r)},colorSpaceToWorking:function(s,r){return this.convert(s,r,this.workingColorSpace)},getPrimaries:function(s){return this.spaces[s].primaries},getTransfer:function(s){return s===li?Bo:this.spaces[s].transfer},getToneMappingMode:function(s){return this.spaces[s].outputColorSpaceConfig.toneMappingMode||"standard"},getLuminanceCoefficients:function(s,r=this.workingColorSpace){return s.fromArray(this.spaces[r].luminanceCoefficients)},define:function(s){Object.assign(this.spaces,s)},_getMatrix:function(s,r,o){return s.copy(this.spaces[o].fromXYZ).multiply(this.spaces[r].toXYZ)},_getDrawingBufferColorSpace:function(s){return this.spaces[s].outputColorSpaceConfig.drawingBufferColorSpace},_getUnpackColorSpace:function(s=this.workingColorSpace){return this.spaces[s].workingColorSpaceConfig.unpackColorSpace}},e=[.64,.33,.3,.6,.15,.06],t=[.2126,.7152,.0722],n=[.3127,.329];return i.define({[Zt]:{primaries:e,whitePoint:n,transfer:Bo,toXYZ:wm,fromXYZ:Em,luminanceCoefficients:t,workingColorSpaceConfig:{unpackColorSpace:dt},outputColorSpaceConfig:{drawingBufferColorSpace:dt}},[dt]:{primaries:e,whitePoint:n,transfer:ct,toXYZ:wm,fromXYZ:Em,luminanceCoefficients:t,outputColorSpaceConfig:{drawingBufferColorSpace:dt}}}),i}var Ye=Dv();function ki(i){return i<.04045?i*.0773993808:Math.pow(i*.9478672986+.0521327014,2.4)}function Lr(i){return i<.0031308?i*12.92:1.055*Math.pow(i,.41666)-.055}var gr,Jl=class{static getDataURL(e,t="image/png"){if(/^data:/i.test(e.src)||typeof HTMLCanvasElement>"u")return e.src;let n;if(e instanceof HTMLCanvasElement)n=e;else{gr===void 0&&(gr=Ur("canvas")),gr.width=e.width,gr.height=e.height;let s=gr.getContext("2d");e instanceof ImageData?s.putImageData(e,0,0):s.drawImage(e,0,0,e.width,e.height),n=gr}return n.toDataURL(t)}static sRGBToLinear(e){if(typeof HTMLImageElement<"u"&&e instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&e instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&e instanceof ImageBitmap){let t=Ur("canvas");t.width=e.width,t.height=e.height;let n=t.getContext("2d");n.drawImage(e,0,0,e.width,e.height);let s=n.getImageData(0,0,e.width,e.height),r=s.data;for(let o=0;o<r.length;o++)r[o]=ki(r[o]/255)*255;return n.putImageData(s,0,0),t}else if(e.data){let t=e.data.slice(0);for(let n=0;n<t.length;n++)t instanceof Uint8Array||t instanceof Uint8ClampedArray?t[n]=Math.floor(ki(t[n]/255)*255):t[n]=ki(t[n]);return{data:t,width:e.width,height:e.height}}else return Ce("ImageUtils.sRGBToLinear(): Unsupported image type. No color space conversion applied."),e}},Fv=0,Br=class{constructor(e=null){this.isTextureSource=!0,Object.defineProperty(this,"id",{value:Fv++}),this.uuid=Si(),this.data=e,this.dataReady=!0,this.version=0}getSize(e){let t=this.data;return typeof HTMLVideoElement<"u"&&t instanceof HTMLVideoElement?e.set(t.videoWidth,t.videoHeight,0):typeof VideoFrame<"u"&&t instanceof VideoFrame?e.set(t.displayWidth,t.displayHeight,0):t!==null?e.set(t.width||0,t.height||0,t.depth||0):e.set(0,0,0),e}set needsUpdate(e){e===!0&&this.version++}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.images[this.uuid]!==void 0)return e.images[this.uuid];let n={uuid:this.uuid,url:""},s=this.data;if(s!==null){let r;if(Array.isArray(s)){r=[];for(let o=0,a=s.length;o<a;o++)s[o].isDataTexture?r.push(wh(s[o].image)):r.push(wh(s[o]))}else r=wh(s);n.url=r}return t||(e.images[this.uuid]=n),n}};function wh(i){return typeof HTMLImageElement<"u"&&i instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&i instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&i instanceof ImageBitmap?Jl.getDataURL(i):i.data?{data:Array.from(i.data),width:i.width,height:i.height,type:i.data.constructor.name}:(Ce("Texture: Unable to serialize Texture."),{})}var Uv=0,Eh=new P,At=class i extends ii{constructor(e=i.DEFAULT_IMAGE,t=i.DEFAULT_MAPPING,n=Xn,s=Xn,r=Mt,o=jn,a=mn,l=pn,c=i.DEFAULT_ANISOTROPY,u=li){super(),this.isTexture=!0,Object.defineProperty(this,"id",{value:Uv++}),this.uuid=Si(),this.name="",this.source=new Br(e),this.mipmaps=[],this.mapping=t,this.channel=0,this.wrapS=n,this.wrapT=s,this.magFilter=r,this.minFilter=o,this.anisotropy=c,this.format=a,this.internalFormat=null,this.type=l,this.offset=new Ae(0,0),this.repeat=new Ae(1,1),this.center=new Ae(0,0),this.rotation=0,this.matrixAutoUpdate=!0,this.matrix=new Be,this.generateMipmaps=!0,this.mipmapsAutoUpdate=!0,this.premultiplyAlpha=!1,this.flipY=!0,this.unpackAlignment=4,this.colorSpace=u,this.userData={},this.updateRanges=[],this.version=0,this.onUpdate=null,this.renderTarget=null,this.isRenderTargetTexture=!1,this.isArrayTexture=!!(e&&e.depth&&e.depth>1),this.pmremVersion=0,this.isPMREMTexture=!1,this.normalized=!1}get width(){return this.source.getSize(Eh).x}get height(){return this.source.getSize(Eh).y}get depth(){return this.source.getSize(Eh).z}get image(){return this.source.data}set image(e){this.source.data=e}updateMatrix(){this.matrix.setUvTransform(this.offset.x,this.offset.y,this.repeat.x,this.repeat.y,this.rotation,this.center.x,this.center.y)}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}clone(){return new this.constructor().copy(this)}copy(e){return this.name=e.name,this.source=e.source,this.mipmaps=e.mipmaps.slice(0),this.mapping=e.mapping,this.channel=e.channel,this.wrapS=e.wrapS,this.wrapT=e.wrapT,this.magFilter=e.magFilter,this.minFilter=e.minFilter,this.anisotropy=e.anisotropy,this.format=e.format,this.internalFormat=e.internalFormat,this.type=e.type,this.normalized=e.normalized,this.offset.copy(e.offset),this.repeat.copy(e.repeat),this.center.copy(e.center),this.rotation=e.rotation,this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrix.copy(e.matrix),this.generateMipmaps=e.generateMipmaps,this.mipmapsAutoUpdate=e.mipmapsAutoUpdate,this.premultiplyAlpha=e.premultiplyAlpha,this.flipY=e.flipY,this.unpackAlignment=e.unpackAlignment,this.colorSpace=e.colorSpace,this.renderTarget=e.renderTarget,this.isRenderTargetTexture=e.isRenderTargetTexture,this.isPMREMTexture=e.isPMREMTexture,this.isArrayTexture=e.isArrayTexture,this.userData=JSON.parse(JSON.stringify(e.userData)),this.needsUpdate=!0,this}setValues(e){for(let t in e){let n=e[t];if(n===void 0){Ce(`Texture.setValues(): parameter '${t}' has value of undefined.`);continue}let s=this[t];if(s===void 0){Ce(`Texture.setValues(): property '${t}' does not exist.`);continue}s&&n&&s.isVector2&&n.isVector2||s&&n&&s.isVector3&&n.isVector3||s&&n&&s.isMatrix3&&n.isMatrix3?s.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";if(!t&&e.textures[this.uuid]!==void 0)return e.textures[this.uuid];let n={metadata:{version:4.7,type:"Texture",generator:"Texture.toJSON"},uuid:this.uuid,name:this.name,image:this.source.toJSON(e).uuid,mapping:this.mapping,channel:this.channel,repeat:[this.repeat.x,this.repeat.y],offset:[this.offset.x,this.offset.y],center:[this.center.x,this.center.y],rotation:this.rotation,wrap:[this.wrapS,this.wrapT],format:this.format,internalFormat:this.internalFormat,type:this.type,normalized:this.normalized,colorSpace:this.colorSpace,minFilter:this.minFilter,magFilter:this.magFilter,anisotropy:this.anisotropy,flipY:this.flipY,generateMipmaps:this.generateMipmaps,mipmapsAutoUpdate:this.mipmapsAutoUpdate,premultiplyAlpha:this.premultiplyAlpha,unpackAlignment:this.unpackAlignment};return Object.keys(this.userData).length>0&&(n.userData=this.userData),t||(e.textures[this.uuid]=n),n}dispose(){this.dispatchEvent({type:"dispose"})}transformUv(e){if(this.mapping!==vd)return e;if(e.applyMatrix3(this.matrix),e.x<0||e.x>1)switch(this.wrapS){case cs:e.x=e.x-Math.floor(e.x);break;case Xn:e.x=e.x<0?0:1;break;case Dr:Math.abs(Math.floor(e.x)%2)===1?e.x=Math.ceil(e.x)-e.x:e.x=e.x-Math.floor(e.x);break}if(e.y<0||e.y>1)switch(this.wrapT){case cs:e.y=e.y-Math.floor(e.y);break;case Xn:e.y=e.y<0?0:1;break;case Dr:Math.abs(Math.floor(e.y)%2)===1?e.y=Math.ceil(e.y)-e.y:e.y=e.y-Math.floor(e.y);break}return this.flipY&&(e.y=1-e.y),e}set needsUpdate(e){e===!0&&(this.version++,this.source.needsUpdate=!0)}set needsPMREMUpdate(e){e===!0&&this.pmremVersion++}};At.DEFAULT_IMAGE=null;At.DEFAULT_MAPPING=vd;At.DEFAULT_ANISOTROPY=1;var Gd=class Gd{constructor(e=0,t=0,n=0,s=1){this.x=e,this.y=t,this.z=n,this.w=s}get width(){return this.z}set width(e){this.z=e}get height(){return this.w}set height(e){this.w=e}set(e,t,n,s){return this.x=e,this.y=t,this.z=n,this.w=s,this}setScalar(e){return this.x=e,this.y=e,this.z=e,this.w=e,this}setX(e){return this.x=e,this}setY(e){return this.y=e,this}setZ(e){return this.z=e,this}setW(e){return this.w=e,this}setComponent(e,t){switch(e){case 0:this.x=t;break;case 1:this.y=t;break;case 2:this.z=t;break;case 3:this.w=t;break;default:throw new Error("THREE.Vector4: index is out of range: "+e)}return this}getComponent(e){switch(e){case 0:return this.x;case 1:return this.y;case 2:return this.z;case 3:return this.w;default:throw new Error("THREE.Vector4: index is out of range: "+e)}}clone(){return new this.constructor(this.x,this.y,this.z,this.w)}copy(e){return this.x=e.x,this.y=e.y,this.z=e.z,this.w=e.w!==void 0?e.w:1,this}add(e){return this.x+=e.x,this.y+=e.y,this.z+=e.z,this.w+=e.w,this}addScalar(e){return this.x+=e,this.y+=e,this.z+=e,this.w+=e,this}addVectors(e,t){return this.x=e.x+t.x,this.y=e.y+t.y,this.z=e.z+t.z,this.w=e.w+t.w,this}addScaledVector(e,t){return this.x+=e.x*t,this.y+=e.y*t,this.z+=e.z*t,this.w+=e.w*t,this}sub(e){return this.x-=e.x,this.y-=e.y,this.z-=e.z,this.w-=e.w,this}subScalar(e){return this.x-=e,this.y-=e,this.z-=e,this.w-=e,this}subVectors(e,t){return this.x=e.x-t.x,this.y=e.y-t.y,this.z=e.z-t.z,this.w=e.w-t.w,this}multiply(e){return this.x*=e.x,this.y*=e.y,this.z*=e.z,this.w*=e.w,this}multiplyScalar(e){return this.x*=e,this.y*=e,this.z*=e,this.w*=e,this}applyMatrix4(e){let t=this.x,n=this.y,s=this.z,r=this.w,o=e.elements;return this.x=o[0]*t+o[4]*n+o[8]*s+o[12]*r,this.y=o[1]*t+o[5]*n+o[9]*s+o[13]*r,this.z=o[2]*t+o[6]*n+o[10]*s+o[14]*r,this.w=o[3]*t+o[7]*n+o[11]*s+o[15]*r,this}divide(e){return this.x/=e.x,this.y/=e.y,this.z/=e.z,this.w/=e.w,this}divideScalar(e){return this.multiplyScalar(1/e)}setAxisAngleFromQuaternion(e){this.w=2*Math.acos(e.w);let t=Math.sqrt(1-e.w*e.w);return t<1e-4?(this.x=1,this.y=0,this.z=0):(this.x=e.x/t,this.y=e.y/t,this.z=e.z/t),this}setAxisAngleFromRotationMatrix(e){let t,n,s,r,l=e.elements,c=l[0],u=l[4],h=l[8],d=l[1],f=l[5],p=l[9],y=l[2],m=l[6],g=l[10];if(Math.abs(u-d)<.01&&Math.abs(h-y)<.01&&Math.abs(p-m)<.01){if(Math.abs(u+d)<.1&&Math.abs(h+y)<.1&&Math.abs(p+m)<.1&&Math.abs(c+f+g-3)<.1)return this.set(1,0,0,0),this;t=Math.PI;let T=(c+1)/2,b=(f+1)/2,A=(g+1)/2,w=(u+d)/4,x=(h+y)/4,M=(p+m)/4;return T>b&&T>A?T<.01?(n=0,s=.707106781,r=.707106781):(n=Math.sqrt(T),s=w/n,r=x/n):b>A?b<.01?(n=.707106781,s=0,r=.707106781):(s=Math.sqrt(b),n=w/s,r=M/s):A<.01?(n=.707106781,s=.707106781,r=0):(r=Math.sqrt(A),n=x/r,s=M/r),this.set(n,s,r,t),this}let v=Math.sqrt((m-p)*(m-p)+(h-y)*(h-y)+(d-u)*(d-u));return Math.abs(v)<.001&&(v=1),this.x=(m-p)/v,this.y=(h-y)/v,this.z=(d-u)/v,this.w=Math.acos((c+f+g-1)/2),this}setFromMatrixPosition(e){let t=e.elements;return this.x=t[12],this.y=t[13],this.z=t[14],this.w=t[15],this}min(e){return this.x=Math.min(this.x,e.x),this.y=Math.min(this.y,e.y),this.z=Math.min(this.z,e.z),this.w=Math.min(this.w,e.w),this}max(e){return this.x=Math.max(this.x,e.x),this.y=Math.max(this.y,e.y),this.z=Math.max(this.z,e.z),this.w=Math.max(this.w,e.w),this}clamp(e,t){return this.x=He(this.x,e.x,t.x),this.y=He(this.y,e.y,t.y),this.z=He(this.z,e.z,t.z),this.w=He(this.w,e.w,t.w),this}clampScalar(e,t){return this.x=He(this.x,e,t),this.y=He(this.y,e,t),this.z=He(this.z,e,t),this.w=He(this.w,e,t),this}clampLength(e,t){let n=this.length();return this.divideScalar(n||1).multiplyScalar(He(n,e,t))}floor(){return this.x=Math.floor(this.x),this.y=Math.floor(this.y),this.z=Math.floor(this.z),this.w=Math.floor(this.w),this}ceil(){return this.x=Math.ceil(this.x),this.y=Math.ceil(this.y),this.z=Math.ceil(this.z),this.w=Math.ceil(this.w),this}round(){return this.x=Math.round(this.x),this.y=Math.round(this.y),this.z=Math.round(this.z),this.w=Math.round(this.w),this}roundToZero(){return this.x=Math.trunc(this.x),this.y=Math.trunc(this.y),this.z=Math.trunc(this.z),this.w=Math.trunc(this.w),this}negate(){return this.x=-this.x,this.y=-this.y,this.z=-this.z,this.w=-this.w,this}dot(e){return this.x*e.x+this.y*e.y+this.z*e.z+this.w*e.w}lengthSq(){return this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w}length(){return Math.sqrt(this.x*this.x+this.y*this.y+this.z*this.z+this.w*this.w)}manhattanLength(){return Math.abs(this.x)+Math.abs(this.y)+Math.abs(this.z)+Math.abs(this.w)}normalize(){return this.divideScalar(this.length()||1)}setLength(e){return this.normalize().multiplyScalar(e)}lerp(e,t){return this.x+=(e.x-this.x)*t,this.y+=(e.y-this.y)*t,this.z+=(e.z-this.z)*t,this.w+=(e.w-this.w)*t,this}lerpVectors(e,t,n){return this.x=e.x+(t.x-e.x)*n,this.y=e.y+(t.y-e.y)*n,this.z=e.z+(t.z-e.z)*n,this.w=e.w+(t.w-e.w)*n,this}equals(e){return e.x===this.x&&e.y===this.y&&e.z===this.z&&e.w===this.w}fromArray(e,t=0){return this.x=e[t],this.y=e[t+1],this.z=e[t+2],this.w=e[t+3],this}toArray(e=[],t=0){return e[t]=this.x,e[t+1]=this.y,e[t+2]=this.z,e[t+3]=this.w,e}fromBufferAttribute(e,t){return this.x=e.getX(t),this.y=e.getY(t),this.z=e.getZ(t),this.w=e.getW(t),this}random(){return this.x=Math.random(),this.y=Math.random(),this.z=Math.random(),this.w=Math.random(),this}*[Symbol.iterator](){yield this.x,yield this.y,yield this.z,yield this.w}};Gd.prototype.isVector4=!0;var it=Gd,Ql=class extends ii{constructor(e=1,t=1,n={}){super(),n=Object.assign({generateMipmaps:!1,internalFormat:null,minFilter:Mt,depthBuffer:!0,stencilBuffer:!1,resolveColorBuffer:!0,resolveDepthBuffer:!0,resolveStencilBuffer:!0,storeMultisampledColorBuffer:!0,storeMultisampledDepthBuffer:!0,storeMultisampledStencilBuffer:!0,depthTexture:null,samples:0,count:1,depth:1,multiview:!1,useArrayDepthTexture:!1},n),this.isRenderTarget=!0,this.width=e,this.height=t,this.depth=n.depth,this.scissor=new it(0,0,e,t),this.scissorTest=!1,this.viewport=new it(0,0,e,t),this.textures=[];let s=n.count;for(let r=0;r<s;r++)this.textures[r]=new At({width:e,height:t,depth:n.depth}),this.textures[r].isRenderTargetTexture=!0,this.textures[r].renderTarget=this;this._setTextureOptions(n),this.depthBuffer=n.depthBuffer,this.stencilBuffer=n.stencilBuffer,this.resolveColorBuffer=n.resolveColorBuffer,this.resolveDepthBuffer=n.resolveDepthBuffer,this.resolveStencilBuffer=n.resolveStencilBuffer,this.storeMultisampledColorBuffer=n.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=n.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=n.storeMultisampledStencilBuffer,this._depthTexture=null,this.depthTexture=n.depthTexture,this.samples=n.samples,this.multiview=n.multiview,this.useArrayDepthTexture=n.useArrayDepthTexture}_setTextureOptions(e={}){let t={minFilter:Mt,generateMipmaps:!1,flipY:!1,internalFormat:null};e.mapping!==void 0&&(t.mapping=e.mapping),e.wrapS!==void 0&&(t.wrapS=e.wrapS),e.wrapT!==void 0&&(t.wrapT=e.wrapT),e.wrapR!==void 0&&(t.wrapR=e.wrapR),e.magFilter!==void 0&&(t.magFilter=e.magFilter),e.minFilter!==void 0&&(t.minFilter=e.minFilter),e.format!==void 0&&(t.format=e.format),e.type!==void 0&&(t.type=e.type),e.anisotropy!==void 0&&(t.anisotropy=e.anisotropy),e.colorSpace!==void 0&&(t.colorSpace=e.colorSpace),e.flipY!==void 0&&(t.flipY=e.flipY),e.generateMipmaps!==void 0&&(t.generateMipmaps=e.generateMipmaps),e.mipmapsAutoUpdate!==void 0&&(t.mipmapsAutoUpdate=e.mipmapsAutoUpdate),e.internalFormat!==void 0&&(t.internalFormat=e.internalFormat);for(let n=0;n<this.textures.length;n++)this.textures[n].setValues(t)}get texture(){return this.textures[0]}set texture(e){this.textures[0]=e}set depthTexture(e){this._depthTexture!==null&&this._depthTexture.renderTarget===this&&(this._depthTexture.renderTarget=null),e!==null&&e.renderTarget===null&&(e.renderTarget=this),this._depthTexture=e}get depthTexture(){return this._depthTexture}setSize(e,t,n=1){if(this.width!==e||this.height!==t||this.depth!==n){this.width=e,this.height=t,this.depth=n;for(let s=0,r=this.textures.length;s<r;s++)this.textures[s].image.width=e,this.textures[s].image.height=t,this.textures[s].image.depth=n,this.textures[s].isData3DTexture!==!0&&(this.textures[s].isArrayTexture=this.textures[s].image.depth>1);this.dispose()}this.viewport.set(0,0,e,t),this.scissor.set(0,0,e,t)}clone(){return new this.constructor().copy(this)}copy(e){this.width=e.width,this.height=e.height,this.depth=e.depth,this.scissor.copy(e.scissor),this.scissorTest=e.scissorTest,this.viewport.copy(e.viewport),this.textures.length=0;for(let t=0,n=e.textures.length;t<n;t++){this.textures[t]=e.textures[t].clone(),this.textures[t].isRenderTargetTexture=!0,this.textures[t].renderTarget=this;let s=Object.assign({},e.textures[t].image);this.textures[t].source=new Br(s)}if(this.depthBuffer=e.depthBuffer,this.stencilBuffer=e.stencilBuffer,this.resolveColorBuffer=e.resolveColorBuffer,this.resolveDepthBuffer=e.resolveDepthBuffer,this.resolveStencilBuffer=e.resolveStencilBuffer,this.storeMultisampledColorBuffer=e.storeMultisampledColorBuffer,this.storeMultisampledDepthBuffer=e.storeMultisampledDepthBuffer,this.storeMultisampledStencilBuffer=e.storeMultisampledStencilBuffer,e.depthTexture!==null)if(e.depthTexture.renderTarget===e){let t=e.depthTexture.clone();t.renderTarget=null,this.depthTexture=t}else this.depthTexture=e.depthTexture;else this.depthTexture=null;return this.samples=e.samples,this.multiview=e.multiview,this.useArrayDepthTexture=e.useArrayDepthTexture,this}dispose(){this.dispatchEvent({type:"dispose"})}},Dn=class extends Ql{constructor(e=1,t=1,n={}){super(e,t,n),this.isWebGLRenderTarget=!0}},Ho=class extends At{constructor(e=null,t=1,n=1,s=1){super(null),this.isDataArrayTexture=!0,this.image={data:e,width:t,height:n,depth:s},this.magFilter=Tt,this.minFilter=Tt,this.wrapR=Xn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1,this.layerUpdates=new Set}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}addLayerUpdate(e){this.layerUpdates.add(e)}clearLayerUpdates(){this.layerUpdates.clear()}};var ec=class extends At{constructor(e=null,t=1,n=1,s=1){super(null),this.isData3DTexture=!0,this.image={data:e,width:t,height:n,depth:s},this.magFilter=Tt,this.minFilter=Tt,this.wrapR=Xn,this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}copy(e){return super.copy(e),this.wrapR=e.wrapR,this}};var mc=class mc{constructor(e,t,n,s,r,o,a,l,c,u,h,d,f,p,y,m){this.elements=[1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1],e!==void 0&&this.set(e,t,n,s,r,o,a,l,c,u,h,d,f,p,y,m)}set(e,t,n,s,r,o,a,l,c,u,h,d,f,p,y,m){let g=this.elements;return g[0]=e,g[4]=t,g[8]=n,g[12]=s,g[1]=r,g[5]=o,g[9]=a,g[13]=l,g[2]=c,g[6]=u,g[10]=h,g[14]=d,g[3]=f,g[7]=p,g[11]=y,g[15]=m,this}identity(){return this.set(1,0,0,0,0,1,0,0,0,0,1,0,0,0,0,1),this}clone(){return new mc().fromArray(this.elements)}copy(e){let t=this.elements,n=e.elements;return t[0]=n[0],t[1]=n[1],t[2]=n[2],t[3]=n[3],t[4]=n[4],t[5]=n[5],t[6]=n[6],t[7]=n[7],t[8]=n[8],t[9]=n[9],t[10]=n[10],t[11]=n[11],t[12]=n[12],t[13]=n[13],t[14]=n[14],t[15]=n[15],this}copyPosition(e){let t=this.elements,n=e.elements;return t[12]=n[12],t[13]=n[13],t[14]=n[14],this}setFromMatrix3(e){let t=e.elements;return this.set(t[0],t[3],t[6],0,t[1],t[4],t[7],0,t[2],t[5],t[8],0,0,0,0,1),this}extractBasis(e,t,n){return this.determinantAffine()===0?(e.set(1,0,0),t.set(0,1,0),n.set(0,0,1),this):(e.setFromMatrixColumn(this,0),t.setFromMatrixColumn(this,1),n.setFromMatrixColumn(this,2),this)}makeBasis(e,t,n){return this.set(e.x,t.x,n.x,0,e.y,t.y,n.y,0,e.z,t.z,n.z,0,0,0,0,1),this}extractRotation(e){if(e.determinantAffine()===0)return this.identity();let t=this.elements,n=e.elements,s=1/yr.setFromMatrixColumn(e,0).length(),r=1/yr.setFromMatrixColumn(e,1).length(),o=1/yr.setFromMatrixColumn(e,2).length();return t[0]=n[0]*s,t[1]=n[1]*s,t[2]=n[2]*s,t[3]=0,t[4]=n[4]*r,t[5]=n[5]*r,t[6]=n[6]*r,t[7]=0,t[8]=n[8]*o,t[9]=n[9]*o,t[10]=n[10]*o,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromEuler(e){let t=this.elements,n=e.x,s=e.y,r=e.z,o=Math.cos(n),a=Math.sin(n),l=Math.cos(s),c=Math.sin(s),u=Math.cos(r),h=Math.sin(r);if(e.order==="XYZ"){let d=o*u,f=o*h,p=a*u,y=a*h;t[0]=l*u,t[4]=-l*h,t[8]=c,t[1]=f+p*c,t[5]=d-y*c,t[9]=-a*l,t[2]=y-d*c,t[6]=p+f*c,t[10]=o*l}else if(e.order==="YXZ"){let d=l*u,f=l*h,p=c*u,y=c*h;t[0]=d+y*a,t[4]=p*a-f,t[8]=o*c,t[1]=o*h,t[5]=o*u,t[9]=-a,t[2]=f*a-p,t[6]=y+d*a,t[10]=o*l}else if(e.order==="ZXY"){let d=l*u,f=l*h,p=c*u,y=c*h;t[0]=d-y*a,t[4]=-o*h,t[8]=p+f*a,t[1]=f+p*a,t[5]=o*u,t[9]=y-d*a,t[2]=-o*c,t[6]=a,t[10]=o*l}else if(e.order==="ZYX"){let d=o*u,f=o*h,p=a*u,y=a*h;t[0]=l*u,t[4]=p*c-f,t[8]=d*c+y,t[1]=l*h,t[5]=y*c+d,t[9]=f*c-p,t[2]=-c,t[6]=a*l,t[10]=o*l}else if(e.order==="YZX"){let d=o*l,f=o*c,p=a*l,y=a*c;t[0]=l*u,t[4]=y-d*h,t[8]=p*h+f,t[1]=h,t[5]=o*u,t[9]=-a*u,t[2]=-c*u,t[6]=f*h+p,t[10]=d-y*h}else if(e.order==="XZY"){let d=o*l,f=o*c,p=a*l,y=a*c;t[0]=l*u,t[4]=-h,t[8]=c*u,t[1]=d*h+y,t[5]=o*u,t[9]=f*h-p,t[2]=p*h-f,t[6]=a*u,t[10]=y*h+d}return t[3]=0,t[7]=0,t[11]=0,t[12]=0,t[13]=0,t[14]=0,t[15]=1,this}makeRotationFromQuaternion(e){return this.compose(Ov,e,Bv)}lookAt(e,t,n){let s=this.elements;return Ln.subVectors(e,t),Ln.lengthSq()===0&&(Ln.z=1),Ln.normalize(),ns.crossVectors(n,Ln),ns.lengthSq()===0&&(Math.abs(n.z)===1?Ln.x+=1e-4:Ln.z+=1e-4,Ln.normalize(),ns.crossVectors(n,Ln)),ns.normalize(),yl.crossVectors(Ln,ns),s[0]=ns.x,s[4]=yl.x,s[8]=Ln.x,s[1]=ns.y,s[5]=yl.y,s[9]=Ln.y,s[2]=ns.z,s[6]=yl.z,s[10]=Ln.z,this}multiply(e){return this.multiplyMatrices(this,e)}premultiply(e){return this.multiplyMatrices(e,this)}multiplyMatrices(e,t){let n=e.elements,s=t.elements,r=this.elements,o=n[0],a=n[4],l=n[8],c=n[12],u=n[1],h=n[5],d=n[9],f=n[13],p=n[2],y=n[6],m=n[10],g=n[14],v=n[3],T=n[7],b=n[11],A=n[15],w=s[0],x=s[4],M=s[8],L=s[12],R=s[1],I=s[5],U=s[9],V=s[13],N=s[2],G=s[6],k=s[10],W=s[14],ee=s[3],q=s[7],J=s[11],te=s[15];return r[0]=o*w+a*R+l*N+c*ee,r[4]=o*x+a*I+l*G+c*q,r[8]=o*M+a*U+l*k+c*J,r[12]=o*L+a*V+l*W+c*te,r[1]=u*w+h*R+d*N+f*ee,r[5]=u*x+h*I+d*G+f*q,r[9]=u*M+h*U+d*k+f*J,r[13]=u*L+h*V+d*W+f*te,r[2]=p*w+y*R+m*N+g*ee,r[6]=p*x+y*I+m*G+g*q,r[10]=p*M+y*U+m*k+g*J,r[14]=p*L+y*V+m*W+g*te,r[3]=v*w+T*R+b*N+A*ee,r[7]=v*x+T*I+b*G+A*q,r[11]=v*M+T*U+b*k+A*J,r[15]=v*L+T*V+b*W+A*te,this}multiplyScalar(e){let t=this.elements;return t[0]*=e,t[4]*=e,t[8]*=e,t[12]*=e,t[1]*=e,t[5]*=e,t[9]*=e,t[13]*=e,t[2]*=e,t[6]*=e,t[10]*=e,t[14]*=e,t[3]*=e,t[7]*=e,t[11]*=e,t[15]*=e,this}determinant(){let e=this.elements,t=e[0],n=e[4],s=e[8],r=e[12],o=e[1],a=e[5],l=e[9],c=e[13],u=e[2],h=e[6],d=e[10],f=e[14],p=e[3],y=e[7],m=e[11],g=e[15],v=l*f-c*d,T=a*f-c*h,b=a*d-l*h,A=o*f-c*u,w=o*d-l*u,x=o*h-a*u;return t*(y*v-m*T+g*b)-n*(p*v-m*A+g*w)+s*(p*T-y*A+g*x)-r*(p*b-y*w+m*x)}determinantAffine(){let e=this.elements,t=e[0],n=e[4],s=e[8],r=e[1],o=e[5],a=e[9],l=e[2],c=e[6],u=e[10];return t*(o*u-a*c)-n*(r*u-a*l)+s*(r*c-o*l)}transpose(){let e=this.elements,t;return t=e[1],e[1]=e[4],e[4]=t,t=e[2],e[2]=e[8],e[8]=t,t=e[6],e[6]=e[9],e[9]=t,t=e[3],e[3]=e[12],e[12]=t,t=e[7],e[7]=e[13],e[13]=t,t=e[11],e[11]=e[14],e[14]=t,this}setPosition(e,t,n){let s=this.elements;return e.isVector3?(s[12]=e.x,s[13]=e.y,s[14]=e.z):(s[12]=e,s[13]=t,s[14]=n),this}invert(){let e=this.elements,t=e[0],n=e[1],s=e[2],r=e[3],o=e[4],a=e[5],l=e[6],c=e[7],u=e[8],h=e[9],d=e[10],f=e[11],p=e[12],y=e[13],m=e[14],g=e[15],v=t*a-n*o,T=t*l-s*o,b=t*c-r*o,A=n*l-s*a,w=n*c-r*a,x=s*c-r*l,M=u*y-h*p,L=u*m-d*p,R=u*g-f*p,I=h*m-d*y,U=h*g-f*y,V=d*g-f*m,N=v*V-T*U+b*I+A*R-w*L+x*M;if(N===0)return this.set(0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0);let G=1/N;return e[0]=(a*V-l*U+c*I)*G,e[1]=(s*U-n*V-r*I)*G,e[2]=(y*x-m*w+g*A)*G,e[3]=(d*w-h*x-f*A)*G,e[4]=(l*R-o*V-c*L)*G,e[5]=(t*V-s*R+r*L)*G,e[6]=(m*b-p*x-g*T)*G,e[7]=(u*x-d*b+f*T)*G,e[8]=(o*U-a*R+c*M)*G,e[9]=(n*R-t*U-r*M)*G,e[10]=(p*w-y*b+g*v)*G,e[11]=(h*b-u*w-f*v)*G,e[12]=(a*L-o*I-l*M)*G,e[13]=(t*I-n*L+s*M)*G,e[14]=(y*T-p*A-m*v)*G,e[15]=(u*A-h*T+d*v)*G,this}scale(e){let t=this.elements,n=e.x,s=e.y,r=e.z;return t[0]*=n,t[4]*=s,t[8]*=r,t[1]*=n,t[5]*=s,t[9]*=r,t[2]*=n,t[6]*=s,t[10]*=r,t[3]*=n,t[7]*=s,t[11]*=r,this}getMaxScaleOnAxis(){let e=this.elements,t=e[0]*e[0]+e[1]*e[1]+e[2]*e[2],n=e[4]*e[4]+e[5]*e[5]+e[6]*e[6],s=e[8]*e[8]+e[9]*e[9]+e[10]*e[10];return Math.sqrt(Math.max(t,n,s))}makeTranslation(e,t,n){return e.isVector3?this.set(1,0,0,e.x,0,1,0,e.y,0,0,1,e.z,0,0,0,1):this.set(1,0,0,e,0,1,0,t,0,0,1,n,0,0,0,1),this}makeRotationX(e){let t=Math.cos(e),n=Math.sin(e);return this.set(1,0,0,0,0,t,-n,0,0,n,t,0,0,0,0,1),this}makeRotationY(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,0,n,0,0,1,0,0,-n,0,t,0,0,0,0,1),this}makeRotationZ(e){let t=Math.cos(e),n=Math.sin(e);return this.set(t,-n,0,0,n,t,0,0,0,0,1,0,0,0,0,1),this}makeRotationAxis(e,t){let n=Math.cos(t),s=Math.sin(t),r=1-n,o=e.x,a=e.y,l=e.z,c=r*o,u=r*a;return this.set(c*o+n,c*a-s*l,c*l+s*a,0,c*a+s*l,u*a+n,u*l-s*o,0,c*l-s*a,u*l+s*o,r*l*l+n,0,0,0,0,1),this}makeScale(e,t,n){return this.set(e,0,0,0,0,t,0,0,0,0,n,0,0,0,0,1),this}makeShear(e,t,n,s,r,o){return this.set(1,n,r,0,e,1,o,0,t,s,1,0,0,0,0,1),this}compose(e,t,n){let s=this.elements,r=t._x,o=t._y,a=t._z,l=t._w,c=r+r,u=o+o,h=a+a,d=r*c,f=r*u,p=r*h,y=o*u,m=o*h,g=a*h,v=l*c,T=l*u,b=l*h,A=n.x,w=n.y,x=n.z;return s[0]=(1-(y+g))*A,s[1]=(f+b)*A,s[2]=(p-T)*A,s[3]=0,s[4]=(f-b)*w,s[5]=(1-(d+g))*w,s[6]=(m+v)*w,s[7]=0,s[8]=(p+T)*x,s[9]=(m-v)*x,s[10]=(1-(d+y))*x,s[11]=0,s[12]=e.x,s[13]=e.y,s[14]=e.z,s[15]=1,this}decompose(e,t,n){let s=this.elements;e.x=s[12],e.y=s[13],e.z=s[14];let r=this.determinantAffine();if(r===0)return n.set(1,1,1),t.identity(),this;let o=yr.set(s[0],s[1],s[2]).length(),a=yr.set(s[4],s[5],s[6]).length(),l=yr.set(s[8],s[9],s[10]).length();r<0&&(o=-o),ei.copy(this);let c=1/o,u=1/a,h=1/l;return ei.elements[0]*=c,ei.elements[1]*=c,ei.elements[2]*=c,ei.elements[4]*=u,ei.elements[5]*=u,ei.elements[6]*=u,ei.elements[8]*=h,ei.elements[9]*=h,ei.elements[10]*=h,t.setFromRotationMatrix(ei),n.x=o,n.y=a,n.z=l,this}makePerspective(e,t,n,s,r,o,a=qn,l=!1){let c=this.elements,u=2*r/(t-e),h=2*r/(n-s),d=(t+e)/(t-e),f=(n+s)/(n-s),p,y;if(l)p=r/(o-r),y=o*r/(o-r);else if(a===qn)p=-(o+r)/(o-r),y=-2*o*r/(o-r);else if(a===Fr)p=-o/(o-r),y=-o*r/(o-r);else throw new Error("THREE.Matrix4.makePerspective(): Invalid coordinate system: "+a);return c[0]=u,c[4]=0,c[8]=d,c[12]=0,c[1]=0,c[5]=h,c[9]=f,c[13]=0,c[2]=0,c[6]=0,c[10]=p,c[14]=y,c[3]=0,c[7]=0,c[11]=-1,c[15]=0,this}makeOrthographic(e,t,n,s,r,o,a=qn,l=!1){let c=this.elements,u=2/(t-e),h=2/(n-s),d=-(t+e)/(t-e),f=-(n+s)/(n-s),p,y;if(l)p=1/(o-r),y=o/(o-r);else if(a===qn)p=-2/(o-r),y=-(o+r)/(o-r);else if(a===Fr)p=-1/(o-r),y=-r/(o-r);else throw new Error("THREE.Matrix4.makeOrthographic(): Invalid coordinate system: "+a);return c[0]=u,c[4]=0,c[8]=0,c[12]=d,c[1]=0,c[5]=h,c[9]=0,c[13]=f,c[2]=0,c[6]=0,c[10]=p,c[14]=y,c[3]=0,c[7]=0,c[11]=0,c[15]=1,this}equals(e){let t=this.elements,n=e.elements;for(let s=0;s<16;s++)if(t[s]!==n[s])return!1;return!0}fromArray(e,t=0){for(let n=0;n<16;n++)this.elements[n]=e[n+t];return this}toArray(e=[],t=0){let n=this.elements;return e[t]=n[0],e[t+1]=n[1],e[t+2]=n[2],e[t+3]=n[3],e[t+4]=n[4],e[t+5]=n[5],e[t+6]=n[6],e[t+7]=n[7],e[t+8]=n[8],e[t+9]=n[9],e[t+10]=n[10],e[t+11]=n[11],e[t+12]=n[12],e[t+13]=n[13],e[t+14]=n[14],e[t+15]=n[15],e}};mc.prototype.isMatrix4=!0;var ge=mc,yr=new P,ei=new ge,Ov=new P(0,0,0),Bv=new P(1,1,1),ns=new P,yl=new P,Ln=new P,Tm=new ge,Am=new at,si=class i{constructor(e=0,t=0,n=0,s=i.DEFAULT_ORDER){this.isEuler=!0,this._x=e,this._y=t,this._z=n,this._order=s}get x(){return this._x}set x(e){this._x=e,this._onChangeCallback()}get y(){return this._y}set y(e){this._y=e,this._onChangeCallback()}get z(){return this._z}set z(e){this._z=e,this._onChangeCallback()}get order(){return this._order}set order(e){this._order=e,this._onChangeCallback()}set(e,t,n,s=this._order){return this._x=e,this._y=t,this._z=n,this._order=s,this._onChangeCallback(),this}clone(){return new this.constructor(this._x,this._y,this._z,this._order)}copy(e){return this._x=e._x,this._y=e._y,this._z=e._z,this._order=e._order,this._onChangeCallback(),this}setFromRotationMatrix(e,t=this._order,n=!0){let s=e.elements,r=s[0],o=s[4],a=s[8],l=s[1],c=s[5],u=s[9],h=s[2],d=s[6],f=s[10];switch(t){case"XYZ":this._y=Math.asin(He(a,-1,1)),Math.abs(a)<.9999999?(this._x=Math.atan2(-u,f),this._z=Math.atan2(-o,r)):(this._x=Math.atan2(d,c),this._z=0);break;case"YXZ":this._x=Math.asin(-He(u,-1,1)),Math.abs(u)<.9999999?(this._y=Math.atan2(a,f),this._z=Math.atan2(l,c)):(this._y=Math.atan2(-h,r),this._z=0);break;case"ZXY":this._x=Math.asin(He(d,-1,1)),Math.abs(d)<.9999999?(this._y=Math.atan2(-h,f),this._z=Math.atan2(-o,c)):(this._y=0,this._z=Math.atan2(l,r));break;case"ZYX":this._y=Math.asin(-He(h,-1,1)),Math.abs(h)<.9999999?(this._x=Math.atan2(d,f),this._z=Math.atan2(l,r)):(this._x=0,this._z=Math.atan2(-o,c));break;case"YZX":this._z=Math.asin(He(l,-1,1)),Math.abs(l)<.9999999?(this._x=Math.atan2(-u,c),this._y=Math.atan2(-h,r)):(this._x=0,this._y=Math.atan2(a,f));break;case"XZY":this._z=Math.asin(-He(o,-1,1)),Math.abs(o)<.9999999?(this._x=Math.atan2(d,c),this._y=Math.atan2(a,r)):(this._x=Math.atan2(-u,f),this._y=0);break;default:Ce("Euler: .setFromRotationMatrix() encountered an unknown order: "+t)}return this._order=t,n===!0&&this._onChangeCallback(),this}setFromQuaternion(e,t,n){return Tm.makeRotationFromQuaternion(e),this.setFromRotationMatrix(Tm,t,n)}setFromVector3(e,t=this._order){return this.set(e.x,e.y,e.z,t)}reorder(e){return Am.setFromEuler(this),this.setFromQuaternion(Am,e)}equals(e){return e._x===this._x&&e._y===this._y&&e._z===this._z&&e._order===this._order}fromArray(e){return this._x=e[0],this._y=e[1],this._z=e[2],e[3]!==void 0&&(this._order=e[3]),this._onChangeCallback(),this}toArray(e=[],t=0){return e[t]=this._x,e[t+1]=this._y,e[t+2]=this._z,e[t+3]=this._order,e}_onChange(e){return this._onChangeCallback=e,this}_onChangeCallback(){}*[Symbol.iterator](){yield this._x,yield this._y,yield this._z,yield this._order}};si.DEFAULT_ORDER="XYZ";var kr=class{constructor(){this.mask=1}set(e){this.mask=(1<<e|0)>>>0}enable(e){this.mask|=1<<e|0}enableAll(){this.mask=-1}toggle(e){this.mask^=1<<e|0}disable(e){this.mask&=~(1<<e|0)}disableAll(){this.mask=0}test(e){return(this.mask&e.mask)!==0}isEnabled(e){return(this.mask&(1<<e|0))!==0}},kv=0,Rm=new P,xr=new at,Ni=new ge,xl=new P,Ao=new P,Hv=new P,zv=new at,Cm=new P(1,0,0),Pm=new P(0,1,0),Im=new P(0,0,1),Lm={type:"added"},Vv={type:"removed"},vr={type:"childadded",child:null},Th={type:"childremoved",child:null},Rt=class i extends ii{constructor(){super(),this.isObject3D=!0,Object.defineProperty(this,"id",{value:kv++}),this.uuid=Si(),this.name="",this.type="Object3D",this.parent=null,this.children=[],this.up=i.DEFAULT_UP.clone();let e=new P,t=new si,n=new at,s=new P(1,1,1);function r(){n.setFromEuler(t,!1)}function o(){t.setFromQuaternion(n,void 0,!1)}t._onChange(r),n._onChange(o),Object.defineProperties(this,{position:{configurable:!0,enumerable:!0,value:e},rotation:{configurable:!0,enumerable:!0,value:t},quaternion:{configurable:!0,enumerable:!0,value:n},scale:{configurable:!0,enumerable:!0,value:s},modelViewMatrix:{value:new ge},normalMatrix:{value:new Be}}),this.matrix=new ge,this.matrixWorld=new ge,this.matrixAutoUpdate=i.DEFAULT_MATRIX_AUTO_UPDATE,this.matrixWorldAutoUpdate=i.DEFAULT_MATRIX_WORLD_AUTO_UPDATE,this.matrixWorldNeedsUpdate=!1,this.layers=new kr,this.visible=!0,this.castShadow=!1,this.receiveShadow=!1,this.frustumCulled=!0,this.renderOrder=0,this.animations=[],this.customDepthMaterial=void 0,this.customDistanceMaterial=void 0,this.static=!1,this.userData={},this.pivot=null}onBeforeShadow(){}onAfterShadow(){}onBeforeRender(){}onAfterRender(){}applyMatrix4(e){this.matrixAutoUpdate&&this.updateMatrix(),this.matrix.premultiply(e),this.matrix.decompose(this.position,this.quaternion,this.scale),this.pivot!==null&&this.position.copy(this.pivot).applyMatrix4(this.matrix).sub(this.pivot)}applyQuaternion(e){return this.quaternion.premultiply(e),this}setRotationFromAxisAngle(e,t){this.quaternion.setFromAxisAngle(e,t)}setRotationFromEuler(e){this.quaternion.setFromEuler(e,!0)}setRotationFromMatrix(e){this.quaternion.setFromRotationMatrix(e)}setRotationFromQuaternion(e){this.quaternion.copy(e)}rotateOnAxis(e,t){return xr.setFromAxisAngle(e,t),this.quaternion.multiply(xr),this}rotateOnWorldAxis(e,t){return xr.setFromAxisAngle(e,t),this.quaternion.premultiply(xr),this}rotateX(e){return this.rotateOnAxis(Cm,e)}rotateY(e){return this.rotateOnAxis(Pm,e)}rotateZ(e){return this.rotateOnAxis(Im,e)}translateOnAxis(e,t){return Rm.copy(e).applyQuaternion(this.quaternion),this.position.add(Rm.multiplyScalar(t)),this}translateX(e){return this.translateOnAxis(Cm,e)}translateY(e){return this.translateOnAxis(Pm,e)}translateZ(e){return this.translateOnAxis(Im,e)}localToWorld(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(this.matrixWorld)}worldToLocal(e){return this.updateWorldMatrix(!0,!1),e.applyMatrix4(Ni.copy(this.matrixWorld).invert())}lookAt(e,t,n){e.isVector3?xl.copy(e):xl.set(e,t,n);let s=this.parent;this.updateWorldMatrix(!0,!1),Ao.setFromMatrixPosition(this.matrixWorld),this.isCamera||this.isLight?Ni.lookAt(Ao,xl,this.up):Ni.lookAt(xl,Ao,this.up),this.quaternion.setFromRotationMatrix(Ni),s&&(Ni.extractRotation(s.matrixWorld),xr.setFromRotationMatrix(Ni),this.quaternion.premultiply(xr.invert()))}add(e){if(arguments.length>1){for(let t=0;t<arguments.length;t++)this.add(arguments[t]);return this}return e===this?(Fe("Object3D.add: object can't be added as a child of itself.",e),this):(e&&e.isObject3D?(e.removeFromParent(),e.parent=this,this.children.push(e),e.dispatchEvent(Lm),vr.child=e,this.dispatchEvent(vr),vr.child=null):Fe("Object3D.add: object not an instance of THREE.Object3D.",e),this)}remove(e){if(arguments.length>1){for(let n=0;n<arguments.length;n++)this.remove(arguments[n]);return this}let t=this.children.indexOf(e);return t!==-1&&(e.parent=null,this.children.splice(t,1),e.dispatchEvent(Vv),Th.child=e,this.dispatchEvent(Th),Th.child=null),this}removeFromParent(){let e=this.parent;return e!==null&&e.remove(this),this}clear(){return this.remove(...this.children)}attach(e){return this.updateWorldMatrix(!0,!1),Ni.copy(this.matrixWorld).invert(),e.parent!==null&&(e.parent.updateWorldMatrix(!0,!1),Ni.multiply(e.parent.matrixWorld)),e.applyMatrix4(Ni),e.removeFromParent(),e.parent=this,this.children.push(e),e.updateWorldMatrix(!1,!0),e.dispatchEvent(Lm),vr.child=e,this.dispatchEvent(vr),vr.child=null,this}getObjectById(e){return this.getObjectByProperty("id",e)}getObjectByName(e){return this.getObjectByProperty("name",e)}getObjectByProperty(e,t){if(this[e]===t)return this;for(let n=0,s=this.children.length;n<s;n++){let o=this.children[n].getObjectByProperty(e,t);if(o!==void 0)return o}}getObjectsByProperty(e,t,n=[]){this[e]===t&&n.push(this);let s=this.children;for(let r=0,o=s.length;r<o;r++)s[r].getObjectsByProperty(e,t,n);return n}getWorldPosition(e){return this.updateWorldMatrix(!0,!1),e.setFromMatrixPosition(this.matrixWorld)}getWorldQuaternion(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Ao,e,Hv),e}getWorldScale(e){return this.updateWorldMatrix(!0,!1),this.matrixWorld.decompose(Ao,zv,e),e}getWorldDirection(e){this.updateWorldMatrix(!0,!1);let t=this.matrixWorld.elements;return e.set(t[8],t[9],t[10]).normalize()}raycast(){}intersectsFrustum(){return!0}traverse(e){e(this);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].traverse(e)}traverseVisible(e){if(this.visible===!1)return;e(this);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].traverseVisible(e)}traverseAncestors(e){let t=this.parent;t!==null&&(e(t),t.traverseAncestors(e))}updateMatrix(){this.matrix.compose(this.position,this.quaternion,this.scale);let e=this.pivot;if(e!==null){let t=e.x,n=e.y,s=e.z,r=this.matrix.elements;r[12]+=t-r[0]*t-r[4]*n-r[8]*s,r[13]+=n-r[1]*t-r[5]*n-r[9]*s,r[14]+=s-r[2]*t-r[6]*n-r[10]*s}this.matrixWorldNeedsUpdate=!0}updateMatrixWorld(e){this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||e)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,e=!0);let t=this.children;for(let n=0,s=t.length;n<s;n++)t[n].updateMatrixWorld(e)}updateWorldMatrix(e,t,n=!1){let s=this.parent;if(e===!0&&s!==null&&s.updateWorldMatrix(!0,!1),this.matrixAutoUpdate&&this.updateMatrix(),(this.matrixWorldNeedsUpdate||n)&&(this.matrixWorldAutoUpdate===!0&&(this.parent===null?this.matrixWorld.copy(this.matrix):this.matrixWorld.multiplyMatrices(this.parent.matrixWorld,this.matrix)),this.matrixWorldNeedsUpdate=!1,n=!0),t===!0){let r=this.children;for(let o=0,a=r.length;o<a;o++)r[o].updateWorldMatrix(!1,!0,n)}}toJSON(e){let t=e===void 0||typeof e=="string",n={};t&&(e={geometries:{},materials:{},textures:{},images:{},shapes:{},skeletons:{},animations:{},nodes:{}},n.metadata={version:4.7,type:"Object",generator:"Object3D.toJSON"});let s={};s.uuid=this.uuid,s.type=this.type,s.name=this.name,s.castShadow=this.castShadow,s.receiveShadow=this.receiveShadow,s.visible=this.visible,s.frustumCulled=this.frustumCulled,s.renderOrder=this.renderOrder,s.static=this.static,s.matrixAutoUpdate=this.matrixAutoUpdate,Object.keys(this.userData).length>0&&(s.userData=this.userData),s.layers=this.layers.mask,s.matrix=this.matrix.toArray(),s.up=this.up.toArray(),this.pivot!==null&&(s.pivot=this.pivot.toArray()),this.morphTargetDictionary!==void 0&&(s.morphTargetDictionary=Object.assign({},this.morphTargetDictionary)),this.morphTargetInfluences!==void 0&&(s.morphTargetInfluences=this.morphTargetInfluences.slice()),this.isInstancedMesh&&(s.type="InstancedMesh",s.count=this.count,s.instanceMatrix=this.instanceMatrix.toJSON(),this.instanceColor!==null&&(s.instanceColor=this.instanceColor.toJSON())),this.isBatchedMesh&&(s.type="BatchedMesh",s.perObjectFrustumCulled=this.perObjectFrustumCulled,s.sortObjects=this.sortObjects,s.drawRanges=this._drawRanges,s.reservedRanges=this._reservedRanges,s.geometryInfo=this._geometryInfo.map(a=>({...a,boundingBox:a.boundingBox?a.boundingBox.toJSON():void 0,boundingSphere:a.boundingSphere?a.boundingSphere.toJSON():void 0})),s.instanceInfo=this._instanceInfo.map(a=>({...a})),s.availableInstanceIds=this._availableInstanceIds.slice(),s.availableGeometryIds=this._availableGeometryIds.slice(),s.nextIndexStart=this._nextIndexStart,s.nextVertexStart=this._nextVertexStart,s.geometryCount=this._geometryCount,s.maxInstanceCount=this._maxInstanceCount,s.maxVertexCount=this._maxVertexCount,s.maxIndexCount=this._maxIndexCount,s.geometryInitialized=this._geometryInitialized,s.matricesTexture=this._matricesTexture.toJSON(e),s.indirectTexture=this._indirectTexture.toJSON(e),this._colorsTexture!==null&&(s.colorsTexture=this._colorsTexture.toJSON(e)),this.boundingSphere!==null&&(s.boundingSphere=this.boundingSphere.toJSON()),this.boundingBox!==null&&(s.boundingBox=this.boundingBox.toJSON()));function r(a,l){return a[l.uuid]===void 0&&(a[l.uuid]=l.toJSON(e)),l.uuid}if(this.isScene)this.background&&(this.background.isColor?s.background=this.background.toJSON():this.background.isTexture&&(s.background=this.background.toJSON(e).uuid)),this.environment&&this.environment.isTexture&&this.environment.isRenderTargetTexture!==!0&&(s.environment=this.environment.toJSON(e).uuid);else if(this.isMesh||this.isLine||this.isPoints){s.geometry=r(e.geometries,this.geometry);let a=this.geometry.parameters;if(a!==void 0&&a.shapes!==void 0){let l=a.shapes;if(Array.isArray(l))for(let c=0,u=l.length;c<u;c++){let h=l[c];r(e.shapes,h)}else r(e.shapes,l)}}if(this.isSkinnedMesh&&(s.bindMode=this.bindMode,s.bindMatrix=this.bindMatrix.toArray(),this.skeleton!==void 0&&(r(e.skeletons,this.skeleton),s.skeleton=this.skeleton.uuid)),this.material!==void 0)if(Array.isArray(this.material)){let a=[];for(let l=0,c=this.material.length;l<c;l++)a.push(r(e.materials,this.material[l]));s.material=a}else s.material=r(e.materials,this.material);if(this.children.length>0){s.children=[];for(let a=0;a<this.children.length;a++)s.children.push(this.children[a].toJSON(e).object)}if(this.animations.length>0){s.animations=[];for(let a=0;a<this.animations.length;a++){let l=this.animations[a];s.animations.push(r(e.animations,l))}}if(t){let a=o(e.geometries),l=o(e.materials),c=o(e.textures),u=o(e.images),h=o(e.shapes),d=o(e.skeletons),f=o(e.animations),p=o(e.nodes);a.length>0&&(n.geometries=a),l.length>0&&(n.materials=l),c.length>0&&(n.textures=c),u.length>0&&(n.images=u),h.length>0&&(n.shapes=h),d.length>0&&(n.skeletons=d),f.length>0&&(n.animations=f),p.length>0&&(n.nodes=p)}return n.object=s,n;function o(a){let l=[];for(let c in a){let u=a[c];delete u.metadata,l.push(u)}return l}}clone(e){return new this.constructor().copy(this,e)}copy(e,t=!0){if(this.name=e.name,this.up.copy(e.up),this.position.copy(e.position),this.rotation.order=e.rotation.order,this.quaternion.copy(e.quaternion),this.scale.copy(e.scale),this.pivot=e.pivot!==null?e.pivot.clone():null,this.matrix.copy(e.matrix),this.matrixWorld.copy(e.matrixWorld),this.matrixAutoUpdate=e.matrixAutoUpdate,this.matrixWorldAutoUpdate=e.matrixWorldAutoUpdate,this.matrixWorldNeedsUpdate=e.matrixWorldNeedsUpdate,this.layers.mask=e.layers.mask,this.visible=e.visible,this.castShadow=e.castShadow,this.receiveShadow=e.receiveShadow,this.frustumCulled=e.frustumCulled,this.renderOrder=e.renderOrder,this.static=e.static,this.animations=e.animations.slice(),this.userData=JSON.parse(JSON.stringify(e.userData)),t===!0)for(let n=0;n<e.children.length;n++){let s=e.children[n];this.add(s.clone())}return this}dispose(){this.dispatchEvent({type:"dispose"})}};Rt.DEFAULT_UP=new P(0,1,0);Rt.DEFAULT_MATRIX_AUTO_UPDATE=!0;Rt.DEFAULT_MATRIX_WORLD_AUTO_UPDATE=!0;var Ke=class extends Rt{constructor(){super(),this.isGroup=!0,this.type="Group"}},Gv={type:"move"},Hr=class{constructor(){this._targetRay=null,this._grip=null,this._hand=null}getHandSpace(){return this._hand===null&&(this._hand=new Ke,this._hand.matrixAutoUpdate=!1,this._hand.visible=!1,this._hand.joints={},this._hand.inputState={pinching:!1}),this._hand}getTargetRaySpace(){return this._targetRay===null&&(this._targetRay=new Ke,this._targetRay.matrixAutoUpdate=!1,this._targetRay.visible=!1,this._targetRay.hasLinearVelocity=!1,this._targetRay.linearVelocity=new P,this._targetRay.hasAngularVelocity=!1,this._targetRay.angularVelocity=new P),this._targetRay}getGripSpace(){return this._grip===null&&(this._grip=new Ke,this._grip.matrixAutoUpdate=!1,this._grip.visible=!1,this._grip.hasLinearVelocity=!1,this._grip.linearVelocity=new P,this._grip.hasAngularVelocity=!1,this._grip.angularVelocity=new P,this._grip.eventsEnabled=!1),this._grip}dispatchEvent(e){return this._targetRay!==null&&this._targetRay.dispatchEvent(e),this._grip!==null&&this._grip.dispatchEvent(e),this._hand!==null&&this._hand.dispatchEvent(e),this}connect(e){if(e&&e.hand){let t=this._hand;if(t)for(let n of e.hand.values())this._getHandJoint(t,n)}return this.dispatchEvent({type:"connected",data:e}),this}disconnect(e){return this.dispatchEvent({type:"disconnected",data:e}),this._targetRay!==null&&(this._targetRay.visible=!1),this._grip!==null&&(this._grip.visible=!1),this._hand!==null&&(this._hand.visible=!1),this}update(e,t,n){let s=null,r=null,o=null,a=this._targetRay,l=this._grip,c=this._hand;if(e&&t.session.visibilityState!=="visible-blurred"){if(c&&e.hand){o=!0;for(let y of e.hand.values()){let m=t.getJointPose(y,n),g=this._getHandJoint(c,y);m!==null&&(g.matrix.fromArray(m.transform.matrix),g.matrix.decompose(g.position,g.quaternion,g.scale),g.matrixWorldNeedsUpdate=!0,g.jointRadius=m.radius),g.visible=m!==null}let u=c.joints["index-finger-tip"],h=c.joints["thumb-tip"],d=u.position.distanceTo(h.position),f=.02,p=.005;c.inputState.pinching&&d>f+p?(c.inputState.pinching=!1,this.dispatchEvent({type:"pinchend",handedness:e.handedness,target:this})):!c.inputState.pinching&&d<=f-p&&(c.inputState.pinching=!0,this.dispatchEvent({type:"pinchstart",handedness:e.handedness,target:this}))}else l!==null&&e.gripSpace&&(r=t.getPose(e.gripSpace,n),r!==null&&(l.matrix.fromArray(r.transform.matrix),l.matrix.decompose(l.position,l.quaternion,l.scale),l.matrixWorldNeedsUpdate=!0,r.linearVelocity?(l.hasLinearVelocity=!0,l.linearVelocity.copy(r.linearVelocity)):l.hasLinearVelocity=!1,r.angularVelocity?(l.hasAngularVelocity=!0,l.angularVelocity.copy(r.angularVelocity)):l.hasAngularVelocity=!1,l.eventsEnabled&&l.dispatchEvent({type:"gripUpdated",data:e,target:this})));a!==null&&(s=t.getPose(e.targetRaySpace,n),s===null&&r!==null&&(s=r),s!==null&&(a.matrix.fromArray(s.transform.matrix),a.matrix.decompose(a.position,a.quaternion,a.scale),a.matrixWorldNeedsUpdate=!0,s.linearVelocity?(a.hasLinearVelocity=!0,a.linearVelocity.copy(s.linearVelocity)):a.hasLinearVelocity=!1,s.angularVelocity?(a.hasAngularVelocity=!0,a.angularVelocity.copy(s.angularVelocity)):a.hasAngularVelocity=!1,this.dispatchEvent(Gv)))}return a!==null&&(a.visible=s!==null),l!==null&&(l.visible=r!==null),c!==null&&(c.visible=o!==null),this}_getHandJoint(e,t){if(e.joints[t.jointName]===void 0){let n=new Ke;n.matrixAutoUpdate=!1,n.visible=!1,e.joints[t.jointName]=n,e.add(n)}return e.joints[t.jointName]}},$g={aliceblue:15792383,antiquewhite:16444375,aqua:65535,aquamarine:8388564,azure:15794175,beige:16119260,bisque:16770244,black:0,blanchedalmond:16772045,blue:255,blueviolet:9055202,brown:10824234,burlywood:14596231,cadetblue:6266528,chartreuse:8388352,chocolate:13789470,coral:16744272,cornflowerblue:6591981,cornsilk:16775388,crimson:14423100,cyan:65535,darkblue:139,darkcyan:35723,darkgoldenrod:12092939,darkgray:11119017,darkgreen:25600,darkgrey:11119017,darkkhaki:12433259,darkmagenta:9109643,darkolivegreen:5597999,darkorange:16747520,darkorchid:10040012,darkred:9109504,darksalmon:15308410,darkseagreen:9419919,darkslateblue:4734347,darkslategray:3100495,darkslategrey:3100495,darkturquoise:52945,darkviolet:9699539,deeppink:16716947,deepskyblue:49151,dimgray:6908265,dimgrey:6908265,dodgerblue:2003199,firebrick:11674146,floralwhite:16775920,forestgreen:2263842,fuchsia:16711935,gainsboro:14474460,ghostwhite:16316671,gold:16766720,goldenrod:14329120,gray:8421504,green:32768,greenyellow:11403055,grey:8421504,honeydew:15794160,hotpink:16738740,indianred:13458524,indigo:4915330,ivory:16777200,khaki:15787660,lavender:15132410,lavenderblush:16773365,lawngreen:8190976,lemonchiffon:16775885,lightblue:11393254,lightcoral:15761536,lightcyan:14745599,lightgoldenrodyellow:16448210,lightgray:13882323,lightgreen:9498256,lightgrey:13882323,lightpink:16758465,lightsalmon:16752762,lightseagreen:2142890,lightskyblue:8900346,lightslategray:7833753,lightslategrey:7833753,lightsteelblue:11584734,lightyellow:16777184,lime:65280,limegreen:3329330,linen:16445670,magenta:16711935,maroon:8388608,mediumaquamarine:6737322,mediumblue:205,mediumorchid:12211667,mediumpurple:9662683,mediumseagreen:3978097,mediumslateblue:8087790,mediumspringgreen:64154,mediumturquoise:4772300,mediumvioletred:13047173,midnightblue:1644912,mintcream:16121850,mistyrose:16770273,moccasin:16770229,navajowhite:16768685,navy:128,oldlace:16643558,olive:8421376,olivedrab:7048739,orange:16753920,orangered:16729344,orchid:14315734,palegoldenrod:15657130,palegreen:10025880,paleturquoise:11529966,palevioletred:14381203,papayawhip:16773077,peachpuff:16767673,peru:13468991,pink:16761035,plum:14524637,powderblue:11591910,purple:8388736,rebeccapurple:6697881,red:16711680,rosybrown:12357519,royalblue:4286945,saddlebrown:9127187,salmon:16416882,sandybrown:16032864,seagreen:3050327,seashell:16774638,sienna:10506797,silver:12632256,skyblue:8900331,slateblue:6970061,slategray:7372944,slategrey:7372944,snow:16775930,springgreen:65407,steelblue:4620980,tan:13808780,teal:32896,thistle:14204888,tomato:16737095,turquoise:4251856,violet:15631086,wheat:16113331,white:16777215,whitesmoke:16119285,yellow:16776960,yellowgreen:10145074},is={h:0,s:0,l:0},vl={h:0,s:0,l:0};function Ah(i,e,t){return t<0&&(t+=1),t>1&&(t-=1),t<1/6?i+(e-i)*6*t:t<1/2?e:t<2/3?i+(e-i)*6*(2/3-t):i}var Me=class{constructor(e,t,n){return this.isColor=!0,this.r=1,this.g=1,this.b=1,this.set(e,t,n)}set(e,t,n){if(t===void 0&&n===void 0){let s=e;s&&s.isColor?this.copy(s):typeof s=="number"?this.setHex(s):typeof s=="string"&&this.setStyle(s)}else this.setRGB(e,t,n);return this}setScalar(e){return this.r=e,this.g=e,this.b=e,this}setHex(e,t=dt){return e=Math.floor(e),this.r=(e>>16&255)/255,this.g=(e>>8&255)/255,this.b=(e&255)/255,Ye.colorSpaceToWorking(this,t),this}setRGB(e,t,n,s=Ye.workingColorSpace){return this.r=e,this.g=t,this.b=n,Ye.colorSpaceToWorking(this,s),this}setHSL(e,t,n,s=Ye.workingColorSpace){if(e=Ld(e,1),t=He(t,0,1),n=He(n,0,1),t===0)this.r=this.g=this.b=n;else{let r=n<=.5?n*(1+t):n+t-n*t,o=2*n-r;this.r=Ah(o,r,e+1/3),this.g=Ah(o,r,e),this.b=Ah(o,r,e-1/3)}return Ye.colorSpaceToWorking(this,s),this}setStyle(e,t=dt){function n(r){r!==void 0&&parseFloat(r)<1&&Ce("Color: Alpha component of "+e+" will be ignored.")}let s;if(s=/^(\w+)\(([^\)]*)\)/.exec(e)){let r,o=s[1],a=s[2];switch(o){case"rgb":case"rgba":if(r=/^\s*(\d+)\s*,\s*(\d+)\s*,\s*(\d+)\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(255,parseInt(r[1],10))/255,Math.min(255,parseInt(r[2],10))/255,Math.min(255,parseInt(r[3],10))/255,t);if(r=/^\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setRGB(Math.min(100,parseFloat(r[1]))/100,Math.min(100,parseFloat(r[2]))/100,Math.min(100,parseFloat(r[3]))/100,t);break;case"hsl":case"hsla":if(r=/^\s*([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*,\s*(\d+(?:\.\d+)?|\.\d+)\%\s*(?:,\s*(\d+(?:\.\d+)?|\.\d+)\s*)?$/.exec(a))return n(r[4]),this.setHSL(parseFloat(r[1])/360,parseFloat(r[2])/100,parseFloat(r[3])/100,t);break;default:Ce("Color: Unknown color model "+e)}}else if(s=/^\#([A-Fa-f\d]+)$/.exec(e)){let r=s[1],o=r.length;if(o===3)return this.setRGB(parseInt(r.charAt(0),16)/15,parseInt(r.charAt(1),16)/15,parseInt(r.charAt(2),16)/15,t);if(o===6)return this.setHex(parseInt(r,16),t);Ce("Color: Invalid hex color "+e)}else if(e&&e.length>0)return this.setColorName(e,t);return this}setColorName(e,t=dt){let n=$g[e.toLowerCase()];return n!==void 0?this.setHex(n,t):Ce("Color: Unknown color "+e),this}clone(){return new this.constructor(this.r,this.g,this.b)}copy(e){return this.r=e.r,this.g=e.g,this.b=e.b,this}copySRGBToLinear(e){return this.r=ki(e.r),this.g=ki(e.g),this.b=ki(e.b),this}copyLinearToSRGB(e){return this.r=Lr(e.r),this.g=Lr(e.g),this.b=Lr(e.b),this}convertSRGBToLinear(){return this.copySRGBToLinear(this),this}convertLinearToSRGB(){return this.copyLinearToSRGB(this),this}getHex(e=dt){return Ye.workingToColorSpace(fn.copy(this),e),Math.round(He(fn.r*255,0,255))*65536+Math.round(He(fn.g*255,0,255))*256+Math.round(He(fn.b*255,0,255))}getHexString(e=dt){return("000000"+this.getHex(e).toString(16)).slice(-6)}getHSL(e,t=Ye.workingColorSpace){Ye.workingToColorSpace(fn.copy(this),t);let n=fn.r,s=fn.g,r=fn.b,o=Math.max(n,s,r),a=Math.min(n,s,r),l,c,u=(a+o)/2;if(a===o)l=0,c=0;else{let h=o-a;switch(c=u<=.5?h/(o+a):h/(2-o-a),o){case n:l=(s-r)/h+(s<r?6:0);break;case s:l=(r-n)/h+2;break;case r:l=(n-s)/h+4;break}l/=6}return e.h=l,e.s=c,e.l=u,e}getRGB(e,t=Ye.workingColorSpace){return Ye.workingToColorSpace(fn.copy(this),t),e.r=fn.r,e.g=fn.g,e.b=fn.b,e}getStyle(e=dt){Ye.workingToColorSpace(fn.copy(this),e);let t=fn.r,n=fn.g,s=fn.b;return e!==dt?`color(${e} ${t.toFixed(3)} ${n.toFixed(3)} ${s.toFixed(3)})`:`rgb(${Math.round(t*255)},${Math.round(n*255)},${Math.round(s*255)})`}offsetHSL(e,t,n){return this.getHSL(is),this.setHSL(is.h+e,is.s+t,is.l+n)}add(e){return this.r+=e.r,this.g+=e.g,this.b+=e.b,this}addColors(e,t){return this.r=e.r+t.r,this.g=e.g+t.g,this.b=e.b+t.b,this}addScalar(e){return this.r+=e,this.g+=e,this.b+=e,this}sub(e){return this.r=Math.max(0,this.r-e.r),this.g=Math.max(0,this.g-e.g),this.b=Math.max(0,this.b-e.b),this}multiply(e){return this.r*=e.r,this.g*=e.g,this.b*=e.b,this}multiplyScalar(e){return this.r*=e,this.g*=e,this.b*=e,this}lerp(e,t){return this.r+=(e.r-this.r)*t,this.g+=(e.g-this.g)*t,this.b+=(e.b-this.b)*t,this}lerpColors(e,t,n){return this.r=e.r+(t.r-e.r)*n,this.g=e.g+(t.g-e.g)*n,this.b=e.b+(t.b-e.b)*n,this}lerpHSL(e,t){this.getHSL(is),e.getHSL(vl);let n=Oo(is.h,vl.h,t),s=Oo(is.s,vl.s,t),r=Oo(is.l,vl.l,t);return this.setHSL(n,s,r),this}setFromVector3(e){return this.r=e.x,this.g=e.y,this.b=e.z,this}applyMatrix3(e){let t=this.r,n=this.g,s=this.b,r=e.elements;return this.r=r[0]*t+r[3]*n+r[6]*s,this.g=r[1]*t+r[4]*n+r[7]*s,this.b=r[2]*t+r[5]*n+r[8]*s,this}equals(e){return e.r===this.r&&e.g===this.g&&e.b===this.b}fromArray(e,t=0){return this.r=e[t],this.g=e[t+1],this.b=e[t+2],this}toArray(e=[],t=0){return e[t]=this.r,e[t+1]=this.g,e[t+2]=this.b,e}fromBufferAttribute(e,t){return this.r=e.getX(t),this.g=e.getY(t),this.b=e.getZ(t),this}toJSON(){return this.getHex()}*[Symbol.iterator](){yield this.r,yield this.g,yield this.b}},fn=new Me;Me.NAMES=$g;var zo=class extends Rt{constructor(){super(),this.isScene=!0,this.type="Scene",this.background=null,this.environment=null,this.fog=null,this.backgroundBlurriness=0,this.backgroundIntensity=1,this.backgroundRotation=new si,this.environmentIntensity=1,this.environmentRotation=new si,this.overrideMaterial=null,typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}copy(e,t){return super.copy(e,t),this.background=e.background!==null?e.background.clone():null,this.environment=e.environment!==null?e.environment.clone():null,this.fog=e.fog!==null?e.fog.clone():null,this.backgroundBlurriness=e.backgroundBlurriness,this.backgroundIntensity=e.backgroundIntensity,this.backgroundRotation.copy(e.backgroundRotation),this.environmentIntensity=e.environmentIntensity,this.environmentRotation.copy(e.environmentRotation),this.overrideMaterial=e.overrideMaterial!==null?e.overrideMaterial.clone():null,this.matrixAutoUpdate=e.matrixAutoUpdate,this}toJSON(e){let t=super.toJSON(e);return this.fog!==null&&(t.object.fog=this.fog.toJSON()),t.object.backgroundBlurriness=this.backgroundBlurriness,t.object.backgroundIntensity=this.backgroundIntensity,t.object.backgroundRotation=this.backgroundRotation.toArray(),t.object.environmentIntensity=this.environmentIntensity,t.object.environmentRotation=this.environmentRotation.toArray(),t}},ti=new P,Di=new P,Rh=new P,Fi=new P,_r=new P,br=new P,Nm=new P,Ch=new P,Ph=new P,Ih=new P,Lh=new it,Nh=new it,Dh=new it,ls=class i{constructor(e=new P,t=new P,n=new P){this.a=e,this.b=t,this.c=n}static getNormal(e,t,n,s){s.subVectors(n,t),ti.subVectors(e,t),s.cross(ti);let r=s.lengthSq();return r>0?s.multiplyScalar(1/Math.sqrt(r)):s.set(0,0,0)}static getBarycoord(e,t,n,s,r){ti.subVectors(s,t),Di.subVectors(n,t),Rh.subVectors(e,t);let o=ti.dot(ti),a=ti.dot(Di),l=ti.dot(Rh),c=Di.dot(Di),u=Di.dot(Rh),h=o*c-a*a;if(h===0)return r.set(0,0,0),null;let d=1/h,f=(c*l-a*u)*d,p=(o*u-a*l)*d;return r.set(1-f-p,p,f)}static containsPoint(e,t,n,s){return this.getBarycoord(e,t,n,s,Fi)===null?!1:Fi.x>=0&&Fi.y>=0&&Fi.x+Fi.y<=1}static getInterpolation(e,t,n,s,r,o,a,l){return this.getBarycoord(e,t,n,s,Fi)===null?(l.x=0,l.y=0,"z"in l&&(l.z=0),"w"in l&&(l.w=0),null):(l.setScalar(0),l.addScaledVector(r,Fi.x),l.addScaledVector(o,Fi.y),l.addScaledVector(a,Fi.z),l)}static getInterpolatedAttribute(e,t,n,s,r,o){return Lh.setScalar(0),Nh.setScalar(0),Dh.setScalar(0),Lh.fromBufferAttribute(e,t),Nh.fromBufferAttribute(e,n),Dh.fromBufferAttribute(e,s),o.setScalar(0),o.addScaledVector(Lh,r.x),o.addScaledVector(Nh,r.y),o.addScaledVector(Dh,r.z),o}static isFrontFacing(e,t,n,s){return ti.subVectors(n,t),Di.subVectors(e,t),ti.cross(Di).dot(s)<0}set(e,t,n){return this.a.copy(e),this.b.copy(t),this.c.copy(n),this}setFromPointsAndIndices(e,t,n,s){return this.a.copy(e[t]),this.b.copy(e[n]),this.c.copy(e[s]),this}setFromAttributeAndIndices(e,t,n,s){return this.a.fromBufferAttribute(e,t),this.b.fromBufferAttribute(e,n),this.c.fromBufferAttribute(e,s),this}clone(){return new this.constructor().copy(this)}copy(e){return this.a.copy(e.a),this.b.copy(e.b),this.c.copy(e.c),this}getArea(){return ti.subVectors(this.c,this.b),Di.subVectors(this.a,this.b),ti.cross(Di).length()*.5}getMidpoint(e){return e.addVectors(this.a,this.b).add(this.c).multiplyScalar(1/3)}getNormal(e){return i.getNormal(this.a,this.b,this.c,e)}getPlane(e){return e.setFromCoplanarPoints(this.a,this.b,this.c)}getBarycoord(e,t){return i.getBarycoord(e,this.a,this.b,this.c,t)}getInterpolation(e,t,n,s,r){return i.getInterpolation(e,this.a,this.b,this.c,t,n,s,r)}containsPoint(e){return i.containsPoint(e,this.a,this.b,this.c)}isFrontFacing(e){return i.isFrontFacing(this.a,this.b,this.c,e)}intersectsBox(e){return e.intersectsTriangle(this)}closestPointToPoint(e,t){let n=this.a,s=this.b,r=this.c,o,a;_r.subVectors(s,n),br.subVectors(r,n),Ch.subVectors(e,n);let l=_r.dot(Ch),c=br.dot(Ch);if(l<=0&&c<=0)return t.copy(n);Ph.subVectors(e,s);let u=_r.dot(Ph),h=br.dot(Ph);if(u>=0&&h<=u)return t.copy(s);let d=l*h-u*c;if(d<=0&&l>=0&&u<=0&&l-u>0)return o=l/(l-u),t.copy(n).addScaledVector(_r,o);Ih.subVectors(e,r);let f=_r.dot(Ih),p=br.dot(Ih);if(p>=0&&f<=p)return t.copy(r);let y=f*c-l*p;if(y<=0&&c>=0&&p<=0)return a=c/(c-p),t.copy(n).addScaledVector(br,a);let m=u*p-f*h;if(m<=0&&h-u>=0&&f-p>=0)return Nm.subVectors(r,s),a=(h-u)/(h-u+(f-p)),t.copy(s).addScaledVector(Nm,a);let g=1/(m+y+d);return o=y*g,a=d*g,t.copy(n).addScaledVector(_r,o).addScaledVector(br,a)}equals(e){return e.a.equals(this.a)&&e.b.equals(this.b)&&e.c.equals(this.c)}},Jt=class{constructor(e=new P(1/0,1/0,1/0),t=new P(-1/0,-1/0,-1/0)){this.isBox3=!0,this.min=e,this.max=t}set(e,t){return this.min.copy(e),this.max.copy(t),this}setFromArray(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t+=3)this.expandByPoint(ni.fromArray(e,t));return this}setFromBufferAttribute(e){this.makeEmpty();for(let t=0,n=e.count;t<n;t++)this.expandByPoint(ni.fromBufferAttribute(e,t));return this}setFromPoints(e){this.makeEmpty();for(let t=0,n=e.length;t<n;t++)this.expandByPoint(e[t]);return this}setFromCenterAndSize(e,t){let n=ni.copy(t).multiplyScalar(.5);return this.min.copy(e).sub(n),this.max.copy(e).add(n),this}setFromObject(e,t=!1){return this.makeEmpty(),this.expandByObject(e,t)}clone(){return new this.constructor().copy(this)}copy(e){return this.min.copy(e.min),this.max.copy(e.max),this}makeEmpty(){return this.min.x=this.min.y=this.min.z=1/0,this.max.x=this.max.y=this.max.z=-1/0,this}isEmpty(){return this.max.x<this.min.x||this.max.y<this.min.y||this.max.z<this.min.z}getCenter(e){return this.isEmpty()?e.set(0,0,0):e.addVectors(this.min,this.max).multiplyScalar(.5)}getSize(e){return this.isEmpty()?e.set(0,0,0):e.subVectors(this.max,this.min)}expandByPoint(e){return this.min.min(e),this.max.max(e),this}expandByVector(e){return this.min.sub(e),this.max.add(e),this}expandByScalar(e){return this.min.addScalar(-e),this.max.addScalar(e),this}expandByObject(e,t=!1){e.updateWorldMatrix(!1,!1);let n=e.geometry;if(n!==void 0){let r=n.getAttribute("position");if(t===!0&&r!==void 0&&e.isInstancedMesh!==!0&&e.isBatchedMesh!==!0)for(let o=0,a=r.count;o<a;o++)e.isMesh===!0?e.getVertexPosition(o,ni):ni.fromBufferAttribute(r,o),ni.applyMatrix4(e.matrixWorld),this.expandByPoint(ni);else e.boundingBox!==void 0?(e.boundingBox===null&&e.computeBoundingBox(),_l.copy(e.boundingBox)):(n.boundingBox===null&&n.computeBoundingBox(),_l.copy(n.boundingBox)),_l.applyMatrix4(e.matrixWorld),this.union(_l)}let s=e.children;for(let r=0,o=s.length;r<o;r++)this.expandByObject(s[r],t);return this}containsPoint(e){return e.x>=this.min.x&&e.x<=this.max.x&&e.y>=this.min.y&&e.y<=this.max.y&&e.z>=this.min.z&&e.z<=this.max.z}containsBox(e){return this.min.x<=e.min.x&&e.max.x<=this.max.x&&this.min.y<=e.min.y&&e.max.y<=this.max.y&&this.min.z<=e.min.z&&e.max.z<=this.max.z}getParameter(e,t){return t.set((e.x-this.min.x)/(this.max.x-this.min.x),(e.y-this.min.y)/(this.max.y-this.min.y),(e.z-this.min.z)/(this.max.z-this.min.z))}intersectsBox(e){return e.max.x>=this.min.x&&e.min.x<=this.max.x&&e.max.y>=this.min.y&&e.min.y<=this.max.y&&e.max.z>=this.min.z&&e.min.z<=this.max.z}intersectsSphere(e){return this.clampPoint(e.center,ni),ni.distanceToSquared(e.center)<=e.radius*e.radius}intersectsPlane(e){let t,n;return e.normal.x>0?(t=e.normal.x*this.min.x,n=e.normal.x*this.max.x):(t=e.normal.x*this.max.x,n=e.normal.x*this.min.x),e.normal.y>0?(t+=e.normal.y*this.min.y,n+=e.normal.y*this.max.y):(t+=e.normal.y*this.max.y,n+=e.normal.y*this.min.y),e.normal.z>0?(t+=e.normal.z*this.min.z,n+=e.normal.z*this.max.z):(t+=e.normal.z*this.max.z,n+=e.normal.z*this.min.z),t<=-e.constant&&n>=-e.constant}intersectsTriangle(e){if(this.isEmpty())return!1;this.getCenter(Ro),bl.subVectors(this.max,Ro),Mr.subVectors(e.a,Ro),Sr.subVectors(e.b,Ro),wr.subVectors(e.c,Ro),ss.subVectors(Sr,Mr),rs.subVectors(wr,Sr),Ps.subVectors(Mr,wr);let t=[0,-ss.z,ss.y,0,-rs.z,rs.y,0,-Ps.z,Ps.y,ss.z,0,-ss.x,rs.z,0,-rs.x,Ps.z,0,-Ps.x,-ss.y,ss.x,0,-rs.y,rs.x,0,-Ps.y,Ps.x,0];return!Fh(t,Mr,Sr,wr,bl)||(t=[1,0,0,0,1,0,0,0,1],!Fh(t,Mr,Sr,wr,bl))?!1:(Ml.crossVectors(ss,rs),t=[Ml.x,Ml.y,Ml.z],Fh(t,Mr,Sr,wr,bl))}clampPoint(e,t){return t.copy(e).clamp(this.min,this.max)}distanceToPoint(e){return this.clampPoint(e,ni).distanceTo(e)}getBoundingSphere(e){return this.isEmpty()?e.makeEmpty():(this.getCenter(e.center),e.radius=this.getSize(ni).length()*.5),e}intersect(e){return this.min.max(e.min),this.max.min(e.max),this.isEmpty()&&this.makeEmpty(),this}union(e){return this.min.min(e.min),this.max.max(e.max),this}applyMatrix4(e){return this.isEmpty()?this:(Ui[0].set(this.min.x,this.min.y,this.min.z).applyMatrix4(e),Ui[1].set(this.min.x,this.min.y,this.max.z).applyMatrix4(e),Ui[2].set(this.min.x,this.max.y,this.min.z).applyMatrix4(e),Ui[3].set(this.min.x,this.max.y,this.max.z).applyMatrix4(e),Ui[4].set(this.max.x,this.min.y,this.min.z).applyMatrix4(e),Ui[5].set(this.max.x,this.min.y,this.max.z).applyMatrix4(e),Ui[6].set(this.max.x,this.max.y,this.min.z).applyMatrix4(e),Ui[7].set(this.max.x,this.max.y,this.max.z).applyMatrix4(e),this.setFromPoints(Ui),this)}translate(e){return this.min.add(e),this.max.add(e),this}equals(e){return e.min.equals(this.min)&&e.max.equals(this.max)}toJSON(){return{min:this.min.toArray(),max:this.max.toArray()}}fromJSON(e){return this.min.fromArray(e.min),this.max.fromArray(e.max),this}},Ui=[new P,new P,new P,new P,new P,new P,new P,new P],ni=new P,_l=new Jt,Mr=new P,Sr=new P,wr=new P,ss=new P,rs=new P,Ps=new P,Ro=new P,bl=new P,Ml=new P,Is=new P;function Fh(i,e,t,n,s){for(let r=0,o=i.length-3;r<=o;r+=3){Is.fromArray(i,r);let a=s.x*Math.abs(Is.x)+s.y*Math.abs(Is.y)+s.z*Math.abs(Is.z),l=e.dot(Is),c=t.dot(Is),u=n.dot(Is);if(Math.max(-Math.max(l,c,u),Math.min(l,c,u))>a)return!1}return!0}var Ft=new P,Sl=new Ae,Wv=0,Ze=class extends ii{constructor(e,t,n=!1){if(super(),Array.isArray(e))throw new TypeError("THREE.BufferAttribute: array should be a Typed Array.");this.isBufferAttribute=!0,Object.defineProperty(this,"id",{value:Wv++}),this.name="",this.array=e,this.itemSize=t,this.count=e!==void 0?e.length/t:0,this.normalized=n,this.usage=Pd,this.updateRanges=[],this.gpuType=On,this.version=0,this._normalizationScale=e!==void 0?nu(e):void 0}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.name=e.name,this.array=new e.array.constructor(e.array),this.itemSize=e.itemSize,this.count=e.count,this.normalized=e.normalized,this.usage=e.usage,this.gpuType=e.gpuType,this._normalizationScale=e._normalizationScale,this}copyAt(e,t,n){e*=this.itemSize,n*=t.itemSize;for(let s=0,r=this.itemSize;s<r;s++)this.array[e+s]=t.array[n+s];return this}copyArray(e){return this.array.set(e),this}applyMatrix3(e){if(this.itemSize===2)for(let t=0,n=this.count;t<n;t++)Sl.fromBufferAttribute(this,t),Sl.applyMatrix3(e),this.setXY(t,Sl.x,Sl.y);else if(this.itemSize===3)for(let t=0,n=this.count;t<n;t++)Ft.fromBufferAttribute(this,t),Ft.applyMatrix3(e),this.setXYZ(t,Ft.x,Ft.y,Ft.z);return this}applyMatrix4(e){for(let t=0,n=this.count;t<n;t++)Ft.fromBufferAttribute(this,t),Ft.applyMatrix4(e),this.setXYZ(t,Ft.x,Ft.y,Ft.z);return this}applyNormalMatrix(e){for(let t=0,n=this.count;t<n;t++)Ft.fromBufferAttribute(this,t),Ft.applyNormalMatrix(e),this.setXYZ(t,Ft.x,Ft.y,Ft.z);return this}transformDirection(e){for(let t=0,n=this.count;t<n;t++)Ft.fromBufferAttribute(this,t),Ft.transformDirection(e),this.setXYZ(t,Ft.x,Ft.y,Ft.z);return this}set(e,t=0){return this.array.set(e,t),this}getComponent(e,t){let n=this.array[e*this.itemSize+t];return this.normalized&&(n=this._denormalize(n)),n}setComponent(e,t,n){return this.normalized&&(n=this._normalize(n)),this.array[e*this.itemSize+t]=n,this}getX(e){let t=this.array[e*this.itemSize];return this.normalized&&(t=this._denormalize(t)),t}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize]=t,this}getY(e){let t=this.array[e*this.itemSize+1];return this.normalized&&(t=this._denormalize(t)),t}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+1]=t,this}getZ(e){let t=this.array[e*this.itemSize+2];return this.normalized&&(t=this._denormalize(t)),t}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+2]=t,this}getW(e){let t=this.array[e*this.itemSize+3];return this.normalized&&(t=this._denormalize(t)),t}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.array[e*this.itemSize+3]=t,this}setXY(e,t,n){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n)),this.array[e+0]=t,this.array[e+1]=n,this}setXYZ(e,t,n,s){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),s=this._normalize(s)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=s,this}setXYZW(e,t,n,s,r){return e*=this.itemSize,this.normalized&&(t=this._normalize(t),n=this._normalize(n),s=this._normalize(s),r=this._normalize(r)),this.array[e+0]=t,this.array[e+1]=n,this.array[e+2]=s,this.array[e+3]=r,this}onUpload(e){return this.onUploadCallback=e,this}clone(){return new this.constructor(this.array,this.itemSize).copy(this)}toJSON(){let e={itemSize:this.itemSize,type:this.array.constructor.name,array:Array.from(this.array),normalized:this.normalized};return e.name=this.name,e.usage=this.usage,e.gpuType=this.gpuType,e}dispose(){this.dispatchEvent({type:"dispose"})}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):Dd(e,this.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):Fd(e,this.array)}};var Vo=class extends Ze{constructor(e,t,n){super(new Uint16Array(e),t,n)}};var Go=class extends Ze{constructor(e,t,n){super(new Uint32Array(e),t,n)}};var Oe=class extends Ze{constructor(e,t,n){super(new Float32Array(e),t,n)}},Xv=new Jt,Co=new P,Uh=new P,Ut=class{constructor(e=new P,t=-1){this.isSphere=!0,this.center=e,this.radius=t}set(e,t){return this.center.copy(e),this.radius=t,this}setFromPoints(e,t){let n=this.center;t!==void 0?n.copy(t):Xv.setFromPoints(e).getCenter(n);let s=0;for(let r=0,o=e.length;r<o;r++)s=Math.max(s,n.distanceToSquared(e[r]));return this.radius=Math.sqrt(s),this}copy(e){return this.center.copy(e.center),this.radius=e.radius,this}isEmpty(){return this.radius<0}makeEmpty(){return this.center.set(0,0,0),this.radius=-1,this}containsPoint(e){return e.distanceToSquared(this.center)<=this.radius*this.radius}distanceToPoint(e){return e.distanceTo(this.center)-this.radius}intersectsSphere(e){let t=this.radius+e.radius;return e.center.distanceToSquared(this.center)<=t*t}intersectsBox(e){return e.intersectsSphere(this)}intersectsPlane(e){return Math.abs(e.distanceToPoint(this.center))<=this.radius}clampPoint(e,t){let n=this.center.distanceToSquared(e);return t.copy(e),n>this.radius*this.radius&&(t.sub(this.center).normalize(),t.multiplyScalar(this.radius).add(this.center)),t}getBoundingBox(e){return this.isEmpty()?(e.makeEmpty(),e):(e.set(this.center,this.center),e.expandByScalar(this.radius),e)}applyMatrix4(e){return this.center.applyMatrix4(e),this.radius=this.radius*e.getMaxScaleOnAxis(),this}translate(e){return this.center.add(e),this}expandByPoint(e){if(this.isEmpty())return this.center.copy(e),this.radius=0,this;Co.subVectors(e,this.center);let t=Co.lengthSq();if(t>this.radius*this.radius){let n=Math.sqrt(t),s=(n-this.radius)*.5;this.center.addScaledVector(Co,s/n),this.radius+=s}return this}union(e){return e.isEmpty()?this:this.isEmpty()?(this.copy(e),this):(this.center.equals(e.center)===!0?this.radius=Math.max(this.radius,e.radius):(Uh.subVectors(e.center,this.center).setLength(e.radius),this.expandByPoint(Co.copy(e.center).add(Uh)),this.expandByPoint(Co.copy(e.center).sub(Uh))),this)}equals(e){return e.center.equals(this.center)&&e.radius===this.radius}clone(){return new this.constructor().copy(this)}toJSON(){return{radius:this.radius,center:this.center.toArray()}}fromJSON(e){return this.radius=e.radius,this.center.fromArray(e.center),this}},qv=0,Wn=new ge,Oh=new Rt,Er=new P,Nn=new Jt,Po=new Jt,Kt=new P,Je=class i extends ii{constructor(){super(),this.isBufferGeometry=!0,Object.defineProperty(this,"id",{value:qv++}),this.uuid=Si(),this.name="",this.type="BufferGeometry",this.index=null,this.indirect=null,this.indirectOffset=0,this.attributes={},this.morphAttributes={},this.morphTargetsRelative=!1,this.groups=[],this.boundingBox=null,this.boundingSphere=null,this.drawRange={start:0,count:1/0},this.userData={},this._transformed=!1}getIndex(){return this.index}setIndex(e){return Array.isArray(e)?this.index=new(yv(e)?Go:Vo)(e,1):this.index=e,this}setIndirect(e,t=0){return this.indirect=e,this.indirectOffset=t,this}getIndirect(){return this.indirect}getAttribute(e){return this.attributes[e]}setAttribute(e,t){return this.attributes[e]=t,this}deleteAttribute(e){return delete this.attributes[e],this}hasAttribute(e){return this.attributes[e]!==void 0}addGroup(e,t,n=0){this.groups.push({start:e,count:t,materialIndex:n})}clearGroups(){this.groups=[]}setDrawRange(e,t){this.drawRange.start=e,this.drawRange.count=t}applyMatrix4(e){let t=this.attributes.position;t!==void 0&&(t.applyMatrix4(e),t.needsUpdate=!0);let n=this.attributes.normal;if(n!==void 0){let r=new Be().getNormalMatrix(e);n.applyNormalMatrix(r),n.needsUpdate=!0}let s=this.attributes.tangent;return s!==void 0&&(s.transformDirection(e),s.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this._transformed=!0,this}applyQuaternion(e){return Wn.makeRotationFromQuaternion(e),this.applyMatrix4(Wn),this}rotateX(e){return Wn.makeRotationX(e),this.applyMatrix4(Wn),this}rotateY(e){return Wn.makeRotationY(e),this.applyMatrix4(Wn),this}rotateZ(e){return Wn.makeRotationZ(e),this.applyMatrix4(Wn),this}translate(e,t,n){return Wn.makeTranslation(e,t,n),this.applyMatrix4(Wn),this}scale(e,t,n){return Wn.makeScale(e,t,n),this.applyMatrix4(Wn),this}lookAt(e){return Oh.lookAt(e),Oh.updateMatrix(),this.applyMatrix4(Oh.matrix),this}center(){return this.computeBoundingBox(),this.boundingBox.getCenter(Er).negate(),this.translate(Er.x,Er.y,Er.z),this}setFromPoints(e){let t=this.getAttribute("position");if(t===void 0){let n=[];for(let s=0,r=e.length;s<r;s++){let o=e[s];n.push(o.x,o.y,o.z||0)}this.setAttribute("position",new Oe(n,3))}else{let n=Math.min(e.length,t.count);for(let s=0;s<n;s++){let r=e[s];t.setXYZ(s,r.x,r.y,r.z||0)}e.length>t.count&&Ce("BufferGeometry: Buffer size too small for points data. Use .dispose() and create a new geometry."),t.needsUpdate=!0}return this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Jt);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Fe("BufferGeometry.computeBoundingBox(): GLBufferAttribute requires a manual bounding box.",this),this.boundingBox.set(new P(-1/0,-1/0,-1/0),new P(1/0,1/0,1/0));return}if(e!==void 0){if(this.boundingBox.setFromBufferAttribute(e),t)for(let n=0,s=t.length;n<s;n++){let r=t[n];Nn.setFromBufferAttribute(r),this.morphTargetsRelative?(Kt.addVectors(this.boundingBox.min,Nn.min),this.boundingBox.expandByPoint(Kt),Kt.addVectors(this.boundingBox.max,Nn.max),this.boundingBox.expandByPoint(Kt)):(this.boundingBox.expandByPoint(Nn.min),this.boundingBox.expandByPoint(Nn.max))}}else this.boundingBox.makeEmpty();(isNaN(this.boundingBox.min.x)||isNaN(this.boundingBox.min.y)||isNaN(this.boundingBox.min.z))&&Fe('BufferGeometry.computeBoundingBox(): Computed min/max have NaN values. The "position" attribute is likely to have NaN values.',this)}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new Ut);let e=this.attributes.position,t=this.morphAttributes.position;if(e&&e.isGLBufferAttribute){Fe("BufferGeometry.computeBoundingSphere(): GLBufferAttribute requires a manual bounding sphere.",this),this.boundingSphere.set(new P,1/0);return}if(e){let n=this.boundingSphere.center;if(Nn.setFromBufferAttribute(e),t)for(let r=0,o=t.length;r<o;r++){let a=t[r];Po.setFromBufferAttribute(a),this.morphTargetsRelative?(Kt.addVectors(Nn.min,Po.min),Nn.expandByPoint(Kt),Kt.addVectors(Nn.max,Po.max),Nn.expandByPoint(Kt)):(Nn.expandByPoint(Po.min),Nn.expandByPoint(Po.max))}Nn.getCenter(n);let s=0;for(let r=0,o=e.count;r<o;r++)Kt.fromBufferAttribute(e,r),s=Math.max(s,n.distanceToSquared(Kt));if(t)for(let r=0,o=t.length;r<o;r++){let a=t[r],l=this.morphTargetsRelative;for(let c=0,u=a.count;c<u;c++)Kt.fromBufferAttribute(a,c),l&&(Er.fromBufferAttribute(e,c),Kt.add(Er)),s=Math.max(s,n.distanceToSquared(Kt))}this.boundingSphere.radius=Math.sqrt(s),isNaN(this.boundingSphere.radius)&&Fe('BufferGeometry.computeBoundingSphere(): Computed radius is NaN. The "position" attribute is likely to have NaN values.',this)}}computeTangents(){let e=this.index,t=this.attributes;if(e===null||t.position===void 0||t.normal===void 0||t.uv===void 0){Fe("BufferGeometry: .computeTangents() failed. Missing required attributes (index, position, normal or uv)");return}let n=t.position,s=t.normal,r=t.uv,o=this.getAttribute("tangent");(o===void 0||o.count!==n.count)&&(o=new Ze(new Float32Array(4*n.count),4),this.setAttribute("tangent",o));let a=[],l=[],c=new Uint8Array(n.count);for(let L=0;L<n.count;L++)a[L]=new P,l[L]=new P;let u=new P,h=new P,d=new P,f=new Ae,p=new Ae,y=new Ae,m=new P,g=new P;function v(L,R,I){c[L]=c[R]=c[I]=1,u.fromBufferAttribute(n,L),h.fromBufferAttribute(n,R),d.fromBufferAttribute(n,I),f.fromBufferAttribute(r,L),p.fromBufferAttribute(r,R),y.fromBufferAttribute(r,I),h.sub(u),d.sub(u),p.sub(f),y.sub(f);let U=1/(p.x*y.y-y.x*p.y);isFinite(U)&&(m.copy(h).multiplyScalar(y.y).addScaledVector(d,-p.y).multiplyScalar(U),g.copy(d).multiplyScalar(p.x).addScaledVector(h,-y.x).multiplyScalar(U),a[L].add(m),a[R].add(m),a[I].add(m),l[L].add(g),l[R].add(g),l[I].add(g))}let T=this.groups;T.length===0&&(T=[{start:0,count:e.count}]);for(let L=0,R=T.length;L<R;++L){let I=T[L],U=I.start,V=I.count;for(let N=U,G=U+V;N<G;N+=3)v(e.getX(N+0),e.getX(N+1),e.getX(N+2))}let b=new P,A=new P,w=new P,x=new P;function M(L){w.fromBufferAttribute(s,L),x.copy(w);let R=a[L];b.copy(R),b.sub(w.multiplyScalar(w.dot(R))).normalize(),A.crossVectors(x,R);let U=A.dot(l[L])<0?-1:1;o.setXYZW(L,b.x,b.y,b.z,U)}for(let L=0,R=n.count;L<R;++L)c[L]&&M(L);this._transformed=!0}computeVertexNormals(){let e=this.index,t=this.getAttribute("position");if(t!==void 0){let n=this.getAttribute("normal");if(n===void 0||n.count!==t.count)n=new Ze(new Float32Array(t.count*3),3),this.setAttribute("normal",n);else for(let d=0,f=n.count;d<f;d++)n.setXYZ(d,0,0,0);let s=new P,r=new P,o=new P,a=new P,l=new P,c=new P,u=new P,h=new P;if(e)for(let d=0,f=e.count;d<f;d+=3){let p=e.getX(d+0),y=e.getX(d+1),m=e.getX(d+2);s.fromBufferAttribute(t,p),r.fromBufferAttribute(t,y),o.fromBufferAttribute(t,m),u.subVectors(o,r),h.subVectors(s,r),u.cross(h),a.fromBufferAttribute(n,p),l.fromBufferAttribute(n,y),c.fromBufferAttribute(n,m),a.add(u),l.add(u),c.add(u),n.setXYZ(p,a.x,a.y,a.z),n.setXYZ(y,l.x,l.y,l.z),n.setXYZ(m,c.x,c.y,c.z)}else for(let d=0,f=t.count;d<f;d+=3)s.fromBufferAttribute(t,d+0),r.fromBufferAttribute(t,d+1),o.fromBufferAttribute(t,d+2),u.subVectors(o,r),h.subVectors(s,r),u.cross(h),n.setXYZ(d+0,u.x,u.y,u.z),n.setXYZ(d+1,u.x,u.y,u.z),n.setXYZ(d+2,u.x,u.y,u.z);this.normalizeNormals(),n.needsUpdate=!0}}normalizeNormals(){let e=this.attributes.normal;for(let t=0,n=e.count;t<n;t++)Kt.fromBufferAttribute(e,t),Kt.normalize(),e.setXYZ(t,Kt.x,Kt.y,Kt.z)}toNonIndexed(){function e(a,l){let c=a.array,u=a.itemSize,h=a.normalized,d=new c.constructor(l.length*u),f=0,p=0;for(let y=0,m=l.length;y<m;y++){a.isInterleavedBufferAttribute?f=l[y]*a.data.stride+a.offset:f=l[y]*u;for(let g=0;g<u;g++)d[p++]=c[f++]}return new Ze(d,u,h)}if(this.index===null)return Ce("BufferGeometry.toNonIndexed(): BufferGeometry is already non-indexed."),this;let t=new i,n=this.index.array,s=this.attributes;for(let a in s){let l=s[a],c=e(l,n);t.setAttribute(a,c)}let r=this.morphAttributes;for(let a in r){let l=[],c=r[a];for(let u=0,h=c.length;u<h;u++){let d=c[u],f=e(d,n);l.push(f)}t.morphAttributes[a]=l}t.morphTargetsRelative=this.morphTargetsRelative;let o=this.groups;for(let a=0,l=o.length;a<l;a++){let c=o[a];t.addGroup(c.start,c.count,c.materialIndex)}return t}toJSON(){let e={metadata:{version:4.7,type:"BufferGeometry",generator:"BufferGeometry.toJSON"}};if(e.uuid=this.uuid,e.type=this.parameters!==void 0&&this._transformed===!0?"BufferGeometry":this.type,e.name=this.name,Object.keys(this.userData).length>0&&(e.userData=this.userData),this.parameters!==void 0&&this._transformed!==!0){let l=this.parameters;for(let c in l)l[c]!==void 0&&(e[c]=l[c]);return e}e.data={attributes:{}};let t=this.index;t!==null&&(e.data.index={type:t.array.constructor.name,array:Array.prototype.slice.call(t.array)});let n=this.attributes;for(let l in n){let c=n[l];e.data.attributes[l]=c.toJSON(e.data)}let s={},r=!1;for(let l in this.morphAttributes){let c=this.morphAttributes[l],u=[];for(let h=0,d=c.length;h<d;h++){let f=c[h];u.push(f.toJSON(e.data))}u.length>0&&(s[l]=u,r=!0)}r&&(e.data.morphAttributes=s,e.data.morphTargetsRelative=this.morphTargetsRelative);let o=this.groups;o.length>0&&(e.data.groups=JSON.parse(JSON.stringify(o)));let a=this.boundingSphere;return a!==null&&(e.data.boundingSphere=a.toJSON()),e}clone(){return new this.constructor().copy(this)}copy(e){this.index=null,this.attributes={},this.morphAttributes={},this.groups=[],this.boundingBox=null,this.boundingSphere=null;let t={};this.name=e.name;let n=e.index;n!==null&&this.setIndex(n.clone());let s=e.attributes;for(let c in s){let u=s[c];this.setAttribute(c,u.clone(t))}let r=e.morphAttributes;for(let c in r){let u=[],h=r[c];for(let d=0,f=h.length;d<f;d++)u.push(h[d].clone(t));this.morphAttributes[c]=u}this.morphTargetsRelative=e.morphTargetsRelative;let o=e.groups;for(let c=0,u=o.length;c<u;c++){let h=o[c];this.addGroup(h.start,h.count,h.materialIndex)}let a=e.boundingBox;a!==null&&(this.boundingBox=a.clone());let l=e.boundingSphere;return l!==null&&(this.boundingSphere=l.clone()),this.drawRange.start=e.drawRange.start,this.drawRange.count=e.drawRange.count,this.userData=e.userData,this._transformed=e._transformed,this}dispose(){this.dispatchEvent({type:"dispose"})}},Bs=class{constructor(e,t){this.isInterleavedBuffer=!0,this.array=e,this.stride=t,this.count=e!==void 0?e.length/t:0,this.usage=Pd,this.updateRanges=[],this.version=0,this.uuid=Si()}onUploadCallback(){}set needsUpdate(e){e===!0&&this.version++}setUsage(e){return this.usage=e,this}addUpdateRange(e,t){this.updateRanges.push({start:e,count:t})}clearUpdateRanges(){this.updateRanges.length=0}copy(e){return this.array=new e.array.constructor(e.array),this.count=e.count,this.stride=e.stride,this.usage=e.usage,this}copyAt(e,t,n){e*=this.stride,n*=t.stride;for(let s=0,r=this.stride;s<r;s++)this.array[e+s]=t.array[n+s];return this}set(e,t=0){return this.array.set(e,t),this}clone(e){e.arrayBuffers===void 0&&(e.arrayBuffers={});let t=Dm(this.array);e.arrayBuffers[t]===void 0&&(e.arrayBuffers[t]=this.array.slice(0).buffer);let n=new this.array.constructor(e.arrayBuffers[t]),s=new this.constructor(n,this.stride);return s.setUsage(this.usage),s}onUpload(e){return this.onUploadCallback=e,this}toJSON(e){e.arrayBuffers===void 0&&(e.arrayBuffers={});let t=Dm(this.array);e.arrayBuffers[t]===void 0&&(e.arrayBuffers[t]=Array.from(new Uint32Array(this.array.slice(0).buffer)));let n={uuid:this.uuid,buffer:t,type:this.array.constructor.name,stride:this.stride};return n.usage=this.usage,n}};function Dm(i){return i.buffer._uuid===void 0&&(i.buffer._uuid=Si()),i.byteOffset===0&&i.byteLength===i.buffer.byteLength?i.buffer._uuid:i.buffer._uuid+":"+i.byteOffset+":"+i.byteLength}var xn=new P,Tn=class i{constructor(e,t,n,s=!1){this.isInterleavedBufferAttribute=!0,this.name="",this.data=e,this.itemSize=t,this.offset=n,this.normalized=s,this._normalizationScale=e!==void 0?nu(e.array):void 0}get count(){return this.data.count}get array(){return this.data.array}set needsUpdate(e){this.data.needsUpdate=e}applyMatrix4(e){for(let t=0,n=this.data.count;t<n;t++)xn.fromBufferAttribute(this,t),xn.applyMatrix4(e),this.setXYZ(t,xn.x,xn.y,xn.z);return this}applyNormalMatrix(e){for(let t=0,n=this.count;t<n;t++)xn.fromBufferAttribute(this,t),xn.applyNormalMatrix(e),this.setXYZ(t,xn.x,xn.y,xn.z);return this}transformDirection(e){for(let t=0,n=this.count;t<n;t++)xn.fromBufferAttribute(this,t),xn.transformDirection(e),this.setXYZ(t,xn.x,xn.y,xn.z);return this}getComponent(e,t){let n=this.array[e*this.data.stride+this.offset+t];return this.normalized&&(n=this._denormalize(n)),n}setComponent(e,t,n){return this.normalized&&(n=this._normalize(n)),this.data.array[e*this.data.stride+this.offset+t]=n,this}setX(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset]=t,this}setY(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+1]=t,this}setZ(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+2]=t,this}setW(e,t){return this.normalized&&(t=this._normalize(t)),this.data.array[e*this.data.stride+this.offset+3]=t,this}getX(e){let t=this.data.array[e*this.data.stride+this.offset];return this.normalized&&(t=this._denormalize(t)),t}getY(e){let t=this.data.array[e*this.data.stride+this.offset+1];return this.normalized&&(t=this._denormalize(t)),t}getZ(e){let t=this.data.array[e*this.data.stride+this.offset+2];return this.normalized&&(t=this._denormalize(t)),t}getW(e){let t=this.data.array[e*this.data.stride+this.offset+3];return this.normalized&&(t=this._denormalize(t)),t}setXY(e,t,n){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),n=this._normalize(n)),this.data.array[e+0]=t,this.data.array[e+1]=n,this}setXYZ(e,t,n,s){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),n=this._normalize(n),s=this._normalize(s)),this.data.array[e+0]=t,this.data.array[e+1]=n,this.data.array[e+2]=s,this}setXYZW(e,t,n,s,r){return e=e*this.data.stride+this.offset,this.normalized&&(t=this._normalize(t),n=this._normalize(n),s=this._normalize(s),r=this._normalize(r)),this.data.array[e+0]=t,this.data.array[e+1]=n,this.data.array[e+2]=s,this.data.array[e+3]=r,this}clone(e){if(e===void 0){ko("InterleavedBufferAttribute.clone(): Cloning an interleaved buffer attribute will de-interleave buffer data.");let t=[];for(let n=0;n<this.count;n++){let s=n*this.data.stride+this.offset;for(let r=0;r<this.itemSize;r++)t.push(this.data.array[s+r])}return new Ze(new this.array.constructor(t),this.itemSize,this.normalized)}else return e.interleavedBuffers===void 0&&(e.interleavedBuffers={}),e.interleavedBuffers[this.data.uuid]===void 0&&(e.interleavedBuffers[this.data.uuid]=this.data.clone(e)),new i(e.interleavedBuffers[this.data.uuid],this.itemSize,this.offset,this.normalized)}toJSON(e){if(e===void 0){ko("InterleavedBufferAttribute.toJSON(): Serializing an interleaved buffer attribute will de-interleave buffer data.");let t=[];for(let n=0;n<this.count;n++){let s=n*this.data.stride+this.offset;for(let r=0;r<this.itemSize;r++)t.push(this.data.array[s+r])}return{itemSize:this.itemSize,type:this.array.constructor.name,array:t,normalized:this.normalized}}else return e.interleavedBuffers===void 0&&(e.interleavedBuffers={}),e.interleavedBuffers[this.data.uuid]===void 0&&(e.interleavedBuffers[this.data.uuid]=this.data.toJSON(e)),{isInterleavedBufferAttribute:!0,itemSize:this.itemSize,data:this.data.uuid,offset:this.offset,normalized:this.normalized}}_denormalize(e){let t=this._normalizationScale;return t!==void 0?Math.max(e/t,-1):Dd(e,this.data.array)}_normalize(e){let t=this._normalizationScale;return t!==void 0?Math.round(e*t):Fd(e,this.data.array)}},Bh=new P,Yv=new P,$v=new Be,nn=class{constructor(e=new P(1,0,0),t=0){this.isPlane=!0,this.normal=e,this.constant=t}set(e,t){return this.normal.copy(e),this.constant=t,this}setComponents(e,t,n,s){return this.normal.set(e,t,n),this.constant=s,this}setFromNormalAndCoplanarPoint(e,t){return this.normal.copy(e),this.constant=-t.dot(this.normal),this}setFromCoplanarPoints(e,t,n){let s=Bh.subVectors(n,t).cross(Yv.subVectors(e,t)).normalize();return this.setFromNormalAndCoplanarPoint(s,e),this}copy(e){return this.normal.copy(e.normal),this.constant=e.constant,this}normalize(){let e=1/this.normal.length();return this.normal.multiplyScalar(e),this.constant*=e,this}negate(){return this.constant*=-1,this.normal.negate(),this}distanceToPoint(e){return this.normal.dot(e)+this.constant}distanceToSphere(e){return this.distanceToPoint(e.center)-e.radius}projectPoint(e,t){return t.copy(e).addScaledVector(this.normal,-this.distanceToPoint(e))}intersectLine(e,t,n=!0){let s=e.delta(Bh),r=this.normal.dot(s);if(r===0)return this.distanceToPoint(e.start)===0?t.copy(e.start):null;let o=-(e.start.dot(this.normal)+this.constant)/r;return n===!0&&(o<0||o>1)?null:t.copy(e.start).addScaledVector(s,o)}intersectsLine(e){let t=this.distanceToPoint(e.start),n=this.distanceToPoint(e.end);return t<0&&n>0||n<0&&t>0}intersectsBox(e){return e.intersectsPlane(this)}intersectsSphere(e){return e.intersectsPlane(this)}coplanarPoint(e){return e.copy(this.normal).multiplyScalar(-this.constant)}applyMatrix4(e,t){let n=t||$v.getNormalMatrix(e),s=this.coplanarPoint(Bh).applyMatrix4(e),r=this.normal.applyMatrix3(n).normalize();return this.constant=-s.dot(r),this}translate(e){return this.constant-=e.dot(this.normal),this}equals(e){return e.normal.equals(this.normal)&&e.constant===this.constant}clone(){return new this.constructor().copy(this)}toJSON(){return{normal:this.normal.toArray(),constant:this.constant}}fromJSON(e){return this.normal.fromArray(e.normal),this.constant=e.constant,this}},jv=0,Vt=class extends ii{constructor(){super(),this.isMaterial=!0,Object.defineProperty(this,"id",{value:jv++}),this.uuid=Si(),this.name="",this.type="Material",this.blending=qr,this.side=$n,this.vertexColors=!1,this.opacity=1,this.transparent=!1,this.alphaHash=!1,this.blendSrc=ud,this.blendDst=hd,this.blendEquation=Xs,this.blendSrcAlpha=null,this.blendDstAlpha=null,this.blendEquationAlpha=null,this.blendColor=new Me(0,0,0),this.blendAlpha=0,this.depthFunc=Nr,this.depthTest=!0,this.depthWrite=!0,this.stencilWriteMask=255,this.stencilFunc=Bg,this.stencilRef=0,this.stencilFuncMask=255,this.stencilFail=Wl,this.stencilZFail=Wl,this.stencilZPass=Wl,this.stencilWrite=!1,this.clippingPlanes=null,this.clipIntersection=!1,this.clipShadows=!1,this.shadowSide=null,this.colorWrite=!0,this.precision=null,this.polygonOffset=!1,this.polygonOffsetFactor=0,this.polygonOffsetUnits=0,this.dithering=!1,this.alphaToCoverage=!1,this.premultipliedAlpha=!1,this.forceSinglePass=!1,this.allowOverride=!0,this.visible=!0,this.toneMapped=!0,this.userData={},this.version=0,this._alphaTest=0}get alphaTest(){return this._alphaTest}set alphaTest(e){this._alphaTest>0!=e>0&&this.version++,this._alphaTest=e}onBeforeRender(){}onBeforeCompile(){}customProgramCacheKey(){return this.onBeforeCompile.toString()}setValues(e){if(e!==void 0)for(let t in e){let n=e[t];if(n===void 0){Ce(`Material: parameter '${t}' has value of undefined.`);continue}let s=this[t];if(s===void 0){Ce(`Material: '${t}' is not a property of THREE.${this.type}.`);continue}s&&s.isColor?s.set(n):s&&s.isVector2&&n&&n.isVector2||s&&s.isEuler&&n&&n.isEuler||s&&s.isVector3&&n&&n.isVector3?s.copy(n):this[t]=n}}toJSON(e){let t=e===void 0||typeof e=="string";t&&(e={textures:{},images:{}});let n={metadata:{version:4.7,type:"Material",generator:"Material.toJSON"}};n.uuid=this.uuid,n.type=this.type,n.blending=this.blending,n.side=this.side,n.shadowSide=this.shadowSide,n.vertexColors=this.vertexColors,n.opacity=this.opacity,n.transparent=this.transparent,n.blendSrc=this.blendSrc,n.blendDst=this.blendDst,n.blendEquation=this.blendEquation,n.blendSrcAlpha=this.blendSrcAlpha,n.blendDstAlpha=this.blendDstAlpha,n.blendEquationAlpha=this.blendEquationAlpha,n.blendColor=this.blendColor.getHex(),n.blendAlpha=this.blendAlpha,n.depthFunc=this.depthFunc,n.depthTest=this.depthTest,n.depthWrite=this.depthWrite,n.colorWrite=this.colorWrite,n.clipIntersection=this.clipIntersection,n.clipShadows=this.clipShadows,n.stencilWriteMask=this.stencilWriteMask,n.stencilFunc=this.stencilFunc,n.stencilRef=this.stencilRef,n.stencilFuncMask=this.stencilFuncMask,n.stencilFail=this.stencilFail,n.stencilZFail=this.stencilZFail,n.stencilZPass=this.stencilZPass,n.stencilWrite=this.stencilWrite,n.polygonOffset=this.polygonOffset,n.polygonOffsetFactor=this.polygonOffsetFactor,n.polygonOffsetUnits=this.polygonOffsetUnits,n.dithering=this.dithering,n.alphaTest=this.alphaTest,n.alphaHash=this.alphaHash,n.alphaToCoverage=this.alphaToCoverage,n.premultipliedAlpha=this.premultipliedAlpha,n.forceSinglePass=this.forceSinglePass,n.allowOverride=this.allowOverride,n.visible=this.visible,n.toneMapped=this.toneMapped,n.name=this.name,this.color&&this.color.isColor&&(n.color=this.color.getHex()),this.roughness!==void 0&&(n.roughness=this.roughness),this.metalness!==void 0&&(n.metalness=this.metalness),this.sheen!==void 0&&(n.sheen=this.sheen),this.sheenColor&&this.sheenColor.isColor&&(n.sheenColor=this.sheenColor.getHex()),this.sheenRoughness!==void 0&&(n.sheenRoughness=this.sheenRoughness),this.emissive&&this.emissive.isColor&&(n.emissive=this.emissive.getHex()),this.emissiveIntensity!==void 0&&(n.emissiveIntensity=this.emissiveIntensity),this.specular&&this.specular.isColor&&(n.specular=this.specular.getHex()),this.specularIntensity!==void 0&&(n.specularIntensity=this.specularIntensity),this.specularColor&&this.specularColor.isColor&&(n.specularColor=this.specularColor.getHex()),this.shininess!==void 0&&(n.shininess=this.shininess),this.clearcoat!==void 0&&(n.clearcoat=this.clearcoat),this.clearcoatRoughness!==void 0&&(n.clearcoatRoughness=this.clearcoatRoughness),this.diffuseRoughness!==void 0&&(n.diffuseRoughness=this.diffuseRoughness),this.diffuseRoughnessMap&&this.diffuseRoughnessMap.isTexture&&(n.diffuseRoughnessMap=this.diffuseRoughnessMap.toJSON(e).uuid),this.clearcoatMap&&this.clearcoatMap.isTexture&&(n.clearcoatMap=this.clearcoatMap.toJSON(e).uuid),this.clearcoatRoughnessMap&&this.clearcoatRoughnessMap.isTexture&&(n.clearcoatRoughnessMap=this.clearcoatRoughnessMap.toJSON(e).uuid),this.clearcoatNormalMap&&this.clearcoatNormalMap.isTexture&&(n.clearcoatNormalMap=this.clearcoatNormalMap.toJSON(e).uuid,n.clearcoatNormalScale=this.clearcoatNormalScale.toArray()),this.sheenColorMap&&this.sheenColorMap.isTexture&&(n.sheenColorMap=this.sheenColorMap.toJSON(e).uuid),this.sheenRoughnessMap&&this.sheenRoughnessMap.isTexture&&(n.sheenRoughnessMap=this.sheenRoughnessMap.toJSON(e).uuid),this.dispersion!==void 0&&(n.dispersion=this.dispersion),this.retroreflectivity!==void 0&&(n.retroreflectivity=this.retroreflectivity),this.iridescence!==void 0&&(n.iridescence=this.iridescence),this.iridescenceIOR!==void 0&&(n.iridescenceIOR=this.iridescenceIOR),this.iridescenceThicknessMinimum!==void 0&&(n.iridescenceThicknessMinimum=this.iridescenceThicknessMinimum),this.iridescenceThicknessMaximum!==void 0&&(n.iridescenceThicknessMaximum=this.iridescenceThicknessMaximum),this.iridescenceMap&&this.iridescenceMap.isTexture&&(n.iridescenceMap=this.iridescenceMap.toJSON(e).uuid),this.iridescenceThicknessMap&&this.iridescenceThicknessMap.isTexture&&(n.iridescenceThicknessMap=this.iridescenceThicknessMap.toJSON(e).uuid),this.anisotropy!==void 0&&(n.anisotropy=this.anisotropy),this.anisotropyRotation!==void 0&&(n.anisotropyRotation=this.anisotropyRotation),this.anisotropyMap&&this.anisotropyMap.isTexture&&(n.anisotropyMap=this.anisotropyMap.toJSON(e).uuid),this.map&&this.map.isTexture&&(n.map=this.map.toJSON(e).uuid),this.matcap&&this.matcap.isTexture&&(n.matcap=this.matcap.toJSON(e).uuid),this.alphaMap&&this.alphaMap.isTexture&&(n.alphaMap=this.alphaMap.toJSON(e).uuid),this.lightMap&&this.lightMap.isTexture&&(n.lightMap=this.lightMap.toJSON(e).uuid,n.lightMapIntensity=this.lightMapIntensity),this.aoMap&&this.aoMap.isTexture&&(n.aoMap=this.aoMap.toJSON(e).uuid,n.aoMapIntensity=this.aoMapIntensity),this.bumpMap&&this.bumpMap.isTexture&&(n.bumpMap=this.bumpMap.toJSON(e).uuid,n.bumpScale=this.bumpScale),this.normalMap&&this.normalMap.isTexture&&(n.normalMap=this.normalMap.toJSON(e).uuid,n.normalMapType=this.normalMapType,n.normalScale=this.normalScale.toArray()),this.displacementMap&&this.displacementMap.isTexture&&(n.displacementMap=this.displacementMap.toJSON(e).uuid,n.displacementScale=this.displacementScale,n.displacementBias=this.displacementBias),this.roughnessMap&&this.roughnessMap.isTexture&&(n.roughnessMap=this.roughnessMap.toJSON(e).uuid),this.metalnessMap&&this.metalnessMap.isTexture&&(n.metalnessMap=this.metalnessMap.toJSON(e).uuid),this.emissiveMap&&this.emissiveMap.isTexture&&(n.emissiveMap=this.emissiveMap.toJSON(e).uuid),this.specularMap&&this.specularMap.isTexture&&(n.specularMap=this.specularMap.toJSON(e).uuid),this.specularIntensityMap&&this.specularIntensityMap.isTexture&&(n.specularIntensityMap=this.specularIntensityMap.toJSON(e).uuid),this.specularColorMap&&this.specularColorMap.isTexture&&(n.specularColorMap=this.specularColorMap.toJSON(e).uuid),this.envMap&&this.envMap.isTexture&&(n.envMap=this.envMap.toJSON(e).uuid,this.combine!==void 0&&(n.combine=this.combine)),this.envMapRotation!==void 0&&(n.envMapRotation=this.envMapRotation.toArray()),this.envMapIntensity!==void 0&&(n.envMapIntensity=this.envMapIntensity),this.reflectivity!==void 0&&(n.reflectivity=this.reflectivity),this.refractionRatio!==void 0&&(n.refractionRatio=this.refractionRatio),this.gradientMap&&this.gradientMap.isTexture&&(n.gradientMap=this.gradientMap.toJSON(e).uuid),this.transmission!==void 0&&(n.transmission=this.transmission),this.transmissionMap&&this.transmissionMap.isTexture&&(n.transmissionMap=this.transmissionMap.toJSON(e).uuid),this.thickness!==void 0&&(n.thickness=this.thickness),this.thicknessMap&&this.thicknessMap.isTexture&&(n.thicknessMap=this.thicknessMap.toJSON(e).uuid),this.attenuationDistance!==void 0&&(n.attenuationDistance=this.attenuationDistance),this.attenuationColor!==void 0&&(n.attenuationColor=this.attenuationColor.getHex()),this.size!==void 0&&(n.size=this.size),this.sizeAttenuation!==void 0&&(n.sizeAttenuation=this.sizeAttenuation),Array.isArray(this.clippingPlanes)&&this.clippingPlanes.length>0&&(n.clippingPlanes=this.clippingPlanes.map(r=>r.toJSON())),this.rotation!==void 0&&(n.rotation=this.rotation),this.depthPacking!==void 0&&(n.depthPacking=this.depthPacking),this.linewidth!==void 0&&(n.linewidth=this.linewidth),this.linecap!==void 0&&(n.linecap=this.linecap),this.linejoin!==void 0&&(n.linejoin=this.linejoin),this.dashSize!==void 0&&(n.dashSize=this.dashSize),this.gapSize!==void 0&&(n.gapSize=this.gapSize),this.scale!==void 0&&(n.scale=this.scale),this.wireframe!==void 0&&(n.wireframe=this.wireframe),this.wireframeLinewidth!==void 0&&(n.wireframeLinewidth=this.wireframeLinewidth),this.wireframeLinecap!==void 0&&(n.wireframeLinecap=this.wireframeLinecap),this.wireframeLinejoin!==void 0&&(n.wireframeLinejoin=this.wireframeLinejoin),this.flatShading!==void 0&&(n.flatShading=this.flatShading),this.fog!==void 0&&(n.fog=this.fog),Object.keys(this.userData).length>0&&(n.userData=this.userData);function s(r){let o=[];for(let a in r){let l=r[a];delete l.metadata,o.push(l)}return o}if(t){let r=s(e.textures),o=s(e.images);r.length>0&&(n.textures=r),o.length>0&&(n.images=o)}return n}fromJSON(e,t){if(e.uuid!==void 0&&(this.uuid=e.uuid),e.name!==void 0&&(this.name=e.name),e.color!==void 0&&this.color!==void 0&&this.color.setHex(e.color),e.roughness!==void 0&&(this.roughness=e.roughness),e.metalness!==void 0&&(this.metalness=e.metalness),e.sheen!==void 0&&(this.sheen=e.sheen),e.sheenColor!==void 0&&(this.sheenColor=new Me().setHex(e.sheenColor)),e.sheenRoughness!==void 0&&(this.sheenRoughness=e.sheenRoughness),e.emissive!==void 0&&this.emissive!==void 0&&this.emissive.setHex(e.emissive),e.specular!==void 0&&this.specular!==void 0&&this.specular.setHex(e.specular),e.specularIntensity!==void 0&&(this.specularIntensity=e.specularIntensity),e.specularColor!==void 0&&this.specularColor!==void 0&&this.specularColor.setHex(e.specularColor),e.shininess!==void 0&&(this.shininess=e.shininess),e.clearcoat!==void 0&&(this.clearcoat=e.clearcoat),e.clearcoatRoughness!==void 0&&(this.clearcoatRoughness=e.clearcoatRoughness),e.diffuseRoughness!==void 0&&(this.diffuseRoughness=e.diffuseRoughness),e.dispersion!==void 0&&(this.dispersion=e.dispersion),e.retroreflectivity!==void 0&&(this.retroreflectivity=e.retroreflectivity),e.iridescence!==void 0&&(this.iridescence=e.iridescence),e.iridescenceIOR!==void 0&&(this.iridescenceIOR=e.iridescenceIOR),e.iridescenceThicknessMinimum!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum),e.iridescenceThicknessMaximum!==void 0&&(this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum),e.iridescenceThicknessRange!==void 0&&(this.iridescenceThicknessMinimum=e.iridescenceThicknessRange[0],this.iridescenceThicknessMaximum=e.iridescenceThicknessRange[1]),e.transmission!==void 0&&(this.transmission=e.transmission),e.thickness!==void 0&&(this.thickness=e.thickness),e.attenuationDistance!==void 0&&(this.attenuationDistance=e.attenuationDistance),e.attenuationColor!==void 0&&this.attenuationColor!==void 0&&this.attenuationColor.setHex(e.attenuationColor),e.anisotropy!==void 0&&(this.anisotropy=e.anisotropy),e.anisotropyRotation!==void 0&&(this.anisotropyRotation=e.anisotropyRotation),e.fog!==void 0&&(this.fog=e.fog),e.flatShading!==void 0&&(this.flatShading=e.flatShading),e.blending!==void 0&&(this.blending=e.blending),e.combine!==void 0&&(this.combine=e.combine),e.side!==void 0&&(this.side=e.side),e.shadowSide!==void 0&&(this.shadowSide=e.shadowSide),e.opacity!==void 0&&(this.opacity=e.opacity),e.transparent!==void 0&&(this.transparent=e.transparent),e.alphaTest!==void 0&&(this.alphaTest=e.alphaTest),e.alphaHash!==void 0&&(this.alphaHash=e.alphaHash),e.depthFunc!==void 0&&(this.depthFunc=e.depthFunc),e.depthTest!==void 0&&(this.depthTest=e.depthTest),e.depthWrite!==void 0&&(this.depthWrite=e.depthWrite),e.colorWrite!==void 0&&(this.colorWrite=e.colorWrite),e.clippingPlanes!==void 0&&(this.clippingPlanes=e.clippingPlanes.map(n=>new nn().fromJSON(n))),e.clipIntersection!==void 0&&(this.clipIntersection=e.clipIntersection),e.clipShadows!==void 0&&(this.clipShadows=e.clipShadows),e.depthPacking!==void 0&&(this.depthPacking=e.depthPacking),e.blendSrc!==void 0&&(this.blendSrc=e.blendSrc),e.blendDst!==void 0&&(this.blendDst=e.blendDst),e.blendEquation!==void 0&&(this.blendEquation=e.blendEquation),e.blendSrcAlpha!==void 0&&(this.blendSrcAlpha=e.blendSrcAlpha),e.blendDstAlpha!==void 0&&(this.blendDstAlpha=e.blendDstAlpha),e.blendEquationAlpha!==void 0&&(this.blendEquationAlpha=e.blendEquationAlpha),e.blendColor!==void 0&&this.blendColor!==void 0&&this.blendColor.setHex(e.blendColor),e.blendAlpha!==void 0&&(this.blendAlpha=e.blendAlpha),e.stencilWriteMask!==void 0&&(this.stencilWriteMask=e.stencilWriteMask),e.stencilFunc!==void 0&&(this.stencilFunc=e.stencilFunc),e.stencilRef!==void 0&&(this.stencilRef=e.stencilRef),e.stencilFuncMask!==void 0&&(this.stencilFuncMask=e.stencilFuncMask),e.stencilFail!==void 0&&(this.stencilFail=e.stencilFail),e.stencilZFail!==void 0&&(this.stencilZFail=e.stencilZFail),e.stencilZPass!==void 0&&(this.stencilZPass=e.stencilZPass),e.stencilWrite!==void 0&&(this.stencilWrite=e.stencilWrite),e.wireframe!==void 0&&(this.wireframe=e.wireframe),e.wireframeLinewidth!==void 0&&(this.wireframeLinewidth=e.wireframeLinewidth),e.wireframeLinecap!==void 0&&(this.wireframeLinecap=e.wireframeLinecap),e.wireframeLinejoin!==void 0&&(this.wireframeLinejoin=e.wireframeLinejoin),e.rotation!==void 0&&(this.rotation=e.rotation),e.linewidth!==void 0&&(this.linewidth=e.linewidth),e.linecap!==void 0&&(this.linecap=e.linecap),e.linejoin!==void 0&&(this.linejoin=e.linejoin),e.dashSize!==void 0&&(this.dashSize=e.dashSize),e.gapSize!==void 0&&(this.gapSize=e.gapSize),e.scale!==void 0&&(this.scale=e.scale),e.polygonOffset!==void 0&&(this.polygonOffset=e.polygonOffset),e.polygonOffsetFactor!==void 0&&(this.polygonOffsetFactor=e.polygonOffsetFactor),e.polygonOffsetUnits!==void 0&&(this.polygonOffsetUnits=e.polygonOffsetUnits),e.dithering!==void 0&&(this.dithering=e.dithering),e.alphaToCoverage!==void 0&&(this.alphaToCoverage=e.alphaToCoverage),e.premultipliedAlpha!==void 0&&(this.premultipliedAlpha=e.premultipliedAlpha),e.forceSinglePass!==void 0&&(this.forceSinglePass=e.forceSinglePass),e.allowOverride!==void 0&&(this.allowOverride=e.allowOverride),e.visible!==void 0&&(this.visible=e.visible),e.toneMapped!==void 0&&(this.toneMapped=e.toneMapped),e.userData!==void 0&&(this.userData=e.userData),e.vertexColors!==void 0&&(typeof e.vertexColors=="number"?this.vertexColors=e.vertexColors>0:this.vertexColors=e.vertexColors),e.size!==void 0&&(this.size=e.size),e.sizeAttenuation!==void 0&&(this.sizeAttenuation=e.sizeAttenuation),e.map!==void 0&&(this.map=t[e.map]||null),e.matcap!==void 0&&(this.matcap=t[e.matcap]||null),e.alphaMap!==void 0&&(this.alphaMap=t[e.alphaMap]||null),e.bumpMap!==void 0&&(this.bumpMap=t[e.bumpMap]||null),e.bumpScale!==void 0&&(this.bumpScale=e.bumpScale),e.normalMap!==void 0&&(this.normalMap=t[e.normalMap]||null),e.normalMapType!==void 0&&(this.normalMapType=e.normalMapType),e.normalScale!==void 0){let n=e.normalScale;Array.isArray(n)===!1&&(n=[n,n]),this.normalScale=new Ae().fromArray(n)}return e.displacementMap!==void 0&&(this.displacementMap=t[e.displacementMap]||null),e.displacementScale!==void 0&&(this.displacementScale=e.displacementScale),e.displacementBias!==void 0&&(this.displacementBias=e.displacementBias),e.roughnessMap!==void 0&&(this.roughnessMap=t[e.roughnessMap]||null),e.metalnessMap!==void 0&&(this.metalnessMap=t[e.metalnessMap]||null),e.emissiveMap!==void 0&&(this.emissiveMap=t[e.emissiveMap]||null),e.emissiveIntensity!==void 0&&(this.emissiveIntensity=e.emissiveIntensity),e.specularMap!==void 0&&(this.specularMap=t[e.specularMap]||null),e.specularIntensityMap!==void 0&&(this.specularIntensityMap=t[e.specularIntensityMap]||null),e.specularColorMap!==void 0&&(this.specularColorMap=t[e.specularColorMap]||null),e.envMap!==void 0&&(this.envMap=t[e.envMap]||null),e.envMapRotation!==void 0&&this.envMapRotation.fromArray(e.envMapRotation),e.envMapIntensity!==void 0&&(this.envMapIntensity=e.envMapIntensity),e.reflectivity!==void 0&&(this.reflectivity=e.reflectivity),e.refractionRatio!==void 0&&(this.refractionRatio=e.refractionRatio),e.lightMap!==void 0&&(this.lightMap=t[e.lightMap]||null),e.lightMapIntensity!==void 0&&(this.lightMapIntensity=e.lightMapIntensity),e.aoMap!==void 0&&(this.aoMap=t[e.aoMap]||null),e.aoMapIntensity!==void 0&&(this.aoMapIntensity=e.aoMapIntensity),e.gradientMap!==void 0&&(this.gradientMap=t[e.gradientMap]||null),e.clearcoatMap!==void 0&&(this.clearcoatMap=t[e.clearcoatMap]||null),e.clearcoatRoughnessMap!==void 0&&(this.clearcoatRoughnessMap=t[e.clearcoatRoughnessMap]||null),e.clearcoatNormalMap!==void 0&&(this.clearcoatNormalMap=t[e.clearcoatNormalMap]||null),e.clearcoatNormalScale!==void 0&&(this.clearcoatNormalScale=new Ae().fromArray(e.clearcoatNormalScale)),e.diffuseRoughnessMap!==void 0&&(this.diffuseRoughnessMap=t[e.diffuseRoughnessMap]||null),e.iridescenceMap!==void 0&&(this.iridescenceMap=t[e.iridescenceMap]||null),e.iridescenceThicknessMap!==void 0&&(this.iridescenceThicknessMap=t[e.iridescenceThicknessMap]||null),e.transmissionMap!==void 0&&(this.transmissionMap=t[e.transmissionMap]||null),e.thicknessMap!==void 0&&(this.thicknessMap=t[e.thicknessMap]||null),e.anisotropyMap!==void 0&&(this.anisotropyMap=t[e.anisotropyMap]||null),e.sheenColorMap!==void 0&&(this.sheenColorMap=t[e.sheenColorMap]||null),e.sheenRoughnessMap!==void 0&&(this.sheenRoughnessMap=t[e.sheenRoughnessMap]||null),this}clone(){return new this.constructor().copy(this)}copy(e){this.name=e.name,this.blending=e.blending,this.side=e.side,this.vertexColors=e.vertexColors,this.opacity=e.opacity,this.transparent=e.transparent,this.blendSrc=e.blendSrc,this.blendDst=e.blendDst,this.blendEquation=e.blendEquation,this.blendSrcAlpha=e.blendSrcAlpha,this.blendDstAlpha=e.blendDstAlpha,this.blendEquationAlpha=e.blendEquationAlpha,this.blendColor.copy(e.blendColor),this.blendAlpha=e.blendAlpha,this.depthFunc=e.depthFunc,this.depthTest=e.depthTest,this.depthWrite=e.depthWrite,this.stencilWriteMask=e.stencilWriteMask,this.stencilFunc=e.stencilFunc,this.stencilRef=e.stencilRef,this.stencilFuncMask=e.stencilFuncMask,this.stencilFail=e.stencilFail,this.stencilZFail=e.stencilZFail,this.stencilZPass=e.stencilZPass,this.stencilWrite=e.stencilWrite;let t=e.clippingPlanes,n=null;if(t!==null){let s=t.length;n=new Array(s);for(let r=0;r!==s;++r)n[r]=t[r].clone()}return this.clippingPlanes=n,this.clipIntersection=e.clipIntersection,this.clipShadows=e.clipShadows,this.shadowSide=e.shadowSide,this.colorWrite=e.colorWrite,this.precision=e.precision,this.polygonOffset=e.polygonOffset,this.polygonOffsetFactor=e.polygonOffsetFactor,this.polygonOffsetUnits=e.polygonOffsetUnits,this.dithering=e.dithering,this.alphaTest=e.alphaTest,this.alphaHash=e.alphaHash,this.alphaToCoverage=e.alphaToCoverage,this.premultipliedAlpha=e.premultipliedAlpha,this.forceSinglePass=e.forceSinglePass,this.allowOverride=e.allowOverride,this.visible=e.visible,this.toneMapped=e.toneMapped,this.userData=JSON.parse(JSON.stringify(e.userData)),this}dispose(){this.dispatchEvent({type:"dispose"})}set needsUpdate(e){e===!0&&this.version++}};var Oi=new P,kh=new P,wl=new P,El=new P,Qt=class{constructor(e=new P,t=new P(0,0,-1)){this.origin=e,this.direction=t}set(e,t){return this.origin.copy(e),this.direction.copy(t),this}copy(e){return this.origin.copy(e.origin),this.direction.copy(e.direction),this}at(e,t){return t.copy(this.origin).addScaledVector(this.direction,e)}lookAt(e){return this.direction.copy(e).sub(this.origin).normalize(),this}recast(e){return this.origin.copy(this.at(e,Oi)),this}closestPointToPoint(e,t){t.subVectors(e,this.origin);let n=t.dot(this.direction);return n<0?t.copy(this.origin):t.copy(this.origin).addScaledVector(this.direction,n)}distanceToPoint(e){return Math.sqrt(this.distanceSqToPoint(e))}distanceSqToPoint(e){let t=Oi.subVectors(e,this.origin).dot(this.direction);return t<0?this.origin.distanceToSquared(e):(Oi.copy(this.origin).addScaledVector(this.direction,t),Oi.distanceToSquared(e))}distanceSqToSegment(e,t,n,s){kh.copy(e).add(t).multiplyScalar(.5),wl.copy(t).sub(e).normalize(),El.copy(this.origin).sub(kh);let r=e.distanceTo(t)*.5,o=-this.direction.dot(wl),a=El.dot(this.direction),l=-El.dot(wl),c=El.lengthSq(),u=Math.abs(1-o*o),h,d,f,p;if(u>0)if(h=o*l-a,d=o*a-l,p=r*u,h>=0)if(d>=-p)if(d<=p){let y=1/u;h*=y,d*=y,f=h*(h+o*d+2*a)+d*(o*h+d+2*l)+c}else d=r,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*l)+c;else d=-r,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*l)+c;else d<=-p?(h=Math.max(0,-(-o*r+a)),d=h>0?-r:Math.min(Math.max(-r,-l),r),f=-h*h+d*(d+2*l)+c):d<=p?(h=0,d=Math.min(Math.max(-r,-l),r),f=d*(d+2*l)+c):(h=Math.max(0,-(o*r+a)),d=h>0?r:Math.min(Math.max(-r,-l),r),f=-h*h+d*(d+2*l)+c);else d=o>0?-r:r,h=Math.max(0,-(o*d+a)),f=-h*h+d*(d+2*l)+c;return n&&n.copy(this.origin).addScaledVector(this.direction,h),s&&s.copy(kh).addScaledVector(wl,d),f}intersectSphere(e,t){if(e.radius<0)return null;Oi.subVectors(e.center,this.origin);let n=Oi.dot(this.direction),s=Oi.dot(Oi)-n*n,r=e.radius*e.radius;if(s>r)return null;let o=Math.sqrt(r-s),a=n-o,l=n+o;return l<0?null:a<0?this.at(l,t):this.at(a,t)}intersectsSphere(e){return e.radius<0?!1:this.distanceSqToPoint(e.center)<=e.radius*e.radius}distanceToPlane(e){let t=e.normal.dot(this.direction);if(t===0)return e.distanceToPoint(this.origin)===0?0:null;let n=-(this.origin.dot(e.normal)+e.constant)/t;return n>=0?n:null}intersectPlane(e,t){let n=this.distanceToPlane(e);return n===null?null:this.at(n,t)}intersectsPlane(e){let t=e.distanceToPoint(this.origin);return t===0||e.normal.dot(this.direction)*t<0}intersectBox(e,t){let n,s,r,o,a,l,c=1/this.direction.x,u=1/this.direction.y,h=1/this.direction.z,d=this.origin;return c>=0?(n=(e.min.x-d.x)*c,s=(e.max.x-d.x)*c):(n=(e.max.x-d.x)*c,s=(e.min.x-d.x)*c),u>=0?(r=(e.min.y-d.y)*u,o=(e.max.y-d.y)*u):(r=(e.max.y-d.y)*u,o=(e.min.y-d.y)*u),n>o||r>s||((r>n||isNaN(n))&&(n=r),(o<s||isNaN(s))&&(s=o),h>=0?(a=(e.min.z-d.z)*h,l=(e.max.z-d.z)*h):(a=(e.max.z-d.z)*h,l=(e.min.z-d.z)*h),n>l||a>s)||((a>n||n!==n)&&(n=a),(l<s||s!==s)&&(s=l),s<0)?null:this.at(n>=0?n:s,t)}intersectsBox(e){return this.intersectBox(e,Oi)!==null}intersectTriangle(e,t,n,s,r){let o=this.origin,a=this.direction,l=a.x,c=a.y,u=a.z,h=e.x-o.x,d=e.y-o.y,f=e.z-o.z,p=t.x-o.x,y=t.y-o.y,m=t.z-o.z,g=n.x-o.x,v=n.y-o.y,T=n.z-o.z,b=Math.abs(l),A=Math.abs(c),w=Math.abs(u),x,M,L,R,I,U,V,N,G,k,W,ee;if(b>=A&&b>=w?(L=l,U=h,G=p,ee=g,l>=0?(x=c,M=u,R=d,I=f,V=y,N=m,k=v,W=T):(x=u,M=c,R=f,I=d,V=m,N=y,k=T,W=v)):A>=w?(L=c,U=d,G=y,ee=v,c>=0?(x=u,M=l,R=f,I=h,V=m,N=p,k=T,W=g):(x=l,M=u,R=h,I=f,V=p,N=m,k=g,W=T)):(L=u,U=f,G=m,ee=T,u>=0?(x=l,M=c,R=h,I=d,V=p,N=y,k=g,W=v):(x=c,M=l,R=d,I=h,V=y,N=p,k=v,W=g)),L===0)return null;let q=x/L,J=M/L,te=1/L,_e=R-q*U,Ue=I-J*U,j=V-q*G,pe=N-J*G,we=k-q*ee,Le=W-J*ee,ye=we*pe-Le*j,Ge=_e*Le-Ue*we,Nt=j*Ue-pe*_e;if(s){if(ye<0||Ge<0||Nt<0)return null}else if((ye<0||Ge<0||Nt<0)&&(ye>0||Ge>0||Nt>0))return null;let De=ye+Ge+Nt;if(De===0)return null;let ut=te*(ye*U+Ge*G+Nt*ee);return(De>0?ut<0:ut>0)?null:this.at(ut/De,r)}applyMatrix4(e){return this.origin.applyMatrix4(e),this.direction.transformDirection(e),this}equals(e){return e.origin.equals(this.origin)&&e.direction.equals(this.direction)}clone(){return new this.constructor().copy(this)}},An=class extends Vt{constructor(e){super(),this.isMeshBasicMaterial=!0,this.type="MeshBasicMaterial",this.color=new Me(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new si,this.combine=pa,this.reflectivity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.fog=e.fog,this}},Fm=new ge,Ls=new Qt,Tl=new Ut,Um=new P,Al=new P,Rl=new P,Cl=new P,Hh=new P,Pl=new P,Om=new P,Il=new P,je=class extends Rt{constructor(e=new Je,t=new An){super(),this.isMesh=!0,this.type="Mesh",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.count=1,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let s=t[n[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=s.length;r<o;r++){let a=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}getVertexPosition(e,t){let n=this.geometry,s=n.attributes.position,r=n.morphAttributes.position,o=n.morphTargetsRelative;t.fromBufferAttribute(s,e);let a=this.morphTargetInfluences;if(r&&a){Pl.set(0,0,0);for(let l=0,c=r.length;l<c;l++){let u=a[l],h=r[l];u!==0&&(Hh.fromBufferAttribute(h,e),o?Pl.addScaledVector(Hh,u):Pl.addScaledVector(Hh.sub(t),u))}t.add(Pl)}return t}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,s=this.material,r=this.matrixWorld;s!==void 0&&(n.boundingSphere===null&&n.computeBoundingSphere(),Tl.copy(n.boundingSphere),Tl.applyMatrix4(r),Ls.copy(e.ray).recast(e.near),!(Tl.containsPoint(Ls.origin)===!1&&(Ls.intersectSphere(Tl,Um)===null||Ls.origin.distanceToSquared(Um)>(e.far-e.near)**2))&&(Fm.copy(r).invert(),Ls.copy(e.ray).applyMatrix4(Fm),!(n.boundingBox!==null&&Ls.intersectsBox(n.boundingBox)===!1)&&this._computeIntersections(e,t,Ls)))}_computeIntersections(e,t,n){let s,r=this.geometry,o=this.material,a=r.index,l=r.attributes.position,c=r.attributes.uv,u=r.attributes.uv1,h=r.attributes.normal,d=r.groups,f=r.drawRange;if(a!==null)if(Array.isArray(o))for(let p=0,y=d.length;p<y;p++){let m=d[p],g=o[m.materialIndex],v=Math.max(m.start,f.start),T=Math.min(a.count,Math.min(m.start+m.count,f.start+f.count));for(let b=v,A=T;b<A;b+=3){let w=a.getX(b),x=a.getX(b+1),M=a.getX(b+2);s=Ll(this,g,e,n,c,u,h,w,x,M),s&&(s.faceIndex=Math.floor(b/3),s.face.materialIndex=m.materialIndex,t.push(s))}}else{let p=Math.max(0,f.start),y=Math.min(a.count,f.start+f.count);for(let m=p,g=y;m<g;m+=3){let v=a.getX(m),T=a.getX(m+1),b=a.getX(m+2);s=Ll(this,o,e,n,c,u,h,v,T,b),s&&(s.faceIndex=Math.floor(m/3),t.push(s))}}else if(l!==void 0)if(Array.isArray(o))for(let p=0,y=d.length;p<y;p++){let m=d[p],g=o[m.materialIndex],v=Math.max(m.start,f.start),T=Math.min(l.count,Math.min(m.start+m.count,f.start+f.count));for(let b=v,A=T;b<A;b+=3){let w=b,x=b+1,M=b+2;s=Ll(this,g,e,n,c,u,h,w,x,M),s&&(s.faceIndex=Math.floor(b/3),s.face.materialIndex=m.materialIndex,t.push(s))}}else{let p=Math.max(0,f.start),y=Math.min(l.count,f.start+f.count);for(let m=p,g=y;m<g;m+=3){let v=m,T=m+1,b=m+2;s=Ll(this,o,e,n,c,u,h,v,T,b),s&&(s.faceIndex=Math.floor(m/3),t.push(s))}}}};function Kv(i,e,t,n,s,r,o,a){let l;if(e.side===rn?l=n.intersectTriangle(o,r,s,!0,a):l=n.intersectTriangle(s,r,o,e.side===$n,a),l===null)return null;Il.copy(a),Il.applyMatrix4(i.matrixWorld);let c=t.ray.origin.distanceTo(Il);return c<t.near||c>t.far?null:{distance:c,point:Il.clone(),object:i}}function Ll(i,e,t,n,s,r,o,a,l,c){i.getVertexPosition(a,Al),i.getVertexPosition(l,Rl),i.getVertexPosition(c,Cl);let u=Kv(i,e,t,n,Al,Rl,Cl,Om);if(u){let h=new P;ls.getBarycoord(Om,Al,Rl,Cl,h),s&&(u.uv=ls.getInterpolatedAttribute(s,a,l,c,h,new Ae)),r&&(u.uv1=ls.getInterpolatedAttribute(r,a,l,c,h,new Ae)),o&&(u.normal=ls.getInterpolatedAttribute(o,a,l,c,h,new P),u.normal.dot(n.direction)>0&&u.normal.multiplyScalar(-1));let d={a,b:l,c,normal:new P,materialIndex:0};ls.getNormal(Al,Rl,Cl,d.normal),u.face=d,u.barycoord=h}return u}var Io=new it,Bm=new it,km=new it,Zv=new it,Hm=new ge,Nl=new P,zh=new Ut,zm=new ge,Vh=new Qt,Wo=class extends je{constructor(e,t){super(e,t),this.isSkinnedMesh=!0,this.type="SkinnedMesh",this.bindMode=Yh,this.bindMatrix=new ge,this.bindMatrixInverse=new ge,this.boundingBox=null,this.boundingSphere=null}computeBoundingBox(){let e=this.geometry;this.boundingBox===null&&(this.boundingBox=new Jt),this.boundingBox.makeEmpty();let t=e.getAttribute("position");for(let n=0;n<t.count;n++)this.getVertexPosition(n,Nl),this.boundingBox.expandByPoint(Nl)}computeBoundingSphere(){let e=this.geometry;this.boundingSphere===null&&(this.boundingSphere=new Ut),this.boundingSphere.makeEmpty();let t=e.getAttribute("position");for(let n=0;n<t.count;n++)this.getVertexPosition(n,Nl),this.boundingSphere.expandByPoint(Nl)}copy(e,t){return super.copy(e,t),this.bindMode=e.bindMode,this.bindMatrix.copy(e.bindMatrix),this.bindMatrixInverse.copy(e.bindMatrixInverse),this.skeleton=e.skeleton,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}raycast(e,t){let n=this.material,s=this.matrixWorld;n!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),zh.copy(this.boundingSphere),zh.applyMatrix4(s),e.ray.intersectsSphere(zh)!==!1&&(zm.copy(s).invert(),Vh.copy(e.ray).applyMatrix4(zm),!(this.boundingBox!==null&&Vh.intersectsBox(this.boundingBox)===!1)&&this._computeIntersections(e,t,Vh)))}getVertexPosition(e,t){return super.getVertexPosition(e,t),this.applyBoneTransform(e,t),t}bind(e,t){this.skeleton=e,t===void 0&&(this.updateMatrixWorld(!0),this.skeleton.calculateInverses(),t=this.matrixWorld),this.bindMatrix.copy(t),this.bindMatrixInverse.copy(t).invert()}pose(){this.skeleton.pose()}normalizeSkinWeights(){let e=new it,t=this.geometry.attributes.skinWeight;for(let n=0,s=t.count;n<s;n++){e.fromBufferAttribute(t,n);let r=1/e.manhattanLength();r!==1/0?e.multiplyScalar(r):e.set(1,0,0,0),t.setXYZW(n,e.x,e.y,e.z,e.w)}}updateMatrixWorld(e){super.updateMatrixWorld(e),this.bindMode===Yh?this.bindMatrixInverse.copy(this.matrixWorld).invert():this.bindMode===Dg?this.bindMatrixInverse.copy(this.bindMatrix).invert():Ce("SkinnedMesh: Unrecognized bindMode: "+this.bindMode)}applyBoneTransform(e,t){let n=this.skeleton,s=this.geometry;Bm.fromBufferAttribute(s.attributes.skinIndex,e),km.fromBufferAttribute(s.attributes.skinWeight,e),t.isVector4?(Io.copy(t),t.set(0,0,0,0)):(Io.set(t.x,t.y,t.z,1),t.set(0,0,0)),Io.applyMatrix4(this.bindMatrix);for(let r=0;r<4;r++){let o=km.getComponent(r);if(o!==0){let a=Bm.getComponent(r);Hm.multiplyMatrices(n.bones[a].matrixWorld,n.boneInverses[a]),t.addScaledVector(Zv.copy(Io).applyMatrix4(Hm),o)}}return t.isVector4&&(t.w=Io.w),t.applyMatrix4(this.bindMatrixInverse)}},zr=class extends Rt{constructor(){super(),this.isBone=!0,this.type="Bone"}},sn=class extends At{constructor(e=null,t=1,n=1,s,r,o,a,l,c=Tt,u=Tt,h,d){super(null,o,a,l,c,u,s,r,h,d),this.isDataTexture=!0,this.image={data:e,width:t,height:n},this.generateMipmaps=!1,this.flipY=!1,this.unpackAlignment=1}},Vm=new ge,Jv=new ge,Xo=class i{constructor(e=[],t=[]){this.uuid=Si(),this.bones=e.slice(0),this.boneInverses=t,this.boneMatrices=null,this.previousBoneMatrices=null,this.boneTexture=null,this.previousBoneTexture=null,this.init()}init(){let e=this.bones,t=this.boneInverses;if(this.boneMatrices=new Float32Array(e.length*16),t.length===0)this.calculateInverses();else if(e.length!==t.length){Ce("Skeleton: Number of inverse bone matrices does not match amount of bones."),this.boneInverses=[];for(let n=0,s=this.bones.length;n<s;n++)this.boneInverses.push(new ge)}}calculateInverses(){this.boneInverses.length=0;for(let e=0,t=this.bones.length;e<t;e++){let n=new ge;this.bones[e]&&n.copy(this.bones[e].matrixWorld).invert(),this.boneInverses.push(n)}}pose(){for(let e=0,t=this.bones.length;e<t;e++){let n=this.bones[e];n&&n.matrixWorld.copy(this.boneInverses[e]).invert()}for(let e=0,t=this.bones.length;e<t;e++){let n=this.bones[e];n&&(n.parent&&n.parent.isBone?(n.matrix.copy(n.parent.matrixWorld).invert(),n.matrix.multiply(n.matrixWorld)):n.matrix.copy(n.matrixWorld),n.matrix.decompose(n.position,n.quaternion,n.scale))}}update(){let e=this.bones,t=this.boneInverses,n=this.boneMatrices,s=this.boneTexture;for(let r=0,o=e.length;r<o;r++){let a=e[r]?e[r].matrixWorld:Jv;Vm.multiplyMatrices(a,t[r]),Vm.toArray(n,r*16)}s!==null&&(s.needsUpdate=!0)}clone(){return new i(this.bones,this.boneInverses)}computeBoneTexture(){let e=Math.sqrt(this.bones.length*4);e=Math.ceil(e/4)*4,e=Math.max(e,4);let t=new Float32Array(e*e*4);t.set(this.boneMatrices);let n=new sn(t,e,e,mn,On);return n.needsUpdate=!0,this.boneMatrices=t,this.boneTexture=n,this}getBoneByName(e){for(let t=0,n=this.bones.length;t<n;t++){let s=this.bones[t];if(s.name===e)return s}}dispose(){this.boneTexture!==null&&(this.boneTexture.dispose(),this.boneTexture=null),this.previousBoneTexture!==null&&(this.previousBoneTexture.dispose(),this.previousBoneTexture=null)}fromJSON(e,t){this.uuid=e.uuid;for(let n=0,s=e.bones.length;n<s;n++){let r=e.bones[n],o=t[r];o===void 0&&(Ce("Skeleton: No bone found with UUID:",r),o=new zr),this.bones.push(o),this.boneInverses.push(new ge().fromArray(e.boneInverses[n]))}return this.init(),this}toJSON(){let e={metadata:{version:4.7,type:"Skeleton",generator:"Skeleton.toJSON"},bones:[],boneInverses:[]};e.uuid=this.uuid;let t=this.bones,n=this.boneInverses;for(let s=0,r=t.length;s<r;s++){let o=t[s];e.bones.push(o.uuid);let a=n[s];e.boneInverses.push(a.toArray())}return e}},ri=class extends Ze{constructor(e,t,n,s=1){super(e,t,n),this.isInstancedBufferAttribute=!0,this.meshPerAttribute=s}copy(e){return super.copy(e),this.meshPerAttribute=e.meshPerAttribute,this}toJSON(){let e=super.toJSON();return e.meshPerAttribute=this.meshPerAttribute,e.isInstancedBufferAttribute=!0,e}},Tr=new ge,Gm=new ge,Dl=[],Wm=new Jt,Qv=new ge,Lo=new je,No=new Ut,Yn=class extends je{constructor(e,t,n){super(e,t),this.isInstancedMesh=!0,this.instanceMatrix=new ri(new Float32Array(n*16),16),this.instanceColor=null,this.morphTexture=null,this.count=n,this.boundingBox=null,this.boundingSphere=null;for(let s=0;s<n;s++)this.setMatrixAt(s,Qv)}computeBoundingBox(){let e=this.geometry,t=this.count;this.boundingBox===null&&(this.boundingBox=new Jt),e.boundingBox===null&&e.computeBoundingBox(),this.boundingBox.makeEmpty();for(let n=0;n<t;n++)this.getMatrixAt(n,Tr),Wm.copy(e.boundingBox).applyMatrix4(Tr),this.boundingBox.union(Wm)}computeBoundingSphere(){let e=this.geometry,t=this.count;this.boundingSphere===null&&(this.boundingSphere=new Ut),e.boundingSphere===null&&e.computeBoundingSphere(),this.boundingSphere.makeEmpty();for(let n=0;n<t;n++)this.getMatrixAt(n,Tr),No.copy(e.boundingSphere).applyMatrix4(Tr),this.boundingSphere.union(No)}copy(e,t){return super.copy(e,t),this.instanceMatrix.copy(e.instanceMatrix),this.morphTexture=e.morphTexture!==null?e.morphTexture.clone():null,this.instanceColor=e.instanceColor!==null?e.instanceColor.clone():null,this.count=e.count,this.boundingBox=e.boundingBox!==null?e.boundingBox.clone():null,this.boundingSphere=e.boundingSphere!==null?e.boundingSphere.clone():null,this}getColorAt(e,t){return this.instanceColor===null?t.setRGB(1,1,1):t.fromArray(this.instanceColor.array,e*3)}getMatrixAt(e,t){return t.fromArray(this.instanceMatrix.array,e*16)}getMorphAt(e,t){let n=t.morphTargetInfluences,s=this.morphTexture.source.data.data,r=n.length+1,o=e*r+1;for(let a=0;a<n.length;a++)n[a]=s[o+a]}raycast(e,t){let n=this.matrixWorld,s=this.count;if(Lo.geometry=this.geometry,Lo.material=this.material,Lo.material!==void 0&&(this.boundingSphere===null&&this.computeBoundingSphere(),No.copy(this.boundingSphere),No.applyMatrix4(n),e.ray.intersectsSphere(No)!==!1))for(let r=0;r<s;r++){this.getMatrixAt(r,Tr),Gm.multiplyMatrices(n,Tr),Lo.matrixWorld=Gm,Lo.raycast(e,Dl);for(let o=0,a=Dl.length;o<a;o++){let l=Dl[o];l.instanceId=r,l.object=this,t.push(l)}Dl.length=0}}setColorAt(e,t){return this.instanceColor===null&&(this.instanceColor=new ri(new Float32Array(this.instanceMatrix.count*3).fill(1),3)),t.toArray(this.instanceColor.array,e*3),this}setMatrixAt(e,t){return t.toArray(this.instanceMatrix.array,e*16),this}setMorphAt(e,t){let n=t.morphTargetInfluences,s=n.length+1;this.morphTexture===null&&(this.morphTexture=new sn(new Float32Array(s*this.count),s,this.count,Mc,On));let r=this.morphTexture.source.data.data,o=0;for(let c=0;c<n.length;c++)o+=n[c];let a=this.geometry.morphTargetsRelative?1:1-o,l=s*e;return r[l]=a,r.set(n,l+1),this}updateMorphTargets(){}dispose(){super.dispose(),this.instanceMatrix.dispose(),this.instanceColor!==null&&this.instanceColor.dispose(),this.morphTexture!==null&&(this.morphTexture.dispose(),this.morphTexture=null)}},Ns=new Ut,e_=new Ae(.5,.5),Fl=new P,us=class{constructor(e=new nn,t=new nn,n=new nn,s=new nn,r=new nn,o=new nn){this.planes=[e,t,n,s,r,o]}set(e,t,n,s,r,o){let a=this.planes;return a[0].copy(e),a[1].copy(t),a[2].copy(n),a[3].copy(s),a[4].copy(r),a[5].copy(o),this}copy(e){let t=this.planes;for(let n=0;n<6;n++)t[n].copy(e.planes[n]);return this}setFromProjectionMatrix(e,t=qn,n=!1){let s=this.planes,r=e.elements,o=r[0],a=r[1],l=r[2],c=r[3],u=r[4],h=r[5],d=r[6],f=r[7],p=r[8],y=r[9],m=r[10],g=r[11],v=r[12],T=r[13],b=r[14],A=r[15];if(s[0].setComponents(c-o,f-u,g-p,A-v).normalize(),s[1].setComponents(c+o,f+u,g+p,A+v).normalize(),s[2].setComponents(c+a,f+h,g+y,A+T).normalize(),s[3].setComponents(c-a,f-h,g-y,A-T).normalize(),n)s[4].setComponents(l,d,m,b).normalize(),s[5].setComponents(c-l,f-d,g-m,A-b).normalize();else if(s[4].setComponents(c-l,f-d,g-m,A-b).normalize(),t===qn)s[5].setComponents(c+l,f+d,g+m,A+b).normalize();else if(t===Fr)s[5].setComponents(l,d,m,b).normalize();else throw new Error("THREE.Frustum.setFromProjectionMatrix(): Invalid coordinate system: "+t);return this}intersectsObject(e){if(e.boundingSphere!==void 0)e.boundingSphere===null&&e.computeBoundingSphere(),Ns.copy(e.boundingSphere).applyMatrix4(e.matrixWorld);else{let t=e.geometry;t.boundingSphere===null&&t.computeBoundingSphere(),Ns.copy(t.boundingSphere).applyMatrix4(e.matrixWorld)}return this.intersectsSphere(Ns)}intersectsSprite(e){Ns.center.set(0,0,0);let t=e_.distanceTo(e.center);return Ns.radius=.7071067811865476+t,Ns.applyMatrix4(e.matrixWorld),this.intersectsSphere(Ns)}intersectsSphere(e){let t=this.planes,n=e.center,s=-e.radius;for(let r=0;r<6;r++)if(t[r].distanceToPoint(n)<s)return!1;return!0}intersectsBox(e){let t=this.planes;for(let n=0;n<6;n++){let s=t[n];if(Fl.x=s.normal.x>0?e.max.x:e.min.x,Fl.y=s.normal.y>0?e.max.y:e.min.y,Fl.z=s.normal.z>0?e.max.z:e.min.z,s.distanceToPoint(Fl)<0)return!1}return!0}containsPoint(e){let t=this.planes;for(let n=0;n<6;n++)if(t[n].distanceToPoint(e)<0)return!1;return!0}clone(){return new this.constructor().copy(this)}},Xm=new ge,tc=class i{constructor(){this.coordinateSystem=qn,this._frustums=[],this._count=0}setFromArrayCamera(e){let t=e.cameras,n=this._frustums;for(let s=0;s<t.length;s++){let r=t[s];Xm.multiplyMatrices(r.projectionMatrix,r.matrixWorldInverse),n[s]===void 0&&(n[s]=new us),n[s].setFromProjectionMatrix(Xm,r.coordinateSystem,r.reversedDepth)}return this._count=t.length,this}getFrustum(e){return this._frustums[e]}intersectsObject(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsObject(e))return!0;return!1}intersectsSprite(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSprite(e))return!0;return!1}intersectsSphere(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsSphere(e))return!0;return!1}intersectsBox(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].intersectsBox(e))return!0;return!1}containsPoint(e){let t=this._frustums;for(let n=0;n<this._count;n++)if(t[n].containsPoint(e))return!0;return!1}copy(e){this.coordinateSystem=e.coordinateSystem;let t=this._frustums,n=e._frustums;for(let s=0;s<e._count;s++)t[s]===void 0&&(t[s]=new us),t[s].copy(n[s]);return this._count=e._count,this}clone(){return new i().copy(this)}};var xi=class extends Vt{constructor(e){super(),this.isLineBasicMaterial=!0,this.type="LineBasicMaterial",this.color=new Me(16777215),this.map=null,this.linewidth=1,this.linecap="round",this.linejoin="round",this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.linewidth=e.linewidth,this.linecap=e.linecap,this.linejoin=e.linejoin,this.fog=e.fog,this}},nc=new P,ic=new P,qm=new ge,Do=new Qt,Ul=new Ut,Gh=new P,Ym=new P,ks=class extends Rt{constructor(e=new Je,t=new xi){super(),this.isLine=!0,this.type="Line",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,n=[0];for(let s=1,r=t.count;s<r;s++)nc.fromBufferAttribute(t,s-1),ic.fromBufferAttribute(t,s),n[s]=n[s-1],n[s]+=nc.distanceTo(ic);e.setAttribute("lineDistance",new Oe(n,1))}else Ce("Line.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,s=this.matrixWorld,r=e.params.Line.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),Ul.copy(n.boundingSphere),Ul.applyMatrix4(s),Ul.radius+=r,e.ray.intersectsSphere(Ul)===!1)return;qm.copy(s).invert(),Do.copy(e.ray).applyMatrix4(qm);let a=r/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=this.isLineSegments?2:1,u=n.index,d=n.attributes.position;if(u!==null){let f=Math.max(0,o.start),p=Math.min(u.count,o.start+o.count);for(let y=f,m=p-1;y<m;y+=c){let g=u.getX(y),v=u.getX(y+1),T=Ol(this,e,Do,l,g,v,y);T&&t.push(T)}if(this.isLineLoop){let y=u.getX(p-1),m=u.getX(f),g=Ol(this,e,Do,l,y,m,p-1);g&&t.push(g)}}else{let f=Math.max(0,o.start),p=Math.min(d.count,o.start+o.count);for(let y=f,m=p-1;y<m;y+=c){let g=Ol(this,e,Do,l,y,y+1,y);g&&t.push(g)}if(this.isLineLoop){let y=Ol(this,e,Do,l,p-1,f,p-1);y&&t.push(y)}}}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let s=t[n[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=s.length;r<o;r++){let a=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}};function Ol(i,e,t,n,s,r,o){let a=i.geometry.attributes.position;if(nc.fromBufferAttribute(a,s),ic.fromBufferAttribute(a,r),t.distanceSqToSegment(nc,ic,Gh,Ym)>n)return;Gh.applyMatrix4(i.matrixWorld);let c=e.ray.origin.distanceTo(Gh);if(!(c<e.near||c>e.far))return{distance:c,point:Ym.clone().applyMatrix4(i.matrixWorld),index:o,face:null,faceIndex:null,barycoord:null,object:i}}var $m=new P,jm=new P,hs=class extends ks{constructor(e,t){super(e,t),this.isLineSegments=!0,this.type="LineSegments"}computeLineDistances(){let e=this.geometry;if(e.index===null){let t=e.attributes.position,n=[];for(let s=0,r=t.count;s<r;s+=2)$m.fromBufferAttribute(t,s),jm.fromBufferAttribute(t,s+1),n[s]=s===0?0:n[s-1],n[s+1]=n[s]+$m.distanceTo(jm);e.setAttribute("lineDistance",new Oe(n,1))}else Ce("LineSegments.computeLineDistances(): Computation only possible with non-indexed BufferGeometry.");return this}},qo=class extends ks{constructor(e,t){super(e,t),this.isLineLoop=!0,this.type="LineLoop"}},Fn=class extends Vt{constructor(e){super(),this.isPointsMaterial=!0,this.type="PointsMaterial",this.color=new Me(16777215),this.map=null,this.alphaMap=null,this.size=1,this.sizeAttenuation=!0,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.alphaMap=e.alphaMap,this.size=e.size,this.sizeAttenuation=e.sizeAttenuation,this.fog=e.fog,this}},Km=new ge,Jh=new Qt,Bl=new Ut,kl=new P,Un=class extends Rt{constructor(e=new Je,t=new Fn){super(),this.isPoints=!0,this.type="Points",this.geometry=e,this.material=t,this.morphTargetDictionary=void 0,this.morphTargetInfluences=void 0,this.updateMorphTargets()}copy(e,t){return super.copy(e,t),e.morphTargetInfluences!==void 0?this.morphTargetInfluences=e.morphTargetInfluences.slice():this.morphTargetInfluences=void 0,e.morphTargetDictionary!==void 0?this.morphTargetDictionary=Object.assign({},e.morphTargetDictionary):this.morphTargetDictionary=void 0,this.material=Array.isArray(e.material)?e.material.slice():e.material,this.geometry=e.geometry,this}intersectsFrustum(e){return e.intersectsObject(this)}raycast(e,t){let n=this.geometry,s=this.matrixWorld,r=e.params.Points.threshold,o=n.drawRange;if(n.boundingSphere===null&&n.computeBoundingSphere(),Bl.copy(n.boundingSphere),Bl.applyMatrix4(s),Bl.radius+=r,e.ray.intersectsSphere(Bl)===!1)return;Km.copy(s).invert(),Jh.copy(e.ray).applyMatrix4(Km);let a=r/((this.scale.x+this.scale.y+this.scale.z)/3),l=a*a,c=n.index,h=n.attributes.position;if(c!==null){let d=Math.max(0,o.start),f=Math.min(c.count,o.start+o.count);for(let p=d,y=f;p<y;p++){let m=c.getX(p);kl.fromBufferAttribute(h,m),Zm(kl,m,l,s,e,t,this)}}else{let d=Math.max(0,o.start),f=Math.min(h.count,o.start+o.count);for(let p=d,y=f;p<y;p++)kl.fromBufferAttribute(h,p),Zm(kl,p,l,s,e,t,this)}}updateMorphTargets(){let t=this.geometry.morphAttributes,n=Object.keys(t);if(n.length>0){let s=t[n[0]];if(s!==void 0){this.morphTargetInfluences=[],this.morphTargetDictionary={};for(let r=0,o=s.length;r<o;r++){let a=s[r].name||String(r);this.morphTargetInfluences.push(0),this.morphTargetDictionary[a]=r}}}}};function Zm(i,e,t,n,s,r,o){let a=Jh.distanceSqToPoint(i);if(a<t){let l=new P;Jh.closestPointToPoint(i,l),l.applyMatrix4(n);let c=s.ray.origin.distanceTo(l);if(c<s.near||c>s.far)return;r.push({distance:c,distanceToRay:Math.sqrt(a),point:l,index:e,face:null,faceIndex:null,barycoord:null,object:o})}}var Yo=class extends At{constructor(e=[],t=qs,n,s,r,o,a,l,c,u){super(e,t,n,s,r,o,a,l,c,u),this.isCubeTexture=!0,this.flipY=!1}get images(){return this.image}set images(e){this.image=e}},$o=class extends At{constructor(e,t,n,s,r,o,a,l,c){super(e,t,n,s,r,o,a,l,c),this.isCanvasTexture=!0,this.needsUpdate=!0}};var zi=class extends At{constructor(e,t,n=oi,s,r,o,a=Tt,l=Tt,c,u=Hi,h=1){if(u!==Hi&&u!==ji)throw new Error("THREE.DepthTexture: format must be either THREE.DepthFormat or THREE.DepthStencilFormat");let d={width:e,height:t,depth:h};super(d,s,r,o,a,l,u,n,c),this.isDepthTexture=!0,this.flipY=!1,this.generateMipmaps=!1,this.compareFunction=null}copy(e){return super.copy(e),this.source=new Br(Object.assign({},e.image)),this.compareFunction=e.compareFunction,this}toJSON(e){let t=super.toJSON(e);return t.compareFunction=this.compareFunction,t}},jo=class extends zi{constructor(e,t=oi,n=qs,s,r,o=Tt,a=Tt,l,c=Hi){let u={width:e,height:e,depth:1},h=[u,u,u,u,u,u];super(e,e,t,n,s,r,o,a,l,c),this.image=h,this.isCubeDepthTexture=!0,this.isCubeTexture=!0}get images(){return this.image}set images(e){this.image=e}},Ko=class extends At{constructor(e=null){super(),this.sourceTexture=e,this.isExternalTexture=!0}copy(e){return super.copy(e),this.sourceTexture=e.sourceTexture,this}},vi=class i extends Je{constructor(e=1,t=1,n=1,s=1,r=1,o=1){super(),this.type="BoxGeometry",this.parameters={width:e,height:t,depth:n,widthSegments:s,heightSegments:r,depthSegments:o};let a=this;s=Math.floor(s),r=Math.floor(r),o=Math.floor(o);let l=[],c=[],u=[],h=[],d=0,f=0;p("z","y","x",-1,-1,n,t,e,o,r,0),p("z","y","x",1,-1,n,t,-e,o,r,1),p("x","z","y",1,1,e,n,t,s,o,2),p("x","z","y",1,-1,e,n,-t,s,o,3),p("x","y","z",1,-1,e,t,n,s,r,4),p("x","y","z",-1,-1,e,t,-n,s,r,5),this.setIndex(l),this.setAttribute("position",new Oe(c,3)),this.setAttribute("normal",new Oe(u,3)),this.setAttribute("uv",new Oe(h,2));function p(y,m,g,v,T,b,A,w,x,M,L){let R=b/x,I=A/M,U=b/2,V=A/2,N=w/2,G=x+1,k=M+1,W=0,ee=0,q=new P;for(let J=0;J<k;J++){let te=J*I-V;for(let _e=0;_e<G;_e++){let Ue=_e*R-U;q[y]=Ue*v,q[m]=te*T,q[g]=N,c.push(q.x,q.y,q.z),q[y]=0,q[m]=0,q[g]=w>0?1:-1,u.push(q.x,q.y,q.z),h.push(_e/x),h.push(1-J/M),W+=1}}for(let J=0;J<M;J++)for(let te=0;te<x;te++){let _e=d+te+G*J,Ue=d+te+G*(J+1),j=d+(te+1)+G*(J+1),pe=d+(te+1)+G*J;l.push(_e,Ue,pe),l.push(Ue,j,pe),ee+=6}a.addGroup(f,ee,L),f+=ee,d+=W}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.depth,e.widthSegments,e.heightSegments,e.depthSegments)}},Zo=class i extends Je{constructor(e=1,t=1,n=4,s=8,r=1){super(),this.type="CapsuleGeometry",this.parameters={radius:e,height:t,capSegments:n,radialSegments:s,heightSegments:r},t=Math.max(0,t),n=Math.max(1,Math.floor(n)),s=Math.max(3,Math.floor(s)),r=Math.max(1,Math.floor(r));let o=[],a=[],l=[],c=[],u=t/2,h=Math.PI/2*e,d=t,f=2*h+d,p=n*2+r,y=s+1,m=new P,g=new P;for(let v=0;v<=p;v++){let T=0,b=0,A=0,w=0;if(v<=n){let L=v/n,R=L*Math.PI/2;b=-u-e*Math.cos(R),A=e*Math.sin(R),w=-e*Math.cos(R),T=L*h}else if(v<=n+r){let L=(v-n)/r;b=-u+L*t,A=e,w=0,T=h+L*d}else{let L=(v-n-r)/n,R=L*Math.PI/2;b=u+e*Math.sin(R),A=e*Math.cos(R),w=e*Math.sin(R),T=h+d+L*h}let x=Math.max(0,Math.min(1,T/f)),M=0;v===0?M=.5/s:v===p&&(M=-.5/s);for(let L=0;L<=s;L++){let R=L/s,I=R*Math.PI*2,U=Math.sin(I),V=Math.cos(I);g.x=-A*V,g.y=b,g.z=A*U,a.push(g.x,g.y,g.z),m.set(-A*V,w,A*U),m.normalize(),l.push(m.x,m.y,m.z),c.push(R+M,x)}if(v>0){let L=(v-1)*y;for(let R=0;R<s;R++){let I=L+R,U=L+R+1,V=v*y+R,N=v*y+R+1;o.push(I,U,V),o.push(U,N,V)}}}this.setIndex(o),this.setAttribute("position",new Oe(a,3)),this.setAttribute("normal",new Oe(l,3)),this.setAttribute("uv",new Oe(c,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.radius,e.height,e.capSegments,e.radialSegments,e.heightSegments)}};var ds=class i extends Je{constructor(e=1,t=1,n=1,s=32,r=1,o=!1,a=0,l=Math.PI*2){super(),this.type="CylinderGeometry",this.parameters={radiusTop:e,radiusBottom:t,height:n,radialSegments:s,heightSegments:r,openEnded:o,thetaStart:a,thetaLength:l};let c=this;s=Math.floor(s),r=Math.floor(r);let u=[],h=[],d=[],f=[],p=0,y=[],m=n/2,g=0;v(),o===!1&&(e>0&&T(!0),t>0&&T(!1)),this.setIndex(u),this.setAttribute("position",new Oe(h,3)),this.setAttribute("normal",new Oe(d,3)),this.setAttribute("uv",new Oe(f,2));function v(){let b=new P,A=new P,w=0,x=(t-e)/n;for(let M=0;M<=r;M++){let L=[],R=M/r,I=R*(t-e)+e;for(let U=0;U<=s;U++){let V=U/s,N=V*l+a,G=Math.sin(N),k=Math.cos(N);A.x=I*G,A.y=-R*n+m,A.z=I*k,h.push(A.x,A.y,A.z),b.set(G,x,k).normalize(),d.push(b.x,b.y,b.z),f.push(V,1-R),L.push(p++)}y.push(L)}for(let M=0;M<s;M++)for(let L=0;L<r;L++){let R=y[L][M],I=y[L+1][M],U=y[L+1][M+1],V=y[L][M+1];(e>0||L!==0)&&(u.push(R,I,V),w+=3),(t>0||L!==r-1)&&(u.push(I,U,V),w+=3)}c.addGroup(g,w,0),g+=w}function T(b){let A=p,w=new Ae,x=new P,M=0,L=b===!0?e:t,R=b===!0?1:-1;for(let U=1;U<=s;U++)h.push(0,m*R,0),d.push(0,R,0),f.push(.5,.5),p++;let I=p;for(let U=0;U<=s;U++){let N=U/s*l+a,G=Math.cos(N),k=Math.sin(N);x.x=L*k,x.y=m*R,x.z=L*G,h.push(x.x,x.y,x.z),d.push(0,R,0),w.x=G*.5+.5,w.y=k*.5*R+.5,f.push(w.x,w.y),p++}for(let U=0;U<s;U++){let V=A+U,N=I+U;b===!0?u.push(N,N+1,V):u.push(N+1,N,V),M+=3}c.addGroup(g,M,b===!0?1:2),g+=M}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.radiusTop,e.radiusBottom,e.height,e.radialSegments,e.heightSegments,e.openEnded,e.thetaStart,e.thetaLength)}},Jo=class i extends ds{constructor(e=1,t=1,n=32,s=1,r=!1,o=0,a=Math.PI*2){super(0,e,t,n,s,r,o,a),this.type="ConeGeometry",this.parameters={radius:e,height:t,radialSegments:n,heightSegments:s,openEnded:r,thetaStart:o,thetaLength:a}}static fromJSON(e){return new i(e.radius,e.height,e.radialSegments,e.heightSegments,e.openEnded,e.thetaStart,e.thetaLength)}};var Qo=class i extends Je{constructor(e=1,t=1,n=1,s=1){super(),this.type="PlaneGeometry",this.parameters={width:e,height:t,widthSegments:n,heightSegments:s};let r=e/2,o=t/2,a=Math.floor(n),l=Math.floor(s),c=a+1,u=l+1,h=e/a,d=t/l,f=[],p=[],y=[],m=[];for(let g=0;g<u;g++){let v=g*d-o;for(let T=0;T<c;T++){let b=T*h-r;p.push(b,-v,0),y.push(0,0,1),m.push(T/a),m.push(1-g/l)}}for(let g=0;g<l;g++)for(let v=0;v<a;v++){let T=v+c*g,b=v+c*(g+1),A=v+1+c*(g+1),w=v+1+c*g;f.push(T,b,w),f.push(b,A,w)}this.setIndex(f),this.setAttribute("position",new Oe(p,3)),this.setAttribute("normal",new Oe(y,3)),this.setAttribute("uv",new Oe(m,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.width,e.height,e.widthSegments,e.heightSegments)}};var ea=class i extends Je{constructor(e=1,t=32,n=16,s=0,r=Math.PI*2,o=0,a=Math.PI){super(),this.type="SphereGeometry",this.parameters={radius:e,widthSegments:t,heightSegments:n,phiStart:s,phiLength:r,thetaStart:o,thetaLength:a},t=Math.max(3,Math.floor(t)),n=Math.max(2,Math.floor(n));let l=Math.min(o+a,Math.PI),c=0,u=[],h=new P,d=new P,f=[],p=[],y=[],m=[];for(let g=0;g<=n;g++){let v=[],T=g/n,b=o+T*a,A=e*Math.cos(b),w=Math.sqrt(e*e-A*A),x=0;g===0&&o===0?x=.5/t:g===n&&l===Math.PI&&(x=-.5/t);for(let M=0;M<=t;M++){let L=M/t,R=s+L*r;h.x=-w*Math.cos(R),h.y=A,h.z=w*Math.sin(R),p.push(h.x,h.y,h.z),d.copy(h).normalize(),y.push(d.x,d.y,d.z),m.push(L+x,1-T),v.push(c++)}u.push(v)}for(let g=0;g<n;g++)for(let v=0;v<t;v++){let T=u[g][v+1],b=u[g][v],A=u[g+1][v],w=u[g+1][v+1];(g!==0||o>0)&&f.push(T,b,w),(g!==n-1||l<Math.PI)&&f.push(b,A,w)}this.setIndex(f),this.setAttribute("position",new Oe(p,3)),this.setAttribute("normal",new Oe(y,3)),this.setAttribute("uv",new Oe(m,2))}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}static fromJSON(e){return new i(e.radius,e.widthSegments,e.heightSegments,e.phiStart,e.phiLength,e.thetaStart,e.thetaLength)}};var ta=class extends Je{constructor(e=null){if(super(),this.type="WireframeGeometry",this.parameters={geometry:e},e!==null){let t=[],n=new Set,s=new P,r=new P;if(e.index!==null){let o=e.attributes.position,a=e.index,l=e.groups;l.length===0&&(l=[{start:0,count:a.count,materialIndex:0}]);for(let c=0,u=l.length;c<u;++c){let h=l[c],d=h.start,f=h.count;for(let p=d,y=d+f;p<y;p+=3)for(let m=0;m<3;m++){let g=a.getX(p+m),v=a.getX(p+(m+1)%3);s.fromBufferAttribute(o,g),r.fromBufferAttribute(o,v),Jm(s,r,n)===!0&&(t.push(s.x,s.y,s.z),t.push(r.x,r.y,r.z))}}}else{let o=e.attributes.position;for(let a=0,l=o.count/3;a<l;a++)for(let c=0;c<3;c++){let u=3*a+c,h=3*a+(c+1)%3;s.fromBufferAttribute(o,u),r.fromBufferAttribute(o,h),Jm(s,r,n)===!0&&(t.push(s.x,s.y,s.z),t.push(r.x,r.y,r.z))}}this.setAttribute("position",new Oe(t,3))}}copy(e){return super.copy(e),this.parameters=Object.assign({},e.parameters),this}};function Jm(i,e,t){let n=`${i.x},${i.y},${i.z}-${e.x},${e.y},${e.z}`,s=`${e.x},${e.y},${e.z}-${i.x},${i.y},${i.z}`;return t.has(n)===!0||t.has(s)===!0?!1:(t.add(n),t.add(s),!0)}function js(i){let e={};for(let t in i){e[t]={};for(let n in i[t]){let s=i[t][n];if(Qm(s))s.isRenderTargetTexture?(Ce("UniformsUtils: Textures of render targets cannot be cloned via cloneUniforms() or mergeUniforms()."),e[t][n]=null):e[t][n]=s.clone();else if(Array.isArray(s))if(Qm(s[0])){let r=[];for(let o=0,a=s.length;o<a;o++)r[o]=s[o].clone();e[t][n]=r}else e[t][n]=s.slice();else e[t][n]=s}}return e}function gn(i){let e={};for(let t=0;t<i.length;t++){let n=js(i[t]);for(let s in n)e[s]=n[s]}return e}function Qm(i){return i&&(i.isColor||i.isMatrix3||i.isMatrix4||i.isVector2||i.isVector3||i.isVector4||i.isTexture||i.isQuaternion)}function t_(i){let e=[];for(let t=0;t<i.length;t++)e.push(i[t].clone());return e}function Ud(i){let e=i.getRenderTarget();return e===null?i.outputColorSpace:e.isXRRenderTarget===!0?e.texture.colorSpace:Ye.workingColorSpace}var Ma={clone:js,merge:gn},n_=`void main() {
	gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
}`,i_=`void main() {
	gl_FragColor = vec4( 1.0, 0.0, 0.0, 1.0 );
}`,Rn=class extends Vt{constructor(e){super(),this.isShaderMaterial=!0,this.type="ShaderMaterial",this.defines={},this.uniforms={},this.uniformsGroups=[],this.vertexShader=n_,this.fragmentShader=i_,this.linewidth=1,this.wireframe=!1,this.wireframeLinewidth=1,this.fog=!1,this.lights=!1,this.clipping=!1,this.forceSinglePass=!0,this.extensions={clipCullDistance:!1,multiDraw:!1},this.defaultAttributeValues={color:[1,1,1],uv:[0,0],uv1:[0,0]},this.index0AttributeName=void 0,this.uniformsNeedUpdate=!1,this.glslVersion=null,e!==void 0&&this.setValues(e)}copy(e){return super.copy(e),this.fragmentShader=e.fragmentShader,this.vertexShader=e.vertexShader,this.uniforms=js(e.uniforms),this.uniformsGroups=t_(e.uniformsGroups),this.defines=Object.assign({},e.defines),this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.fog=e.fog,this.lights=e.lights,this.clipping=e.clipping,this.extensions=Object.assign({},e.extensions),this.glslVersion=e.glslVersion,this.defaultAttributeValues=Object.assign({},e.defaultAttributeValues),this.index0AttributeName=e.index0AttributeName,this.uniformsNeedUpdate=e.uniformsNeedUpdate,this}toJSON(e){let t=super.toJSON(e);t.glslVersion=this.glslVersion,t.uniforms={};for(let s in this.uniforms){let o=this.uniforms[s].value;o&&o.isTexture?t.uniforms[s]={type:"t",value:o.toJSON(e).uuid}:o&&o.isColor?t.uniforms[s]={type:"c",value:o.getHex()}:o&&o.isVector2?t.uniforms[s]={type:"v2",value:o.toArray()}:o&&o.isVector3?t.uniforms[s]={type:"v3",value:o.toArray()}:o&&o.isVector4?t.uniforms[s]={type:"v4",value:o.toArray()}:o&&o.isMatrix3?t.uniforms[s]={type:"m3",value:o.toArray()}:o&&o.isMatrix4?t.uniforms[s]={type:"m4",value:o.toArray()}:t.uniforms[s]={value:o}}Object.keys(this.defines).length>0&&(t.defines=this.defines),t.vertexShader=this.vertexShader,t.fragmentShader=this.fragmentShader,t.lights=this.lights,t.clipping=this.clipping;let n={};for(let s in this.extensions)this.extensions[s]===!0&&(n[s]=!0);return Object.keys(n).length>0&&(t.extensions=n),t}fromJSON(e,t){if(super.fromJSON(e,t),e.uniforms!==void 0)for(let n in e.uniforms){let s=e.uniforms[n];switch(this.uniforms[n]={},s.type){case"t":this.uniforms[n].value=t[s.value]||null;break;case"c":this.uniforms[n].value=new Me().setHex(s.value);break;case"v2":this.uniforms[n].value=new Ae().fromArray(s.value);break;case"v3":this.uniforms[n].value=new P().fromArray(s.value);break;case"v4":this.uniforms[n].value=new it().fromArray(s.value);break;case"m3":this.uniforms[n].value=new Be().fromArray(s.value);break;case"m4":this.uniforms[n].value=new ge().fromArray(s.value);break;default:this.uniforms[n].value=s.value}}if(e.defines!==void 0&&(this.defines=e.defines),e.vertexShader!==void 0&&(this.vertexShader=e.vertexShader),e.fragmentShader!==void 0&&(this.fragmentShader=e.fragmentShader),e.glslVersion!==void 0&&(this.glslVersion=e.glslVersion),e.extensions!==void 0)for(let n in e.extensions)this.extensions[n]=e.extensions[n];return e.lights!==void 0&&(this.lights=e.lights),e.clipping!==void 0&&(this.clipping=e.clipping),this}},sc=class extends Rn{constructor(e){super(e),this.isRawShaderMaterial=!0,this.type="RawShaderMaterial"}},Hs=class extends Vt{constructor(e){super(),this.isMeshStandardMaterial=!0,this.type="MeshStandardMaterial",this.defines={STANDARD:""},this.color=new Me(16777215),this.roughness=1,this.metalness=0,this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new Me(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=Zr,this.normalScale=new Ae(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.roughnessMap=null,this.metalnessMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new si,this.envMapIntensity=1,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.defines={STANDARD:""},this.color.copy(e.color),this.roughness=e.roughness,this.metalness=e.metalness,this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.roughnessMap=e.roughnessMap,this.metalnessMap=e.metalnessMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.envMapIntensity=e.envMapIntensity,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}},vn=class extends Hs{constructor(e){super(),this.isMeshPhysicalMaterial=!0,this.defines={STANDARD:"",PHYSICAL:""},this.type="MeshPhysicalMaterial",this.anisotropyRotation=0,this.anisotropyMap=null,this.clearcoatMap=null,this.clearcoatRoughness=0,this.clearcoatRoughnessMap=null,this.clearcoatNormalScale=new Ae(1,1),this.clearcoatNormalMap=null,this.diffuseRoughnessMap=null,this.ior=1.5,Object.defineProperty(this,"reflectivity",{get:function(){return He(2.5*(this.ior-1)/(this.ior+1),0,1)},set:function(t){this.ior=(1+.4*t)/(1-.4*t)}}),this.iridescenceMap=null,this.iridescenceIOR=1.3,this.iridescenceThicknessMinimum=100,this.iridescenceThicknessMaximum=400,this.iridescenceThicknessMap=null,this.sheenColor=new Me(0),this.sheenColorMap=null,this.sheenRoughness=1,this.sheenRoughnessMap=null,this.transmissionMap=null,this.thickness=0,this.thicknessMap=null,this.attenuationDistance=1/0,this.attenuationColor=new Me(1,1,1),this.specularIntensity=1,this.specularIntensityMap=null,this.specularColor=new Me(1,1,1),this.specularColorMap=null,this._anisotropy=0,this._clearcoat=0,this._diffuseRoughness=0,this._dispersion=0,this._iridescence=0,this._retroreflectivity=0,this._sheen=0,this._transmission=0,this.setValues(e)}get anisotropy(){return this._anisotropy}set anisotropy(e){this._anisotropy>0!=e>0&&this.version++,this._anisotropy=e}get clearcoat(){return this._clearcoat}set clearcoat(e){this._clearcoat>0!=e>0&&this.version++,this._clearcoat=e}get diffuseRoughness(){return this._diffuseRoughness}set diffuseRoughness(e){this._diffuseRoughness>0!=e>0&&this.version++,this._diffuseRoughness=e}get iridescence(){return this._iridescence}set iridescence(e){this._iridescence>0!=e>0&&this.version++,this._iridescence=e}get dispersion(){return this._dispersion}set dispersion(e){this._dispersion>0!=e>0&&this.version++,this._dispersion=e}get retroreflectivity(){return this._retroreflectivity}set retroreflectivity(e){this._retroreflectivity>0!=e>0&&this.version++,this._retroreflectivity=e}get sheen(){return this._sheen}set sheen(e){this._sheen>0!=e>0&&this.version++,this._sheen=e}get transmission(){return this._transmission}set transmission(e){this._transmission>0!=e>0&&this.version++,this._transmission=e}get iridescenceThicknessRange(){return Ds('MeshPhysicalMaterial: The "iridescenceThicknessRange" property has been replaced by "iridescenceThicknessMinimum" and "iridescenceThicknessMaximum".'),[this.iridescenceThicknessMinimum,this.iridescenceThicknessMaximum]}set iridescenceThicknessRange(e){Ds('MeshPhysicalMaterial: The "iridescenceThicknessRange" property has been replaced by "iridescenceThicknessMinimum" and "iridescenceThicknessMaximum".'),this.iridescenceThicknessMinimum=e[0],this.iridescenceThicknessMaximum=e[1]}copy(e){return super.copy(e),this.defines={STANDARD:"",PHYSICAL:""},this.anisotropy=e.anisotropy,this.anisotropyRotation=e.anisotropyRotation,this.anisotropyMap=e.anisotropyMap,this.clearcoat=e.clearcoat,this.clearcoatMap=e.clearcoatMap,this.clearcoatRoughness=e.clearcoatRoughness,this.clearcoatRoughnessMap=e.clearcoatRoughnessMap,this.clearcoatNormalMap=e.clearcoatNormalMap,this.clearcoatNormalScale.copy(e.clearcoatNormalScale),this.diffuseRoughness=e.diffuseRoughness,this.diffuseRoughnessMap=e.diffuseRoughnessMap,this.dispersion=e.dispersion,this.ior=e.ior,this.iridescence=e.iridescence,this.iridescenceMap=e.iridescenceMap,this.iridescenceIOR=e.iridescenceIOR,this.iridescenceThicknessMinimum=e.iridescenceThicknessMinimum,this.iridescenceThicknessMaximum=e.iridescenceThicknessMaximum,this.iridescenceThicknessMap=e.iridescenceThicknessMap,this.retroreflectivity=e.retroreflectivity,this.sheen=e.sheen,this.sheenColor.copy(e.sheenColor),this.sheenColorMap=e.sheenColorMap,this.sheenRoughness=e.sheenRoughness,this.sheenRoughnessMap=e.sheenRoughnessMap,this.transmission=e.transmission,this.transmissionMap=e.transmissionMap,this.thickness=e.thickness,this.thicknessMap=e.thicknessMap,this.attenuationDistance=e.attenuationDistance,this.attenuationColor.copy(e.attenuationColor),this.specularIntensity=e.specularIntensity,this.specularIntensityMap=e.specularIntensityMap,this.specularColor.copy(e.specularColor),this.specularColorMap=e.specularColorMap,this}},na=class extends Vt{constructor(e){super(),this.isMeshPhongMaterial=!0,this.type="MeshPhongMaterial",this.color=new Me(16777215),this.specular=new Me(1118481),this.shininess=30,this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new Me(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=Zr,this.normalScale=new Ae(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new si,this.combine=pa,this.reflectivity=1,this.envMapIntensity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.specular.copy(e.specular),this.shininess=e.shininess,this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.envMapIntensity=e.envMapIntensity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}};var _n=class extends Vt{constructor(e){super(),this.isMeshLambertMaterial=!0,this.type="MeshLambertMaterial",this.color=new Me(16777215),this.map=null,this.lightMap=null,this.lightMapIntensity=1,this.aoMap=null,this.aoMapIntensity=1,this.emissive=new Me(0),this.emissiveIntensity=1,this.emissiveMap=null,this.bumpMap=null,this.bumpScale=1,this.normalMap=null,this.normalMapType=Zr,this.normalScale=new Ae(1,1),this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.specularMap=null,this.alphaMap=null,this.envMap=null,this.envMapRotation=new si,this.combine=pa,this.reflectivity=1,this.envMapIntensity=1,this.refractionRatio=.98,this.wireframe=!1,this.wireframeLinewidth=1,this.wireframeLinecap="round",this.wireframeLinejoin="round",this.flatShading=!1,this.fog=!0,this.setValues(e)}copy(e){return super.copy(e),this.color.copy(e.color),this.map=e.map,this.lightMap=e.lightMap,this.lightMapIntensity=e.lightMapIntensity,this.aoMap=e.aoMap,this.aoMapIntensity=e.aoMapIntensity,this.emissive.copy(e.emissive),this.emissiveMap=e.emissiveMap,this.emissiveIntensity=e.emissiveIntensity,this.bumpMap=e.bumpMap,this.bumpScale=e.bumpScale,this.normalMap=e.normalMap,this.normalMapType=e.normalMapType,this.normalScale.copy(e.normalScale),this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.specularMap=e.specularMap,this.alphaMap=e.alphaMap,this.envMap=e.envMap,this.envMapRotation.copy(e.envMapRotation),this.combine=e.combine,this.reflectivity=e.reflectivity,this.envMapIntensity=e.envMapIntensity,this.refractionRatio=e.refractionRatio,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this.wireframeLinecap=e.wireframeLinecap,this.wireframeLinejoin=e.wireframeLinejoin,this.flatShading=e.flatShading,this.fog=e.fog,this}},rc=class extends Vt{constructor(e){super(),this.isMeshDepthMaterial=!0,this.type="MeshDepthMaterial",this.depthPacking=Ug,this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.wireframe=!1,this.wireframeLinewidth=1,this.setValues(e)}copy(e){return super.copy(e),this.depthPacking=e.depthPacking,this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this.wireframe=e.wireframe,this.wireframeLinewidth=e.wireframeLinewidth,this}},oc=class extends Vt{constructor(e){super(),this.isMeshDistanceMaterial=!0,this.type="MeshDistanceMaterial",this.map=null,this.alphaMap=null,this.displacementMap=null,this.displacementScale=1,this.displacementBias=0,this.setValues(e)}copy(e){return super.copy(e),this.map=e.map,this.alphaMap=e.alphaMap,this.displacementMap=e.displacementMap,this.displacementScale=e.displacementScale,this.displacementBias=e.displacementBias,this}};function as(i,e){return!i||i.constructor===e?i:typeof e.BYTES_PER_ELEMENT=="number"?new e(i):Array.prototype.slice.call(i)}function Fo(i){return i!==void 0&&i.inTangents!==void 0&&i.outTangents!==void 0}function s_(i){function e(s,r){return i[s]-i[r]}let t=i.length,n=new Array(t);for(let s=0;s!==t;++s)n[s]=s;return n.sort(e),n}function eg(i,e,t){let n=i.length,s=new i.constructor(n);for(let r=0,o=0;o!==n;++r){let a=t[r]*e;for(let l=0;l!==e;++l)s[o++]=i[a+l]}return s}function r_(i,e,t,n){let s=1,r=i[0];for(;r!==void 0&&r[n]===void 0;)r=i[s++];if(r===void 0)return;let o=r[n];if(o!==void 0)if(Array.isArray(o))do o=r[n],o!==void 0&&(e.push(r.time),t.push(...o)),r=i[s++];while(r!==void 0);else if(o.toArray!==void 0)do o=r[n],o!==void 0&&(e.push(r.time),o.toArray(t,t.length)),r=i[s++];while(r!==void 0);else do o=r[n],o!==void 0&&(e.push(r.time),t.push(o)),r=i[s++];while(r!==void 0)}var _i=class{constructor(e,t,n,s){this.parameterPositions=e,this._cachedIndex=0,this.resultBuffer=s!==void 0?s:new t.constructor(n),this.sampleValues=t,this.valueSize=n,this.settings=null,this.DefaultSettings_={}}evaluate(e){let t=this.parameterPositions,n=this._cachedIndex,s=t[n],r=t[n-1];e:{t:{let o;n:{i:if(!(e<s)){for(let a=n+2;;){if(s===void 0){if(e<r)break i;return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}if(n===a)break;if(r=s,s=t[++n],e<s)break t}o=t.length;break n}if(!(e>=r)){let a=t[1];e<a&&(n=2,r=a);for(let l=n-2;;){if(r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(n===l)break;if(s=r,r=t[--n-1],e>=r)break t}o=n,n=0;break n}break e}for(;n<o;){let a=n+o>>>1;e<t[a]?o=a:n=a+1}if(s=t[n],r=t[n-1],r===void 0)return this._cachedIndex=0,this.copySampleValue_(0);if(s===void 0)return n=t.length,this._cachedIndex=n,this.copySampleValue_(n-1)}this._cachedIndex=n,this.intervalChanged_(n,r,s)}return this.interpolate_(n,r,e,s)}getSettings_(){return this.settings||this.DefaultSettings_}copySampleValue_(e){let t=this.resultBuffer,n=this.sampleValues,s=this.valueSize,r=e*s;for(let o=0;o!==s;++o)t[o]=n[r+o];return t}interpolate_(){throw new Error("THREE.Interpolant: Call to abstract method.")}intervalChanged_(){}},ac=class extends _i{constructor(e,t,n,s){super(e,t,n,s),this._weightPrev=-0,this._offsetPrev=-0,this._weightNext=-0,this._offsetNext=-0,this.DefaultSettings_={endingStart:jh,endingEnd:jh}}intervalChanged_(e,t,n){let s=this.parameterPositions,r=e-2,o=e+1,a=s[r],l=s[o];if(a===void 0)switch(this.getSettings_().endingStart){case Kh:r=e,a=2*t-n;break;case Zh:r=s.length-2,a=t+s[r]-s[r+1];break;default:r=e,a=n}if(l===void 0)switch(this.getSettings_().endingEnd){case Kh:o=e,l=2*n-t;break;case Zh:o=1,l=n+s[1]-s[0];break;default:o=e-1,l=t}let c=(n-t)*.5,u=this.valueSize;this._weightPrev=c/(t-a),this._weightNext=c/(l-n),this._offsetPrev=r*u,this._offsetNext=o*u}interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=this._offsetPrev,h=this._offsetNext,d=this._weightPrev,f=this._weightNext,p=(n-t)/(s-t),y=p*p,m=y*p,g=-d*m+2*d*y-d*p,v=(1+d)*m+(-1.5-2*d)*y+(-.5+d)*p+1,T=(-1-f)*m+(1.5+f)*y+.5*p,b=f*m-f*y;for(let A=0;A!==a;++A)r[A]=g*o[u+A]+v*o[c+A]+T*o[l+A]+b*o[h+A];return r}},lc=class extends _i{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=(n-t)/(s-t),h=1-u;for(let d=0;d!==a;++d)r[d]=o[c+d]*h+o[l+d]*u;return r}},cc=class extends _i{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e){return this.copySampleValue_(e-1)}},uc=class extends _i{interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=e*a,c=l-a,u=this.inTangents,h=this.outTangents;if(!u||!h){let p=(n-t)/(s-t),y=1-p;for(let m=0;m!==a;++m)r[m]=o[c+m]*y+o[l+m]*p;return r}let d=a*2,f=e-1;for(let p=0;p!==a;++p){let y=o[c+p],m=o[l+p],g=f*d+p*2,v=h[g],T=h[g+1],b=e*d+p*2,A=u[b],w=u[b+1],x=a_(n,t,v,A,s);r[p]=jg(x,y,T,w,m)}return r}};function jg(i,e,t,n,s){let r=1-i;return r*r*r*e+3*r*r*i*t+3*r*i*i*n+i*i*i*s}function o_(i,e,t,n,s){let r=1-i;return 3*r*r*(t-e)+6*r*i*(n-t)+3*i*i*(s-n)}function a_(i,e,t,n,s){let r=(i-e)/(s-e);for(let o=0;o<8;o++){let a=jg(r,e,t,n,s)-i;if(Math.abs(a)<1e-10)break;let l=o_(r,e,t,n,s);if(Math.abs(l)<1e-10)break;r=Math.max(0,Math.min(1,r-a/l))}return r}var Cn=class{constructor(e,t,n,s){if(e===void 0)throw new Error("THREE.KeyframeTrack: track name is undefined");if(t===void 0||t.length===0)throw new Error("THREE.KeyframeTrack: no keyframes in track named "+e);this.name=e,this.times=as(t,this.TimeBufferType),this.values=as(n,this.ValueBufferType),this.setInterpolation(s||this.DefaultInterpolation)}static toJSON(e){let t=e.constructor,n;if(t.toJSON!==this.toJSON)n=t.toJSON(e);else{n={name:e.name,times:as(e.times,Array),values:as(e.values,Array)};let s=e.getInterpolation();s!==e.DefaultInterpolation&&(n.interpolation=s),Fo(e.settings)&&(n.settings={inTangents:as(e.settings.inTangents,Array),outTangents:as(e.settings.outTangents,Array)})}return n.type=e.ValueTypeName,n}InterpolantFactoryMethodDiscrete(e){return new cc(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodLinear(e){return new lc(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodSmooth(e){return new ac(this.times,this.values,this.getValueSize(),e)}InterpolantFactoryMethodBezier(e){let t=new uc(this.times,this.values,this.getValueSize(),e);return this.settings&&(t.inTangents=this.settings.inTangents,t.outTangents=this.settings.outTangents),t}setInterpolation(e){let t;switch(e){case Fs:t=this.InterpolantFactoryMethodDiscrete;break;case Us:t=this.InterpolantFactoryMethodLinear;break;case Gl:t=this.InterpolantFactoryMethodSmooth;break;case $h:t=this.InterpolantFactoryMethodBezier;break}if(t===void 0){let n="unsupported interpolation for "+this.ValueTypeName+" keyframe track named "+this.name;if(this.createInterpolant===void 0)if(e!==this.DefaultInterpolation)this.setInterpolation(this.DefaultInterpolation);else throw new Error(n);return Ce("KeyframeTrack:",n),this}return this.createInterpolant=t,this}getInterpolation(){switch(this.createInterpolant){case this.InterpolantFactoryMethodDiscrete:return Fs;case this.InterpolantFactoryMethodLinear:return Us;case this.InterpolantFactoryMethodSmooth:return Gl;case this.InterpolantFactoryMethodBezier:return $h}}getValueSize(){return this.values.length/this.times.length}shift(e){if(e!==0){let t=this.times;for(let n=0,s=t.length;n!==s;++n)t[n]+=e;Fo(this.settings)&&(tg(this.settings.inTangents,e),tg(this.settings.outTangents,e))}return this}scale(e){if(e!==1){let t=this.times;for(let n=0,s=t.length;n!==s;++n)t[n]*=e;Fo(this.settings)&&(ng(this.settings.inTangents,e),ng(this.settings.outTangents,e))}return this}trim(e,t){let n=this.times,s=n.length,r=0,o=s-1;for(;r!==s&&n[r]<e;)++r;for(;o!==-1&&n[o]>t;)--o;if(++o,r!==0||o!==s){r>=o&&(o=Math.max(o,1),r=o-1);let a=this.getValueSize();this.times=n.slice(r,o),this.values=this.values.slice(r*a,o*a)}return this}validate(){let e=!0,t=this.getValueSize();t-Math.floor(t)!==0&&(Fe("KeyframeTrack: Invalid value size in track.",this),e=!1);let n=this.times,s=this.values,r=n.length;r===0&&(Fe("KeyframeTrack: Track is empty.",this),e=!1);let o=null;for(let a=0;a!==r;a++){let l=n[a];if(typeof l=="number"&&isNaN(l)){Fe("KeyframeTrack: Time is not a valid number.",this,a,l),e=!1;break}if(o!==null&&o>l){Fe("KeyframeTrack: Out of order keys.",this,a,l,o),e=!1;break}o=l}if(s!==void 0&&xv(s))for(let a=0,l=s.length;a!==l;++a){let c=s[a];if(isNaN(c)){Fe("KeyframeTrack: Value is not a valid number.",this,a,c),e=!1;break}}return e}optimize(){let e=this.times.slice(),t=this.values.slice(),n=this.getValueSize(),s=this.getInterpolation()===Gl,r=e.length-1,o=1;for(let a=1;a<r;++a){let l=!1,c=e[a],u=e[a+1];if(c!==u&&(a!==1||c!==e[0]))if(s)l=!0;else{let h=a*n,d=h-n,f=h+n;for(let p=0;p!==n;++p){let y=t[h+p];if(y!==t[d+p]||y!==t[f+p]){l=!0;break}}}if(l){if(a!==o){e[o]=e[a];let h=a*n,d=o*n;for(let f=0;f!==n;++f)t[d+f]=t[h+f]}++o}}if(r>0){e[o]=e[r];for(let a=r*n,l=o*n,c=0;c!==n;++c)t[l+c]=t[a+c];++o}return o!==e.length?(this.times=e.slice(0,o),this.values=t.slice(0,o*n)):(this.times=e,this.values=t),this}clone(){let e=this.times.slice(),t=this.values.slice(),n=this.constructor,s=new n(this.name,e,t);return s.createInterpolant=this.createInterpolant,Fo(this.settings)&&(s.settings={inTangents:this.settings.inTangents.slice(),outTangents:this.settings.outTangents.slice()}),s}};function tg(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]+=e}function ng(i,e){for(let t=0,n=i.length;t!==n;t+=2)i[t]*=e}Cn.prototype.ValueTypeName="";Cn.prototype.TimeBufferType=Float32Array;Cn.prototype.ValueBufferType=Float32Array;Cn.prototype.DefaultInterpolation=Us;var Vi=class extends Cn{constructor(e,t,n){super(e,t,n)}};Vi.prototype.ValueTypeName="bool";Vi.prototype.ValueBufferType=Array;Vi.prototype.DefaultInterpolation=Fs;Vi.prototype.InterpolantFactoryMethodLinear=void 0;Vi.prototype.InterpolantFactoryMethodSmooth=void 0;var ia=class extends Cn{constructor(e,t,n,s){super(e,t,n,s)}};ia.prototype.ValueTypeName="color";var Gi=class extends Cn{constructor(e,t,n,s){super(e,t,n,s)}};Gi.prototype.ValueTypeName="number";var hc=class extends _i{constructor(e,t,n,s){super(e,t,n,s)}interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=(n-t)/(s-t),c=e*a;for(let u=c+a;c!==u;c+=4)at.slerpFlat(r,0,o,c-a,o,c,l);return r}},Wi=class extends Cn{constructor(e,t,n,s){super(e,t,n,s)}InterpolantFactoryMethodLinear(e){return new hc(this.times,this.values,this.getValueSize(),e)}};Wi.prototype.ValueTypeName="quaternion";Wi.prototype.InterpolantFactoryMethodSmooth=void 0;var Xi=class extends Cn{constructor(e,t,n){super(e,t,n)}};Xi.prototype.ValueTypeName="string";Xi.prototype.ValueBufferType=Array;Xi.prototype.DefaultInterpolation=Fs;Xi.prototype.InterpolantFactoryMethodLinear=void 0;Xi.prototype.InterpolantFactoryMethodSmooth=void 0;var fs=class extends Cn{constructor(e,t,n,s){super(e,t,n,s)}};fs.prototype.ValueTypeName="vector";var sa=class{constructor(e="",t=-1,n=[],s=Fg){this.name=e,this.tracks=n,this.duration=t,this.blendMode=s,this.uuid=Si(),this.userData={},this.duration<0&&this.resetDuration()}static parse(e){let t=[],n=e.tracks,s=1/(e.fps||1);for(let o=0,a=n.length;o!==a;++o)t.push(c_(n[o]).scale(s));let r=new this(e.name,e.duration,t,e.blendMode);return r.uuid=e.uuid,r.userData=JSON.parse(e.userData||"{}"),r}static toJSON(e){let t=[],n=e.tracks,s={name:e.name,duration:e.duration,tracks:t,uuid:e.uuid,blendMode:e.blendMode,userData:JSON.stringify(e.userData)};for(let r=0,o=n.length;r!==o;++r)t.push(Cn.toJSON(n[r]));return s}static CreateFromMorphTargetSequence(e,t,n,s){let r=t.length,o=[];for(let a=0;a<r;a++){let l=[],c=[];l.push((a+r-1)%r,a,(a+1)%r),c.push(0,1,0);let u=s_(l);l=eg(l,1,u),c=eg(c,1,u),!s&&l[0]===0&&(l.push(r),c.push(c[0])),o.push(new Gi(".morphTargetInfluences["+t[a].name+"]",l,c).scale(1/n))}return new this(e,-1,o)}static findByName(e,t){let n=e;if(!Array.isArray(e)){let s=e;n=s.geometry&&s.geometry.animations||s.animations}for(let s=0;s<n.length;s++)if(n[s].name===t)return n[s];return null}static CreateClipsFromMorphTargetSequences(e,t,n){let s={},r=/^([\w-]*?)([\d]+)$/;for(let a=0,l=e.length;a<l;a++){let c=e[a],u=c.name.match(r);if(u&&u.length>1){let h=u[1],d=s[h];d||(s[h]=d=[]),d.push(c)}}let o=[];for(let a in s)o.push(this.CreateFromMorphTargetSequence(a,s[a],t,n));return o}resetDuration(){let e=this.tracks,t=0;for(let n=0,s=e.length;n!==s;++n){let r=this.tracks[n];t=Math.max(t,r.times[r.times.length-1])}return this.duration=t,this}trim(){for(let e=0;e<this.tracks.length;e++)this.tracks[e].trim(0,this.duration);return this}validate(){let e=!0;for(let t=0;t<this.tracks.length;t++)e=e&&this.tracks[t].validate();return e}optimize(){for(let e=0;e<this.tracks.length;e++)this.tracks[e].optimize();return this}clone(){let e=[];for(let n=0;n<this.tracks.length;n++)e.push(this.tracks[n].clone());let t=new this.constructor(this.name,this.duration,e,this.blendMode);return t.userData=JSON.parse(JSON.stringify(this.userData)),t}toJSON(){return this.constructor.toJSON(this)}};function l_(i){switch(i.toLowerCase()){case"scalar":case"double":case"float":case"number":case"integer":return Gi;case"vector":case"vector2":case"vector3":case"vector4":return fs;case"color":return ia;case"quaternion":return Wi;case"bool":case"boolean":return Vi;case"string":return Xi}throw new Error("THREE.KeyframeTrack: Unsupported typeName: "+i)}function c_(i){if(i.type===void 0)throw new Error("THREE.KeyframeTrack: track type undefined, can not parse");let e=l_(i.type);if(i.times===void 0){let n=[],s=[];r_(i.keys,n,s,"value"),i.times=n,i.values=s}let t;return e.parse!==void 0?t=e.parse(i):t=new e(i.name,i.times,i.values,i.interpolation),Fo(i.settings)&&(t.settings={inTangents:as(i.settings.inTangents,Float32Array),outTangents:as(i.settings.outTangents,Float32Array)}),t}var yi={enabled:!1,files:{},add:function(i,e){this.enabled!==!1&&(ig(i)||(this.files[i]=e))},get:function(i){if(this.enabled!==!1&&!ig(i))return this.files[i]},remove:function(i){delete this.files[i]},clear:function(){this.files={}}};function ig(i){try{let e=i.slice(i.indexOf(":")+1);return new URL(e).protocol==="blob:"}catch{return!1}}var dc=class{constructor(e,t,n){let s=this,r=!1,o=0,a=0,l,c=[];this.onStart=void 0,this.onLoad=e,this.onProgress=t,this.onError=n,this._abortController=null,this.itemStart=function(u){a++,r===!1&&s.onStart!==void 0&&s.onStart(u,o,a),r=!0},this.itemEnd=function(u){o++,s.onProgress!==void 0&&s.onProgress(u,o,a),o===a&&(r=!1,s.onLoad!==void 0&&s.onLoad())},this.itemError=function(u){s.onError!==void 0&&s.onError(u)},this.resolveURL=function(u){return u=u.normalize("NFC"),l?l(u):u},this.setURLModifier=function(u){return l=u,this},this.addHandler=function(u,h){return c.push(u,h),this},this.removeHandler=function(u){let h=c.indexOf(u);return h!==-1&&c.splice(h,2),this},this.getHandler=function(u){for(let h=0,d=c.length;h<d;h+=2){let f=c[h],p=c[h+1];if(f.global&&(f.lastIndex=0),f.test(u))return p}return null},this.abort=function(){return this.abortController.abort(),this._abortController=null,this}}get abortController(){return this._abortController||(this._abortController=new AbortController),this._abortController}},Kg=new dc,Pn=class{constructor(e){this.manager=e!==void 0?e:Kg,this.crossOrigin="anonymous",this.withCredentials=!1,this.path="",this.resourcePath="",this.requestHeader={},this.priority="auto",this.cache="default",typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}load(){}loadAsync(e,t){let n=this;return new Promise(function(s,r){n.load(e,s,t,r)})}parse(){}setCrossOrigin(e){return this.crossOrigin=e,this}setWithCredentials(e){return this.withCredentials=e,this}setPath(e){return this.path=e,this}setResourcePath(e){return this.resourcePath=e,this}setRequestHeader(e){return this.requestHeader=e,this}setPriority(e){return this.priority=e,this}setCache(e){return this.cache=e,this}abort(){return this}};Pn.DEFAULT_MATERIAL_NAME="__DEFAULT";var Bi={},Qh=class extends Error{constructor(e,t){super(e),this.response=t}},bi=class extends Pn{constructor(e){super(e),this.mimeType="",this.responseType="",this._abortController=new AbortController}load(e,t,n,s){e===void 0&&(e=""),this.path!==void 0&&(e=this.path+e),e=this.manager.resolveURL(e);let r=yi.get(`file:${e}`);if(r!==void 0){this.manager.itemStart(e),setTimeout(()=>{t&&t(r),this.manager.itemEnd(e)},0);return}if(Bi[e]!==void 0){Bi[e].push({onLoad:t,onProgress:n,onError:s});return}Bi[e]=[],Bi[e].push({onLoad:t,onProgress:n,onError:s});let o=new Request(e,{headers:new Headers(this.requestHeader),credentials:this.withCredentials?"include":"same-origin",priority:this.priority,cache:this.cache,signal:typeof AbortSignal.any=="function"?AbortSignal.any([this._abortController.signal,this.manager.abortController.signal]):this._abortController.signal}),a=this.mimeType,l=this.responseType;fetch(o).then(c=>{if(c.status===200||c.status===0){if(c.status===0&&Ce("FileLoader: HTTP Status 0 received."),typeof ReadableStream>"u"||c.body===void 0||c.body.getReader===void 0)return c;let u=Bi[e],h=c.body.getReader(),d=c.headers.get("X-File-Size")||c.headers.get("Content-Length"),f=d?parseInt(d):0,p=f!==0,y=0,m=new ReadableStream({start(g){v();function v(){h.read().then(({done:T,value:b})=>{if(T)g.close();else{y+=b.byteLength;let A=new ProgressEvent("progress",{lengthComputable:p,loaded:y,total:f});for(let w=0,x=u.length;w<x;w++){let M=u[w];M.onProgress&&M.onProgress(A)}g.enqueue(b),v()}},T=>{g.error(T)})}}});return new Response(m)}else throw new Qh(`fetch for "${c.url}" responded with ${c.status}: ${c.statusText}`,c)}).then(c=>{switch(l){case"arraybuffer":return c.arrayBuffer();case"blob":return c.blob();case"document":return c.text().then(u=>new DOMParser().parseFromString(u,a));case"json":return c.json();default:if(a==="")return c.text();{let h=/charset="?([^;"\s]*)"?/i.exec(a),d=h&&h[1]?h[1].toLowerCase():void 0,f=new TextDecoder(d);return c.arrayBuffer().then(p=>f.decode(p))}}}).then(c=>{yi.add(`file:${e}`,c);let u=Bi[e];delete Bi[e];for(let h=0,d=u.length;h<d;h++){let f=u[h];f.onLoad&&f.onLoad(c)}}).catch(c=>{let u=Bi[e];if(u===void 0)throw this.manager.itemError(e),c;delete Bi[e];for(let h=0,d=u.length;h<d;h++){let f=u[h];f.onError&&f.onError(c)}this.manager.itemError(e)}).finally(()=>{this.manager.itemEnd(e)}),this.manager.itemStart(e)}setResponseType(e){return this.responseType=e,this}setMimeType(e){return this.mimeType=e,this}abort(){return this._abortController.abort(),this._abortController=new AbortController,this}};var Ar=new WeakMap,fc=class extends Pn{constructor(e){super(e)}load(e,t,n,s){this.path!==void 0&&(e=this.path+e),e=this.manager.resolveURL(e);let r=this,o=yi.get(`image:${e}`);if(o!==void 0){if(o.complete===!0)r.manager.itemStart(e),setTimeout(function(){t&&t(o),r.manager.itemEnd(e)},0);else{let h=Ar.get(o);h===void 0&&(h=[],Ar.set(o,h)),h.push({onLoad:t,onError:s})}return o}let a=Ur("img");function l(){u(),t&&t(this);let h=Ar.get(this)||[];for(let d=0;d<h.length;d++){let f=h[d];f.onLoad&&f.onLoad(this)}Ar.delete(this),r.manager.itemEnd(e)}function c(h){u(),s&&s(h),yi.remove(`image:${e}`);let d=Ar.get(this)||[];for(let f=0;f<d.length;f++){let p=d[f];p.onError&&p.onError(h)}Ar.delete(this),r.manager.itemError(e),r.manager.itemEnd(e)}function u(){a.removeEventListener("load",l,!1),a.removeEventListener("error",c,!1)}return a.addEventListener("load",l,!1),a.addEventListener("error",c,!1),e.slice(0,5)!=="data:"&&this.crossOrigin!==void 0&&(a.crossOrigin=this.crossOrigin),yi.add(`image:${e}`,a),r.manager.itemStart(e),a.fetchPriority=this.priority,a.src=e,a}};var ra=class extends Pn{constructor(e){super(e)}load(e,t,n,s){let r=new At,o=new fc(this.manager);return o.setPriority(this.priority),o.setCache(this.cache),o.setCrossOrigin(this.crossOrigin),o.setPath(this.path),o.load(e,function(a){r.image=a,r.needsUpdate=!0,t!==void 0&&t(r)},n,s),r}},zs=class extends Rt{static registerNode(e){this.prototype._lightNode=e}constructor(e,t=1){super(),this.isLight=!0,this.type="Light",this.color=new Me(e),this.intensity=t}copy(e,t){return super.copy(e,t),this.color.copy(e.color),this.intensity=e.intensity,this}toJSON(e){let t=super.toJSON(e);return t.object.color=this.color.getHex(),t.object.intensity=this.intensity,t}};var Wh=new ge,sg=new P,rg=new P,Vr=class{constructor(e){this.camera=e,this.intensity=1,this.bias=0,this.biasNode=null,this.normalBias=0,this.radius=1,this.blurSamples=8,this.mapSize=new Ae(512,512),this.mapType=pn,this.map=null,this.mapPass=null,this.matrix=new ge,this.autoUpdate=!0,this.needsUpdate=!1,this._frustum=new us,this._frameExtents=new Ae(1,1),this._viewportCount=1,this._viewports=[new it(0,0,1,1)]}getViewportCount(){return this._viewportCount}getCamera(){return this.camera}getFrustum(){return this._frustum}updateMatrices(e){let t=this.camera;sg.setFromMatrixPosition(e.matrixWorld),t.position.copy(sg),rg.setFromMatrixPosition(e.target.matrixWorld),t.lookAt(rg),t.updateMatrixWorld(),this._updateMatrix(t,this.matrix,this._frustum)}_updateMatrix(e,t,n,s){Wh.multiplyMatrices(e.projectionMatrix,e.matrixWorldInverse),n.setFromProjectionMatrix(Wh,e.coordinateSystem,e.reversedDepth);let r=this._frameExtents,o=s?s.z/r.x:1,a=s?s.w/r.y:1,l=s?s.x/r.x:0,c=s?s.y/r.y:0;e.coordinateSystem===Fr||e.reversedDepth?t.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,1,0,0,0,0,1):t.set(.5*o,0,0,.5*o+l,0,.5*a,0,.5*a+c,0,0,.5,.5,0,0,0,1),t.multiply(Wh)}getViewport(e){return this._viewports[e]}getFrameExtents(){return this._frameExtents}dispose(){this.map&&this.map.dispose(),this.mapPass&&this.mapPass.dispose()}copy(e){return this.camera=e.camera.clone(),this.intensity=e.intensity,this.bias=e.bias,this.radius=e.radius,this.autoUpdate=e.autoUpdate,this.needsUpdate=e.needsUpdate,this.normalBias=e.normalBias,this.blurSamples=e.blurSamples,this.mapSize.copy(e.mapSize),this.mapType=e.mapType,this.biasNode=e.biasNode,this}clone(){return new this.constructor().copy(this)}toJSON(){let e={};return e.intensity=this.intensity,e.bias=this.bias,e.normalBias=this.normalBias,e.radius=this.radius,e.blurSamples=this.blurSamples,e.mapSize=this.mapSize.toArray(),e.mapType=this.mapType,e.camera=this.camera.toJSON(!1).object,delete e.camera.matrix,e}},Hl=new P,zl=new at,gi=new P,oa=class extends Rt{constructor(){super(),this.isCamera=!0,this.type="Camera",this.matrixWorldInverse=new ge,this.projectionMatrix=new ge,this.projectionMatrixInverse=new ge,this.coordinateSystem=qn,this._reversedDepth=!1}get reversedDepth(){return this._reversedDepth}copy(e,t){return super.copy(e,t),this.matrixWorldInverse.copy(e.matrixWorldInverse),this.projectionMatrix.copy(e.projectionMatrix),this.projectionMatrixInverse.copy(e.projectionMatrixInverse),this.coordinateSystem=e.coordinateSystem,this}getWorldDirection(e){return super.getWorldDirection(e).negate()}updateMatrixWorld(e){super.updateMatrixWorld(e),this.matrixWorld.decompose(Hl,zl,gi),gi.x===1&&gi.y===1&&gi.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Hl,zl,gi.set(1,1,1)).invert()}updateWorldMatrix(e,t,n=!1){super.updateWorldMatrix(e,t,n),this.matrixWorld.decompose(Hl,zl,gi),gi.x===1&&gi.y===1&&gi.z===1?this.matrixWorldInverse.copy(this.matrixWorld).invert():this.matrixWorldInverse.compose(Hl,zl,gi.set(1,1,1)).invert()}clone(){return new this.constructor().copy(this)}},os=new P,og=new Ae,ag=new Ae,zt=class extends oa{constructor(e=50,t=1,n=.1,s=2e3){super(),this.isPerspectiveCamera=!0,this.type="PerspectiveCamera",this.fov=e,this.zoom=1,this.near=n,this.far=s,this.focus=10,this.aspect=t,this.view=null,this.filmGauge=35,this.filmOffset=0,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.fov=e.fov,this.zoom=e.zoom,this.near=e.near,this.far=e.far,this.focus=e.focus,this.aspect=e.aspect,this.view=e.view===null?null:Object.assign({},e.view),this.filmGauge=e.filmGauge,this.filmOffset=e.filmOffset,this}setFocalLength(e){let t=.5*this.getFilmHeight()/e;this.fov=Os*2*Math.atan(t),this.updateProjectionMatrix()}getFocalLength(){let e=Math.tan(Uo*.5*this.fov);return .5*this.getFilmHeight()/e}getEffectiveFOV(){return Os*2*Math.atan(Math.tan(Uo*.5*this.fov)/this.zoom)}getFilmWidth(){return this.filmGauge*Math.min(this.aspect,1)}getFilmHeight(){return this.filmGauge/Math.max(this.aspect,1)}getViewBounds(e,t,n){os.set(-1,-1,.5).applyMatrix4(this.projectionMatrixInverse),t.set(os.x,os.y).multiplyScalar(-e/os.z),os.set(1,1,.5).applyMatrix4(this.projectionMatrixInverse),n.set(os.x,os.y).multiplyScalar(-e/os.z)}getViewSize(e,t){return this.getViewBounds(e,og,ag),t.subVectors(ag,og)}setViewOffset(e,t,n,s,r,o){this.aspect=e/t,this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=this.near,t=e*Math.tan(Uo*.5*this.fov)/this.zoom,n=2*t,s=this.aspect*n,r=-.5*s,o=this.view;if(this.view!==null&&this.view.enabled){let l=o.fullWidth,c=o.fullHeight;r+=o.offsetX*s/l,t-=o.offsetY*n/c,s*=o.width/l,n*=o.height/c}let a=this.filmOffset;a!==0&&(r+=e*a/this.getFilmWidth()),this.projectionMatrix.makePerspective(r,r+s,t,t-n,e,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.fov=this.fov,t.object.zoom=this.zoom,t.object.near=this.near,t.object.far=this.far,t.object.focus=this.focus,t.object.aspect=this.aspect,this.view!==null&&(t.object.view=Object.assign({},this.view)),t.object.filmGauge=this.filmGauge,t.object.filmOffset=this.filmOffset,t}},ed=class extends Vr{constructor(){super(new zt(50,1,.5,500)),this.isSpotLightShadow=!0,this.focus=1,this.aspect=1}updateMatrices(e){let t=this.camera,n=Os*2*e.angle*this.focus,s=this.mapSize.width/this.mapSize.height*this.aspect,r=e.distance||t.far;(n!==t.fov||s!==t.aspect||r!==t.far)&&(t.fov=n,t.aspect=s,t.far=r,t.updateProjectionMatrix()),super.updateMatrices(e)}copy(e){return super.copy(e),this.focus=e.focus,this.aspect=e.aspect,this}toJSON(){let e=super.toJSON();return e.focus=this.focus,e.aspect=this.aspect,e}},aa=class extends zs{constructor(e,t,n=0,s=Math.PI/3,r=0,o=2){super(e,t),this.isSpotLight=!0,this.type="SpotLight",this.position.copy(Rt.DEFAULT_UP),this.updateMatrix(),this.target=new Rt,this.distance=n,this.angle=s,this.penumbra=r,this.decay=o,this.map=null,this.shadow=new ed}get power(){return this.intensity*Math.PI}set power(e){this.intensity=e/Math.PI}dispose(){super.dispose(),this.shadow.dispose()}copy(e,t){return super.copy(e,t),this.distance=e.distance,this.angle=e.angle,this.penumbra=e.penumbra,this.decay=e.decay,this.target=e.target.clone(),this.map=e.map,this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.distance=this.distance,t.object.angle=this.angle,t.object.decay=this.decay,t.object.penumbra=this.penumbra,t.object.target=this.target.uuid,this.map&&this.map.isTexture&&(t.object.map=this.map.toJSON(e).uuid),t.object.shadow=this.shadow.toJSON(),t}},td=class extends Vr{constructor(){super(new zt(90,1,.5,500)),this.isPointLightShadow=!0}},la=class extends zs{constructor(e,t,n=0,s=2){super(e,t),this.isPointLight=!0,this.type="PointLight",this.distance=n,this.decay=s,this.shadow=new td}get power(){return this.intensity*4*Math.PI}set power(e){this.intensity=e/(4*Math.PI)}dispose(){super.dispose(),this.shadow.dispose()}copy(e,t){return super.copy(e,t),this.distance=e.distance,this.decay=e.decay,this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.distance=this.distance,t.object.decay=this.decay,t.object.shadow=this.shadow.toJSON(),t}},qi=class extends oa{constructor(e=-1,t=1,n=1,s=-1,r=.1,o=2e3){super(),this.isOrthographicCamera=!0,this.type="OrthographicCamera",this.zoom=1,this.view=null,this.left=e,this.right=t,this.top=n,this.bottom=s,this.near=r,this.far=o,this.updateProjectionMatrix()}copy(e,t){return super.copy(e,t),this.left=e.left,this.right=e.right,this.top=e.top,this.bottom=e.bottom,this.near=e.near,this.far=e.far,this.zoom=e.zoom,this.view=e.view===null?null:Object.assign({},e.view),this}setViewOffset(e,t,n,s,r,o){this.view===null&&(this.view={enabled:!0,fullWidth:1,fullHeight:1,offsetX:0,offsetY:0,width:1,height:1}),this.view.enabled=!0,this.view.fullWidth=e,this.view.fullHeight=t,this.view.offsetX=n,this.view.offsetY=s,this.view.width=r,this.view.height=o,this.updateProjectionMatrix()}clearViewOffset(){this.view!==null&&(this.view.enabled=!1),this.updateProjectionMatrix()}updateProjectionMatrix(){let e=(this.right-this.left)/(2*this.zoom),t=(this.top-this.bottom)/(2*this.zoom),n=(this.right+this.left)/2,s=(this.top+this.bottom)/2,r=n-e,o=n+e,a=s+t,l=s-t;if(this.view!==null&&this.view.enabled){let c=(this.right-this.left)/this.view.fullWidth/this.zoom,u=(this.top-this.bottom)/this.view.fullHeight/this.zoom;r+=c*this.view.offsetX,o=r+c*this.view.width,a-=u*this.view.offsetY,l=a-u*this.view.height}this.projectionMatrix.makeOrthographic(r,o,a,l,this.near,this.far,this.coordinateSystem,this.reversedDepth),this.projectionMatrixInverse.copy(this.projectionMatrix).invert()}toJSON(e){let t=super.toJSON(e);return t.object.zoom=this.zoom,t.object.left=this.left,t.object.right=this.right,t.object.top=this.top,t.object.bottom=this.bottom,t.object.near=this.near,t.object.far=this.far,this.view!==null&&(t.object.view=Object.assign({},this.view)),t}},nd=class extends Vr{constructor(){super(new qi(-5,5,5,-5,.5,500)),this.isDirectionalLightShadow=!0}},Vs=class extends zs{constructor(e,t){super(e,t),this.isDirectionalLight=!0,this.type="DirectionalLight",this.position.copy(Rt.DEFAULT_UP),this.updateMatrix(),this.target=new Rt,this.shadow=new nd}dispose(){super.dispose(),this.shadow.dispose()}copy(e){return super.copy(e),this.target=e.target.clone(),this.shadow=e.shadow.clone(),this}toJSON(e){let t=super.toJSON(e);return t.object.shadow=this.shadow.toJSON(),t.object.target=this.target.uuid,t}},ca=class extends zs{constructor(e,t){super(e,t),this.isAmbientLight=!0,this.type="AmbientLight"}};var Yi=class{static extractUrlBase(e){let t=e.lastIndexOf("/");return t===-1?"./":e.slice(0,t+1)}static resolveURL(e,t){return typeof e!="string"||e===""?"":(/^https?:\/\//i.test(t)&&/^\//.test(e)&&(t=t.replace(/(^https?:\/\/[^\/]+).*/i,"$1")),/^(https?:)?\/\//i.test(e)||/^data:.*,.*$/i.test(e)||/^blob:.*$/i.test(e)?e:t+e)}},$i=class extends Je{constructor(){super(),this.isInstancedBufferGeometry=!0,this.type="InstancedBufferGeometry",this.instanceCount=1/0}copy(e){return super.copy(e),this.instanceCount=e.instanceCount,this}toJSON(){let e=super.toJSON();return e.instanceCount=this.instanceCount,e.isInstancedBufferGeometry=!0,e}};var Xh=new WeakMap,ua=class extends Pn{constructor(e){super(e),this.isImageBitmapLoader=!0,typeof createImageBitmap>"u"&&Ce("ImageBitmapLoader: createImageBitmap() not supported."),typeof fetch>"u"&&Ce("ImageBitmapLoader: fetch() not supported."),this.options={premultiplyAlpha:"none"},this._abortController=new AbortController}setOptions(e){return this.options=e,this}load(e,t,n,s){e===void 0&&(e=""),this.path!==void 0&&(e=this.path+e),e=this.manager.resolveURL(e);let r=this,o=yi.get(`image-bitmap:${e}`);if(o!==void 0){if(r.manager.itemStart(e),o.then){o.then(c=>{Xh.has(o)===!0?(s&&s(Xh.get(o)),r.manager.itemError(e),r.manager.itemEnd(e)):(t&&t(c),r.manager.itemEnd(e))});return}setTimeout(function(){t&&t(o),r.manager.itemEnd(e)},0);return}let a={};a.credentials=this.withCredentials||this.crossOrigin!=="anonymous"?"include":"same-origin",a.headers=this.requestHeader,a.priority=this.priority,a.cache=this.cache,a.signal=typeof AbortSignal.any=="function"?AbortSignal.any([this._abortController.signal,this.manager.abortController.signal]):this._abortController.signal;let l=fetch(e,a).then(function(c){return c.blob()}).then(function(c){return createImageBitmap(c,Object.assign({},r.options,{colorSpaceConversion:"none"}))}).then(function(c){return yi.add(`image-bitmap:${e}`,c),t&&t(c),r.manager.itemEnd(e),c}).catch(function(c){s&&s(c),Xh.set(l,c),yi.remove(`image-bitmap:${e}`),r.manager.itemError(e),r.manager.itemEnd(e)});yi.add(`image-bitmap:${e}`,l),r.manager.itemStart(e)}abort(){return this._abortController.abort(),this._abortController=new AbortController,this}};var Rr=-90,Cr=1,Gr=class extends Rt{constructor(e,t,n){super(),this.type="CubeCamera",this.renderTarget=n,this.coordinateSystem=null,this.activeMipmapLevel=0;let s=new zt(Rr,Cr,e,t);s.layers=this.layers,this.add(s);let r=new zt(Rr,Cr,e,t);r.layers=this.layers,this.add(r);let o=new zt(Rr,Cr,e,t);o.layers=this.layers,this.add(o);let a=new zt(Rr,Cr,e,t);a.layers=this.layers,this.add(a);let l=new zt(Rr,Cr,e,t);l.layers=this.layers,this.add(l);let c=new zt(Rr,Cr,e,t);c.layers=this.layers,this.add(c)}updateCoordinateSystem(){let e=this.coordinateSystem,t=this.children.concat(),[n,s,r,o,a,l]=t;for(let c of t)this.remove(c);if(e===qn)n.up.set(0,1,0),n.lookAt(1,0,0),s.up.set(0,1,0),s.lookAt(-1,0,0),r.up.set(0,0,-1),r.lookAt(0,1,0),o.up.set(0,0,1),o.lookAt(0,-1,0),a.up.set(0,1,0),a.lookAt(0,0,1),l.up.set(0,1,0),l.lookAt(0,0,-1);else if(e===Fr)n.up.set(0,-1,0),n.lookAt(-1,0,0),s.up.set(0,-1,0),s.lookAt(1,0,0),r.up.set(0,0,1),r.lookAt(0,1,0),o.up.set(0,0,-1),o.lookAt(0,-1,0),a.up.set(0,-1,0),a.lookAt(0,0,1),l.up.set(0,-1,0),l.lookAt(0,0,-1);else throw new Error("THREE.CubeCamera.updateCoordinateSystem(): Invalid coordinate system: "+e);for(let c of t)this.add(c),c.updateMatrixWorld()}update(e,t){this.parent===null&&this.updateMatrixWorld();let{renderTarget:n,activeMipmapLevel:s}=this;this.coordinateSystem!==e.coordinateSystem&&(this.coordinateSystem=e.coordinateSystem,this.updateCoordinateSystem());let[r,o,a,l,c,u]=this.children,h=e.getRenderTarget(),d=e.getActiveCubeFace(),f=e.getActiveMipmapLevel(),p=e.xr.enabled;e.xr.enabled=!1;let y=n.texture.mipmapsAutoUpdate;n.texture.mipmapsAutoUpdate=!1;let m=!1;e.isWebGLRenderer===!0?m=e.state.buffers.depth.getReversed():m=e.reversedDepthBuffer,e.setRenderTarget(n,0,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,r),e.setRenderTarget(n,1,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,o),e.setRenderTarget(n,2,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,a),e.setRenderTarget(n,3,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,l),e.setRenderTarget(n,4,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,c),n.texture.mipmapsAutoUpdate=y,e.setRenderTarget(n,5,s),m&&e.autoClear===!1&&e.clearDepth(),e.render(t,u),e.setRenderTarget(h,d,f),e.xr.enabled=p,n.texture.needsPMREMUpdate=!0}},pc=class extends zt{constructor(e=[]){super(),this.isArrayCamera=!0,this.isMultiViewCamera=!1,this.cameras=e,this.perCameraFrustumCulled=!1}};var Od="\\[\\]\\.:\\/",u_=new RegExp("["+Od+"]","g"),Bd="[^"+Od+"]",h_="[^"+Od.replace("\\.","")+"]",d_=/((?:WC+[\/:])*)/.source.replace("WC",Bd),f_=/(WCOD+)?/.source.replace("WCOD",h_),p_=/(?:\.(WC+)(?:\[(.+)\])?)?/.source.replace("WC",Bd),m_=/\.(WC+)(?:\[(.+)\])?/.source.replace("WC",Bd),g_=new RegExp("^"+d_+f_+p_+m_+"$"),y_=["material","materials","bones","map"],id=class{constructor(e,t,n){let s=n||mt.parseTrackName(t);this._targetGroup=e,this._bindings=e.subscribe_(t,s)}getValue(e,t){this.bind();let n=this._targetGroup.nCachedObjects_,s=this._bindings[n];s!==void 0&&s.getValue(e,t)}setValue(e,t){let n=this._bindings;for(let s=this._targetGroup.nCachedObjects_,r=n.length;s!==r;++s)n[s].setValue(e,t)}bind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].bind()}unbind(){let e=this._bindings;for(let t=this._targetGroup.nCachedObjects_,n=e.length;t!==n;++t)e[t].unbind()}},mt=class i{constructor(e,t,n){this.path=t,this.parsedPath=n||i.parseTrackName(t),this.node=i.findNode(e,this.parsedPath.nodeName),this.rootNode=e,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}static create(e,t,n){return e&&e.isAnimationObjectGroup?new i.Composite(e,t,n):new i(e,t,n)}static sanitizeNodeName(e){return e.replace(/\s/g,"_").replace(u_,"")}static parseTrackName(e){let t=g_.exec(e);if(t===null)throw new Error("THREE.PropertyBinding: Cannot parse trackName: "+e);let n={nodeName:t[2],objectName:t[3],objectIndex:t[4],propertyName:t[5],propertyIndex:t[6]},s=n.nodeName&&n.nodeName.lastIndexOf(".");if(s!==void 0&&s!==-1){let r=n.nodeName.substring(s+1);y_.indexOf(r)!==-1&&(n.nodeName=n.nodeName.substring(0,s),n.objectName=r)}if(n.propertyName===null||n.propertyName.length===0)throw new Error("THREE.PropertyBinding: can not parse propertyName from trackName: "+e);return n}static findNode(e,t){if(t===void 0||t===""||t==="."||t===-1||t===e.name||t===e.uuid)return e;if(e.skeleton){let n=e.skeleton.getBoneByName(t);if(n!==void 0)return n}if(e.children){let n=function(r){for(let o=0;o<r.length;o++){let a=r[o];if(a.name===t||a.uuid===t)return a;let l=n(a.children);if(l)return l}return null},s=n(e.children);if(s)return s}return null}_getValue_unavailable(){}_setValue_unavailable(){}_getValue_direct(e,t){e[t]=this.targetObject[this.propertyName]}_getValue_array(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)e[t++]=n[s]}_getValue_arrayElement(e,t){e[t]=this.resolvedProperty[this.propertyIndex]}_getValue_toArray(e,t){this.resolvedProperty.toArray(e,t)}_setValue_direct(e,t){this.targetObject[this.propertyName]=e[t]}_setValue_direct_setNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.needsUpdate=!0}_setValue_direct_setMatrixWorldNeedsUpdate(e,t){this.targetObject[this.propertyName]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_array(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++]}_setValue_array_setNeedsUpdate(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++];this.targetObject.needsUpdate=!0}_setValue_array_setMatrixWorldNeedsUpdate(e,t){let n=this.resolvedProperty;for(let s=0,r=n.length;s!==r;++s)n[s]=e[t++];this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_arrayElement(e,t){this.resolvedProperty[this.propertyIndex]=e[t]}_setValue_arrayElement_setNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.needsUpdate=!0}_setValue_arrayElement_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty[this.propertyIndex]=e[t],this.targetObject.matrixWorldNeedsUpdate=!0}_setValue_fromArray(e,t){this.resolvedProperty.fromArray(e,t)}_setValue_fromArray_setNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.needsUpdate=!0}_setValue_fromArray_setMatrixWorldNeedsUpdate(e,t){this.resolvedProperty.fromArray(e,t),this.targetObject.matrixWorldNeedsUpdate=!0}_getValue_unbound(e,t){this.bind(),this.getValue(e,t)}_setValue_unbound(e,t){this.bind(),this.setValue(e,t)}bind(){let e=this.node,t=this.parsedPath,n=t.objectName,s=t.propertyName,r=t.propertyIndex;if(e||(e=i.findNode(this.rootNode,t.nodeName),this.node=e),this.getValue=this._getValue_unavailable,this.setValue=this._setValue_unavailable,!e){Ce("PropertyBinding: No target node found for track: "+this.path+".");return}if(n){let c=t.objectIndex;switch(n){case"materials":if(!e.material){Fe("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.materials){Fe("PropertyBinding: Can not bind to material.materials as node.material does not have a materials array.",this);return}e=e.material.materials;break;case"bones":if(!e.skeleton){Fe("PropertyBinding: Can not bind to bones as node does not have a skeleton.",this);return}e=e.skeleton.bones;for(let u=0;u<e.length;u++)if(e[u].name===c){c=u;break}break;case"map":if("map"in e){e=e.map;break}if(!e.material){Fe("PropertyBinding: Can not bind to material as node does not have a material.",this);return}if(!e.material.map){Fe("PropertyBinding: Can not bind to material.map as node.material does not have a map.",this);return}e=e.material.map;break;default:if(e[n]===void 0){Fe("PropertyBinding: Can not bind to objectName of node undefined.",this);return}e=e[n]}if(c!==void 0){if(e[c]===void 0){Fe("PropertyBinding: Trying to bind to objectIndex of objectName, but is undefined.",this,e);return}e=e[c]}}let o=e[s];if(o===void 0){let c=t.nodeName;Fe("PropertyBinding: Trying to update property for track: "+c+"."+s+" but it wasn't found.",e);return}let a=this.Versioning.None;this.targetObject=e,e.isMaterial===!0?a=this.Versioning.NeedsUpdate:e.isObject3D===!0&&(a=this.Versioning.MatrixWorldNeedsUpdate);let l=this.BindingType.Direct;if(r!==void 0){if(s==="morphTargetInfluences"){if(!e.geometry){Fe("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.",this);return}if(!e.geometry.morphAttributes){Fe("PropertyBinding: Can not bind to morphTargetInfluences because node does not have a geometry.morphAttributes.",this);return}e.morphTargetDictionary[r]!==void 0&&(r=e.morphTargetDictionary[r])}l=this.BindingType.ArrayElement,this.resolvedProperty=o,this.propertyIndex=r}else o.fromArray!==void 0&&o.toArray!==void 0?(l=this.BindingType.HasFromToArray,this.resolvedProperty=o):Array.isArray(o)?(l=this.BindingType.EntireArray,this.resolvedProperty=o):this.propertyName=s;this.getValue=this.GetterByBindingType[l],this.setValue=this.SetterByBindingTypeAndVersioning[l][a]}unbind(){this.node=null,this.getValue=this._getValue_unbound,this.setValue=this._setValue_unbound}};mt.Composite=id;mt.prototype.BindingType={Direct:0,EntireArray:1,ArrayElement:2,HasFromToArray:3};mt.prototype.Versioning={None:0,NeedsUpdate:1,MatrixWorldNeedsUpdate:2};mt.prototype.GetterByBindingType=[mt.prototype._getValue_direct,mt.prototype._getValue_array,mt.prototype._getValue_arrayElement,mt.prototype._getValue_toArray];mt.prototype.SetterByBindingTypeAndVersioning=[[mt.prototype._setValue_direct,mt.prototype._setValue_direct_setNeedsUpdate,mt.prototype._setValue_direct_setMatrixWorldNeedsUpdate],[mt.prototype._setValue_array,mt.prototype._setValue_array_setNeedsUpdate,mt.prototype._setValue_array_setMatrixWorldNeedsUpdate],[mt.prototype._setValue_arrayElement,mt.prototype._setValue_arrayElement_setNeedsUpdate,mt.prototype._setValue_arrayElement_setMatrixWorldNeedsUpdate],[mt.prototype._setValue_fromArray,mt.prototype._setValue_fromArray_setNeedsUpdate,mt.prototype._setValue_fromArray_setMatrixWorldNeedsUpdate]];var bC=new Float32Array(1);var ps=class extends Bs{constructor(e,t,n=1){super(e,t),this.isInstancedInterleavedBuffer=!0,this.meshPerAttribute=n}copy(e){return super.copy(e),this.meshPerAttribute=e.meshPerAttribute,this}clone(e){let t=super.clone(e);return t.meshPerAttribute=this.meshPerAttribute,t}toJSON(e){let t=super.toJSON(e);return t.isInstancedInterleavedBuffer=!0,t.meshPerAttribute=this.meshPerAttribute,t}};var lg=new ge,Gs=class{constructor(e,t,n=0,s=1/0){this.ray=new Qt(e,t),this.near=n,this.far=s,this.camera=null,this.layers=new kr,this.params={Mesh:{},Line:{threshold:1},LOD:{},Points:{threshold:1},Sprite:{}}}set(e,t){this.ray.set(e,t)}setFromCamera(e,t){t.isPerspectiveCamera?(this.ray.origin.setFromMatrixPosition(t.matrixWorld),this.ray.direction.set(e.x,e.y,.5).unproject(t).sub(this.ray.origin).normalize(),this.camera=t):t.isOrthographicCamera?(this.ray.origin.set(e.x,e.y,t.projectionMatrix.elements[14]).unproject(t),this.ray.direction.set(0,0,-1).transformDirection(t.matrixWorld),this.camera=t):Fe("Raycaster: Unsupported camera type: "+t.type)}setFromXRController(e){return lg.identity().extractRotation(e.matrixWorld),this.ray.origin.setFromMatrixPosition(e.matrixWorld),this.ray.direction.set(0,0,-1).applyMatrix4(lg),this}intersectObject(e,t=!0,n=[]){return sd(e,this,n,t),n.sort(cg),n}intersectObjects(e,t=!0,n=[]){for(let s=0,r=e.length;s<r;s++)sd(e[s],this,n,t);return n.sort(cg),n}};function cg(i,e){return i.distance-e.distance}function sd(i,e,t,n){let s=!0;if(i.layers.test(e.layers)&&i.raycast(e,t)===!1&&(s=!1),s===!0&&n===!0){let r=i.children;for(let o=0,a=r.length;o<a;o++)sd(r[o],e,t,!0)}}var Wr=class{constructor(e=1,t=0,n=0){this.radius=e,this.phi=t,this.theta=n}set(e,t,n){return this.radius=e,this.phi=t,this.theta=n,this}copy(e){return this.radius=e.radius,this.phi=e.phi,this.theta=e.theta,this}makeSafe(){return this.phi=He(this.phi,1e-6,Math.PI-1e-6),this}setFromVector3(e){return this.setFromCartesianCoords(e.x,e.y,e.z)}setFromCartesianCoords(e,t,n){return this.radius=Math.sqrt(e*e+t*t+n*n),this.radius===0?(this.theta=0,this.phi=0):(this.theta=Math.atan2(e,n),this.phi=Math.acos(He(t/this.radius,-1,1))),this}clone(){return new this.constructor().copy(this)}};var Wd=class Wd{constructor(e,t,n,s){this.elements=[1,0,0,1],e!==void 0&&this.set(e,t,n,s)}identity(){return this.set(1,0,0,1),this}fromArray(e,t=0){for(let n=0;n<4;n++)this.elements[n]=e[n+t];return this}set(e,t,n,s){let r=this.elements;return r[0]=e,r[2]=t,r[1]=n,r[3]=s,this}};Wd.prototype.isMatrix2=!0;var rd=Wd;var ug=new P,Vl=new P,Pr=new P,Ir=new P,qh=new P,x_=new P,v_=new P,ha=class{constructor(e=new P,t=new P){this.start=e,this.end=t}set(e,t){return this.start.copy(e),this.end.copy(t),this}copy(e){return this.start.copy(e.start),this.end.copy(e.end),this}getCenter(e){return e.addVectors(this.start,this.end).multiplyScalar(.5)}delta(e){return e.subVectors(this.end,this.start)}distanceSq(){return this.start.distanceToSquared(this.end)}distance(){return this.start.distanceTo(this.end)}at(e,t){return this.delta(t).multiplyScalar(e).add(this.start)}closestPointToPointParameter(e,t){ug.subVectors(e,this.start),Vl.subVectors(this.end,this.start);let n=Vl.dot(Vl);if(n===0)return 0;let r=Vl.dot(ug)/n;return t&&(r=He(r,0,1)),r}closestPointToPoint(e,t,n){let s=this.closestPointToPointParameter(e,t);return this.delta(n).multiplyScalar(s).add(this.start)}distanceSqToLine3(e,t=x_,n=v_){let s=10000000000000001e-32,r,o,a=this.start,l=e.start,c=this.end,u=e.end;Pr.subVectors(c,a),Ir.subVectors(u,l),qh.subVectors(a,l);let h=Pr.dot(Pr),d=Ir.dot(Ir),f=Ir.dot(qh);if(h<=s&&d<=s)return t.copy(a),n.copy(l),t.distanceToSquared(n);if(h<=s)r=0,o=f/d,o=He(o,0,1);else{let p=Pr.dot(qh);if(d<=s)o=0,r=He(-p/h,0,1);else{let y=Pr.dot(Ir),m=h*d-y*y;m!==0?r=He((y*f-p*d)/m,0,1):r=0,o=(y*r+f)/d,o<0?(o=0,r=He(-p/h,0,1)):o>1&&(o=1,r=He((y-p)/h,0,1))}}return t.copy(a).addScaledVector(Pr,r),n.copy(l).addScaledVector(Ir,o),t.distanceToSquared(n)}applyMatrix4(e){return this.start.applyMatrix4(e),this.end.applyMatrix4(e),this}equals(e){return e.start.equals(this.start)&&e.end.equals(this.end)}clone(){return new this.constructor().copy(this)}};var da=class extends ii{constructor(e,t=null){super(),this.object=e,this.domElement=t,this.enabled=!0,this.state=-1,this.keys={},this.mouseButtons={LEFT:null,MIDDLE:null,RIGHT:null},this.touches={ONE:null,TWO:null}}connect(e){this.domElement!==null&&this.disconnect(),this.domElement=e}disconnect(){}dispose(){}update(){}};function kd(i,e,t,n){let s=__(n);switch(t){case wd:return i*e;case Mc:return i*e/s.components*s.byteLength;case Sc:return i*e/s.components*s.byteLength;case ys:return i*e*2/s.components*s.byteLength;case wc:return i*e*2/s.components*s.byteLength;case Ed:return i*e*3/s.components*s.byteLength;case mn:return i*e*4/s.components*s.byteLength;case Ec:return i*e*4/s.components*s.byteLength;case ma:case ga:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case ya:case xa:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case Ac:case Cc:return Math.max(i,16)*Math.max(e,8)/4;case Tc:case Rc:return Math.max(i,8)*Math.max(e,8)/2;case Pc:case Ic:case Nc:case Dc:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*8;case Lc:case va:case Fc:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case Uc:return Math.floor((i+3)/4)*Math.floor((e+3)/4)*16;case Oc:return Math.floor((i+4)/5)*Math.floor((e+3)/4)*16;case Bc:return Math.floor((i+4)/5)*Math.floor((e+4)/5)*16;case kc:return Math.floor((i+5)/6)*Math.floor((e+4)/5)*16;case Hc:return Math.floor((i+5)/6)*Math.floor((e+5)/6)*16;case zc:return Math.floor((i+7)/8)*Math.floor((e+4)/5)*16;case Vc:return Math.floor((i+7)/8)*Math.floor((e+5)/6)*16;case Gc:return Math.floor((i+7)/8)*Math.floor((e+7)/8)*16;case Wc:return Math.floor((i+9)/10)*Math.floor((e+4)/5)*16;case Xc:return Math.floor((i+9)/10)*Math.floor((e+5)/6)*16;case qc:return Math.floor((i+9)/10)*Math.floor((e+7)/8)*16;case Yc:return Math.floor((i+9)/10)*Math.floor((e+9)/10)*16;case $c:return Math.floor((i+11)/12)*Math.floor((e+9)/10)*16;case jc:return Math.floor((i+11)/12)*Math.floor((e+11)/12)*16;case Kc:case Zc:case Jc:return Math.ceil(i/4)*Math.ceil(e/4)*16;case Qc:case eu:return Math.ceil(i/4)*Math.ceil(e/4)*8;case _a:case tu:return Math.ceil(i/4)*Math.ceil(e/4)*16}throw new Error(`Unable to determine texture byte length for ${t} format.`)}function __(i){switch(i){case pn:case _d:return{byteLength:1,components:1};case jr:case bd:case ai:return{byteLength:2,components:1};case _c:case bc:return{byteLength:2,components:4};case oi:case vc:case On:return{byteLength:4,components:1};case Md:case Sd:return{byteLength:4,components:3}}throw new Error(`THREE.TextureUtils: Unknown texture type ${i}.`)}typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("register",{detail:{revision:"187"}}));typeof window<"u"&&(window.__THREE__?Ce("WARNING: Multiple instances of Three.js being imported."):window.__THREE__="187");function xy(){let i=null,e=!1,t=null,n=null;function s(r,o){n=i.requestAnimationFrame(s),t(r,o)}return{start:function(){e!==!0&&t!==null&&i!==null&&(n=i.requestAnimationFrame(s),e=!0)},stop:function(){i!==null&&i.cancelAnimationFrame(n),e=!1},setAnimationLoop:function(r){t=r},setContext:function(r){i=r}}}function M_(i){let e=new WeakMap;function t(a,l){let c=a.array,u=a.usage,h=c.byteLength,d=i.createBuffer();i.bindBuffer(l,d),i.bufferData(l,c,u),a.onUploadCallback();let f;if(c instanceof Float32Array)f=i.FLOAT;else if(typeof Float16Array<"u"&&c instanceof Float16Array)f=i.HALF_FLOAT;else if(c instanceof Uint16Array)a.isFloat16BufferAttribute?f=i.HALF_FLOAT:f=i.UNSIGNED_SHORT;else if(c instanceof Int16Array)f=i.SHORT;else if(c instanceof Uint32Array)f=i.UNSIGNED_INT;else if(c instanceof Int32Array)f=i.INT;else if(c instanceof Int8Array)f=i.BYTE;else if(c instanceof Uint8Array)f=i.UNSIGNED_BYTE;else if(c instanceof Uint8ClampedArray)f=i.UNSIGNED_BYTE;else throw new Error("THREE.WebGLAttributes: Unsupported buffer data format: "+c);return{buffer:d,type:f,bytesPerElement:c.BYTES_PER_ELEMENT,version:a.version,size:h}}function n(a,l,c){let u=l.array,h=l.updateRanges;if(i.bindBuffer(c,a),h.length===0)i.bufferSubData(c,0,u);else{h.sort((f,p)=>f.start-p.start);let d=0;for(let f=1;f<h.length;f++){let p=h[d],y=h[f];y.start<=p.start+p.count+1?p.count=Math.max(p.count,y.start+y.count-p.start):(++d,h[d]=y)}h.length=d+1;for(let f=0,p=h.length;f<p;f++){let y=h[f];i.bufferSubData(c,y.start*u.BYTES_PER_ELEMENT,u,y.start,y.count)}l.clearUpdateRanges()}l.onUploadCallback()}function s(a){return a.isInterleavedBufferAttribute&&(a=a.data),e.get(a)}function r(a){a.isInterleavedBufferAttribute&&(a=a.data);let l=e.get(a);l&&(i.deleteBuffer(l.buffer),e.delete(a))}function o(a,l){if(a.isInterleavedBufferAttribute&&(a=a.data),a.isGLBufferAttribute){let u=e.get(a);(!u||u.version<a.version)&&e.set(a,{buffer:a.buffer,type:a.type,bytesPerElement:a.elementSize,version:a.version});return}let c=e.get(a);if(c===void 0)e.set(a,t(a,l));else if(c.version<a.version){if(c.size!==a.array.byteLength)throw new Error("THREE.WebGLAttributes: The size of the buffer attribute's array buffer does not match the original size. Resizing buffer attributes is not supported.");n(c.buffer,a,l),c.version=a.version}}return{get:s,remove:r,update:o}}var S_=`#ifdef USE_ALPHAHASH
	if ( diffuseColor.a < getAlphaHashThreshold( vPosition ) ) discard;
#endif`,w_=`#ifdef USE_ALPHAHASH
	const float ALPHA_HASH_SCALE = 0.05;
	float hash2D( vec2 value ) {
		return fract( 1.0e4 * sin( 17.0 * value.x + 0.1 * value.y ) * ( 0.1 + abs( sin( 13.0 * value.y + value.x ) ) ) );
	}
	float hash3D( vec3 value ) {
		return hash2D( vec2( hash2D( value.xy ), value.z ) );
	}
	float getAlphaHashThreshold( vec3 position ) {
		float maxDeriv = max(
			length( dFdx( position.xyz ) ),
			length( dFdy( position.xyz ) )
		);
		float pixScale = 1.0 / ( ALPHA_HASH_SCALE * maxDeriv );
		vec2 pixScales = vec2(
			exp2( floor( log2( pixScale ) ) ),
			exp2( ceil( log2( pixScale ) ) )
		);
		vec2 alpha = vec2(
			hash3D( floor( pixScales.x * position.xyz ) ),
			hash3D( floor( pixScales.y * position.xyz ) )
		);
		float lerpFactor = fract( log2( pixScale ) );
		float x = ( 1.0 - lerpFactor ) * alpha.x + lerpFactor * alpha.y;
		float a = min( lerpFactor, 1.0 - lerpFactor );
		vec3 cases = vec3(
			x * x / ( 2.0 * a * ( 1.0 - a ) ),
			( x - 0.5 * a ) / ( 1.0 - a ),
			1.0 - ( ( 1.0 - x ) * ( 1.0 - x ) / ( 2.0 * a * ( 1.0 - a ) ) )
		);
		float threshold = ( x < ( 1.0 - a ) )
			? ( ( x < a ) ? cases.x : cases.y )
			: cases.z;
		return clamp( threshold , 1.0e-6, 1.0 );
	}
#endif`,E_=`#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, vAlphaMapUv ).g;
#endif`,T_=`#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,A_=`#ifdef USE_ALPHATEST
	#ifdef ALPHA_TO_COVERAGE
	diffuseColor.a = smoothstep( alphaTest, alphaTest + fwidth( diffuseColor.a ), diffuseColor.a );
	if ( diffuseColor.a == 0.0 ) discard;
	#else
	if ( diffuseColor.a < alphaTest ) discard;
	#endif
#endif`,R_=`#ifdef USE_ALPHATEST
	uniform float alphaTest;
#endif`,C_=`#ifdef USE_AOMAP
	float ambientOcclusion = ( texture2D( aoMap, vAoMapUv ).r - 1.0 ) * aoMapIntensity + 1.0;
	reflectedLight.indirectDiffuse *= ambientOcclusion;
	#if defined( USE_CLEARCOAT ) 
		clearcoatSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_SHEEN ) 
		sheenSpecularIndirect *= ambientOcclusion;
	#endif
	#if defined( USE_ENVMAP ) && defined( STANDARD )
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		reflectedLight.indirectSpecular *= computeSpecularOcclusion( dotNV, ambientOcclusion, material.roughness );
	#endif
#endif`,P_=`#ifdef USE_AOMAP
	uniform sampler2D aoMap;
	uniform float aoMapIntensity;
#endif`,I_=`#ifdef USE_BATCHING
	#if ! defined( GL_ANGLE_multi_draw )
	#define gl_DrawID _gl_DrawID
	uniform int _gl_DrawID;
	#endif
	uniform highp sampler2D batchingTexture;
	uniform highp usampler2D batchingIdTexture;
	mat4 getBatchingMatrix( const in float i ) {
		int size = textureSize( batchingTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( batchingTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( batchingTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( batchingTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( batchingTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
	float getIndirectIndex( const in int i ) {
		int size = textureSize( batchingIdTexture, 0 ).x;
		int x = i % size;
		int y = i / size;
		return float( texelFetch( batchingIdTexture, ivec2( x, y ), 0 ).r );
	}
#endif
#ifdef USE_BATCHING_COLOR
	uniform sampler2D batchingColorTexture;
	vec4 getBatchingColor( const in float i ) {
		int size = textureSize( batchingColorTexture, 0 ).x;
		int j = int( i );
		int x = j % size;
		int y = j / size;
		return texelFetch( batchingColorTexture, ivec2( x, y ), 0 );
	}
#endif`,L_=`#ifdef USE_BATCHING
	mat4 batchingMatrix = getBatchingMatrix( getIndirectIndex( gl_DrawID ) );
#endif`,N_=`vec3 transformed = vec3( position );
#ifdef USE_ALPHAHASH
	vPosition = vec3( position );
#endif`,D_=`vec3 objectNormal = vec3( normal );
#ifdef USE_TANGENT
	vec3 objectTangent = vec3( tangent.xyz );
#endif`,F_=`float G_BlinnPhong_Implicit( ) {
	return 0.25;
}
float D_BlinnPhong( const in float shininess, const in float dotNH ) {
	return RECIPROCAL_PI * ( shininess * 0.5 + 1.0 ) * pow( dotNH, shininess );
}
vec3 BRDF_BlinnPhong( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 specularColor, const in float shininess ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( specularColor, 1.0, dotVH );
	float G = G_BlinnPhong_Implicit( );
	float D = D_BlinnPhong( shininess, dotNH );
	return F * ( G * D );
} // validated`,U_=`#ifdef USE_IRIDESCENCE
	const mat3 XYZ_TO_REC709 = mat3(
		 3.2404542, -0.9692660,  0.0556434,
		-1.5371385,  1.8760108, -0.2040259,
		-0.4985314,  0.0415560,  1.0572252
	);
	vec3 Fresnel0ToIor( vec3 fresnel0 ) {
		vec3 sqrtF0 = sqrt( fresnel0 );
		return ( vec3( 1.0 ) + sqrtF0 ) / ( vec3( 1.0 ) - sqrtF0 );
	}
	vec3 IorToFresnel0( vec3 transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - vec3( incidentIor ) ) / ( transmittedIor + vec3( incidentIor ) ) );
	}
	float IorToFresnel0( float transmittedIor, float incidentIor ) {
		return pow2( ( transmittedIor - incidentIor ) / ( transmittedIor + incidentIor ));
	}
	vec3 evalSensitivity( float OPD, vec3 shift ) {
		float phase = 2.0 * PI * OPD * 1.0e-9;
		vec3 val = vec3( 5.4856e-13, 4.4201e-13, 5.2481e-13 );
		vec3 pos = vec3( 1.6810e+06, 1.7953e+06, 2.2084e+06 );
		vec3 var = vec3( 4.3278e+09, 9.3046e+09, 6.6121e+09 );
		vec3 xyz = val * sqrt( 2.0 * PI * var ) * cos( pos * phase + shift ) * exp( - pow2( phase ) * var );
		xyz.x += 9.7470e-14 * sqrt( 2.0 * PI * 4.5282e+09 ) * cos( 2.2399e+06 * phase + shift[ 0 ] ) * exp( - 4.5282e+09 * pow2( phase ) );
		xyz /= 1.0685e-7;
		vec3 rgb = XYZ_TO_REC709 * xyz;
		return rgb;
	}
	vec3 evalIridescence( float outsideIOR, float eta2, float cosTheta1, float thinFilmThickness, vec3 baseF0 ) {
		vec3 I;
		float iridescenceIOR = mix( outsideIOR, eta2, smoothstep( 0.0, 0.03, thinFilmThickness ) );
		float sinTheta2Sq = pow2( outsideIOR / iridescenceIOR ) * ( 1.0 - pow2( cosTheta1 ) );
		float cosTheta2Sq = 1.0 - sinTheta2Sq;
		if ( cosTheta2Sq < 0.0 ) {
			return vec3( 1.0 );
		}
		float cosTheta2 = sqrt( cosTheta2Sq );
		float R0 = IorToFresnel0( iridescenceIOR, outsideIOR );
		float R12 = F_Schlick( R0, 1.0, cosTheta1 );
		float T121 = 1.0 - R12;
		float phi12 = 0.0;
		if ( iridescenceIOR < outsideIOR ) phi12 = PI;
		float phi21 = PI - phi12;
		vec3 baseIOR = Fresnel0ToIor( clamp( baseF0, 0.0, 0.9999 ) );		vec3 R1 = IorToFresnel0( baseIOR, iridescenceIOR );
		vec3 R23 = F_Schlick( R1, 1.0, cosTheta2 );
		vec3 phi23 = vec3( 0.0 );
		if ( baseIOR[ 0 ] < iridescenceIOR ) phi23[ 0 ] = PI;
		if ( baseIOR[ 1 ] < iridescenceIOR ) phi23[ 1 ] = PI;
		if ( baseIOR[ 2 ] < iridescenceIOR ) phi23[ 2 ] = PI;
		float OPD = 2.0 * iridescenceIOR * thinFilmThickness * cosTheta2;
		vec3 phi = vec3( phi21 ) + phi23;
		vec3 R123 = clamp( R12 * R23, 1e-5, 0.9999 );
		vec3 r123 = sqrt( R123 );
		vec3 Rs = pow2( T121 ) * R23 / ( vec3( 1.0 ) - R123 );
		vec3 C0 = R12 + Rs;
		I = C0;
		vec3 Cm = Rs - T121;
		for ( int m = 1; m <= 2; ++ m ) {
			Cm *= r123;
			vec3 Sm = 2.0 * evalSensitivity( float( m ) * OPD, float( m ) * phi );
			I += Cm * Sm;
		}
		return max( I, vec3( 0.0 ) );
	}
#endif`,O_=`#ifdef USE_BUMPMAP
	uniform sampler2D bumpMap;
	uniform float bumpScale;
	vec2 dHdxy_fwd() {
		vec2 dSTdx = dFdx( vBumpMapUv );
		vec2 dSTdy = dFdy( vBumpMapUv );
		float Hll = bumpScale * texture2D( bumpMap, vBumpMapUv ).x;
		float dBx = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdx ).x - Hll;
		float dBy = bumpScale * texture2D( bumpMap, vBumpMapUv + dSTdy ).x - Hll;
		return vec2( dBx, dBy );
	}
	vec3 perturbNormalArb( vec3 surf_pos, vec3 surf_norm, vec2 dHdxy, float faceDirection ) {
		vec3 vSigmaX = normalize( dFdx( surf_pos.xyz ) );
		vec3 vSigmaY = normalize( dFdy( surf_pos.xyz ) );
		vec3 vN = surf_norm;
		vec3 R1 = cross( vSigmaY, vN );
		vec3 R2 = cross( vN, vSigmaX );
		float fDet = dot( vSigmaX, R1 ) * faceDirection;
		vec3 vGrad = sign( fDet ) * ( dHdxy.x * R1 + dHdxy.y * R2 );
		return normalize( abs( fDet ) * surf_norm - vGrad );
	}
#endif`,B_=`#if NUM_CLIPPING_PLANES > 0
	vec4 plane;
	#ifdef ALPHA_TO_COVERAGE
		float distanceToPlane, distanceGradient;
		float clipOpacity = 1.0;
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
			distanceGradient = fwidth( distanceToPlane ) / 2.0;
			clipOpacity *= smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			if ( clipOpacity == 0.0 ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			float unionClipOpacity = 1.0;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				distanceToPlane = - dot( vClipPosition, plane.xyz ) + plane.w;
				distanceGradient = fwidth( distanceToPlane ) / 2.0;
				unionClipOpacity *= 1.0 - smoothstep( - distanceGradient, distanceGradient, distanceToPlane );
			}
			#pragma unroll_loop_end
			clipOpacity *= 1.0 - unionClipOpacity;
		#endif
		diffuseColor.a *= clipOpacity;
		if ( diffuseColor.a == 0.0 ) discard;
	#else
		#pragma unroll_loop_start
		for ( int i = 0; i < UNION_CLIPPING_PLANES; i ++ ) {
			plane = clippingPlanes[ i ];
			if ( dot( vClipPosition, plane.xyz ) > plane.w ) discard;
		}
		#pragma unroll_loop_end
		#if UNION_CLIPPING_PLANES < NUM_CLIPPING_PLANES
			bool clipped = true;
			#pragma unroll_loop_start
			for ( int i = UNION_CLIPPING_PLANES; i < NUM_CLIPPING_PLANES; i ++ ) {
				plane = clippingPlanes[ i ];
				clipped = ( dot( vClipPosition, plane.xyz ) > plane.w ) && clipped;
			}
			#pragma unroll_loop_end
			if ( clipped ) discard;
		#endif
	#endif
#endif`,k_=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
	uniform vec4 clippingPlanes[ NUM_CLIPPING_PLANES ];
#endif`,H_=`#if NUM_CLIPPING_PLANES > 0
	varying vec3 vClipPosition;
#endif`,z_=`#if NUM_CLIPPING_PLANES > 0
	vClipPosition = - mvPosition.xyz;
#endif`,V_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	diffuseColor *= vColor;
#endif`,G_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA )
	varying vec4 vColor;
#endif`,W_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	varying vec4 vColor;
#endif`,X_=`#if defined( USE_COLOR ) || defined( USE_COLOR_ALPHA ) || defined( USE_INSTANCING_COLOR ) || defined( USE_BATCHING_COLOR )
	vColor = vec4( 1.0 );
#endif
#ifdef USE_COLOR_ALPHA
	vColor *= color;
#elif defined( USE_COLOR )
	vColor.rgb *= color;
#endif
#ifdef USE_INSTANCING_COLOR
	vColor.rgb *= instanceColor.rgb;
#endif
#ifdef USE_BATCHING_COLOR
	vColor *= getBatchingColor( getIndirectIndex( gl_DrawID ) );
#endif`,q_=`#define PI 3.141592653589793
#define PI2 6.283185307179586
#define PI_HALF 1.5707963267948966
#define RECIPROCAL_PI 0.3183098861837907
#define RECIPROCAL_PI2 0.15915494309189535
#define EPSILON 1e-6
#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
#define whiteComplement( a ) ( 1.0 - saturate( a ) )
float pow2( const in float x ) { return x*x; }
vec3 pow2( const in vec3 x ) { return x*x; }
float pow3( const in float x ) { return x*x*x; }
float pow4( const in float x ) { float x2 = x*x; return x2*x2; }
float max3( const in vec3 v ) { return max( max( v.x, v.y ), v.z ); }
float average( const in vec3 v ) { return dot( v, vec3( 0.3333333 ) ); }
highp float rand( const in vec2 uv ) {
	const highp float a = 12.9898, b = 78.233, c = 43758.5453;
	highp float dt = dot( uv.xy, vec2( a,b ) ), sn = mod( dt, PI );
	return fract( sin( sn ) * c );
}
#ifdef HIGH_PRECISION
	float precisionSafeLength( vec3 v ) { return length( v ); }
#else
	float precisionSafeLength( vec3 v ) {
		float maxComponent = max3( abs( v ) );
		return length( v / maxComponent ) * maxComponent;
	}
#endif
struct IncidentLight {
	vec3 color;
	vec3 direction;
	bool visible;
};
struct ReflectedLight {
	vec3 directDiffuse;
	vec3 directSpecular;
	vec3 indirectDiffuse;
	vec3 indirectSpecular;
};
#ifdef USE_ALPHAHASH
	varying vec3 vPosition;
#endif
vec3 transformDirection( in vec3 dir, in mat4 matrix ) {
	return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );
}
#define inverseTransformDirection transformDirectionByInverseViewMatrix
vec3 transformNormalByInverseViewMatrix( in vec3 normal, in mat4 viewMatrix ) {
	return normalize( ( vec4( normal, 0.0 ) * viewMatrix ).xyz );
}
vec3 transformDirectionByInverseViewMatrix( in vec3 dir, in mat4 viewMatrix ) {
	return normalize( ( vec4( dir, 0.0 ) * viewMatrix ).xyz );
}
bool isPerspectiveMatrix( mat4 m ) {
	return m[ 2 ][ 3 ] == - 1.0;
}
vec2 equirectUv( in vec3 dir ) {
	float u = atan( dir.z, dir.x ) * RECIPROCAL_PI2 + 0.5;
	float v = asin( clamp( dir.y, - 1.0, 1.0 ) ) * RECIPROCAL_PI + 0.5;
	return vec2( u, v );
}
vec3 BRDF_Lambert( const in vec3 diffuseColor ) {
	return RECIPROCAL_PI * diffuseColor;
}
vec3 F_Schlick( const in vec3 f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
}
float F_Schlick( const in float f0, const in float f90, const in float dotVH ) {
	float fresnel = exp2( ( - 5.55473 * dotVH - 6.98316 ) * dotVH );
	return f0 * ( 1.0 - fresnel ) + ( f90 * fresnel );
} // validated`,Y_=`vec3 transformedNormal = objectNormal;
#ifdef USE_TANGENT
	vec3 transformedTangent = objectTangent;
#endif
#ifdef USE_BATCHING
	mat3 bm = mat3( batchingMatrix );
	transformedNormal /= vec3( dot( bm[ 0 ], bm[ 0 ] ), dot( bm[ 1 ], bm[ 1 ] ), dot( bm[ 2 ], bm[ 2 ] ) );
	transformedNormal = bm * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = bm * transformedTangent;
	#endif
#endif
#ifdef USE_INSTANCING
	mat3 im = mat3( instanceMatrix );
	transformedNormal /= vec3( dot( im[ 0 ], im[ 0 ] ), dot( im[ 1 ], im[ 1 ] ), dot( im[ 2 ], im[ 2 ] ) );
	transformedNormal = im * transformedNormal;
	#ifdef USE_TANGENT
		transformedTangent = im * transformedTangent;
	#endif
#endif
transformedNormal = normalMatrix * transformedNormal;
#ifdef FLIP_SIDED
	transformedNormal = - transformedNormal;
#endif
#ifdef USE_TANGENT
	transformedTangent = ( modelViewMatrix * vec4( transformedTangent, 0.0 ) ).xyz;
#endif`,$_=`#ifdef USE_DISPLACEMENTMAP
	uniform sampler2D displacementMap;
	uniform float displacementScale;
	uniform float displacementBias;
#endif`,j_=`#ifdef USE_DISPLACEMENTMAP
	transformed += normalize( objectNormal ) * ( texture2D( displacementMap, vDisplacementMapUv ).x * displacementScale + displacementBias );
#endif`,K_=`#ifdef USE_EMISSIVEMAP
	vec4 emissiveColor = texture2D( emissiveMap, vEmissiveMapUv );
	#ifdef DECODE_VIDEO_TEXTURE_EMISSIVE
		emissiveColor = sRGBTransferEOTF( emissiveColor );
	#endif
	totalEmissiveRadiance *= emissiveColor.rgb;
#endif`,Z_=`#ifdef USE_EMISSIVEMAP
	uniform sampler2D emissiveMap;
#endif`,J_="gl_FragColor = linearToOutputTexel( gl_FragColor );",Q_=`vec4 LinearTransferOETF( in vec4 value ) {
	return value;
}
vec4 sRGBTransferEOTF( in vec4 value ) {
	return vec4( mix( pow( value.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), value.rgb * 0.0773993808, vec3( lessThanEqual( value.rgb, vec3( 0.04045 ) ) ) ), value.a );
}
vec4 sRGBTransferOETF( in vec4 value ) {
	return vec4( mix( pow( value.rgb, vec3( 0.41666 ) ) * 1.055 - vec3( 0.055 ), value.rgb * 12.92, vec3( lessThanEqual( value.rgb, vec3( 0.0031308 ) ) ) ), value.a );
}`,eb=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vec3 cameraToFrag;
		if ( isOrthographic ) {
			cameraToFrag = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToFrag = normalize( vWorldPosition - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vec3 reflectVec = reflect( cameraToFrag, worldNormal );
		#else
			vec3 reflectVec = refract( cameraToFrag, worldNormal, refractionRatio );
		#endif
	#else
		vec3 reflectVec = vReflect;
	#endif
	#ifdef ENVMAP_TYPE_CUBE
		vec4 envColor = textureCube( envMap, envMapRotation * reflectVec );
		#ifdef ENVMAP_BLENDING_MULTIPLY
			outgoingLight = mix( outgoingLight, outgoingLight * envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_MIX )
			outgoingLight = mix( outgoingLight, envColor.xyz, specularStrength * reflectivity );
		#elif defined( ENVMAP_BLENDING_ADD )
			outgoingLight += envColor.xyz * specularStrength * reflectivity;
		#endif
	#endif
#endif`,tb=`#ifdef USE_ENVMAP
	uniform float envMapIntensity;
	uniform mat3 envMapRotation;
	uniform samplerCube envMap;
	#ifdef ENVMAP_TYPE_PMREM
		float roughnessToMip( const in float roughness ) {
			float r = clamp( roughness, 0.0, 1.0 );
			return ENVMAP_MAX_LOD * r * ( 2.0 - r );
		}
	#endif
#endif`,nb=`#ifdef USE_ENVMAP
	uniform float reflectivity;
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		varying vec3 vWorldPosition;
		uniform float refractionRatio;
	#else
		varying vec3 vReflect;
	#endif
#endif`,ib=`#ifdef USE_ENVMAP
	#if defined( USE_BUMPMAP ) || defined( USE_NORMALMAP ) || defined( PHONG ) || defined( LAMBERT )
		#define ENV_WORLDPOS
	#endif
	#ifdef ENV_WORLDPOS
		
		varying vec3 vWorldPosition;
	#else
		varying vec3 vReflect;
		uniform float refractionRatio;
	#endif
#endif`,sb=`#ifdef USE_ENVMAP
	#ifdef ENV_WORLDPOS
		vWorldPosition = worldPosition.xyz;
	#else
		vec3 cameraToVertex;
		if ( isOrthographic ) {
			cameraToVertex = normalize( vec3( - viewMatrix[ 0 ][ 2 ], - viewMatrix[ 1 ][ 2 ], - viewMatrix[ 2 ][ 2 ] ) );
		} else {
			cameraToVertex = normalize( worldPosition.xyz - cameraPosition );
		}
		vec3 worldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
		#ifdef ENVMAP_MODE_REFLECTION
			vReflect = reflect( cameraToVertex, worldNormal );
		#else
			vReflect = refract( cameraToVertex, worldNormal, refractionRatio );
		#endif
	#endif
#endif`,rb=`#ifdef USE_FOG
	vFogDepth = - mvPosition.z;
#endif`,ob=`#ifdef USE_FOG
	varying float vFogDepth;
#endif`,ab=`#ifdef USE_FOG
	#ifdef FOG_EXP2
		float fogFactor = 1.0 - exp( - fogDensity * fogDensity * vFogDepth * vFogDepth );
	#else
		float fogFactor = smoothstep( fogNear, fogFar, vFogDepth );
	#endif
	gl_FragColor.rgb = mix( gl_FragColor.rgb, fogColor, fogFactor );
#endif`,lb=`#ifdef USE_FOG
	uniform vec3 fogColor;
	varying float vFogDepth;
	#ifdef FOG_EXP2
		uniform float fogDensity;
	#else
		uniform float fogNear;
		uniform float fogFar;
	#endif
#endif`,cb=`#ifdef USE_GRADIENTMAP
	uniform sampler2D gradientMap;
#endif
vec3 getGradientIrradiance( vec3 normal, vec3 lightDirection ) {
	float dotNL = dot( normal, lightDirection );
	vec2 coord = vec2( dotNL * 0.5 + 0.5, 0.0 );
	#ifdef USE_GRADIENTMAP
		return vec3( texture2D( gradientMap, coord ).r );
	#else
		vec2 fw = fwidth( coord ) * 0.5;
		return mix( vec3( 0.7 ), vec3( 1.0 ), smoothstep( 0.7 - fw.x, 0.7 + fw.x, coord.x ) );
	#endif
}`,ub=`#ifdef USE_LIGHTMAP
	uniform sampler2D lightMap;
	uniform float lightMapIntensity;
#endif`,hb=`LambertMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularStrength = specularStrength;`,db=`varying vec3 vViewPosition;
struct LambertMaterial {
	vec3 diffuseColor;
	float specularStrength;
};
void RE_Direct_Lambert( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Lambert( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in LambertMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Lambert
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Lambert`,fb=`uniform bool receiveShadow;
uniform vec3 ambientLightColor;
#if defined( USE_LIGHT_PROBES )
	uniform vec3 lightProbe[ 9 ];
#endif
vec3 shGetIrradianceAt( in vec3 normal, in vec3 shCoefficients[ 9 ] ) {
	float x = normal.x, y = normal.y, z = normal.z;
	vec3 result = shCoefficients[ 0 ] * 0.886227;
	result += shCoefficients[ 1 ] * 2.0 * 0.511664 * y;
	result += shCoefficients[ 2 ] * 2.0 * 0.511664 * z;
	result += shCoefficients[ 3 ] * 2.0 * 0.511664 * x;
	result += shCoefficients[ 4 ] * 2.0 * 0.429043 * x * y;
	result += shCoefficients[ 5 ] * 2.0 * 0.429043 * y * z;
	result += shCoefficients[ 6 ] * ( 0.743125 * z * z - 0.247708 );
	result += shCoefficients[ 7 ] * 2.0 * 0.429043 * x * z;
	result += shCoefficients[ 8 ] * 0.429043 * ( x * x - y * y );
	return result;
}
vec3 getLightProbeIrradiance( const in vec3 lightProbe[ 9 ], const in vec3 normal ) {
	vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec3 irradiance = shGetIrradianceAt( worldNormal, lightProbe );
	return irradiance;
}
vec3 getAmbientLightIrradiance( const in vec3 ambientLightColor ) {
	vec3 irradiance = ambientLightColor;
	return irradiance;
}
float getDistanceAttenuation( const in float lightDistance, const in float cutoffDistance, const in float decayExponent ) {
	float distanceFalloff = 1.0 / max( pow( lightDistance, decayExponent ), 0.01 );
	if ( cutoffDistance > 0.0 ) {
		distanceFalloff *= pow2( saturate( 1.0 - pow4( lightDistance / cutoffDistance ) ) );
	}
	return distanceFalloff;
}
float getSpotAttenuation( const in float coneCosine, const in float penumbraCosine, const in float angleCosine ) {
	return smoothstep( coneCosine, penumbraCosine, angleCosine );
}
#if NUM_SUN_LIGHTS > 0
	struct SunLight {
		vec3 direction;
		vec3 color;
	};
	uniform SunLight sunLights[ NUM_SUN_LIGHTS ];
	void getSunLightInfo( const in SunLight sunLight, out IncidentLight light ) {
		light.color = sunLight.color;
		light.direction = sunLight.direction;
		light.visible = true;
	}
#endif
#if NUM_DIR_LIGHTS > 0
	struct DirectionalLight {
		vec3 direction;
		vec3 color;
	};
	uniform DirectionalLight directionalLights[ NUM_DIR_LIGHTS ];
	void getDirectionalLightInfo( const in DirectionalLight directionalLight, out IncidentLight light ) {
		light.color = directionalLight.color;
		light.direction = directionalLight.direction;
		light.visible = true;
	}
#endif
#if NUM_POINT_LIGHTS > 0
	struct PointLight {
		vec3 position;
		vec3 color;
		float distance;
		float decay;
	};
	uniform PointLight pointLights[ NUM_POINT_LIGHTS ];
	void getPointLightInfo( const in PointLight pointLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = pointLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float lightDistance = length( lVector );
		light.color = pointLight.color;
		light.color *= getDistanceAttenuation( lightDistance, pointLight.distance, pointLight.decay );
		light.visible = ( light.color != vec3( 0.0 ) );
	}
#endif
#if NUM_SPOT_LIGHTS > 0
	struct SpotLight {
		vec3 position;
		vec3 direction;
		vec3 color;
		float distance;
		float decay;
		float coneCos;
		float penumbraCos;
	};
	uniform SpotLight spotLights[ NUM_SPOT_LIGHTS ];
	void getSpotLightInfo( const in SpotLight spotLight, const in vec3 geometryPosition, out IncidentLight light ) {
		vec3 lVector = spotLight.position - geometryPosition;
		light.direction = normalize( lVector );
		float angleCos = dot( light.direction, spotLight.direction );
		float spotAttenuation = getSpotAttenuation( spotLight.coneCos, spotLight.penumbraCos, angleCos );
		if ( spotAttenuation > 0.0 ) {
			float lightDistance = length( lVector );
			light.color = spotLight.color * spotAttenuation;
			light.color *= getDistanceAttenuation( lightDistance, spotLight.distance, spotLight.decay );
			light.visible = ( light.color != vec3( 0.0 ) );
		} else {
			light.color = vec3( 0.0 );
			light.visible = false;
		}
	}
#endif
#if NUM_RECT_AREA_LIGHTS > 0
	struct RectAreaLight {
		vec3 color;
		vec3 position;
		vec3 halfWidth;
		vec3 halfHeight;
	};
	uniform sampler2D ltc_1;	uniform sampler2D ltc_2;
	uniform RectAreaLight rectAreaLights[ NUM_RECT_AREA_LIGHTS ];
#endif
#if NUM_HEMI_LIGHTS > 0
	struct HemisphereLight {
		vec3 direction;
		vec3 skyColor;
		vec3 groundColor;
	};
	uniform HemisphereLight hemisphereLights[ NUM_HEMI_LIGHTS ];
	vec3 getHemisphereLightIrradiance( const in HemisphereLight hemiLight, const in vec3 normal ) {
		float dotNL = dot( normal, hemiLight.direction );
		float hemiDiffuseWeight = 0.5 * dotNL + 0.5;
		vec3 irradiance = mix( hemiLight.groundColor, hemiLight.skyColor, hemiDiffuseWeight );
		return irradiance;
	}
#endif
#include <lightprobes_pars_fragment>`,pb=`#ifdef USE_ENVMAP
	vec3 getIBLIrradiance( const in vec3 normal ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 worldNormal = transformNormalByInverseViewMatrix( normal, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * worldNormal, ENVMAP_MAX_LOD );
			return PI * envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	vec3 getIBLRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
		#ifdef ENVMAP_TYPE_PMREM
			vec3 reflectVec = reflect( - viewDir, normal );
			reflectVec = normalize( mix( reflectVec, normal, pow4( roughness ) ) );
			reflectVec = transformDirectionByInverseViewMatrix( reflectVec, viewMatrix );
			vec4 envMapColor = textureLod( envMap, envMapRotation * reflectVec, roughnessToMip( roughness ) );
			return envMapColor.rgb * envMapIntensity;
		#else
			return vec3( 0.0 );
		#endif
	}
	#ifdef USE_RETROREFLECTION
		vec3 getIBLRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 retroVec = normalize( mix( viewDir, normal, pow4( roughness ) ) );
				retroVec = transformDirectionByInverseViewMatrix( retroVec, viewMatrix );
				vec4 envMapColor = textureLod( envMap, envMapRotation * retroVec, roughnessToMip( roughness ) );
				return envMapColor.rgb * envMapIntensity;
			#else
				return vec3( 0.0 );
			#endif
		}
	#endif
	#ifdef USE_ANISOTROPY
		vec3 getIBLAnisotropyRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
			#ifdef ENVMAP_TYPE_PMREM
				vec3 bentNormal = cross( bitangent, viewDir );
				bentNormal = normalize( cross( bentNormal, bitangent ) );
				bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
				return getIBLRadiance( viewDir, bentNormal, roughness );
			#else
				return vec3( 0.0 );
			#endif
		}
		#ifdef USE_RETROREFLECTION
			vec3 getIBLAnisotropyRetroRadiance( const in vec3 viewDir, const in vec3 normal, const in float roughness, const in vec3 bitangent, const in float anisotropy ) {
				#ifdef ENVMAP_TYPE_PMREM
					vec3 bentNormal = cross( bitangent, viewDir );
					bentNormal = normalize( cross( bentNormal, bitangent ) );
					bentNormal = normalize( mix( bentNormal, normal, pow2( pow2( 1.0 - anisotropy * ( 1.0 - roughness ) ) ) ) );
					return getIBLRetroRadiance( viewDir, bentNormal, roughness );
				#else
					return vec3( 0.0 );
				#endif
			}
		#endif
	#endif
#endif`,mb=`ToonMaterial material;
material.diffuseColor = diffuseColor.rgb;`,gb=`varying vec3 vViewPosition;
struct ToonMaterial {
	vec3 diffuseColor;
};
void RE_Direct_Toon( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 irradiance = getGradientIrradiance( geometryNormal, directLight.direction ) * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
void RE_IndirectDiffuse_Toon( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in ToonMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_Toon
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Toon`,yb=`BlinnPhongMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.specularColor = specular;
material.specularShininess = shininess;
material.specularStrength = specularStrength;`,xb=`varying vec3 vViewPosition;
struct BlinnPhongMaterial {
	vec3 diffuseColor;
	vec3 specularColor;
	float specularShininess;
	float specularStrength;
};
void RE_Direct_BlinnPhong( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	reflectedLight.directDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
	reflectedLight.directSpecular += irradiance * BRDF_BlinnPhong( directLight.direction, geometryViewDir, geometryNormal, material.specularColor, material.specularShininess ) * material.specularStrength;
}
void RE_IndirectDiffuse_BlinnPhong( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in BlinnPhongMaterial material, inout ReflectedLight reflectedLight ) {
	reflectedLight.indirectDiffuse += irradiance * BRDF_Lambert( material.diffuseColor );
}
#define RE_Direct				RE_Direct_BlinnPhong
#define RE_IndirectDiffuse		RE_IndirectDiffuse_BlinnPhong`,vb=`PhysicalMaterial material;
material.diffuseColor = diffuseColor.rgb;
material.diffuseContribution = diffuseColor.rgb * ( 1.0 - metalnessFactor );
material.metalness = metalnessFactor;
vec3 dxy = max( abs( dFdx( nonPerturbedNormal ) ), abs( dFdy( nonPerturbedNormal ) ) );
float geometryRoughness = max( max( dxy.x, dxy.y ), dxy.z );
material.roughness = max( roughnessFactor, 0.045 );
material.roughness += geometryRoughness;
material.roughness = min( material.roughness, 1.0 );
#ifdef USE_DIFFUSE_ROUGHNESS
	float diffuseRoughnessFactor = diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		diffuseRoughnessFactor *= texture2D( diffuseRoughnessMap, vDiffuseRoughnessMapUv ).r;
	#endif
	material.diffuseRoughness = saturate( diffuseRoughnessFactor );
#endif
#ifdef IOR
	material.ior = ior;
	#ifdef USE_SPECULAR
		float specularIntensityFactor = specularIntensity;
		vec3 specularColorFactor = specularColor;
		#ifdef USE_SPECULAR_COLORMAP
			specularColorFactor *= texture2D( specularColorMap, vSpecularColorMapUv ).rgb;
		#endif
		#ifdef USE_SPECULAR_INTENSITYMAP
			specularIntensityFactor *= texture2D( specularIntensityMap, vSpecularIntensityMapUv ).a;
		#endif
		material.specularF90 = mix( specularIntensityFactor, 1.0, metalnessFactor );
	#else
		float specularIntensityFactor = 1.0;
		vec3 specularColorFactor = vec3( 1.0 );
		material.specularF90 = 1.0;
	#endif
	material.specularColor = min( pow2( ( material.ior - 1.0 ) / ( material.ior + 1.0 ) ) * specularColorFactor, vec3( 1.0 ) ) * specularIntensityFactor;
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
#else
	material.specularColor = vec3( 0.04 );
	material.specularColorBlended = mix( material.specularColor, diffuseColor.rgb, metalnessFactor );
	material.specularF90 = 1.0;
#endif
#ifdef USE_CLEARCOAT
	material.clearcoat = clearcoat;
	material.clearcoatRoughness = clearcoatRoughness;
	material.clearcoatF0 = vec3( 0.04 );
	material.clearcoatF90 = 1.0;
	#ifdef USE_CLEARCOATMAP
		material.clearcoat *= texture2D( clearcoatMap, vClearcoatMapUv ).x;
	#endif
	#ifdef USE_CLEARCOAT_ROUGHNESSMAP
		material.clearcoatRoughness *= texture2D( clearcoatRoughnessMap, vClearcoatRoughnessMapUv ).y;
	#endif
	material.clearcoat = saturate( material.clearcoat );	material.clearcoatRoughness = max( material.clearcoatRoughness, 0.045 );
	material.clearcoatRoughness += geometryRoughness;
	material.clearcoatRoughness = min( material.clearcoatRoughness, 1.0 );
#endif
#ifdef USE_DISPERSION
	material.dispersion = dispersion;
#endif
#ifdef USE_RETROREFLECTION
	material.retroreflectivity = retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	material.iridescence = iridescence;
	material.iridescenceIOR = iridescenceIOR;
	#ifdef USE_IRIDESCENCEMAP
		material.iridescence *= texture2D( iridescenceMap, vIridescenceMapUv ).r;
	#endif
	#ifdef USE_IRIDESCENCE_THICKNESSMAP
		material.iridescenceThickness = (iridescenceThicknessMaximum - iridescenceThicknessMinimum) * texture2D( iridescenceThicknessMap, vIridescenceThicknessMapUv ).g + iridescenceThicknessMinimum;
	#else
		material.iridescenceThickness = iridescenceThicknessMaximum;
	#endif
#endif
#ifdef USE_SHEEN
	material.sheenColor = sheenColor;
	#ifdef USE_SHEEN_COLORMAP
		material.sheenColor *= texture2D( sheenColorMap, vSheenColorMapUv ).rgb;
	#endif
	material.sheenRoughness = clamp( sheenRoughness, 0.0001, 1.0 );
	#ifdef USE_SHEEN_ROUGHNESSMAP
		material.sheenRoughness *= texture2D( sheenRoughnessMap, vSheenRoughnessMapUv ).a;
	#endif
#endif
#ifdef USE_ANISOTROPY
	#ifdef USE_ANISOTROPYMAP
		mat2 anisotropyMat = mat2( anisotropyVector.x, anisotropyVector.y, - anisotropyVector.y, anisotropyVector.x );
		vec3 anisotropyPolar = texture2D( anisotropyMap, vAnisotropyMapUv ).rgb;
		vec2 anisotropyV = anisotropyMat * normalize( 2.0 * anisotropyPolar.rg - vec2( 1.0 ) ) * anisotropyPolar.b;
	#else
		vec2 anisotropyV = anisotropyVector;
	#endif
	material.anisotropy = length( anisotropyV );
	if( material.anisotropy == 0.0 ) {
		anisotropyV = vec2( 1.0, 0.0 );
	} else {
		anisotropyV /= material.anisotropy;
		material.anisotropy = saturate( material.anisotropy );
	}
	material.alphaT = mix( pow2( material.roughness ), 1.0, pow2( material.anisotropy ) );
	material.anisotropyT = tbn[ 0 ] * anisotropyV.x + tbn[ 1 ] * anisotropyV.y;
	material.anisotropyB = tbn[ 1 ] * anisotropyV.x - tbn[ 0 ] * anisotropyV.y;
#endif`,_b=`uniform sampler2D dfgLUT;
struct PhysicalMaterial {
	vec3 diffuseColor;
	vec3 diffuseContribution;
	vec3 specularColor;
	vec3 specularColorBlended;
	float roughness;
	float metalness;
	float specularF90;
	float dispersion;
	vec2 dfg;
	vec3 multiScatteringCompensation;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float diffuseRoughness;
	#endif
	#ifdef USE_RETROREFLECTION
		float retroreflectivity;
	#endif
	#ifdef USE_CLEARCOAT
		float clearcoat;
		float clearcoatRoughness;
		vec3 clearcoatF0;
		float clearcoatF90;
	#endif
	#ifdef USE_IRIDESCENCE
		float iridescence;
		float iridescenceIOR;
		float iridescenceThickness;
		vec3 iridescenceFresnel;
		vec3 iridescenceF0Dielectric;
		vec3 iridescenceF0Metallic;
	#endif
	#ifdef USE_SHEEN
		vec3 sheenColor;
		float sheenRoughness;
	#endif
	#ifdef IOR
		float ior;
	#endif
	#ifdef USE_TRANSMISSION
		float transmission;
		float transmissionAlpha;
		float thickness;
		float attenuationDistance;
		vec3 attenuationColor;
	#endif
	#ifdef USE_ANISOTROPY
		float anisotropy;
		float alphaT;
		vec3 anisotropyT;
		vec3 anisotropyB;
	#endif
};
vec3 clearcoatSpecularDirect = vec3( 0.0 );
vec3 clearcoatSpecularIndirect = vec3( 0.0 );
vec3 sheenSpecularDirect = vec3( 0.0 );
vec3 sheenSpecularIndirect = vec3(0.0 );
vec3 Schlick_to_F0( const in vec3 f, const in float f90, const in float dotVH ) {
    float x = clamp( 1.0 - dotVH, 0.0, 1.0 );
    float x2 = x * x;
    float x5 = clamp( x * x2 * x2, 0.0, 0.9999 );
    return ( f - vec3( f90 ) * x5 ) / ( 1.0 - x5 );
}
#ifdef USE_DIFFUSE_ROUGHNESS
	const float EON_EPSILON = 1e-7;
	float FON_DirectionalAlbedo( const in float mu, const in float roughness, const in float A ) {
		float muComp = 1.0 - mu;
		float gOverPi = muComp * ( 0.0571085289 + muComp * ( 0.491881867 + muComp * ( - 0.332181442 + muComp * 0.0714429953 ) ) );
		return A * ( 1.0 + roughness * gOverPi );
	}
	vec3 BRDF_EON( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in vec3 diffuseColor, const in float roughness ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return BRDF_Lambert( rho );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float s = dot( lightDir, viewDir ) - dotNL * dotNV;
		float sOverT = ( s > 0.0 ) ? s / max( max( dotNL, dotNV ), EON_EPSILON ) : s;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		vec3 singleScatter = rho * RECIPROCAL_PI * A * ( 1.0 + roughness * sOverT );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		float albedoV = FON_DirectionalAlbedo( dotNV, roughness, A );
		float albedoL = FON_DirectionalAlbedo( dotNL, roughness, A );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		vec3 multiScatter = rhoMultiScatter * RECIPROCAL_PI
			* max( EON_EPSILON, 1.0 - albedoV )
			* max( EON_EPSILON, 1.0 - albedoL )
			/ max( EON_EPSILON, 1.0 - averageAlbedo );
		return singleScatter + multiScatter;
	}
	vec3 EON_DirectionalAlbedo( const in vec3 diffuseColor, const in float roughness, const in float dotNV ) {
		vec3 rho = saturate( diffuseColor );
		if ( roughness <= EON_EPSILON ) return rho;
		float A = 1.0 / ( 1.0 + ( 0.5 - 2.0 / ( 3.0 * PI ) ) * roughness );
		float directionalAlbedo = FON_DirectionalAlbedo( dotNV, roughness, A );
		float averageAlbedo = A * ( 1.0 + ( 2.0 / 3.0 - 28.0 / ( 15.0 * PI ) ) * roughness );
		vec3 rhoMultiScatter = rho * rho * averageAlbedo / max( vec3( EON_EPSILON ), vec3( 1.0 ) - rho * ( 1.0 - averageAlbedo ) );
		return rho * directionalAlbedo + rhoMultiScatter * ( 1.0 - directionalAlbedo );
	}
#endif
float V_GGX_SmithCorrelated( const in float alpha, const in float dotNL, const in float dotNV ) {
	float a2 = pow2( alpha );
	float gv = dotNL * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNV ) );
	float gl = dotNV * sqrt( a2 + ( 1.0 - a2 ) * pow2( dotNL ) );
	return 0.5 / max( gv + gl, EPSILON );
}
float D_GGX( const in float alpha, const in float dotNH ) {
	float a2 = pow2( alpha );
	float denom = pow2( dotNH ) * ( a2 - 1.0 ) + 1.0;
	return RECIPROCAL_PI * a2 / pow2( denom );
}
#ifdef USE_ANISOTROPY
	float V_GGX_SmithCorrelated_Anisotropic( const in float alphaT, const in float alphaB, const in float dotTV, const in float dotBV, const in float dotTL, const in float dotBL, const in float dotNV, const in float dotNL ) {
		float gv = dotNL * length( vec3( alphaT * dotTV, alphaB * dotBV, dotNV ) );
		float gl = dotNV * length( vec3( alphaT * dotTL, alphaB * dotBL, dotNL ) );
		return 0.5 / max( gv + gl, EPSILON );
	}
	float D_GGX_Anisotropic( const in float alphaT, const in float alphaB, const in float dotNH, const in float dotTH, const in float dotBH ) {
		float a2 = alphaT * alphaB;
		highp vec3 v = vec3( alphaB * dotTH, alphaT * dotBH, a2 * dotNH );
		highp float v2 = dot( v, v );
		float w2 = a2 / v2;
		return RECIPROCAL_PI * a2 * pow2 ( w2 );
	}
#endif
#ifdef USE_CLEARCOAT
	vec3 BRDF_GGX_Clearcoat( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material) {
		vec3 f0 = material.clearcoatF0;
		float f90 = material.clearcoatF90;
		float roughness = max( material.clearcoatRoughness, 0.045 );
		float alpha = pow2( roughness );
		vec3 halfDir = normalize( lightDir + viewDir );
		float dotNL = saturate( dot( normal, lightDir ) );
		float dotNV = saturate( dot( normal, viewDir ) );
		float dotNH = saturate( dot( normal, halfDir ) );
		float dotVH = saturate( dot( viewDir, halfDir ) );
		vec3 F = F_Schlick( f0, f90, dotVH );
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
		return F * ( V * D );
	}
#endif
vec3 BRDF_GGX( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, const in PhysicalMaterial material ) {
	vec3 f0 = material.specularColorBlended;
	float f90 = material.specularF90;
	float roughness = max( material.roughness, 0.045 );
	float alpha = pow2( roughness );
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float dotVH = saturate( dot( viewDir, halfDir ) );
	vec3 F = F_Schlick( f0, f90, dotVH );
	#ifdef USE_IRIDESCENCE
		F = mix( F, material.iridescenceFresnel, material.iridescence );
	#endif
	#ifdef USE_ANISOTROPY
		float dotTL = dot( material.anisotropyT, lightDir );
		float dotTV = dot( material.anisotropyT, viewDir );
		float dotTH = dot( material.anisotropyT, halfDir );
		float dotBL = dot( material.anisotropyB, lightDir );
		float dotBV = dot( material.anisotropyB, viewDir );
		float dotBH = dot( material.anisotropyB, halfDir );
		float alphaT = max( material.alphaT, alpha );
		float V = V_GGX_SmithCorrelated_Anisotropic( alphaT, alpha, dotTV, dotBV, dotTL, dotBL, dotNV, dotNL );
		float D = D_GGX_Anisotropic( alphaT, alpha, dotNH, dotTH, dotBH );
	#else
		float V = V_GGX_SmithCorrelated( alpha, dotNL, dotNV );
		float D = D_GGX( alpha, dotNH );
	#endif
	return F * ( V * D );
}
vec2 LTC_Uv( const in vec3 N, const in vec3 V, const in float roughness ) {
	const float LUT_SIZE = 64.0;
	const float LUT_SCALE = ( LUT_SIZE - 1.0 ) / LUT_SIZE;
	const float LUT_BIAS = 0.5 / LUT_SIZE;
	float dotNV = saturate( dot( N, V ) );
	vec2 uv = vec2( roughness, sqrt( 1.0 - dotNV ) );
	uv = uv * LUT_SCALE + LUT_BIAS;
	return uv;
}
float LTC_ClippedSphereFormFactor( const in vec3 f ) {
	float l = length( f );
	return max( ( l * l + f.z ) / ( l + 1.0 ), 0.0 );
}
vec3 LTC_EdgeVectorFormFactor( const in vec3 v1, const in vec3 v2 ) {
	float x = dot( v1, v2 );
	float y = abs( x );
	float a = 0.8543985 + ( 0.4965155 + 0.0145206 * y ) * y;
	float b = 3.4175940 + ( 4.1616724 + y ) * y;
	float v = a / b;
	float theta_sintheta = ( x > 0.0 ) ? v : 0.5 * inversesqrt( max( 1.0 - x * x, 1e-7 ) ) - v;
	return cross( v1, v2 ) * theta_sintheta;
}
vec3 LTC_Evaluate( const in vec3 N, const in vec3 V, const in vec3 P, const in mat3 mInv, const in vec3 rectCoords[ 4 ] ) {
	vec3 v1 = rectCoords[ 1 ] - rectCoords[ 0 ];
	vec3 v2 = rectCoords[ 3 ] - rectCoords[ 0 ];
	vec3 lightNormal = cross( v1, v2 );
	if( dot( lightNormal, P - rectCoords[ 0 ] ) < 0.0 ) return vec3( 0.0 );
	vec3 T1, T2;
	T1 = normalize( V - N * dot( V, N ) );
	T2 = - cross( N, T1 );
	mat3 mat = mInv * transpose( mat3( T1, T2, N ) );
	vec3 coords[ 4 ];
	coords[ 0 ] = mat * ( rectCoords[ 0 ] - P );
	coords[ 1 ] = mat * ( rectCoords[ 1 ] - P );
	coords[ 2 ] = mat * ( rectCoords[ 2 ] - P );
	coords[ 3 ] = mat * ( rectCoords[ 3 ] - P );
	coords[ 0 ] = normalize( coords[ 0 ] );
	coords[ 1 ] = normalize( coords[ 1 ] );
	coords[ 2 ] = normalize( coords[ 2 ] );
	coords[ 3 ] = normalize( coords[ 3 ] );
	vec3 vectorFormFactor = vec3( 0.0 );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 0 ], coords[ 1 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 1 ], coords[ 2 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 2 ], coords[ 3 ] );
	vectorFormFactor += LTC_EdgeVectorFormFactor( coords[ 3 ], coords[ 0 ] );
	float result = LTC_ClippedSphereFormFactor( vectorFormFactor );
	return vec3( result );
}
#if defined( USE_SHEEN )
float D_Charlie( float roughness, float dotNH ) {
	float alpha = pow2( roughness );
	float invAlpha = 1.0 / alpha;
	float cos2h = dotNH * dotNH;
	float sin2h = max( 1.0 - cos2h, 0.0078125 );
	return ( 2.0 + invAlpha ) * pow( sin2h, invAlpha * 0.5 ) / ( 2.0 * PI );
}
float V_Neubelt( float dotNV, float dotNL ) {
	return saturate( 1.0 / ( 4.0 * ( dotNL + dotNV - dotNL * dotNV ) ) );
}
vec3 BRDF_Sheen( const in vec3 lightDir, const in vec3 viewDir, const in vec3 normal, vec3 sheenColor, const in float sheenRoughness ) {
	vec3 halfDir = normalize( lightDir + viewDir );
	float dotNL = saturate( dot( normal, lightDir ) );
	float dotNV = saturate( dot( normal, viewDir ) );
	float dotNH = saturate( dot( normal, halfDir ) );
	float D = D_Charlie( sheenRoughness, dotNH );
	float V = V_Neubelt( dotNV, dotNL );
	return sheenColor * ( D * V );
}
#endif
float IBLSheenBRDF( const in vec3 normal, const in vec3 viewDir, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	float r2 = roughness * roughness;
	float rInv = 1.0 / ( roughness + 0.1 );
	float a = -1.9362 + 1.0678 * roughness + 0.4573 * r2 - 0.8469 * rInv;
	float b = -0.6014 + 0.5538 * roughness - 0.4670 * r2 - 0.1255 * rInv;
	float DG = exp( a * dotNV + b );
	return saturate( DG );
}
vec3 EnvironmentBRDF( const in vec3 normal, const in vec3 viewDir, const in vec3 specularColor, const in float specularF90, const in float roughness ) {
	float dotNV = saturate( dot( normal, viewDir ) );
	vec2 fab = texture2D( dfgLUT, vec2( roughness, dotNV ) ).rg;
	return specularColor * fab.x + specularF90 * fab.y;
}
#ifdef USE_IRIDESCENCE
void computeMultiscatteringIridescence( const in vec2 fab, const in vec3 specularColor, const in float specularF90, const in float iridescence, const in vec3 iridescenceF0, inout vec3 singleScatter, inout vec3 multiScatter ) {
#else
void computeMultiscattering( const in vec2 fab, const in vec3 specularColor, const in float specularF90, inout vec3 singleScatter, inout vec3 multiScatter ) {
#endif
	#ifdef USE_IRIDESCENCE
		vec3 Fr = mix( specularColor, iridescenceF0, iridescence );
	#else
		vec3 Fr = specularColor;
	#endif
	vec3 FssEss = Fr * fab.x + specularF90 * fab.y;
	float Ess = fab.x + fab.y;
	float Ems = 1.0 - Ess;
	vec3 Favg = Fr + ( 1.0 - Fr ) * 0.047619;	vec3 Fms = FssEss * Favg / ( 1.0 - Ems * Favg );
	singleScatter += FssEss;
	multiScatter += Fms * Ems;
}
#if NUM_RECT_AREA_LIGHTS > 0
	void RE_Direct_RectArea_Physical( const in RectAreaLight rectAreaLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
		vec3 normal = geometryNormal;
		vec3 viewDir = geometryViewDir;
		vec3 position = geometryPosition;
		vec3 lightPos = rectAreaLight.position;
		vec3 halfWidth = rectAreaLight.halfWidth;
		vec3 halfHeight = rectAreaLight.halfHeight;
		vec3 lightColor = rectAreaLight.color;
		float roughness = material.roughness;
		vec3 rectCoords[ 4 ];
		rectCoords[ 0 ] = lightPos + halfWidth - halfHeight;		rectCoords[ 1 ] = lightPos - halfWidth - halfHeight;
		rectCoords[ 2 ] = lightPos - halfWidth + halfHeight;
		rectCoords[ 3 ] = lightPos + halfWidth + halfHeight;
		vec2 uv = LTC_Uv( normal, viewDir, roughness );
		vec4 t1 = texture2D( ltc_1, uv );
		vec4 t2 = texture2D( ltc_2, uv );
		mat3 mInv = mat3(
			vec3( t1.x, 0, t1.y ),
			vec3(    0, 1,    0 ),
			vec3( t1.z, 0, t1.w )
		);
		vec3 fresnel = ( material.specularColorBlended * t2.x + ( material.specularF90 - material.specularColorBlended ) * t2.y );
		reflectedLight.directSpecular += lightColor * fresnel * LTC_Evaluate( normal, viewDir, position, mInv, rectCoords );
		reflectedLight.directDiffuse += lightColor * material.diffuseContribution * LTC_Evaluate( normal, viewDir, position, mat3( 1.0 ), rectCoords );
		#ifdef USE_CLEARCOAT
			vec3 Ncc = geometryClearcoatNormal;
			vec2 uvClearcoat = LTC_Uv( Ncc, viewDir, material.clearcoatRoughness );
			vec4 t1Clearcoat = texture2D( ltc_1, uvClearcoat );
			vec4 t2Clearcoat = texture2D( ltc_2, uvClearcoat );
			mat3 mInvClearcoat = mat3(
				vec3( t1Clearcoat.x, 0, t1Clearcoat.y ),
				vec3(             0, 1,             0 ),
				vec3( t1Clearcoat.z, 0, t1Clearcoat.w )
			);
			vec3 fresnelClearcoat = material.clearcoatF0 * t2Clearcoat.x + ( material.clearcoatF90 - material.clearcoatF0 ) * t2Clearcoat.y;
			clearcoatSpecularDirect += lightColor * fresnelClearcoat * LTC_Evaluate( Ncc, viewDir, position, mInvClearcoat, rectCoords );
		#endif
	}
#endif
void RE_Direct_Physical( const in IncidentLight directLight, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	float dotNL = saturate( dot( geometryNormal, directLight.direction ) );
	vec3 irradiance = dotNL * directLight.color;
	#ifdef USE_CLEARCOAT
		float dotNLcc = saturate( dot( geometryClearcoatNormal, directLight.direction ) );
		vec3 ccIrradiance = dotNLcc * directLight.color;
		clearcoatSpecularDirect += ccIrradiance * BRDF_GGX_Clearcoat( directLight.direction, geometryViewDir, geometryClearcoatNormal, material );
	#endif
	#ifdef USE_SHEEN
 
 		sheenSpecularDirect += irradiance * BRDF_Sheen( directLight.direction, geometryViewDir, geometryNormal, material.sheenColor, material.sheenRoughness );
 
 		float sheenAlbedoV = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
 		float sheenAlbedoL = IBLSheenBRDF( geometryNormal, directLight.direction, material.sheenRoughness );
 
 		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * max( sheenAlbedoV, sheenAlbedoL );
 
 		irradiance *= sheenEnergyComp;
 
 	#endif
	vec3 specularBRDF = BRDF_GGX( directLight.direction, geometryViewDir, geometryNormal, material );
	#ifdef USE_RETROREFLECTION
		vec3 retroViewDir = reflect( - geometryViewDir, geometryNormal );
		vec3 retroSpecularBRDF = BRDF_GGX( directLight.direction, retroViewDir, geometryNormal, material );
		specularBRDF = mix( specularBRDF, retroSpecularBRDF, saturate( material.retroreflectivity ) );
	#endif
	reflectedLight.directSpecular += irradiance * specularBRDF * material.multiScatteringCompensation;
	vec3 halfDir = normalize( directLight.direction + geometryViewDir );
	float dotVH = saturate( dot( geometryViewDir, halfDir ) );
	vec3 F = F_Schlick( material.specularColor, material.specularF90, dotVH );
	#ifdef USE_RETROREFLECTION
		vec3 retroHalfDir = normalize( directLight.direction + retroViewDir );
		float dotRetroVH = saturate( dot( retroViewDir, retroHalfDir ) );
		vec3 retroF = F_Schlick( material.specularColor, material.specularF90, dotRetroVH );
		F = mix( F, retroF, saturate( material.retroreflectivity ) );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		vec3 diffuseBRDF = BRDF_EON( directLight.direction, geometryViewDir, geometryNormal, material.diffuseColor, material.diffuseRoughness ) * ( 1.0 - material.metalness );
	#else
		vec3 diffuseBRDF = BRDF_Lambert( material.diffuseContribution );
	#endif
	reflectedLight.directDiffuse += irradiance * diffuseBRDF * ( 1.0 - F );
}
void RE_IndirectDiffuse_Physical( const in vec3 irradiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight ) {
	vec3 singleScattering = vec3( 0.0 );
	vec3 multiScattering = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScattering, multiScattering );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScattering, multiScattering );
	#endif
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuseAlbedo = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness );
		vec3 diffuse = irradiance * RECIPROCAL_PI * diffuseAlbedo * ( 1.0 - singleScattering - multiScattering );
	#else
		vec3 diffuse = irradiance * BRDF_Lambert( material.diffuseContribution ) * ( 1.0 - singleScattering - multiScattering );
	#endif
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		sheenSpecularIndirect += irradiance * material.sheenColor * sheenAlbedo * RECIPROCAL_PI;
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		diffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectDiffuse += diffuse;
}
void RE_IndirectSpecular_Physical( const in vec3 radiance, const in vec3 irradiance, const in vec3 clearcoatRadiance, const in vec3 geometryPosition, const in vec3 geometryNormal, const in vec3 geometryViewDir, const in vec3 geometryClearcoatNormal, const in PhysicalMaterial material, inout ReflectedLight reflectedLight) {
	#ifdef USE_CLEARCOAT
		clearcoatSpecularIndirect += clearcoatRadiance * EnvironmentBRDF( geometryClearcoatNormal, geometryViewDir, material.clearcoatF0, material.clearcoatF90, material.clearcoatRoughness );
	#endif
	#ifdef USE_SHEEN
		sheenSpecularIndirect += irradiance * material.sheenColor * IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness ) * RECIPROCAL_PI;
 	#endif
	vec3 singleScatteringDielectric = vec3( 0.0 );
	vec3 multiScatteringDielectric = vec3( 0.0 );
	vec3 singleScatteringMetallic = vec3( 0.0 );
	vec3 multiScatteringMetallic = vec3( 0.0 );
	#ifdef USE_IRIDESCENCE
		computeMultiscatteringIridescence( material.dfg, material.specularColor, material.specularF90, material.iridescence, material.iridescenceF0Dielectric, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscatteringIridescence( material.dfg, material.diffuseColor, material.specularF90, material.iridescence, material.iridescenceF0Metallic, singleScatteringMetallic, multiScatteringMetallic );
	#else
		computeMultiscattering( material.dfg, material.specularColor, material.specularF90, singleScatteringDielectric, multiScatteringDielectric );
		computeMultiscattering( material.dfg, material.diffuseColor, material.specularF90, singleScatteringMetallic, multiScatteringMetallic );
	#endif
	vec3 singleScattering = mix( singleScatteringDielectric, singleScatteringMetallic, material.metalness );
	vec3 multiScattering = mix( multiScatteringDielectric, multiScatteringMetallic, material.metalness );
	vec3 totalScatteringDielectric = singleScatteringDielectric + multiScatteringDielectric;
	#ifdef USE_DIFFUSE_ROUGHNESS
		float dotNV = saturate( dot( geometryNormal, geometryViewDir ) );
		vec3 diffuse = EON_DirectionalAlbedo( material.diffuseColor, material.diffuseRoughness, dotNV ) * ( 1.0 - material.metalness ) * ( 1.0 - totalScatteringDielectric );
	#else
		vec3 diffuse = material.diffuseContribution * ( 1.0 - totalScatteringDielectric );
	#endif
	vec3 cosineWeightedIrradiance = irradiance * RECIPROCAL_PI;
	vec3 indirectSpecular = radiance * singleScattering;
	indirectSpecular += multiScattering * cosineWeightedIrradiance;
	vec3 indirectDiffuse = diffuse * cosineWeightedIrradiance;
	#ifdef USE_SHEEN
		float sheenAlbedo = IBLSheenBRDF( geometryNormal, geometryViewDir, material.sheenRoughness );
		float sheenEnergyComp = 1.0 - max3( material.sheenColor ) * sheenAlbedo;
		indirectSpecular *= sheenEnergyComp;
		indirectDiffuse *= sheenEnergyComp;
	#endif
	reflectedLight.indirectSpecular += indirectSpecular;
	reflectedLight.indirectDiffuse += indirectDiffuse;
}
#define RE_Direct				RE_Direct_Physical
#define RE_Direct_RectArea		RE_Direct_RectArea_Physical
#define RE_IndirectDiffuse		RE_IndirectDiffuse_Physical
#define RE_IndirectSpecular		RE_IndirectSpecular_Physical
float computeSpecularOcclusion( const in float dotNV, const in float ambientOcclusion, const in float roughness ) {
	return saturate( pow( dotNV + ambientOcclusion, exp2( - 16.0 * roughness - 1.0 ) ) - 1.0 + ambientOcclusion );
}`,bb=`
vec3 geometryPosition = - vViewPosition;
vec3 geometryNormal = normal;
vec3 geometryViewDir = ( isOrthographic ) ? vec3( 0, 0, 1 ) : normalize( vViewPosition );
vec3 geometryClearcoatNormal = vec3( 0.0 );
#ifdef USE_CLEARCOAT
	geometryClearcoatNormal = clearcoatNormal;
#endif
#ifdef USE_IRIDESCENCE
	float dotNVi = saturate( dot( normal, geometryViewDir ) );
	if ( material.iridescenceThickness == 0.0 ) {
		material.iridescence = 0.0;
	} else {
		material.iridescence = saturate( material.iridescence );
	}
	if ( material.iridescence > 0.0 ) {
		vec3 iridescenceFresnelDielectric = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.specularColor );
		vec3 iridescenceFresnelMetallic = evalIridescence( 1.0, material.iridescenceIOR, dotNVi, material.iridescenceThickness, material.diffuseColor );
		material.iridescenceFresnel = mix( iridescenceFresnelDielectric, iridescenceFresnelMetallic, material.metalness );
		material.iridescenceF0Dielectric = Schlick_to_F0( iridescenceFresnelDielectric, 1.0, dotNVi );
		material.iridescenceF0Metallic = Schlick_to_F0( iridescenceFresnelMetallic, 1.0, dotNVi );
	}
#endif
#ifdef STANDARD
	float dotNVms = saturate( dot( geometryNormal, geometryViewDir ) );
	material.dfg = texture2D( dfgLUT, vec2( material.roughness, dotNVms ) ).rg;
	#if ( NUM_SUN_LIGHTS > 0 || NUM_DIR_LIGHTS > 0 || NUM_POINT_LIGHTS > 0 || NUM_SPOT_LIGHTS > 0 )
		float EssMs = material.dfg.x + material.dfg.y;
		material.multiScatteringCompensation = 1.0 + material.specularColorBlended * ( 1.0 / EssMs - 1.0 );
	#endif
#endif
IncidentLight directLight;
#if ( NUM_POINT_LIGHTS > 0 ) && defined( RE_Direct )
	PointLight pointLight;
	#if defined( USE_SHADOWMAP ) && NUM_POINT_LIGHT_SHADOWS > 0
	PointLightShadow pointLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHTS; i ++ ) {
		pointLight = pointLights[ i ];
		getPointLightInfo( pointLight, geometryPosition, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_POINT_LIGHT_SHADOWS ) && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
		pointLightShadow = pointLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getPointShadow( pointShadowMap[ i ], pointLightShadow.shadowMapSize, pointLightShadow.shadowIntensity, pointLightShadow.shadowBias, pointLightShadow.shadowRadius, vPointShadowCoord[ i ], pointLightShadow.shadowCameraNear, pointLightShadow.shadowCameraFar ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SPOT_LIGHTS > 0 ) && defined( RE_Direct )
	SpotLight spotLight;
	vec4 spotColor;
	vec3 spotLightCoord;
	bool inSpotLightMap;
	#if defined( USE_SHADOWMAP ) && NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHTS; i ++ ) {
		spotLight = spotLights[ i ];
		getSpotLightInfo( spotLight, geometryPosition, directLight );
		#if ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#define SPOT_LIGHT_MAP_INDEX UNROLLED_LOOP_INDEX
		#elif ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		#define SPOT_LIGHT_MAP_INDEX NUM_SPOT_LIGHT_MAPS
		#else
		#define SPOT_LIGHT_MAP_INDEX ( UNROLLED_LOOP_INDEX - NUM_SPOT_LIGHT_SHADOWS + NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS )
		#endif
		#if ( SPOT_LIGHT_MAP_INDEX < NUM_SPOT_LIGHT_MAPS )
			spotLightCoord = vSpotLightCoord[ i ].xyz / vSpotLightCoord[ i ].w;
			inSpotLightMap = all( lessThan( abs( spotLightCoord * 2. - 1. ), vec3( 1.0 ) ) );
			spotColor = texture2D( spotLightMap[ SPOT_LIGHT_MAP_INDEX ], spotLightCoord.xy );
			directLight.color = inSpotLightMap ? directLight.color * spotColor.rgb : directLight.color;
		#endif
		#undef SPOT_LIGHT_MAP_INDEX
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
		spotLightShadow = spotLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( spotShadowMap[ i ], spotLightShadow.shadowMapSize, spotLightShadow.shadowIntensity, spotLightShadow.shadowBias, spotLightShadow.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_SUN_LIGHTS > 0 ) && defined( RE_Direct )
	SunLight sunLight;
	#if defined( USE_SHADOWMAP ) && NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHTS; i ++ ) {
		sunLight = sunLights[ i ];
		getSunLightInfo( sunLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_SUN_LIGHT_SHADOWS )
		sunLightShadow = sunLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getSunShadow( sunShadowMap[ i ], sunLightShadow, UNROLLED_LOOP_INDEX ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_DIR_LIGHTS > 0 ) && defined( RE_Direct )
	DirectionalLight directionalLight;
	#if defined( USE_SHADOWMAP ) && NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLightShadow;
	#endif
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHTS; i ++ ) {
		directionalLight = directionalLights[ i ];
		getDirectionalLightInfo( directionalLight, directLight );
		#if defined( USE_SHADOWMAP ) && ( UNROLLED_LOOP_INDEX < NUM_DIR_LIGHT_SHADOWS )
		directionalLightShadow = directionalLightShadows[ i ];
		directLight.color *= ( directLight.visible && receiveShadow ) ? getShadow( directionalShadowMap[ i ], directionalLightShadow.shadowMapSize, directionalLightShadow.shadowIntensity, directionalLightShadow.shadowBias, directionalLightShadow.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
		#endif
		RE_Direct( directLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if ( NUM_RECT_AREA_LIGHTS > 0 ) && defined( RE_Direct_RectArea )
	RectAreaLight rectAreaLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_RECT_AREA_LIGHTS; i ++ ) {
		rectAreaLight = rectAreaLights[ i ];
		RE_Direct_RectArea( rectAreaLight, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
	}
	#pragma unroll_loop_end
#endif
#if defined( RE_IndirectDiffuse )
	vec3 iblIrradiance = vec3( 0.0 );
	vec3 irradiance = getAmbientLightIrradiance( ambientLightColor );
	#if defined( USE_LIGHT_PROBES )
		irradiance += getLightProbeIrradiance( lightProbe, geometryNormal );
	#endif
	#if ( NUM_HEMI_LIGHTS > 0 )
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_HEMI_LIGHTS; i ++ ) {
			irradiance += getHemisphereLightIrradiance( hemisphereLights[ i ], geometryNormal );
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_LIGHT_PROBE_GRIDS > 0
		vec3 probeWorldPos = ( ( vec4( geometryPosition, 1.0 ) - viewMatrix[ 3 ] ) * viewMatrix ).xyz;
		vec3 probeWorldNormal = transformNormalByInverseViewMatrix( geometryNormal, viewMatrix );
		int probeGrid = - 1;
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( isInsideLightProbeGrid( probeWorldPos, probeWorldNormal, probesMin[ i ], probesMax[ i ], probesResolution[ i ] ) ) probeGrid = UNROLLED_LOOP_INDEX;
		}
		#pragma unroll_loop_end
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_LIGHT_PROBE_GRIDS; i ++ ) {
			if ( probeGrid == UNROLLED_LOOP_INDEX ) irradiance += getLightProbeGridIrradiance( probesSH[ i ], probesMin[ i ], probesMax[ i ], probesResolution[ i ], probeWorldPos, probeWorldNormal );
		}
		#pragma unroll_loop_end
	#endif
#endif
#if defined( RE_IndirectSpecular )
	vec3 radiance = vec3( 0.0 );
	vec3 clearcoatRadiance = vec3( 0.0 );
#endif`,Mb=`#if defined( RE_IndirectDiffuse )
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		vec3 lightMapIrradiance = lightMapTexel.rgb * lightMapIntensity;
		irradiance += lightMapIrradiance;
	#endif
	#if defined( USE_ENVMAP ) && defined( ENVMAP_TYPE_PMREM )
		#if defined( STANDARD ) || defined( LAMBERT ) || defined( PHONG )
			iblIrradiance += getIBLIrradiance( geometryNormal );
		#endif
	#endif
#endif
#if defined( USE_ENVMAP ) && defined( RE_IndirectSpecular )
	#ifdef USE_ANISOTROPY
		vec3 iblRadiance = getIBLAnisotropyRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
	#else
		vec3 iblRadiance = getIBLRadiance( geometryViewDir, geometryNormal, material.roughness );
	#endif
	#ifdef USE_RETROREFLECTION
		#ifdef USE_ANISOTROPY
			vec3 retroIBLRadiance = getIBLAnisotropyRetroRadiance( geometryViewDir, geometryNormal, material.roughness, material.anisotropyB, material.anisotropy );
		#else
			vec3 retroIBLRadiance = getIBLRetroRadiance( geometryViewDir, geometryNormal, material.roughness );
		#endif
		iblRadiance = mix( iblRadiance, retroIBLRadiance, saturate( material.retroreflectivity ) );
	#endif
	radiance += iblRadiance;
	#ifdef USE_CLEARCOAT
		clearcoatRadiance += getIBLRadiance( geometryViewDir, geometryClearcoatNormal, material.clearcoatRoughness );
	#endif
#endif`,Sb=`#if defined( RE_IndirectDiffuse )
	#if defined( LAMBERT ) || defined( PHONG )
		irradiance += iblIrradiance;
	#endif
	RE_IndirectDiffuse( irradiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif
#if defined( RE_IndirectSpecular )
	RE_IndirectSpecular( radiance, iblIrradiance, clearcoatRadiance, geometryPosition, geometryNormal, geometryViewDir, geometryClearcoatNormal, material, reflectedLight );
#endif`,wb=`#if NUM_LIGHT_PROBE_GRIDS > 0
uniform highp sampler3D probesSH[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMin[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesMax[ NUM_LIGHT_PROBE_GRIDS ];
uniform vec3 probesResolution[ NUM_LIGHT_PROBE_GRIDS ];
bool isInsideLightProbeGrid( vec3 worldPos, vec3 worldNormal, vec3 probesMin, vec3 probesMax, vec3 probesResolution ) {
	vec3 spacing = ( probesMax - probesMin ) / probesResolution;
	vec3 samplePos = worldPos + worldNormal * spacing * 0.5;
	vec3 margin = spacing * 0.01;
	return all( greaterThanEqual( samplePos, probesMin - margin ) ) && all( lessThanEqual( samplePos, probesMax + margin ) );
}
vec3 getLightProbeGridIrradiance( highp sampler3D probesSH, vec3 probesMin, vec3 probesMax, vec3 probesResolution, vec3 worldPos, vec3 worldNormal ) {
	vec3 res = probesResolution;
	vec3 gridRange = probesMax - probesMin;
	vec3 probeSpacing = gridRange / res;
	vec3 samplePos = worldPos + worldNormal * probeSpacing * 0.5;
	vec3 uvw = clamp( ( samplePos - probesMin ) / gridRange, 0.5 / res, 1.0 - 0.5 / res );
	float nz          = res.z;
	float paddedSlices = nz + 2.0;
	float atlasDepth  = 7.0 * paddedSlices;
	float uvZBase     = uvw.z * nz + 1.0;
	vec4 s0 = texture( probesSH, vec3( uvw.xy, ( uvZBase                       ) / atlasDepth ) );
	vec4 s1 = texture( probesSH, vec3( uvw.xy, ( uvZBase +       paddedSlices   ) / atlasDepth ) );
	vec4 s2 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 2.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s3 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 3.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s4 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 4.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s5 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 5.0 * paddedSlices   ) / atlasDepth ) );
	vec4 s6 = texture( probesSH, vec3( uvw.xy, ( uvZBase + 6.0 * paddedSlices   ) / atlasDepth ) );
	vec3 c0 = s0.xyz;
	vec3 c1 = vec3( s0.w, s1.xy );
	vec3 c2 = vec3( s1.zw, s2.x );
	vec3 c3 = s2.yzw;
	vec3 c4 = s3.xyz;
	vec3 c5 = vec3( s3.w, s4.xy );
	vec3 c6 = vec3( s4.zw, s5.x );
	vec3 c7 = s5.yzw;
	vec3 c8 = s6.xyz;
	float x = worldNormal.x, y = worldNormal.y, z = worldNormal.z;
	vec3 result = c0 * 0.886227;
	result += c1 * 2.0 * 0.511664 * y;
	result += c2 * 2.0 * 0.511664 * z;
	result += c3 * 2.0 * 0.511664 * x;
	result += c4 * 2.0 * 0.429043 * x * y;
	result += c5 * 2.0 * 0.429043 * y * z;
	result += c6 * ( 0.743125 * z * z - 0.247708 );
	result += c7 * 2.0 * 0.429043 * x * z;
	result += c8 * 0.429043 * ( x * x - y * y );
	return max( result, vec3( 0.0 ) );
}
#endif`,Eb=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	gl_FragDepth = vIsPerspective == 0.0 ? gl_FragCoord.z : log2( vFragDepth ) * logDepthBufFC * 0.5;
#endif`,Tb=`#if defined( USE_LOGARITHMIC_DEPTH_BUFFER )
	uniform float logDepthBufFC;
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,Ab=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	varying float vFragDepth;
	varying float vIsPerspective;
#endif`,Rb=`#ifdef USE_LOGARITHMIC_DEPTH_BUFFER
	vFragDepth = 1.0 + gl_Position.w;
	vIsPerspective = float( isPerspectiveMatrix( projectionMatrix ) );
#endif`,Cb=`#ifdef USE_MAP
	vec4 sampledDiffuseColor = texture2D( map, vMapUv );
	#ifdef DECODE_VIDEO_TEXTURE
		sampledDiffuseColor = sRGBTransferEOTF( sampledDiffuseColor );
	#endif
	diffuseColor *= sampledDiffuseColor;
#endif`,Pb=`#ifdef USE_MAP
	uniform sampler2D map;
#endif`,Ib=`#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
	#if defined( USE_POINTS_UV )
		vec2 uv = vUv;
	#else
		vec2 uv = ( uvTransform * vec3( gl_PointCoord.x, 1.0 - gl_PointCoord.y, 1 ) ).xy;
	#endif
#endif
#ifdef USE_MAP
	diffuseColor *= texture2D( map, uv );
#endif
#ifdef USE_ALPHAMAP
	diffuseColor.a *= texture2D( alphaMap, uv ).g;
#endif`,Lb=`#if defined( USE_POINTS_UV )
	varying vec2 vUv;
#else
	#if defined( USE_MAP ) || defined( USE_ALPHAMAP )
		uniform mat3 uvTransform;
	#endif
#endif
#ifdef USE_MAP
	uniform sampler2D map;
#endif
#ifdef USE_ALPHAMAP
	uniform sampler2D alphaMap;
#endif`,Nb=`float metalnessFactor = metalness;
#ifdef USE_METALNESSMAP
	vec4 texelMetalness = texture2D( metalnessMap, vMetalnessMapUv );
	metalnessFactor *= texelMetalness.b;
#endif`,Db=`#ifdef USE_METALNESSMAP
	uniform sampler2D metalnessMap;
#endif`,Fb=`#ifdef USE_INSTANCING_MORPH
	float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	float morphTargetBaseInfluence = texelFetch( morphTexture, ivec2( 0, gl_InstanceID ), 0 ).r;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		morphTargetInfluences[i] =  texelFetch( morphTexture, ivec2( i + 1, gl_InstanceID ), 0 ).r;
	}
#endif`,Ub=`#if defined( USE_MORPHCOLORS )
	#if defined( USE_COLOR_ALPHA )
		vColor *= morphTargetBaseInfluence;
	#elif defined( USE_COLOR )
		vColor.rgb *= morphTargetBaseInfluence;
	#endif
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		#if defined( USE_COLOR_ALPHA )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor += getMorph( gl_VertexID, i, 2 ) * morphTargetInfluences[ i ];
		#elif defined( USE_COLOR )
			if ( morphTargetInfluences[ i ] != 0.0 ) vColor.rgb += getMorph( gl_VertexID, i, 2 ).rgb * morphTargetInfluences[ i ];
		#endif
	}
#endif`,Ob=`#ifdef USE_MORPHNORMALS
	objectNormal *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) objectNormal += getMorph( gl_VertexID, i, 1 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Bb=`#ifdef USE_MORPHTARGETS
	#ifndef USE_INSTANCING_MORPH
		uniform float morphTargetBaseInfluence;
		uniform float morphTargetInfluences[ MORPHTARGETS_COUNT ];
	#endif
	uniform sampler2DArray morphTargetsTexture;
	uniform ivec2 morphTargetsTextureSize;
	vec4 getMorph( const in int vertexIndex, const in int morphTargetIndex, const in int offset ) {
		int texelIndex = vertexIndex * MORPHTARGETS_TEXTURE_STRIDE + offset;
		int y = texelIndex / morphTargetsTextureSize.x;
		int x = texelIndex - y * morphTargetsTextureSize.x;
		ivec3 morphUV = ivec3( x, y, morphTargetIndex );
		return texelFetch( morphTargetsTexture, morphUV, 0 );
	}
#endif`,kb=`#ifdef USE_MORPHTARGETS
	transformed *= morphTargetBaseInfluence;
	for ( int i = 0; i < MORPHTARGETS_COUNT; i ++ ) {
		if ( morphTargetInfluences[ i ] != 0.0 ) transformed += getMorph( gl_VertexID, i, 0 ).xyz * morphTargetInfluences[ i ];
	}
#endif`,Hb=`float faceDirection = gl_FrontFacing ? 1.0 : - 1.0;
#ifdef FLAT_SHADED
	vec3 fdx = dFdx( vViewPosition );
	vec3 fdy = dFdy( vViewPosition );
	vec3 normal = normalize( cross( fdx, fdy ) );
#else
	vec3 normal = normalize( vNormal );
	#ifdef DOUBLE_SIDED
		normal *= faceDirection;
	#endif
#endif
#if defined( USE_NORMALMAP_TANGENTSPACE ) || defined( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY )
	#ifdef USE_TANGENT
		mat3 tbn = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn = getTangentFrame( - vViewPosition, normal,
		#if defined( USE_NORMALMAP )
			vNormalMapUv
		#elif defined( USE_CLEARCOAT_NORMALMAP )
			vClearcoatNormalMapUv
		#else
			vUv
		#endif
		);
	#endif
	#ifdef DOUBLE_SIDED
		tbn[0] *= faceDirection;
		tbn[1] *= faceDirection;
	#endif
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	#ifdef USE_TANGENT
		mat3 tbn2 = mat3( normalize( vTangent ), normalize( vBitangent ), normal );
	#else
		mat3 tbn2 = getTangentFrame( - vViewPosition, normal, vClearcoatNormalMapUv );
	#endif
	#ifdef DOUBLE_SIDED
		tbn2[0] *= faceDirection;
		tbn2[1] *= faceDirection;
	#endif
#endif
vec3 nonPerturbedNormal = normal;`,zb=`#ifdef USE_NORMALMAP_OBJECTSPACE
	normal = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#ifdef FLIP_SIDED
		normal = - normal;
	#endif
	#ifdef DOUBLE_SIDED
		normal = normal * faceDirection;
	#endif
	normal = normalize( normalMatrix * normal );
#elif defined( USE_NORMALMAP_TANGENTSPACE )
	vec3 mapN = texture2D( normalMap, vNormalMapUv ).xyz * 2.0 - 1.0;
	#if defined( USE_PACKED_NORMALMAP )
		mapN = vec3( mapN.xy, sqrt( saturate( 1.0 - dot( mapN.xy, mapN.xy ) ) ) );
	#endif
	mapN.xy *= normalScale;
	normal = normalize( tbn * mapN );
#elif defined( USE_BUMPMAP )
	normal = perturbNormalArb( - vViewPosition, normal, dHdxy_fwd(), faceDirection );
#endif`,Vb=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Gb=`#ifndef FLAT_SHADED
	varying vec3 vNormal;
	#ifdef USE_TANGENT
		varying vec3 vTangent;
		varying vec3 vBitangent;
	#endif
#endif`,Wb=`#ifndef FLAT_SHADED
	vNormal = normalize( transformedNormal );
	#ifdef USE_TANGENT
		vTangent = normalize( transformedTangent );
		vBitangent = normalize( cross( vNormal, vTangent ) * tangent.w );
		#ifdef FLIP_SIDED
			vBitangent = - vBitangent;
		#endif
	#endif
#endif`,Xb=`#ifdef USE_NORMALMAP
	uniform sampler2D normalMap;
	uniform vec2 normalScale;
#endif
#ifdef USE_NORMALMAP_OBJECTSPACE
	uniform mat3 normalMatrix;
#endif
#if ! defined ( USE_TANGENT ) && ( defined ( USE_NORMALMAP_TANGENTSPACE ) || defined ( USE_CLEARCOAT_NORMALMAP ) || defined( USE_ANISOTROPY ) )
	mat3 getTangentFrame( vec3 eye_pos, vec3 surf_norm, vec2 uv ) {
		vec3 q0 = dFdx( eye_pos.xyz );
		vec3 q1 = dFdy( eye_pos.xyz );
		vec2 st0 = dFdx( uv.st );
		vec2 st1 = dFdy( uv.st );
		vec3 N = surf_norm;
		vec3 q1perp = cross( q1, N );
		vec3 q0perp = cross( N, q0 );
		vec3 T = q1perp * st0.x + q0perp * st1.x;
		vec3 B = q1perp * st0.y + q0perp * st1.y;
		float det = max( dot( T, T ), dot( B, B ) );
		float scale = ( det == 0.0 ) ? 0.0 : inversesqrt( det );
		return mat3( T * scale, B * scale, N );
	}
#endif`,qb=`#ifdef USE_CLEARCOAT
	vec3 clearcoatNormal = nonPerturbedNormal;
#endif`,Yb=`#ifdef USE_CLEARCOAT_NORMALMAP
	vec3 clearcoatMapN = texture2D( clearcoatNormalMap, vClearcoatNormalMapUv ).xyz * 2.0 - 1.0;
	clearcoatMapN.xy *= clearcoatNormalScale;
	clearcoatNormal = normalize( tbn2 * clearcoatMapN );
#endif`,$b=`#ifdef USE_CLEARCOATMAP
	uniform sampler2D clearcoatMap;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform sampler2D clearcoatNormalMap;
	uniform vec2 clearcoatNormalScale;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform sampler2D clearcoatRoughnessMap;
#endif`,jb=`#ifdef USE_IRIDESCENCEMAP
	uniform sampler2D iridescenceMap;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform sampler2D iridescenceThicknessMap;
#endif`,Kb=`#ifdef OPAQUE
diffuseColor.a = 1.0;
#endif
#ifdef USE_TRANSMISSION
diffuseColor.a *= material.transmissionAlpha;
#endif
gl_FragColor = vec4( outgoingLight, diffuseColor.a );`,Zb=`vec3 packNormalToRGB( const in vec3 normal ) {
	return normalize( normal ) * 0.5 + 0.5;
}
vec3 unpackRGBToNormal( const in vec3 rgb ) {
	return 2.0 * rgb.xyz - 1.0;
}
const float PackUpscale = 256. / 255.;const float UnpackDownscale = 255. / 256.;const float ShiftRight8 = 1. / 256.;
const float Inv255 = 1. / 255.;
const vec4 PackFactors = vec4( 1.0, 256.0, 256.0 * 256.0, 256.0 * 256.0 * 256.0 );
const vec2 UnpackFactors2 = vec2( UnpackDownscale, 1.0 / PackFactors.g );
const vec3 UnpackFactors3 = vec3( UnpackDownscale / PackFactors.rg, 1.0 / PackFactors.b );
const vec4 UnpackFactors4 = vec4( UnpackDownscale / PackFactors.rgb, 1.0 / PackFactors.a );
vec4 packDepthToRGBA( const in float v ) {
	if( v <= 0.0 )
		return vec4( 0., 0., 0., 0. );
	if( v >= 1.0 )
		return vec4( 1., 1., 1., 1. );
	float vuf;
	float af = modf( v * PackFactors.a, vuf );
	float bf = modf( vuf * ShiftRight8, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec4( vuf * Inv255, gf * PackUpscale, bf * PackUpscale, af );
}
vec3 packDepthToRGB( const in float v ) {
	if( v <= 0.0 )
		return vec3( 0., 0., 0. );
	if( v >= 1.0 )
		return vec3( 1., 1., 1. );
	float vuf;
	float bf = modf( v * PackFactors.b, vuf );
	float gf = modf( vuf * ShiftRight8, vuf );
	return vec3( vuf * Inv255, gf * PackUpscale, bf );
}
vec2 packDepthToRG( const in float v ) {
	if( v <= 0.0 )
		return vec2( 0., 0. );
	if( v >= 1.0 )
		return vec2( 1., 1. );
	float vuf;
	float gf = modf( v * 256., vuf );
	return vec2( vuf * Inv255, gf );
}
float unpackRGBAToDepth( const in vec4 v ) {
	return dot( v, UnpackFactors4 );
}
float unpackRGBToDepth( const in vec3 v ) {
	return dot( v, UnpackFactors3 );
}
float unpackRGToDepth( const in vec2 v ) {
	return v.r * UnpackFactors2.r + v.g * UnpackFactors2.g;
}
vec4 pack2HalfToRGBA( const in vec2 v ) {
	vec4 r = vec4( v.x, fract( v.x * 255.0 ), v.y, fract( v.y * 255.0 ) );
	return vec4( r.x - r.y / 255.0, r.y, r.z - r.w / 255.0, r.w );
}
vec2 unpackRGBATo2Half( const in vec4 v ) {
	return vec2( v.x + ( v.y / 255.0 ), v.z + ( v.w / 255.0 ) );
}
float viewZToOrthographicDepth( const in float viewZ, const in float near, const in float far ) {
	return ( viewZ + near ) / ( near - far );
}
float orthographicDepthToViewZ( const in float depth, const in float near, const in float far ) {
	#ifdef USE_REVERSED_DEPTH_BUFFER
	
		return depth * ( far - near ) - far;
	#else
		return depth * ( near - far ) - near;
	#endif
}
float viewZToPerspectiveDepth( const in float viewZ, const in float near, const in float far ) {
	return ( ( near + viewZ ) * far ) / ( ( far - near ) * viewZ );
}
float perspectiveDepthToViewZ( const in float depth, const in float near, const in float far ) {
	
	#ifdef USE_REVERSED_DEPTH_BUFFER
		return ( near * far ) / ( ( near - far ) * depth - near );
	#else
		return ( near * far ) / ( ( far - near ) * depth - far );
	#endif
}`,Jb=`#ifdef PREMULTIPLIED_ALPHA
	gl_FragColor.rgb *= gl_FragColor.a;
#endif`,Qb=`vec4 mvPosition = vec4( transformed, 1.0 );
#ifdef USE_BATCHING
	mvPosition = batchingMatrix * mvPosition;
#endif
#ifdef USE_INSTANCING
	mvPosition = instanceMatrix * mvPosition;
#endif
mvPosition = modelViewMatrix * mvPosition;
gl_Position = projectionMatrix * mvPosition;`,eM=`#ifdef DITHERING
	gl_FragColor.rgb = dithering( gl_FragColor.rgb );
#endif`,tM=`#ifdef DITHERING
	vec3 dithering( vec3 color ) {
		float grid_position = rand( gl_FragCoord.xy );
		vec3 dither_shift_RGB = vec3( 0.25 / 255.0, -0.25 / 255.0, 0.25 / 255.0 );
		dither_shift_RGB = mix( 2.0 * dither_shift_RGB, -2.0 * dither_shift_RGB, grid_position );
		return color + dither_shift_RGB;
	}
#endif`,nM=`float roughnessFactor = roughness;
#ifdef USE_ROUGHNESSMAP
	vec4 texelRoughness = texture2D( roughnessMap, vRoughnessMapUv );
	roughnessFactor *= texelRoughness.g;
#endif`,iM=`#ifdef USE_ROUGHNESSMAP
	uniform sampler2D roughnessMap;
#endif`,sM=`#if NUM_SPOT_LIGHT_COORDS > 0
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#if NUM_SPOT_LIGHT_MAPS > 0
	uniform sampler2D spotLightMap[ NUM_SPOT_LIGHT_MAPS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		#define SUN_LIGHT_CASCADES 2
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#else
			uniform sampler2D sunShadowMap[ NUM_SUN_LIGHT_SHADOWS ];
		#endif
		uniform mat4 sunShadowMatrix[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		uniform vec4 sunShadowCascade[ NUM_SUN_LIGHT_SHADOWS * SUN_LIGHT_CASCADES ];
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
		struct SunLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SunLightShadow sunLightShadows[ NUM_SUN_LIGHT_SHADOWS ];
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#else
			uniform sampler2D directionalShadowMap[ NUM_DIR_LIGHT_SHADOWS ];
		#endif
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform sampler2DShadow spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#else
			uniform sampler2D spotShadowMap[ NUM_SPOT_LIGHT_SHADOWS ];
		#endif
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#if defined( SHADOWMAP_TYPE_PCF )
			uniform samplerCubeShadow pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#elif defined( SHADOWMAP_TYPE_BASIC )
			uniform samplerCube pointShadowMap[ NUM_POINT_LIGHT_SHADOWS ];
		#endif
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float interleavedGradientNoise( vec2 position ) {
			return fract( 52.9829189 * fract( dot( position, vec2( 0.06711056, 0.00583715 ) ) ) );
		}
		vec2 vogelDiskSample( int sampleIndex, int samplesCount, float phi ) {
			const float goldenAngle = 2.399963229728653;
			float r = sqrt( ( float( sampleIndex ) + 0.5 ) / float( samplesCount ) );
			float theta = float( sampleIndex ) * goldenAngle + phi;
			return vec2( cos( theta ), sin( theta ) ) * r;
		}
	#endif
	#if defined( SHADOWMAP_TYPE_PCF )
		float getShadow( sampler2DShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 texelSize = vec2( 1.0 ) / shadowMapSize;
				vec2 radius = shadowRadius * texelSize;
				float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
				shadow = (
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 0, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 1, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 2, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 3, 5, phi ) * radius, shadowCoord.z ) ) +
					texture( shadowMap, vec3( shadowCoord.xy + vogelDiskSample( 4, 5, phi ) * radius, shadowCoord.z ) )
				) * 0.2;
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#elif defined( SHADOWMAP_TYPE_VSM )
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				vec2 distribution = texture2D( shadowMap, shadowCoord.xy ).rg;
				float mean = distribution.x;
				float variance = distribution.y * distribution.y;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					float hard_shadow = step( mean, shadowCoord.z );
				#else
					float hard_shadow = step( shadowCoord.z, mean );
				#endif
				
				if ( hard_shadow == 1.0 ) {
					shadow = 1.0;
				} else {
					variance = max( variance, 0.0000001 );
					float d = shadowCoord.z - mean;
					float p_max = variance / ( variance + d * d );
					p_max = clamp( ( p_max - 0.3 ) / 0.65, 0.0, 1.0 );
					shadow = max( hard_shadow, p_max );
				}
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#else
		float getShadow( sampler2D shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord ) {
			float shadow = 1.0;
			shadowCoord.xyz /= shadowCoord.w;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				shadowCoord.z -= shadowBias;
			#else
				shadowCoord.z += shadowBias;
			#endif
			bool inFrustum = shadowCoord.x >= 0.0 && shadowCoord.x <= 1.0 && shadowCoord.y >= 0.0 && shadowCoord.y <= 1.0;
			bool frustumTest = inFrustum && shadowCoord.z <= 1.0;
			if ( frustumTest ) {
				float depth = texture2D( shadowMap, shadowCoord.xy ).r;
				#ifdef USE_REVERSED_DEPTH_BUFFER
					shadow = step( depth, shadowCoord.z );
				#else
					shadow = step( shadowCoord.z, depth );
				#endif
			}
			return mix( 1.0, shadow, shadowIntensity );
		}
	#endif
	#if NUM_SUN_LIGHT_SHADOWS > 0
		float getSunShadow(
			#if defined( SHADOWMAP_TYPE_PCF )
				sampler2DShadow shadowMap,
			#else
				sampler2D shadowMap,
			#endif
			SunLightShadow sunLightShadow,
			int shadowIndex
		) {
			vec4 shadowWorldPosition = vec4( vSunShadowWorldPosition.xyz + vSunShadowWorldNormal * sunLightShadow.shadowNormalBias, 1.0 );
			float viewDepth = vSunShadowWorldPosition.w;
			int cascadeOffset = shadowIndex * SUN_LIGHT_CASCADES;
			float shadow = 1.0;
			for ( int i = SUN_LIGHT_CASCADES - 1; i >= 0; i -- ) {
				vec4 cascade = sunShadowCascade[ cascadeOffset + i ];
				if ( viewDepth >= cascade.x && viewDepth < cascade.y ) {
					float cascadeShadow = getShadow(
						shadowMap,
						sunLightShadow.shadowMapSize,
						sunLightShadow.shadowIntensity,
						sunLightShadow.shadowBias,
						sunLightShadow.shadowRadius,
						sunShadowMatrix[ cascadeOffset + i ] * shadowWorldPosition
					);
					shadow = mix( cascadeShadow, shadow, smoothstep( cascade.z, cascade.y, viewDepth ) );
				}
			}
			return shadow;
		}
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
	#if defined( SHADOWMAP_TYPE_PCF )
	float getPointShadow( samplerCubeShadow shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 bd3D = normalize( lightToPosition );
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float lightDistance = length( lightToPosition );
			float depthRange = shadowCameraFar - shadowCameraNear;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				float depthA = - shadowCameraNear / depthRange - shadowBias;
				float depthB = shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#else
				float depthA = shadowCameraFar / depthRange + shadowBias;
				float depthB = - shadowCameraNear * shadowCameraFar / ( depthRange * lightDistance );
			#endif
			float texelSize = shadowRadius / shadowMapSize.x;
			vec3 absDir = abs( bd3D );
			vec3 tangent = absDir.x > absDir.z ? vec3( 0.0, 1.0, 0.0 ) : vec3( 1.0, 0.0, 0.0 );
			tangent = normalize( cross( bd3D, tangent ) );
			vec3 bitangent = cross( bd3D, tangent );
			float phi = interleavedGradientNoise( gl_FragCoord.xy ) * PI2;
			shadow = 0.0;
			for ( int i = 0; i < 5; i ++ ) {
				vec2 offset = vogelDiskSample( i, 5, phi );
				vec3 direction = bd3D + ( tangent * offset.x + bitangent * offset.y ) * texelSize;
				vec3 absDirection = abs( direction );
				float dp = depthA + depthB / max( max( absDirection.x, absDirection.y ), absDirection.z );
				shadow += texture( shadowMap, vec4( direction, dp ) );
			}
			shadow *= 0.2;
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#elif defined( SHADOWMAP_TYPE_BASIC )
	float getPointShadow( samplerCube shadowMap, vec2 shadowMapSize, float shadowIntensity, float shadowBias, float shadowRadius, vec4 shadowCoord, float shadowCameraNear, float shadowCameraFar ) {
		float shadow = 1.0;
		vec3 lightToPosition = shadowCoord.xyz;
		vec3 absVec = abs( lightToPosition );
		float viewSpaceZ = max( max( absVec.x, absVec.y ), absVec.z );
		if ( viewSpaceZ - shadowCameraFar <= 0.0 && viewSpaceZ - shadowCameraNear >= 0.0 ) {
			float dp = ( shadowCameraFar * ( viewSpaceZ - shadowCameraNear ) ) / ( viewSpaceZ * ( shadowCameraFar - shadowCameraNear ) );
			dp += shadowBias;
			vec3 bd3D = normalize( lightToPosition );
			float depth = textureCube( shadowMap, bd3D ).r;
			#ifdef USE_REVERSED_DEPTH_BUFFER
				depth = 1.0 - depth;
			#endif
			shadow = step( dp, depth );
		}
		return mix( 1.0, shadow, shadowIntensity );
	}
	#endif
	#endif
#endif`,rM=`#if NUM_SPOT_LIGHT_COORDS > 0
	uniform mat4 spotLightMatrix[ NUM_SPOT_LIGHT_COORDS ];
	varying vec4 vSpotLightCoord[ NUM_SPOT_LIGHT_COORDS ];
#endif
#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
		varying vec4 vSunShadowWorldPosition;
		varying vec3 vSunShadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		uniform mat4 directionalShadowMatrix[ NUM_DIR_LIGHT_SHADOWS ];
		varying vec4 vDirectionalShadowCoord[ NUM_DIR_LIGHT_SHADOWS ];
		struct DirectionalLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform DirectionalLightShadow directionalLightShadows[ NUM_DIR_LIGHT_SHADOWS ];
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
		struct SpotLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
		};
		uniform SpotLightShadow spotLightShadows[ NUM_SPOT_LIGHT_SHADOWS ];
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		uniform mat4 pointShadowMatrix[ NUM_POINT_LIGHT_SHADOWS ];
		varying vec4 vPointShadowCoord[ NUM_POINT_LIGHT_SHADOWS ];
		struct PointLightShadow {
			float shadowIntensity;
			float shadowBias;
			float shadowNormalBias;
			float shadowRadius;
			vec2 shadowMapSize;
			float shadowCameraNear;
			float shadowCameraFar;
		};
		uniform PointLightShadow pointLightShadows[ NUM_POINT_LIGHT_SHADOWS ];
	#endif
#endif`,oM=`#if ( defined( USE_SHADOWMAP ) && ( NUM_DIR_LIGHT_SHADOWS > 0 || NUM_SUN_LIGHT_SHADOWS > 0 || NUM_POINT_LIGHT_SHADOWS > 0 ) ) || ( NUM_SPOT_LIGHT_COORDS > 0 )
	#ifdef HAS_NORMAL
		vec3 shadowWorldNormal = transformNormalByInverseViewMatrix( transformedNormal, viewMatrix );
	#else
		vec3 shadowWorldNormal = vec3( 0.0 );
	#endif
	vec4 shadowWorldPosition;
#endif
#if defined( USE_SHADOWMAP )
	#if NUM_SUN_LIGHT_SHADOWS > 0
		vSunShadowWorldPosition = vec4( worldPosition.xyz, - mvPosition.z );
		vSunShadowWorldNormal = shadowWorldNormal;
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * directionalLightShadows[ i ].shadowNormalBias, 0 );
			vDirectionalShadowCoord[ i ] = directionalShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0
		#pragma unroll_loop_start
		for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
			shadowWorldPosition = worldPosition + vec4( shadowWorldNormal * pointLightShadows[ i ].shadowNormalBias, 0 );
			vPointShadowCoord[ i ] = pointShadowMatrix[ i ] * shadowWorldPosition;
		}
		#pragma unroll_loop_end
	#endif
#endif
#if NUM_SPOT_LIGHT_COORDS > 0
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_COORDS; i ++ ) {
		shadowWorldPosition = worldPosition;
		#if ( defined( USE_SHADOWMAP ) && UNROLLED_LOOP_INDEX < NUM_SPOT_LIGHT_SHADOWS )
			shadowWorldPosition.xyz += shadowWorldNormal * spotLightShadows[ i ].shadowNormalBias;
		#endif
		vSpotLightCoord[ i ] = spotLightMatrix[ i ] * shadowWorldPosition;
	}
	#pragma unroll_loop_end
#endif`,aM=`float getShadowMask() {
	float shadow = 1.0;
	#ifdef USE_SHADOWMAP
	#if NUM_SUN_LIGHT_SHADOWS > 0
	SunLightShadow sunLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SUN_LIGHT_SHADOWS; i ++ ) {
		sunLight = sunLightShadows[ i ];
		shadow *= receiveShadow ? getSunShadow( sunShadowMap[ i ], sunLight, UNROLLED_LOOP_INDEX ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_DIR_LIGHT_SHADOWS > 0
	DirectionalLightShadow directionalLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_DIR_LIGHT_SHADOWS; i ++ ) {
		directionalLight = directionalLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( directionalShadowMap[ i ], directionalLight.shadowMapSize, directionalLight.shadowIntensity, directionalLight.shadowBias, directionalLight.shadowRadius, vDirectionalShadowCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_SPOT_LIGHT_SHADOWS > 0
	SpotLightShadow spotLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_SPOT_LIGHT_SHADOWS; i ++ ) {
		spotLight = spotLightShadows[ i ];
		shadow *= receiveShadow ? getShadow( spotShadowMap[ i ], spotLight.shadowMapSize, spotLight.shadowIntensity, spotLight.shadowBias, spotLight.shadowRadius, vSpotLightCoord[ i ] ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#if NUM_POINT_LIGHT_SHADOWS > 0 && ( defined( SHADOWMAP_TYPE_PCF ) || defined( SHADOWMAP_TYPE_BASIC ) )
	PointLightShadow pointLight;
	#pragma unroll_loop_start
	for ( int i = 0; i < NUM_POINT_LIGHT_SHADOWS; i ++ ) {
		pointLight = pointLightShadows[ i ];
		shadow *= receiveShadow ? getPointShadow( pointShadowMap[ i ], pointLight.shadowMapSize, pointLight.shadowIntensity, pointLight.shadowBias, pointLight.shadowRadius, vPointShadowCoord[ i ], pointLight.shadowCameraNear, pointLight.shadowCameraFar ) : 1.0;
	}
	#pragma unroll_loop_end
	#endif
	#endif
	return shadow;
}`,lM=`#ifdef USE_SKINNING
	mat4 boneMatX = getBoneMatrix( skinIndex.x );
	mat4 boneMatY = getBoneMatrix( skinIndex.y );
	mat4 boneMatZ = getBoneMatrix( skinIndex.z );
	mat4 boneMatW = getBoneMatrix( skinIndex.w );
#endif`,cM=`#ifdef USE_SKINNING
	uniform mat4 bindMatrix;
	uniform mat4 bindMatrixInverse;
	uniform highp sampler2D boneTexture;
	mat4 getBoneMatrix( const in float i ) {
		int size = textureSize( boneTexture, 0 ).x;
		int j = int( i ) * 4;
		int x = j % size;
		int y = j / size;
		vec4 v1 = texelFetch( boneTexture, ivec2( x, y ), 0 );
		vec4 v2 = texelFetch( boneTexture, ivec2( x + 1, y ), 0 );
		vec4 v3 = texelFetch( boneTexture, ivec2( x + 2, y ), 0 );
		vec4 v4 = texelFetch( boneTexture, ivec2( x + 3, y ), 0 );
		return mat4( v1, v2, v3, v4 );
	}
#endif`,uM=`#ifdef USE_SKINNING
	vec4 skinVertex = bindMatrix * vec4( transformed, 1.0 );
	vec4 skinned = vec4( 0.0 );
	skinned += boneMatX * skinVertex * skinWeight.x;
	skinned += boneMatY * skinVertex * skinWeight.y;
	skinned += boneMatZ * skinVertex * skinWeight.z;
	skinned += boneMatW * skinVertex * skinWeight.w;
	transformed = ( bindMatrixInverse * skinned ).xyz;
#endif`,hM=`#ifdef USE_SKINNING
	mat4 skinMatrix = mat4( 0.0 );
	skinMatrix += skinWeight.x * boneMatX;
	skinMatrix += skinWeight.y * boneMatY;
	skinMatrix += skinWeight.z * boneMatZ;
	skinMatrix += skinWeight.w * boneMatW;
	skinMatrix = bindMatrixInverse * skinMatrix * bindMatrix;
	objectNormal = vec4( skinMatrix * vec4( objectNormal, 0.0 ) ).xyz;
	#ifdef USE_TANGENT
		objectTangent = vec4( skinMatrix * vec4( objectTangent, 0.0 ) ).xyz;
	#endif
#endif`,dM=`float specularStrength;
#ifdef USE_SPECULARMAP
	vec4 texelSpecular = texture2D( specularMap, vSpecularMapUv );
	specularStrength = texelSpecular.r;
#else
	specularStrength = 1.0;
#endif`,fM=`#ifdef USE_SPECULARMAP
	uniform sampler2D specularMap;
#endif`,pM=`#if defined( TONE_MAPPING )
	gl_FragColor.rgb = toneMapping( gl_FragColor.rgb );
#endif`,mM=`#ifndef saturate
#define saturate( a ) clamp( a, 0.0, 1.0 )
#endif
uniform float toneMappingExposure;
vec3 LinearToneMapping( vec3 color ) {
	return saturate( toneMappingExposure * color );
}
vec3 ReinhardToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	return saturate( color / ( vec3( 1.0 ) + color ) );
}
vec3 CineonToneMapping( vec3 color ) {
	color *= toneMappingExposure;
	color = max( vec3( 0.0 ), color - 0.004 );
	return pow( ( color * ( 6.2 * color + 0.5 ) ) / ( color * ( 6.2 * color + 1.7 ) + 0.06 ), vec3( 2.2 ) );
}
vec3 RRTAndODTFit( vec3 v ) {
	vec3 a = v * ( v + 0.0245786 ) - 0.000090537;
	vec3 b = v * ( 0.983729 * v + 0.4329510 ) + 0.238081;
	return a / b;
}
vec3 ACESFilmicToneMapping( vec3 color ) {
	const mat3 ACESInputMat = mat3(
		vec3( 0.59719, 0.07600, 0.02840 ),		vec3( 0.35458, 0.90834, 0.13383 ),
		vec3( 0.04823, 0.01566, 0.83777 )
	);
	const mat3 ACESOutputMat = mat3(
		vec3(  1.60475, -0.10208, -0.00327 ),		vec3( -0.53108,  1.10813, -0.07276 ),
		vec3( -0.07367, -0.00605,  1.07602 )
	);
	color *= toneMappingExposure / 0.6;
	color = ACESInputMat * color;
	color = RRTAndODTFit( color );
	color = ACESOutputMat * color;
	return saturate( color );
}
const mat3 LINEAR_REC2020_TO_LINEAR_SRGB = mat3(
	vec3( 1.6605, - 0.1246, - 0.0182 ),
	vec3( - 0.5876, 1.1329, - 0.1006 ),
	vec3( - 0.0728, - 0.0083, 1.1187 )
);
const mat3 LINEAR_SRGB_TO_LINEAR_REC2020 = mat3(
	vec3( 0.6274, 0.0691, 0.0164 ),
	vec3( 0.3293, 0.9195, 0.0880 ),
	vec3( 0.0433, 0.0113, 0.8956 )
);
vec3 agxDefaultContrastApprox( vec3 x ) {
	vec3 x2 = x * x;
	vec3 x4 = x2 * x2;
	return + 15.5 * x4 * x2
		- 40.14 * x4 * x
		+ 31.96 * x4
		- 6.868 * x2 * x
		+ 0.4298 * x2
		+ 0.1191 * x
		- 0.00232;
}
vec3 AgXToneMapping( vec3 color ) {
	const mat3 AgXInsetMatrix = mat3(
		vec3( 0.856627153315983, 0.137318972929847, 0.11189821299995 ),
		vec3( 0.0951212405381588, 0.761241990602591, 0.0767994186031903 ),
		vec3( 0.0482516061458583, 0.101439036467562, 0.811302368396859 )
	);
	const mat3 AgXOutsetMatrix = mat3(
		vec3( 1.1271005818144368, - 0.1413297634984383, - 0.14132976349843826 ),
		vec3( - 0.11060664309660323, 1.157823702216272, - 0.11060664309660294 ),
		vec3( - 0.016493938717834573, - 0.016493938717834257, 1.2519364065950405 )
	);
	const float AgxMinEv = - 12.47393;	const float AgxMaxEv = 4.026069;
	color *= toneMappingExposure;
	color = LINEAR_SRGB_TO_LINEAR_REC2020 * color;
	color = AgXInsetMatrix * color;
	color = max( color, 1e-10 );	color = log2( color );
	color = ( color - AgxMinEv ) / ( AgxMaxEv - AgxMinEv );
	color = clamp( color, 0.0, 1.0 );
	color = agxDefaultContrastApprox( color );
	color = AgXOutsetMatrix * color;
	color = pow( max( vec3( 0.0 ), color ), vec3( 2.2 ) );
	color = LINEAR_REC2020_TO_LINEAR_SRGB * color;
	color = clamp( color, 0.0, 1.0 );
	return color;
}
vec3 NeutralToneMapping( vec3 color ) {
	const float StartCompression = 0.8 - 0.04;
	const float Desaturation = 0.15;
	color *= toneMappingExposure;
	float x = min( color.r, min( color.g, color.b ) );
	float offset = x < 0.08 ? x - 6.25 * x * x : 0.04;
	color -= offset;
	float peak = max( color.r, max( color.g, color.b ) );
	if ( peak < StartCompression ) return color;
	float d = 1. - StartCompression;
	float newPeak = 1. - d * d / ( peak + d - StartCompression );
	color *= newPeak / peak;
	float g = 1. - 1. / ( Desaturation * ( peak - newPeak ) + 1. );
	return mix( color, vec3( newPeak ), g );
}
vec3 CustomToneMapping( vec3 color ) { return color; }`,gM=`#ifdef USE_TRANSMISSION
	material.transmission = transmission;
	material.transmissionAlpha = 1.0;
	material.thickness = thickness;
	material.attenuationDistance = attenuationDistance;
	material.attenuationColor = attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		material.transmission *= texture2D( transmissionMap, vTransmissionMapUv ).r;
	#endif
	#ifdef USE_THICKNESSMAP
		material.thickness *= texture2D( thicknessMap, vThicknessMapUv ).g;
	#endif
	vec3 pos = vWorldPosition;
	vec3 v = normalize( cameraPosition - pos );
	vec3 n = transformNormalByInverseViewMatrix( normal, viewMatrix );
	vec4 transmitted = getIBLVolumeRefraction(
		n, v, material.roughness, material.diffuseContribution, material.specularColorBlended, material.specularF90,
		pos, modelMatrix, viewMatrix, projectionMatrix, material.dispersion, material.ior, material.thickness,
		material.attenuationColor, material.attenuationDistance );
	material.transmissionAlpha = mix( material.transmissionAlpha, transmitted.a, material.transmission );
	totalDiffuse = mix( totalDiffuse, transmitted.rgb, material.transmission );
#endif`,yM=`#ifdef USE_TRANSMISSION
	uniform float transmission;
	uniform float thickness;
	uniform float attenuationDistance;
	uniform vec3 attenuationColor;
	#ifdef USE_TRANSMISSIONMAP
		uniform sampler2D transmissionMap;
	#endif
	#ifdef USE_THICKNESSMAP
		uniform sampler2D thicknessMap;
	#endif
	uniform vec2 transmissionSamplerSize;
	uniform sampler2D transmissionSamplerMap;
	uniform mat4 modelMatrix;
	uniform mat4 projectionMatrix;
	varying vec3 vWorldPosition;
	float w0( float a ) {
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - a + 3.0 ) - 3.0 ) + 1.0 );
	}
	float w1( float a ) {
		return ( 1.0 / 6.0 ) * ( a *  a * ( 3.0 * a - 6.0 ) + 4.0 );
	}
	float w2( float a ){
		return ( 1.0 / 6.0 ) * ( a * ( a * ( - 3.0 * a + 3.0 ) + 3.0 ) + 1.0 );
	}
	float w3( float a ) {
		return ( 1.0 / 6.0 ) * ( a * a * a );
	}
	float g0( float a ) {
		return w0( a ) + w1( a );
	}
	float g1( float a ) {
		return w2( a ) + w3( a );
	}
	float h0( float a ) {
		return - 1.0 + w1( a ) / ( w0( a ) + w1( a ) );
	}
	float h1( float a ) {
		return 1.0 + w3( a ) / ( w2( a ) + w3( a ) );
	}
	vec4 bicubic( sampler2D tex, vec2 uv, vec4 texelSize, float lod ) {
		uv = uv * texelSize.zw + 0.5;
		vec2 iuv = floor( uv );
		vec2 fuv = fract( uv );
		float g0x = g0( fuv.x );
		float g1x = g1( fuv.x );
		float h0x = h0( fuv.x );
		float h1x = h1( fuv.x );
		float h0y = h0( fuv.y );
		float h1y = h1( fuv.y );
		vec2 p0 = ( vec2( iuv.x + h0x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p1 = ( vec2( iuv.x + h1x, iuv.y + h0y ) - 0.5 ) * texelSize.xy;
		vec2 p2 = ( vec2( iuv.x + h0x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		vec2 p3 = ( vec2( iuv.x + h1x, iuv.y + h1y ) - 0.5 ) * texelSize.xy;
		return g0( fuv.y ) * ( g0x * textureLod( tex, p0, lod ) + g1x * textureLod( tex, p1, lod ) ) +
			g1( fuv.y ) * ( g0x * textureLod( tex, p2, lod ) + g1x * textureLod( tex, p3, lod ) );
	}
	vec4 textureBicubic( sampler2D sampler, vec2 uv, float lod ) {
		vec2 fLodSize = vec2( textureSize( sampler, int( lod ) ) );
		vec2 cLodSize = vec2( textureSize( sampler, int( lod + 1.0 ) ) );
		vec2 fLodSizeInv = 1.0 / fLodSize;
		vec2 cLodSizeInv = 1.0 / cLodSize;
		vec4 fSample = bicubic( sampler, uv, vec4( fLodSizeInv, fLodSize ), floor( lod ) );
		vec4 cSample = bicubic( sampler, uv, vec4( cLodSizeInv, cLodSize ), ceil( lod ) );
		return mix( fSample, cSample, fract( lod ) );
	}
	vec3 getVolumeTransmissionRay( const in vec3 n, const in vec3 v, const in float thickness, const in float ior, const in mat4 modelMatrix ) {
		vec3 refractionVector = refract( - v, normalize( n ), 1.0 / ior );
		vec3 modelScale;
		modelScale.x = length( vec3( modelMatrix[ 0 ].xyz ) );
		modelScale.y = length( vec3( modelMatrix[ 1 ].xyz ) );
		modelScale.z = length( vec3( modelMatrix[ 2 ].xyz ) );
		return normalize( refractionVector ) * thickness * modelScale;
	}
	float applyIorToRoughness( const in float roughness, const in float ior ) {
		return roughness * clamp( ior * 2.0 - 2.0, 0.0, 1.0 );
	}
	vec4 getTransmissionSample( const in vec2 fragCoord, const in float roughness, const in float ior ) {
		float lod = log2( transmissionSamplerSize.x ) * applyIorToRoughness( roughness, ior );
		return textureBicubic( transmissionSamplerMap, fragCoord.xy, lod );
	}
	vec3 volumeAttenuation( const in float transmissionDistance, const in vec3 attenuationColor, const in float attenuationDistance ) {
		if ( isinf( attenuationDistance ) ) {
			return vec3( 1.0 );
		} else {
			vec3 attenuationCoefficient = -log( attenuationColor ) / attenuationDistance;
			vec3 transmittance = exp( - attenuationCoefficient * transmissionDistance );			return transmittance;
		}
	}
	vec4 getIBLVolumeRefraction( const in vec3 n, const in vec3 v, const in float roughness, const in vec3 diffuseColor,
		const in vec3 specularColor, const in float specularF90, const in vec3 position, const in mat4 modelMatrix,
		const in mat4 viewMatrix, const in mat4 projMatrix, const in float dispersion, const in float ior, const in float thickness,
		const in vec3 attenuationColor, const in float attenuationDistance ) {
		vec4 transmittedLight;
		vec3 transmittance;
		#ifdef USE_DISPERSION
			float halfSpread = ( ior - 1.0 ) * 0.025 * dispersion;
			vec3 iors = vec3( ior - halfSpread, ior, ior + halfSpread );
			for ( int i = 0; i < 3; i ++ ) {
				vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, iors[ i ], modelMatrix );
				vec3 refractedRayExit = position + transmissionRay;
				vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
				vec2 refractionCoords = ndcPos.xy / ndcPos.w;
				refractionCoords += 1.0;
				refractionCoords /= 2.0;
				vec4 transmissionSample = getTransmissionSample( refractionCoords, roughness, iors[ i ] );
				transmittedLight[ i ] = transmissionSample[ i ];
				transmittedLight.a += transmissionSample.a;
				transmittance[ i ] = diffuseColor[ i ] * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance )[ i ];
			}
			transmittedLight.a /= 3.0;
		#else
			vec3 transmissionRay = getVolumeTransmissionRay( n, v, thickness, ior, modelMatrix );
			vec3 refractedRayExit = position + transmissionRay;
			vec4 ndcPos = projMatrix * viewMatrix * vec4( refractedRayExit, 1.0 );
			vec2 refractionCoords = ndcPos.xy / ndcPos.w;
			refractionCoords += 1.0;
			refractionCoords /= 2.0;
			transmittedLight = getTransmissionSample( refractionCoords, roughness, ior );
			transmittance = diffuseColor * volumeAttenuation( length( transmissionRay ), attenuationColor, attenuationDistance );
		#endif
		vec3 attenuatedColor = transmittance * transmittedLight.rgb;
		vec3 F = EnvironmentBRDF( n, v, specularColor, specularF90, roughness );
		float transmittanceFactor = ( transmittance.r + transmittance.g + transmittance.b ) / 3.0;
		return vec4( ( 1.0 - F ) * attenuatedColor, 1.0 - ( 1.0 - transmittedLight.a ) * transmittanceFactor );
	}
#endif`,xM=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_SPECULARMAP
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,vM=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	varying vec2 vUv;
#endif
#ifdef USE_MAP
	uniform mat3 mapTransform;
	varying vec2 vMapUv;
#endif
#ifdef USE_ALPHAMAP
	uniform mat3 alphaMapTransform;
	varying vec2 vAlphaMapUv;
#endif
#ifdef USE_LIGHTMAP
	uniform mat3 lightMapTransform;
	varying vec2 vLightMapUv;
#endif
#ifdef USE_AOMAP
	uniform mat3 aoMapTransform;
	varying vec2 vAoMapUv;
#endif
#ifdef USE_BUMPMAP
	uniform mat3 bumpMapTransform;
	varying vec2 vBumpMapUv;
#endif
#ifdef USE_NORMALMAP
	uniform mat3 normalMapTransform;
	varying vec2 vNormalMapUv;
#endif
#ifdef USE_DISPLACEMENTMAP
	uniform mat3 displacementMapTransform;
	varying vec2 vDisplacementMapUv;
#endif
#ifdef USE_EMISSIVEMAP
	uniform mat3 emissiveMapTransform;
	varying vec2 vEmissiveMapUv;
#endif
#ifdef USE_METALNESSMAP
	uniform mat3 metalnessMapTransform;
	varying vec2 vMetalnessMapUv;
#endif
#ifdef USE_ROUGHNESSMAP
	uniform mat3 roughnessMapTransform;
	varying vec2 vRoughnessMapUv;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	uniform mat3 diffuseRoughnessMapTransform;
	varying vec2 vDiffuseRoughnessMapUv;
#endif
#ifdef USE_ANISOTROPYMAP
	uniform mat3 anisotropyMapTransform;
	varying vec2 vAnisotropyMapUv;
#endif
#ifdef USE_CLEARCOATMAP
	uniform mat3 clearcoatMapTransform;
	varying vec2 vClearcoatMapUv;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	uniform mat3 clearcoatNormalMapTransform;
	varying vec2 vClearcoatNormalMapUv;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	uniform mat3 clearcoatRoughnessMapTransform;
	varying vec2 vClearcoatRoughnessMapUv;
#endif
#ifdef USE_SHEEN_COLORMAP
	uniform mat3 sheenColorMapTransform;
	varying vec2 vSheenColorMapUv;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	uniform mat3 sheenRoughnessMapTransform;
	varying vec2 vSheenRoughnessMapUv;
#endif
#ifdef USE_IRIDESCENCEMAP
	uniform mat3 iridescenceMapTransform;
	varying vec2 vIridescenceMapUv;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	uniform mat3 iridescenceThicknessMapTransform;
	varying vec2 vIridescenceThicknessMapUv;
#endif
#ifdef USE_SPECULARMAP
	uniform mat3 specularMapTransform;
	varying vec2 vSpecularMapUv;
#endif
#ifdef USE_SPECULAR_COLORMAP
	uniform mat3 specularColorMapTransform;
	varying vec2 vSpecularColorMapUv;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	uniform mat3 specularIntensityMapTransform;
	varying vec2 vSpecularIntensityMapUv;
#endif
#ifdef USE_TRANSMISSIONMAP
	uniform mat3 transmissionMapTransform;
	varying vec2 vTransmissionMapUv;
#endif
#ifdef USE_THICKNESSMAP
	uniform mat3 thicknessMapTransform;
	varying vec2 vThicknessMapUv;
#endif`,_M=`#if defined( USE_UV ) || defined( USE_ANISOTROPY )
	vUv = vec3( uv, 1 ).xy;
#endif
#ifdef USE_MAP
	vMapUv = ( mapTransform * vec3( MAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ALPHAMAP
	vAlphaMapUv = ( alphaMapTransform * vec3( ALPHAMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_LIGHTMAP
	vLightMapUv = ( lightMapTransform * vec3( LIGHTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_AOMAP
	vAoMapUv = ( aoMapTransform * vec3( AOMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_BUMPMAP
	vBumpMapUv = ( bumpMapTransform * vec3( BUMPMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_NORMALMAP
	vNormalMapUv = ( normalMapTransform * vec3( NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DISPLACEMENTMAP
	vDisplacementMapUv = ( displacementMapTransform * vec3( DISPLACEMENTMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_EMISSIVEMAP
	vEmissiveMapUv = ( emissiveMapTransform * vec3( EMISSIVEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_METALNESSMAP
	vMetalnessMapUv = ( metalnessMapTransform * vec3( METALNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ROUGHNESSMAP
	vRoughnessMapUv = ( roughnessMapTransform * vec3( ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_DIFFUSE_ROUGHNESSMAP
	vDiffuseRoughnessMapUv = ( diffuseRoughnessMapTransform * vec3( DIFFUSE_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_ANISOTROPYMAP
	vAnisotropyMapUv = ( anisotropyMapTransform * vec3( ANISOTROPYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOATMAP
	vClearcoatMapUv = ( clearcoatMapTransform * vec3( CLEARCOATMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_NORMALMAP
	vClearcoatNormalMapUv = ( clearcoatNormalMapTransform * vec3( CLEARCOAT_NORMALMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_CLEARCOAT_ROUGHNESSMAP
	vClearcoatRoughnessMapUv = ( clearcoatRoughnessMapTransform * vec3( CLEARCOAT_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCEMAP
	vIridescenceMapUv = ( iridescenceMapTransform * vec3( IRIDESCENCEMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_IRIDESCENCE_THICKNESSMAP
	vIridescenceThicknessMapUv = ( iridescenceThicknessMapTransform * vec3( IRIDESCENCE_THICKNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_COLORMAP
	vSheenColorMapUv = ( sheenColorMapTransform * vec3( SHEEN_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SHEEN_ROUGHNESSMAP
	vSheenRoughnessMapUv = ( sheenRoughnessMapTransform * vec3( SHEEN_ROUGHNESSMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULARMAP
	vSpecularMapUv = ( specularMapTransform * vec3( SPECULARMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_COLORMAP
	vSpecularColorMapUv = ( specularColorMapTransform * vec3( SPECULAR_COLORMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_SPECULAR_INTENSITYMAP
	vSpecularIntensityMapUv = ( specularIntensityMapTransform * vec3( SPECULAR_INTENSITYMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_TRANSMISSIONMAP
	vTransmissionMapUv = ( transmissionMapTransform * vec3( TRANSMISSIONMAP_UV, 1 ) ).xy;
#endif
#ifdef USE_THICKNESSMAP
	vThicknessMapUv = ( thicknessMapTransform * vec3( THICKNESSMAP_UV, 1 ) ).xy;
#endif`,bM=`#if defined( USE_ENVMAP ) || defined( DISTANCE ) || defined ( USE_SHADOWMAP ) || defined ( USE_TRANSMISSION ) || NUM_SPOT_LIGHT_COORDS > 0
	vec4 worldPosition = vec4( transformed, 1.0 );
	#ifdef USE_BATCHING
		worldPosition = batchingMatrix * worldPosition;
	#endif
	#ifdef USE_INSTANCING
		worldPosition = instanceMatrix * worldPosition;
	#endif
	worldPosition = modelMatrix * worldPosition;
#endif`,MM=`varying vec2 vUv;
uniform mat3 uvTransform;
void main() {
	vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	gl_Position = vec4( position.xy, 1.0, 1.0 );
}`,SM=`uniform sampler2D t2D;
uniform float backgroundIntensity;
varying vec2 vUv;
void main() {
	vec4 texColor = texture2D( t2D, vUv );
	#ifdef DECODE_VIDEO_TEXTURE
		texColor = vec4( mix( pow( texColor.rgb * 0.9478672986 + vec3( 0.0521327014 ), vec3( 2.4 ) ), texColor.rgb * 0.0773993808, vec3( lessThanEqual( texColor.rgb, vec3( 0.04045 ) ) ) ), texColor.w );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,wM=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,EM=`uniform float backgroundBlurriness;
uniform float backgroundIntensity;
uniform mat3 backgroundRotation;
varying vec3 vWorldDirection;
#include <envmap_common_pars_fragment>
void main() {
	#ifdef ENVMAP_TYPE_PMREM
		vec4 texColor = textureLod( envMap, backgroundRotation * vWorldDirection, roughnessToMip( backgroundBlurriness ) );
	#else
		vec4 texColor = textureCube( envMap, backgroundRotation * vWorldDirection );
	#endif
	texColor.rgb *= backgroundIntensity;
	gl_FragColor = texColor;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,TM=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
	gl_Position.z = gl_Position.w;
}`,AM=`uniform samplerCube tCube;
uniform float tFlip;
uniform float opacity;
varying vec3 vWorldDirection;
void main() {
	vec4 texColor = textureCube( tCube, vec3( tFlip * vWorldDirection.x, vWorldDirection.yz ) );
	gl_FragColor = texColor;
	gl_FragColor.a *= opacity;
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,RM=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
varying vec2 vHighPrecisionZW;
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vHighPrecisionZW = gl_Position.zw;
}`,CM=`#if DEPTH_PACKING == 3200
	uniform float opacity;
#endif
#include <common>
#include <packing>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
varying vec2 vHighPrecisionZW;
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#if DEPTH_PACKING == 3200
		diffuseColor.a = opacity;
	#endif
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <logdepthbuf_fragment>
	#ifdef USE_REVERSED_DEPTH_BUFFER
		float fragCoordZ = vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ];
	#else
		float fragCoordZ = 0.5 * vHighPrecisionZW[ 0 ] / vHighPrecisionZW[ 1 ] + 0.5;
	#endif
	#if DEPTH_PACKING == 3200
		gl_FragColor = vec4( vec3( 1.0 - fragCoordZ ), opacity );
	#elif DEPTH_PACKING == 3201
		gl_FragColor = packDepthToRGBA( fragCoordZ );
	#elif DEPTH_PACKING == 3202
		gl_FragColor = vec4( packDepthToRGB( fragCoordZ ), 1.0 );
	#elif DEPTH_PACKING == 3203
		gl_FragColor = vec4( packDepthToRG( fragCoordZ ), 0.0, 1.0 );
	#endif
}`,PM=`#define DISTANCE
varying vec3 vWorldPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <skinbase_vertex>
	#include <morphinstance_vertex>
	#ifdef USE_DISPLACEMENTMAP
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <worldpos_vertex>
	#include <clipping_planes_vertex>
	vWorldPosition = worldPosition.xyz;
}`,IM=`#define DISTANCE
uniform vec3 referencePosition;
uniform float nearDistance;
uniform float farDistance;
varying vec3 vWorldPosition;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 1.0 );
	#include <clipping_planes_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	float dist = length( vWorldPosition - referencePosition );
	dist = ( dist - nearDistance ) / ( farDistance - nearDistance );
	dist = saturate( dist );
	gl_FragColor = vec4( dist, 0.0, 0.0, 1.0 );
}`,LM=`varying vec3 vWorldDirection;
#include <common>
void main() {
	vWorldDirection = transformDirection( position, modelMatrix );
	#include <begin_vertex>
	#include <project_vertex>
}`,NM=`uniform sampler2D tEquirect;
varying vec3 vWorldDirection;
#include <common>
void main() {
	vec3 direction = normalize( vWorldDirection );
	vec2 sampleUV = equirectUv( direction );
	gl_FragColor = texture2D( tEquirect, sampleUV );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
}`,DM=`uniform float scale;
attribute float lineDistance;
varying float vLineDistance;
#include <common>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	vLineDistance = scale * lineDistance;
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,FM=`uniform vec3 diffuse;
uniform float opacity;
uniform float dashSize;
uniform float totalSize;
varying float vLineDistance;
#include <common>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	if ( mod( vLineDistance, totalSize ) > dashSize ) {
		discard;
	}
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,UM=`#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#if defined ( USE_ENVMAP ) || defined ( USE_SKINNING )
		#include <beginnormal_vertex>
		#include <morphnormal_vertex>
		#include <skinbase_vertex>
		#include <skinnormal_vertex>
		#include <defaultnormal_vertex>
	#endif
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <fog_vertex>
}`,OM=`uniform vec3 diffuse;
uniform float opacity;
#ifndef FLAT_SHADED
	varying vec3 vNormal;
#endif
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <fog_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	#ifdef USE_LIGHTMAP
		vec4 lightMapTexel = texture2D( lightMap, vLightMapUv );
		reflectedLight.indirectDiffuse += lightMapTexel.rgb * lightMapIntensity * RECIPROCAL_PI;
	#else
		reflectedLight.indirectDiffuse += vec3( 1.0 );
	#endif
	#include <aomap_fragment>
	reflectedLight.indirectDiffuse *= diffuseColor.rgb;
	vec3 outgoingLight = reflectedLight.indirectDiffuse;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,BM=`#define LAMBERT
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,kM=`#define LAMBERT
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_lambert_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_lambert_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,HM=`#define MATCAP
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <color_pars_vertex>
#include <displacementmap_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
	vViewPosition = - mvPosition.xyz;
}`,zM=`#define MATCAP
uniform vec3 diffuse;
uniform float opacity;
uniform sampler2D matcap;
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	vec3 viewDir = normalize( vViewPosition );
	vec3 x = normalize( vec3( viewDir.z, 0.0, - viewDir.x ) );
	vec3 y = cross( viewDir, x );
	vec2 uv = vec2( dot( x, normal ), dot( y, normal ) ) * 0.495 + 0.5;
	#ifdef USE_MATCAP
		vec4 matcapColor = texture2D( matcap, uv );
	#else
		vec4 matcapColor = vec4( vec3( mix( 0.2, 0.8, uv.y ) ), 1.0 );
	#endif
	vec3 outgoingLight = diffuseColor.rgb * matcapColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,VM=`#define NORMAL
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	vViewPosition = - mvPosition.xyz;
#endif
}`,GM=`#define NORMAL
uniform float opacity;
#if defined( FLAT_SHADED ) || defined( USE_BUMPMAP ) || defined( USE_NORMALMAP_TANGENTSPACE )
	varying vec3 vViewPosition;
#endif
#include <uv_pars_fragment>
#include <normal_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( 0.0, 0.0, 0.0, opacity );
	#include <clipping_planes_fragment>
	#include <logdepthbuf_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	gl_FragColor = vec4( normalize( normal ) * 0.5 + 0.5, diffuseColor.a );
	#ifdef OPAQUE
		gl_FragColor.a = 1.0;
	#endif
}`,WM=`#define PHONG
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <envmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <envmap_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,XM=`#define PHONG
uniform vec3 diffuse;
uniform vec3 emissive;
uniform vec3 specular;
uniform float shininess;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_phong_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <specularmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <specularmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_phong_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + reflectedLight.directSpecular + reflectedLight.indirectSpecular + totalEmissiveRadiance;
	#include <envmap_fragment>
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,qM=`#define STANDARD
varying vec3 vViewPosition;
#ifdef USE_TRANSMISSION
	varying vec3 vWorldPosition;
#endif
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
#ifdef USE_TRANSMISSION
	vWorldPosition = worldPosition.xyz;
#endif
}`,YM=`#define STANDARD
#ifdef PHYSICAL
	#define IOR
	#define USE_SPECULAR
#endif
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float roughness;
uniform float metalness;
uniform float opacity;
#ifdef IOR
	uniform float ior;
#endif
#ifdef USE_SPECULAR
	uniform float specularIntensity;
	uniform vec3 specularColor;
	#ifdef USE_SPECULAR_COLORMAP
		uniform sampler2D specularColorMap;
	#endif
	#ifdef USE_SPECULAR_INTENSITYMAP
		uniform sampler2D specularIntensityMap;
	#endif
#endif
#ifdef USE_CLEARCOAT
	uniform float clearcoat;
	uniform float clearcoatRoughness;
#endif
#ifdef USE_DIFFUSE_ROUGHNESS
	uniform float diffuseRoughness;
	#ifdef USE_DIFFUSE_ROUGHNESSMAP
		uniform sampler2D diffuseRoughnessMap;
	#endif
#endif
#ifdef USE_DISPERSION
	uniform float dispersion;
#endif
#ifdef USE_RETROREFLECTION
	uniform float retroreflectivity;
#endif
#ifdef USE_IRIDESCENCE
	uniform float iridescence;
	uniform float iridescenceIOR;
	uniform float iridescenceThicknessMinimum;
	uniform float iridescenceThicknessMaximum;
#endif
#ifdef USE_SHEEN
	uniform vec3 sheenColor;
	uniform float sheenRoughness;
	#ifdef USE_SHEEN_COLORMAP
		uniform sampler2D sheenColorMap;
	#endif
	#ifdef USE_SHEEN_ROUGHNESSMAP
		uniform sampler2D sheenRoughnessMap;
	#endif
#endif
#ifdef USE_ANISOTROPY
	uniform vec2 anisotropyVector;
	#ifdef USE_ANISOTROPYMAP
		uniform sampler2D anisotropyMap;
	#endif
#endif
varying vec3 vViewPosition;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <iridescence_fragment>
#include <envmap_common_pars_fragment>
#include <envmap_physical_pars_fragment>
#include <fog_pars_fragment>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_physical_pars_fragment>
#include <transmission_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <clearcoat_pars_fragment>
#include <iridescence_pars_fragment>
#include <roughnessmap_pars_fragment>
#include <metalnessmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <roughnessmap_fragment>
	#include <metalnessmap_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <clearcoat_normal_fragment_begin>
	#include <clearcoat_normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_physical_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 totalDiffuse = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse;
	vec3 totalSpecular = reflectedLight.directSpecular + reflectedLight.indirectSpecular;
	#include <transmission_fragment>
	vec3 outgoingLight = totalDiffuse + totalSpecular + totalEmissiveRadiance;
	#ifdef USE_SHEEN
 
		outgoingLight = outgoingLight + sheenSpecularDirect + sheenSpecularIndirect;
 
 	#endif
	#ifdef USE_CLEARCOAT
		float dotNVcc = saturate( dot( geometryClearcoatNormal, geometryViewDir ) );
		vec3 Fcc = F_Schlick( material.clearcoatF0, material.clearcoatF90, dotNVcc );
		outgoingLight = outgoingLight * ( 1.0 - material.clearcoat * Fcc ) + ( clearcoatSpecularDirect + clearcoatSpecularIndirect ) * material.clearcoat;
	#endif
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,$M=`#define TOON
varying vec3 vViewPosition;
#include <common>
#include <batching_pars_vertex>
#include <uv_pars_vertex>
#include <displacementmap_pars_vertex>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <normal_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <shadowmap_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <normal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <displacementmap_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	vViewPosition = - mvPosition.xyz;
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,jM=`#define TOON
uniform vec3 diffuse;
uniform vec3 emissive;
uniform float opacity;
#include <common>
#include <dithering_pars_fragment>
#include <color_pars_fragment>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <aomap_pars_fragment>
#include <lightmap_pars_fragment>
#include <emissivemap_pars_fragment>
#include <gradientmap_pars_fragment>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <normal_pars_fragment>
#include <lights_toon_pars_fragment>
#include <shadowmap_pars_fragment>
#include <bumpmap_pars_fragment>
#include <normalmap_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	ReflectedLight reflectedLight = ReflectedLight( vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ), vec3( 0.0 ) );
	vec3 totalEmissiveRadiance = emissive;
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <color_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	#include <normal_fragment_begin>
	#include <normal_fragment_maps>
	#include <emissivemap_fragment>
	#include <lights_toon_fragment>
	#include <lights_fragment_begin>
	#include <lights_fragment_maps>
	#include <lights_fragment_end>
	#include <aomap_fragment>
	vec3 outgoingLight = reflectedLight.directDiffuse + reflectedLight.indirectDiffuse + totalEmissiveRadiance;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
	#include <dithering_fragment>
}`,KM=`uniform float size;
uniform float scale;
#include <common>
#include <color_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
#ifdef USE_POINTS_UV
	varying vec2 vUv;
	uniform mat3 uvTransform;
#endif
void main() {
	#ifdef USE_POINTS_UV
		vUv = ( uvTransform * vec3( uv, 1 ) ).xy;
	#endif
	#include <color_vertex>
	#include <morphinstance_vertex>
	#include <morphcolor_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <project_vertex>
	gl_PointSize = size;
	#ifdef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) gl_PointSize *= ( scale / - mvPosition.z );
	#endif
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <worldpos_vertex>
	#include <fog_vertex>
}`,ZM=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <color_pars_fragment>
#include <map_particle_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_particle_fragment>
	#include <color_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,JM=`#include <common>
#include <batching_pars_vertex>
#include <fog_pars_vertex>
#include <morphtarget_pars_vertex>
#include <skinning_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <shadowmap_pars_vertex>
void main() {
	#include <batching_vertex>
	#include <beginnormal_vertex>
	#include <morphinstance_vertex>
	#include <morphnormal_vertex>
	#include <skinbase_vertex>
	#include <skinnormal_vertex>
	#include <defaultnormal_vertex>
	#include <begin_vertex>
	#include <morphtarget_vertex>
	#include <skinning_vertex>
	#include <project_vertex>
	#include <logdepthbuf_vertex>
	#include <worldpos_vertex>
	#include <shadowmap_vertex>
	#include <fog_vertex>
}`,QM=`uniform vec3 color;
uniform float opacity;
#include <common>
#include <fog_pars_fragment>
#include <bsdfs>
#include <lights_pars_begin>
#include <logdepthbuf_pars_fragment>
#include <shadowmap_pars_fragment>
#include <shadowmask_pars_fragment>
void main() {
	#include <logdepthbuf_fragment>
	gl_FragColor = vec4( color, opacity * ( 1.0 - getShadowMask() ) );
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
	#include <premultiplied_alpha_fragment>
}`,eS=`uniform float rotation;
uniform vec2 center;
#include <common>
#include <uv_pars_vertex>
#include <fog_pars_vertex>
#include <logdepthbuf_pars_vertex>
#include <clipping_planes_pars_vertex>
void main() {
	#include <uv_vertex>
	vec4 mvPosition = modelViewMatrix[ 3 ];
	vec2 scale = vec2( length( modelMatrix[ 0 ].xyz ), length( modelMatrix[ 1 ].xyz ) );
	#ifndef USE_SIZEATTENUATION
		bool isPerspective = isPerspectiveMatrix( projectionMatrix );
		if ( isPerspective ) scale *= - mvPosition.z;
	#endif
	vec2 alignedPosition = ( position.xy - ( center - vec2( 0.5 ) ) ) * scale;
	vec2 rotatedPosition;
	rotatedPosition.x = cos( rotation ) * alignedPosition.x - sin( rotation ) * alignedPosition.y;
	rotatedPosition.y = sin( rotation ) * alignedPosition.x + cos( rotation ) * alignedPosition.y;
	mvPosition.xy += rotatedPosition;
	gl_Position = projectionMatrix * mvPosition;
	#include <logdepthbuf_vertex>
	#include <clipping_planes_vertex>
	#include <fog_vertex>
}`,tS=`uniform vec3 diffuse;
uniform float opacity;
#include <common>
#include <uv_pars_fragment>
#include <map_pars_fragment>
#include <alphamap_pars_fragment>
#include <alphatest_pars_fragment>
#include <alphahash_pars_fragment>
#include <fog_pars_fragment>
#include <logdepthbuf_pars_fragment>
#include <clipping_planes_pars_fragment>
void main() {
	vec4 diffuseColor = vec4( diffuse, opacity );
	#include <clipping_planes_fragment>
	vec3 outgoingLight = vec3( 0.0 );
	#include <logdepthbuf_fragment>
	#include <map_fragment>
	#include <alphamap_fragment>
	#include <alphatest_fragment>
	#include <alphahash_fragment>
	outgoingLight = diffuseColor.rgb;
	#include <opaque_fragment>
	#include <tonemapping_fragment>
	#include <colorspace_fragment>
	#include <fog_fragment>
}`,qe={alphahash_fragment:S_,alphahash_pars_fragment:w_,alphamap_fragment:E_,alphamap_pars_fragment:T_,alphatest_fragment:A_,alphatest_pars_fragment:R_,aomap_fragment:C_,aomap_pars_fragment:P_,batching_pars_vertex:I_,batching_vertex:L_,begin_vertex:N_,beginnormal_vertex:D_,bsdfs:F_,iridescence_fragment:U_,bumpmap_pars_fragment:O_,clipping_planes_fragment:B_,clipping_planes_pars_fragment:k_,clipping_planes_pars_vertex:H_,clipping_planes_vertex:z_,color_fragment:V_,color_pars_fragment:G_,color_pars_vertex:W_,color_vertex:X_,common:q_,defaultnormal_vertex:Y_,displacementmap_pars_vertex:$_,displacementmap_vertex:j_,emissivemap_fragment:K_,emissivemap_pars_fragment:Z_,colorspace_fragment:J_,colorspace_pars_fragment:Q_,envmap_fragment:eb,envmap_common_pars_fragment:tb,envmap_pars_fragment:nb,envmap_pars_vertex:ib,envmap_physical_pars_fragment:pb,envmap_vertex:sb,fog_vertex:rb,fog_pars_vertex:ob,fog_fragment:ab,fog_pars_fragment:lb,gradientmap_pars_fragment:cb,lightmap_pars_fragment:ub,lights_lambert_fragment:hb,lights_lambert_pars_fragment:db,lights_pars_begin:fb,lights_toon_fragment:mb,lights_toon_pars_fragment:gb,lights_phong_fragment:yb,lights_phong_pars_fragment:xb,lights_physical_fragment:vb,lights_physical_pars_fragment:_b,lights_fragment_begin:bb,lights_fragment_maps:Mb,lights_fragment_end:Sb,lightprobes_pars_fragment:wb,logdepthbuf_fragment:Eb,logdepthbuf_pars_fragment:Tb,logdepthbuf_pars_vertex:Ab,logdepthbuf_vertex:Rb,map_fragment:Cb,map_pars_fragment:Pb,map_particle_fragment:Ib,map_particle_pars_fragment:Lb,metalnessmap_fragment:Nb,metalnessmap_pars_fragment:Db,morphinstance_vertex:Fb,morphcolor_vertex:Ub,morphnormal_vertex:Ob,morphtarget_pars_vertex:Bb,morphtarget_vertex:kb,normal_fragment_begin:Hb,normal_fragment_maps:zb,normal_pars_fragment:Vb,normal_pars_vertex:Gb,normal_vertex:Wb,normalmap_pars_fragment:Xb,clearcoat_normal_fragment_begin:qb,clearcoat_normal_fragment_maps:Yb,clearcoat_pars_fragment:$b,iridescence_pars_fragment:jb,opaque_fragment:Kb,packing:Zb,premultiplied_alpha_fragment:Jb,project_vertex:Qb,dithering_fragment:eM,dithering_pars_fragment:tM,roughnessmap_fragment:nM,roughnessmap_pars_fragment:iM,shadowmap_pars_fragment:sM,shadowmap_pars_vertex:rM,shadowmap_vertex:oM,shadowmask_pars_fragment:aM,skinbase_vertex:lM,skinning_pars_vertex:cM,skinning_vertex:uM,skinnormal_vertex:hM,specularmap_fragment:dM,specularmap_pars_fragment:fM,tonemapping_fragment:pM,tonemapping_pars_fragment:mM,transmission_fragment:gM,transmission_pars_fragment:yM,uv_pars_fragment:xM,uv_pars_vertex:vM,uv_vertex:_M,worldpos_vertex:bM,background_vert:MM,background_frag:SM,backgroundCube_vert:wM,backgroundCube_frag:EM,cube_vert:TM,cube_frag:AM,depth_vert:RM,depth_frag:CM,distance_vert:PM,distance_frag:IM,equirect_vert:LM,equirect_frag:NM,linedashed_vert:DM,linedashed_frag:FM,meshbasic_vert:UM,meshbasic_frag:OM,meshlambert_vert:BM,meshlambert_frag:kM,meshmatcap_vert:HM,meshmatcap_frag:zM,meshnormal_vert:VM,meshnormal_frag:GM,meshphong_vert:WM,meshphong_frag:XM,meshphysical_vert:qM,meshphysical_frag:YM,meshtoon_vert:$M,meshtoon_frag:jM,points_vert:KM,points_frag:ZM,shadow_vert:JM,shadow_frag:QM,sprite_vert:eS,sprite_frag:tS},de={common:{diffuse:{value:new Me(16777215)},opacity:{value:1},map:{value:null},mapTransform:{value:new Be},alphaMap:{value:null},alphaMapTransform:{value:new Be},alphaTest:{value:0}},specularmap:{specularMap:{value:null},specularMapTransform:{value:new Be}},envmap:{envMap:{value:null},envMapRotation:{value:new Be},reflectivity:{value:1},ior:{value:1.5},refractionRatio:{value:.98},dfgLUT:{value:null}},aomap:{aoMap:{value:null},aoMapIntensity:{value:1},aoMapTransform:{value:new Be}},lightmap:{lightMap:{value:null},lightMapIntensity:{value:1},lightMapTransform:{value:new Be}},bumpmap:{bumpMap:{value:null},bumpMapTransform:{value:new Be},bumpScale:{value:1}},normalmap:{normalMap:{value:null},normalMapTransform:{value:new Be},normalScale:{value:new Ae(1,1)}},displacementmap:{displacementMap:{value:null},displacementMapTransform:{value:new Be},displacementScale:{value:1},displacementBias:{value:0}},emissivemap:{emissiveMap:{value:null},emissiveMapTransform:{value:new Be}},metalnessmap:{metalnessMap:{value:null},metalnessMapTransform:{value:new Be}},roughnessmap:{roughnessMap:{value:null},roughnessMapTransform:{value:new Be}},gradientmap:{gradientMap:{value:null}},fog:{fogDensity:{value:25e-5},fogNear:{value:1},fogFar:{value:2e3},fogColor:{value:new Me(16777215)}},lights:{ambientLightColor:{value:[]},lightProbe:{value:[]},sunLights:{value:[],properties:{direction:{},color:{}}},sunLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},sunShadowMatrix:{value:[]},sunShadowCascade:{value:[]},directionalLights:{value:[],properties:{direction:{},color:{}}},directionalLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},directionalShadowMatrix:{value:[]},spotLights:{value:[],properties:{color:{},position:{},direction:{},distance:{},coneCos:{},penumbraCos:{},decay:{}}},spotLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{}}},spotLightMap:{value:[]},spotLightMatrix:{value:[]},pointLights:{value:[],properties:{color:{},position:{},decay:{},distance:{}}},pointLightShadows:{value:[],properties:{shadowIntensity:1,shadowBias:{},shadowNormalBias:{},shadowRadius:{},shadowMapSize:{},shadowCameraNear:{},shadowCameraFar:{}}},pointShadowMatrix:{value:[]},hemisphereLights:{value:[],properties:{direction:{},skyColor:{},groundColor:{}}},rectAreaLights:{value:[],properties:{color:{},position:{},width:{},height:{}}},ltc_1:{value:null},ltc_2:{value:null},probesSH:{value:[]},probesMin:{value:[]},probesMax:{value:[]},probesResolution:{value:[]}},points:{diffuse:{value:new Me(16777215)},opacity:{value:1},size:{value:1},scale:{value:1},map:{value:null},alphaMap:{value:null},alphaMapTransform:{value:new Be},alphaTest:{value:0},uvTransform:{value:new Be}},sprite:{diffuse:{value:new Me(16777215)},opacity:{value:1},center:{value:new Ae(.5,.5)},rotation:{value:0},map:{value:null},mapTransform:{value:new Be},alphaMap:{value:null},alphaMapTransform:{value:new Be},alphaTest:{value:0}}},bn={basic:{uniforms:gn([de.common,de.specularmap,de.envmap,de.aomap,de.lightmap,de.fog]),vertexShader:qe.meshbasic_vert,fragmentShader:qe.meshbasic_frag},lambert:{uniforms:gn([de.common,de.specularmap,de.envmap,de.aomap,de.lightmap,de.emissivemap,de.bumpmap,de.normalmap,de.displacementmap,de.fog,de.lights,{emissive:{value:new Me(0)},envMapIntensity:{value:1}}]),vertexShader:qe.meshlambert_vert,fragmentShader:qe.meshlambert_frag},phong:{uniforms:gn([de.common,de.specularmap,de.envmap,de.aomap,de.lightmap,de.emissivemap,de.bumpmap,de.normalmap,de.displacementmap,de.fog,de.lights,{emissive:{value:new Me(0)},specular:{value:new Me(1118481)},shininess:{value:30},envMapIntensity:{value:1}}]),vertexShader:qe.meshphong_vert,fragmentShader:qe.meshphong_frag},standard:{uniforms:gn([de.common,de.envmap,de.aomap,de.lightmap,de.emissivemap,de.bumpmap,de.normalmap,de.displacementmap,de.roughnessmap,de.metalnessmap,de.fog,de.lights,{emissive:{value:new Me(0)},roughness:{value:1},metalness:{value:0},envMapIntensity:{value:1}}]),vertexShader:qe.meshphysical_vert,fragmentShader:qe.meshphysical_frag},toon:{uniforms:gn([de.common,de.aomap,de.lightmap,de.emissivemap,de.bumpmap,de.normalmap,de.displacementmap,de.gradientmap,de.fog,de.lights,{emissive:{value:new Me(0)}}]),vertexShader:qe.meshtoon_vert,fragmentShader:qe.meshtoon_frag},matcap:{uniforms:gn([de.common,de.bumpmap,de.normalmap,de.displacementmap,de.fog,{matcap:{value:null}}]),vertexShader:qe.meshmatcap_vert,fragmentShader:qe.meshmatcap_frag},points:{uniforms:gn([de.points,de.fog]),vertexShader:qe.points_vert,fragmentShader:qe.points_frag},dashed:{uniforms:gn([de.common,de.fog,{scale:{value:1},dashSize:{value:1},totalSize:{value:2}}]),vertexShader:qe.linedashed_vert,fragmentShader:qe.linedashed_frag},depth:{uniforms:gn([de.common,de.displacementmap]),vertexShader:qe.depth_vert,fragmentShader:qe.depth_frag},normal:{uniforms:gn([de.common,de.bumpmap,de.normalmap,de.displacementmap,{opacity:{value:1}}]),vertexShader:qe.meshnormal_vert,fragmentShader:qe.meshnormal_frag},sprite:{uniforms:gn([de.sprite,de.fog]),vertexShader:qe.sprite_vert,fragmentShader:qe.sprite_frag},background:{uniforms:{uvTransform:{value:new Be},t2D:{value:null},backgroundIntensity:{value:1}},vertexShader:qe.background_vert,fragmentShader:qe.background_frag},backgroundCube:{uniforms:{envMap:{value:null},backgroundBlurriness:{value:0},backgroundIntensity:{value:1},backgroundRotation:{value:new Be}},vertexShader:qe.backgroundCube_vert,fragmentShader:qe.backgroundCube_frag},cube:{uniforms:{tCube:{value:null},tFlip:{value:-1},opacity:{value:1}},vertexShader:qe.cube_vert,fragmentShader:qe.cube_frag},equirect:{uniforms:{tEquirect:{value:null}},vertexShader:qe.equirect_vert,fragmentShader:qe.equirect_frag},distance:{uniforms:gn([de.common,de.displacementmap,{referencePosition:{value:new P},nearDistance:{value:1},farDistance:{value:1e3}}]),vertexShader:qe.distance_vert,fragmentShader:qe.distance_frag},shadow:{uniforms:gn([de.lights,de.fog,{color:{value:new Me(0)},opacity:{value:1}}]),vertexShader:qe.shadow_vert,fragmentShader:qe.shadow_frag}};bn.physical={uniforms:gn([bn.standard.uniforms,{clearcoat:{value:0},clearcoatMap:{value:null},clearcoatMapTransform:{value:new Be},clearcoatNormalMap:{value:null},clearcoatNormalMapTransform:{value:new Be},clearcoatNormalScale:{value:new Ae(1,1)},clearcoatRoughness:{value:0},clearcoatRoughnessMap:{value:null},clearcoatRoughnessMapTransform:{value:new Be},diffuseRoughness:{value:0},diffuseRoughnessMap:{value:null},diffuseRoughnessMapTransform:{value:new Be},dispersion:{value:0},retroreflectivity:{value:0},iridescence:{value:0},iridescenceMap:{value:null},iridescenceMapTransform:{value:new Be},iridescenceIOR:{value:1.3},iridescenceThicknessMinimum:{value:100},iridescenceThicknessMaximum:{value:400},iridescenceThicknessMap:{value:null},iridescenceThicknessMapTransform:{value:new Be},sheen:{value:0},sheenColor:{value:new Me(0)},sheenColorMap:{value:null},sheenColorMapTransform:{value:new Be},sheenRoughness:{value:1},sheenRoughnessMap:{value:null},sheenRoughnessMapTransform:{value:new Be},transmission:{value:0},transmissionMap:{value:null},transmissionMapTransform:{value:new Be},transmissionSamplerSize:{value:new Ae},transmissionSamplerMap:{value:null},thickness:{value:0},thicknessMap:{value:null},thicknessMapTransform:{value:new Be},attenuationDistance:{value:0},attenuationColor:{value:new Me(0)},specularColor:{value:new Me(1,1,1)},specularColorMap:{value:null},specularColorMapTransform:{value:new Be},specularIntensity:{value:1},specularIntensityMap:{value:null},specularIntensityMapTransform:{value:new Be},anisotropyVector:{value:new Ae},anisotropyMap:{value:null},anisotropyMapTransform:{value:new Be}}]),vertexShader:qe.meshphysical_vert,fragmentShader:qe.meshphysical_frag};var iu={r:0,b:0,g:0},nS=new ge,vy=new Be;vy.set(-1,0,0,0,1,0,0,0,1);function iS(i,e,t,n,s,r){let o=new Me(0),a=s===!0?0:1,l,c,u=null,h=0,d=null;function f(v){let T=v.isScene===!0?v.background:null;if(T&&T.isTexture){let b=v.backgroundBlurriness>0;T=e.get(T,b)}return T}function p(v){let T=!1,b=f(v);b===null?m(o,a):b&&b.isColor&&(m(b,1),T=!0);let A=i.xr.getEnvironmentBlendMode();A==="additive"?t.buffers.color.setClear(0,0,0,1,r):A==="alpha-blend"&&t.buffers.color.setClear(0,0,0,0,r),(i.autoClear||T)&&(t.buffers.depth.setTest(!0),t.buffers.depth.setMask(!0),t.buffers.color.setMask(!0),i.clear(i.autoClearColor,i.autoClearDepth,i.autoClearStencil))}function y(v,T){let b=f(T);b&&b.isCubeTexture?(c===void 0&&(c=new je(new vi(1,1,1),new Rn({name:"BackgroundCubeMaterial",uniforms:js(bn.backgroundCube.uniforms),vertexShader:bn.backgroundCube.vertexShader,fragmentShader:bn.backgroundCube.fragmentShader,side:rn,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),c.geometry.deleteAttribute("normal"),c.geometry.deleteAttribute("uv"),c.onBeforeRender=function(A,w,x){this.matrixWorld.copyPosition(x.matrixWorld)},Object.defineProperty(c.material,"envMap",{get:function(){return this.uniforms.envMap.value}}),n.update(c)),c.material.uniforms.envMap.value=b,c.material.uniforms.backgroundBlurriness.value=T.backgroundBlurriness,c.material.uniforms.backgroundIntensity.value=T.backgroundIntensity,c.material.uniforms.backgroundRotation.value.setFromMatrix4(nS.makeRotationFromEuler(T.backgroundRotation)).transpose(),b.isRenderTargetTexture===!1&&c.material.uniforms.backgroundRotation.value.premultiply(vy),c.material.toneMapped=Ye.getTransfer(b.colorSpace)!==ct,(u!==b||h!==b.version||d!==i.toneMapping)&&(c.material.needsUpdate=!0,u=b,h=b.version,d=i.toneMapping),c.layers.enableAll(),v.unshift(c,c.geometry,c.material,0,0,null)):b&&b.isTexture&&(l===void 0&&(l=new je(new Qo(2,2),new Rn({name:"BackgroundMaterial",uniforms:js(bn.background.uniforms),vertexShader:bn.background.vertexShader,fragmentShader:bn.background.fragmentShader,side:$n,depthTest:!1,depthWrite:!1,fog:!1,allowOverride:!1})),l.geometry.deleteAttribute("normal"),Object.defineProperty(l.material,"map",{get:function(){return this.uniforms.t2D.value}}),n.update(l)),l.material.uniforms.t2D.value=b,l.material.uniforms.backgroundIntensity.value=T.backgroundIntensity,l.material.toneMapped=Ye.getTransfer(b.colorSpace)!==ct,b.matrixAutoUpdate===!0&&b.updateMatrix(),l.material.uniforms.uvTransform.value.copy(b.matrix),(u!==b||h!==b.version||d!==i.toneMapping)&&(l.material.needsUpdate=!0,u=b,h=b.version,d=i.toneMapping),l.layers.enableAll(),v.unshift(l,l.geometry,l.material,0,0,null))}function m(v,T){v.getRGB(iu,Ud(i)),t.buffers.color.setClear(iu.r,iu.g,iu.b,T,r)}function g(){c!==void 0&&(c.geometry.dispose(),c.material.dispose(),c=void 0),l!==void 0&&(l.geometry.dispose(),l.material.dispose(),l=void 0)}return{getClearColor:function(){return o},setClearColor:function(v,T=1){o.set(v),a=T,m(o,a)},getClearAlpha:function(){return a},setClearAlpha:function(v){a=v,m(o,a)},render:p,addToRenderList:y,dispose:g}}function sS(i,e){let t=i.getParameter(i.MAX_VERTEX_ATTRIBS),n={},s=d(null),r=s,o=!1;function a(I,U,V,N,G){let k=!1,W=h(I,N,V,U);r!==W&&(r=W,c(r.object)),k=f(I,N,V,G),k&&p(I,N,V,G),G!==null&&e.update(G,i.ELEMENT_ARRAY_BUFFER),(k||o)&&(o=!1,b(I,U,V,N),G!==null&&i.bindBuffer(i.ELEMENT_ARRAY_BUFFER,e.get(G).buffer))}function l(){return i.createVertexArray()}function c(I){return i.bindVertexArray(I)}function u(I){return i.deleteVertexArray(I)}function h(I,U,V,N){let G=N.wireframe===!0,k=n[U.id];k===void 0&&(k={},n[U.id]=k);let W=I.isInstancedMesh===!0?I.id:0,ee=k[W];ee===void 0&&(ee={},k[W]=ee);let q=ee[V.id];q===void 0&&(q={},ee[V.id]=q);let J=q[G];return J===void 0&&(J=d(l()),q[G]=J),J}function d(I){let U=[],V=[],N=[];for(let G=0;G<t;G++)U[G]=0,V[G]=0,N[G]=0;return{geometry:null,program:null,wireframe:!1,newAttributes:U,enabledAttributes:V,attributeDivisors:N,object:I,attributes:{},index:null}}function f(I,U,V,N){let G=r.attributes,k=U.attributes,W=0,ee=V.getAttributes();for(let q in ee)if(ee[q].location>=0){let te=G[q],_e=k[q];if(_e===void 0&&(q==="instanceMatrix"&&I.instanceMatrix&&(_e=I.instanceMatrix),q==="instanceColor"&&I.instanceColor&&(_e=I.instanceColor)),te===void 0||te.attribute!==_e||_e&&te.data!==_e.data)return!0;W++}return r.attributesNum!==W||r.index!==N}function p(I,U,V,N){let G={},k=U.attributes,W=0,ee=V.getAttributes();for(let q in ee)if(ee[q].location>=0){let te=k[q];te===void 0&&(q==="instanceMatrix"&&I.instanceMatrix&&(te=I.instanceMatrix),q==="instanceColor"&&I.instanceColor&&(te=I.instanceColor));let _e={};_e.attribute=te,te&&te.data&&(_e.data=te.data),G[q]=_e,W++}r.attributes=G,r.attributesNum=W,r.index=N}function y(){let I=r.newAttributes;for(let U=0,V=I.length;U<V;U++)I[U]=0}function m(I){g(I,0)}function g(I,U){let V=r.newAttributes,N=r.enabledAttributes,G=r.attributeDivisors;V[I]=1,N[I]===0&&(i.enableVertexAttribArray(I),N[I]=1),G[I]!==U&&(i.vertexAttribDivisor(I,U),G[I]=U)}function v(){let I=r.newAttributes,U=r.enabledAttributes;for(let V=0,N=U.length;V<N;V++)U[V]!==I[V]&&(i.disableVertexAttribArray(V),U[V]=0)}function T(I,U,V,N,G,k,W){W===!0?i.vertexAttribIPointer(I,U,V,G,k):i.vertexAttribPointer(I,U,V,N,G,k)}function b(I,U,V,N){y();let G=N.attributes,k=V.getAttributes(),W=U.defaultAttributeValues;for(let ee in k){let q=k[ee];if(q.location>=0){let J=G[ee];if(J===void 0&&(ee==="instanceMatrix"&&I.instanceMatrix&&(J=I.instanceMatrix),ee==="instanceColor"&&I.instanceColor&&(J=I.instanceColor)),J!==void 0){let te=J.normalized,_e=J.itemSize,Ue=e.get(J);if(Ue===void 0)continue;let j=Ue.buffer,pe=Ue.type,we=Ue.bytesPerElement,Le=pe===i.INT||pe===i.UNSIGNED_INT||J.gpuType===vc;if(J.isInterleavedBufferAttribute){let ye=J.data,Ge=ye.isInterleavedBuffer===!0?ye.stride:ye.itemSize,Nt=J.offset;if(ye.isInstancedInterleavedBuffer||ye.isInstancedBufferAttribute){for(let De=0;De<q.locationSize;De++)g(q.location+De,ye.meshPerAttribute);I.isInstancedMesh!==!0&&N._maxInstanceCount===void 0&&(N._maxInstanceCount=ye.meshPerAttribute*ye.count)}else for(let De=0;De<q.locationSize;De++)m(q.location+De);i.bindBuffer(i.ARRAY_BUFFER,j);for(let De=0;De<q.locationSize;De++)T(q.location+De,_e/q.locationSize,pe,te,Ge*we,(Nt+_e/q.locationSize*De)*we,Le)}else{if(J.isInstancedBufferAttribute){for(let ye=0;ye<q.locationSize;ye++)g(q.location+ye,J.meshPerAttribute);I.isInstancedMesh!==!0&&N._maxInstanceCount===void 0&&(N._maxInstanceCount=J.meshPerAttribute*J.count)}else for(let ye=0;ye<q.locationSize;ye++)m(q.location+ye);i.bindBuffer(i.ARRAY_BUFFER,j);for(let ye=0;ye<q.locationSize;ye++)T(q.location+ye,_e/q.locationSize,pe,te,_e*we,_e/q.locationSize*ye*we,Le)}}else if(W!==void 0){let te=W[ee];if(te!==void 0)switch(te.length){case 2:i.vertexAttrib2fv(q.location,te);break;case 3:i.vertexAttrib3fv(q.location,te);break;case 4:i.vertexAttrib4fv(q.location,te);break;default:i.vertexAttrib1fv(q.location,te)}}}}v()}function A(){L();for(let I in n){let U=n[I];for(let V in U){let N=U[V];for(let G in N){let k=N[G];for(let W in k)u(k[W].object),delete k[W];delete N[G]}}delete n[I]}}function w(I){if(n[I.id]===void 0)return;let U=n[I.id];for(let V in U){let N=U[V];for(let G in N){let k=N[G];for(let W in k)u(k[W].object),delete k[W];delete N[G]}}delete n[I.id]}function x(I){for(let U in n){let V=n[U];for(let N in V){let G=V[N];if(G[I.id]===void 0)continue;let k=G[I.id];for(let W in k)u(k[W].object),delete k[W];delete G[I.id]}}}function M(I){for(let U in n){let V=n[U],N=I.isInstancedMesh===!0?I.id:0,G=V[N];if(G!==void 0){for(let k in G){let W=G[k];for(let ee in W)u(W[ee].object),delete W[ee];delete G[k]}delete V[N],Object.keys(V).length===0&&delete n[U]}}}function L(){R(),o=!0,r!==s&&(r=s,c(r.object))}function R(){s.geometry=null,s.program=null,s.wireframe=!1}return{setup:a,reset:L,resetDefaultState:R,dispose:A,releaseStatesOfGeometry:w,releaseStatesOfObject:M,releaseStatesOfProgram:x,initAttributes:y,enableAttribute:m,disableUnusedAttributes:v}}function rS(i,e,t){let n;function s(l){n=l}function r(l,c){i.drawArrays(n,l,c),t.update(c,n,1)}function o(l,c,u){u!==0&&(i.drawArraysInstanced(n,l,c,u),t.update(c,n,u))}function a(l,c,u){if(u===0)return;e.get("WEBGL_multi_draw").multiDrawArraysWEBGL(n,l,0,c,0,u);let d=0;for(let f=0;f<u;f++)d+=c[f];t.update(d,n,1)}this.setMode=s,this.render=r,this.renderInstances=o,this.renderMultiDraw=a}function oS(i,e,t,n){let s;function r(){if(s!==void 0)return s;if(e.has("EXT_texture_filter_anisotropic")===!0){let x=e.get("EXT_texture_filter_anisotropic");s=i.getParameter(x.MAX_TEXTURE_MAX_ANISOTROPY_EXT)}else s=0;return s}function o(x){return!(x!==mn&&n.convert(x)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_FORMAT))}function a(x){let M=x===ai&&(e.has("EXT_color_buffer_half_float")||e.has("EXT_color_buffer_float"));return!(x!==pn&&x!==On&&!M&&n.convert(x)!==i.getParameter(i.IMPLEMENTATION_COLOR_READ_TYPE))}function l(x){if(x==="highp"){if(i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.HIGH_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.HIGH_FLOAT).precision>0)return"highp";x="mediump"}return x==="mediump"&&i.getShaderPrecisionFormat(i.VERTEX_SHADER,i.MEDIUM_FLOAT).precision>0&&i.getShaderPrecisionFormat(i.FRAGMENT_SHADER,i.MEDIUM_FLOAT).precision>0?"mediump":"lowp"}let c=t.precision!==void 0?t.precision:"highp",u=l(c);u!==c&&(Ce("WebGLRenderer:",c,"not supported, using",u,"instead."),c=u);let h=t.reversedDepthBuffer===!0&&e.has("EXT_clip_control"),d=t.logarithmicDepthBuffer===!0&&h===!1;t.reversedDepthBuffer===!0&&h===!1&&Ce("WebGLRenderer: Unable to use reversed depth buffer due to missing EXT_clip_control extension. Fallback to default depth buffer."),t.logarithmicDepthBuffer===!0&&h===!0&&Ce("WebGLRenderer: Logarithmic depth buffer is ignored when reversed depth buffer is enabled.");let f=i.getParameter(i.MAX_TEXTURE_IMAGE_UNITS),p=i.getParameter(i.MAX_VERTEX_TEXTURE_IMAGE_UNITS),y=i.getParameter(i.MAX_TEXTURE_SIZE),m=i.getParameter(i.MAX_CUBE_MAP_TEXTURE_SIZE),g=i.getParameter(i.MAX_VERTEX_ATTRIBS),v=i.getParameter(i.MAX_VERTEX_UNIFORM_VECTORS),T=i.getParameter(i.MAX_VARYING_VECTORS),b=i.getParameter(i.MAX_FRAGMENT_UNIFORM_VECTORS),A=i.getParameter(i.MAX_SAMPLES),w=i.getParameter(i.SAMPLES);return{isWebGL2:!0,getMaxAnisotropy:r,getMaxPrecision:l,textureFormatReadable:o,textureTypeReadable:a,precision:c,logarithmicDepthBuffer:d,reversedDepthBuffer:h,maxTextures:f,maxVertexTextures:p,maxTextureSize:y,maxCubemapSize:m,maxAttributes:g,maxVertexUniforms:v,maxVaryings:T,maxFragmentUniforms:b,maxSamples:A,samples:w}}function aS(i){let e=this,t=null,n=0,s=!1,r=!1,o=new nn,a=new Be,l={value:null,needsUpdate:!1};this.uniform=l,this.numPlanes=0,this.numIntersection=0,this.init=function(h,d){let f=h.length!==0||d||n!==0||s;return s=d,n=h.length,f},this.beginShadows=function(){r=!0,u(null)},this.endShadows=function(){r=!1},this.setGlobalState=function(h,d){t=u(h,d,0)},this.setState=function(h,d,f){let p=h.clippingPlanes,y=h.clipIntersection,m=h.clipShadows,g=i.get(h);if(!s||p===null||p.length===0||r&&!m)r?u(null):c();else{let v=r?0:n,T=v*4,b=g.clippingState||null;l.value=b,b=u(p,d,T,f);for(let A=0;A!==T;++A)b[A]=t[A];g.clippingState=b,this.numIntersection=y?this.numPlanes:0,this.numPlanes+=v}};function c(){l.value!==t&&(l.value=t,l.needsUpdate=n>0),e.numPlanes=n,e.numIntersection=0}function u(h,d,f,p){let y=h!==null?h.length:0,m=null;if(y!==0){if(m=l.value,p!==!0||m===null){let g=f+y*4,v=d.matrixWorldInverse;a.getNormalMatrix(v),(m===null||m.length<g)&&(m=new Float32Array(g));for(let T=0,b=f;T!==y;++T,b+=4)o.copy(h[T]).applyMatrix4(v,a),o.normal.toArray(m,b),m[b+3]=o.constant}l.value=m,l.needsUpdate=!0}return e.numPlanes=y,e.numIntersection=0,m}}var Ea=class extends Dn{constructor(e=1,t={}){super(e,e,t),this.isWebGLCubeRenderTarget=!0;let n={width:e,height:e,depth:1},s=[n,n,n,n,n,n];this.texture=new Yo(s),this._setTextureOptions(t),this.texture.isRenderTargetTexture=!0}fromEquirectangularTexture(e,t){this.texture.type=t.type,this.texture.colorSpace=t.colorSpace,this.texture.generateMipmaps=t.generateMipmaps,this.texture.minFilter=t.minFilter,this.texture.magFilter=t.magFilter;let n={uniforms:{tEquirect:{value:null}},vertexShader:`

				varying vec3 vWorldDirection;

				vec3 transformDirection( in vec3 dir, in mat4 matrix ) {

					return normalize( ( matrix * vec4( dir, 0.0 ) ).xyz );

				}

				void main() {

					vWorldDirection = transformDirection( position, modelMatrix );

					#include <begin_vertex>
					#include <project_vertex>

				}
			`,fragmentShader:`

				uniform sampler2D tEquirect;

				varying vec3 vWorldDirection;

				#include <common>

				void main() {

					vec3 direction = normalize( vWorldDirection );

					vec2 sampleUV = equirectUv( direction );

					gl_FragColor = texture2D( tEquirect, sampleUV );

				}
			`},s=new vi(5,5,5),r=new Rn({name:"CubemapFromEquirect",uniforms:js(n.uniforms),vertexShader:n.vertexShader,fragmentShader:n.fragmentShader,side:rn,blending:Ws});r.uniforms.tEquirect.value=t;let o=new je(s,r),a=t.minFilter;return t.minFilter===jn&&(t.minFilter=Mt),new Gr(1,10,this).update(e,o),t.minFilter=a,o.geometry.dispose(),o.material.dispose(),this}clear(e,t=!0,n=!0,s=!0){let r=e.getRenderTarget();for(let o=0;o<6;o++)e.setRenderTarget(this,o),e.clear(t,n,s);e.setRenderTarget(r)}},Zg=256,lS=3,cS=20,_y=256,by=16,uS=3,hS=new P,dS=new Me,ru=class i{constructor(e){this._renderer=e,this._cubeSize=0,this._sourceTarget=null,this._cubeCamera=new Gr(1,10,null),this._boxMesh=new je(new vi(5,5,5),null),this._cubemapMaterial=null,this._equirectMaterial=null,this._blurMaterial=null,this._ggxMaterial=null,this._integrationMaterial=null}fromScene(e,t=0,n=.1,s=100,r={}){let{size:o=256,position:a=hS}=r,l=this._renderer;this._setSize(o);let c=this._allocateTarget(),u=this._getSourceTarget(!0);t>0&&(u.texture.mipmapsAutoUpdate=!1);let h=l.autoClear,d=l.autoClearColor,f=l.autoClearDepth,p=l.autoClearStencil,y=e.background;l.autoClear=!0,l.autoClearColor=!0,l.autoClearDepth=!0,l.autoClearStencil=!0,y===null&&(e.background=l.getClearColor(dS));let m=new Gr(n,s,u);return m.position.copy(a),m.update(l,e),l.autoClear=h,l.autoClearColor=d,l.autoClearDepth=f,l.autoClearStencil=p,e.background=y,t>0&&(u.texture.mipmapsAutoUpdate=!0,this._blur(c,t)),this._applyPMREM(c),c}fromEquirectangular(e,t=null){return this._fromTexture(e,t)}fromCubemap(e,t=null){return this._fromTexture(e,t)}compileCubemapShader(){this._cubemapMaterial===null&&(this._cubemapMaterial=ey(),this._compileMaterial(this._cubemapMaterial))}compileEquirectangularShader(){this._equirectMaterial===null&&(this._equirectMaterial=Qg(),this._compileMaterial(this._equirectMaterial))}dispose(){this._sourceTarget!==null&&this._sourceTarget.dispose(),this._cubemapMaterial!==null&&this._cubemapMaterial.dispose(),this._equirectMaterial!==null&&this._equirectMaterial.dispose(),this._blurMaterial!==null&&this._blurMaterial.dispose(),this._ggxMaterial!==null&&this._ggxMaterial.dispose(),this._integrationMaterial!==null&&this._integrationMaterial.dispose(),this._boxMesh.geometry.dispose()}static lodToRoughness(e,t){return t>0?1-Math.sqrt(1-e/t):0}_setSize(e){this._cubeSize=Math.max(Zg,Nd(e))}_fromTexture(e,t){e.mapping===qs||e.mapping===Yr?this._setSize(e.image.length===0?Zg:e.image[0].width||e.image[0].image.width):this._setSize(e.image.width/4);let n=t||this._allocateTarget();return this._textureToCubemap(e),this._applyPMREM(n),n}_allocateTarget(){let e=this._cubeSize,t=Jg(e,!1,!1),n=Math.log2(e)-lS;for(let s=0;s<=n;s++)t.texture.mipmaps.push({width:e>>s,height:e>>s});return t.texture.name="PMREM",t.texture.isPMREMTexture=!0,t}_getSourceTarget(e=!1){let t=this._cubeSize,n=this._sourceTarget;return(n===null||n.width!==t||e&&n.depthBuffer===!1)&&(n!==null&&n.dispose(),this._sourceTarget=Jg(t,!0,e)),this._sourceTarget}_compileMaterial(e){this._boxMesh.material=e,this._renderer.compile(this._boxMesh,this._cubeCamera.children[0])}_renderCube(e,t,n){let s=this._boxMesh,r=this._cubeCamera;s.material=n,r.renderTarget=e,r.activeMipmapLevel=t;let o=e.width>>t;e.viewport.set(0,0,o,o),r.update(this._renderer,s),e.viewport.set(0,0,e.width,e.height)}_textureToCubemap(e){let t;e.mapping===qs||e.mapping===Yr?(this._cubemapMaterial===null&&(this._cubemapMaterial=ey()),t=this._cubemapMaterial,t.uniforms.flipEnvMap.value=e.isRenderTargetTexture===!1?-1:1):(this._equirectMaterial===null&&(this._equirectMaterial=Qg()),t=this._equirectMaterial),t.uniforms.envMap.value=e,this._renderCube(this._getSourceTarget(),0,t)}_applyPMREM(e){this._ggxMaterial===null&&(this._ggxMaterial=fS(),this._integrationMaterial=pS());let t=this._cubeSize,n=e.texture.mipmaps.length-1,s=this._ggxMaterial.uniforms;s.envMap.value=this._sourceTarget.texture;let r=this._integrationMaterial.uniforms;r.envMap.value=this._sourceTarget.texture,r.sourceLod.value=Math.log2(t/by);for(let o=0;o<=n;o++){let a=i.lodToRoughness(o,n);if(o>n-uS)r.roughness.value=a,this._renderCube(e,o,this._integrationMaterial);else{let l=a>0?Math.log2(t)+.5*Math.log2(6/(_y*Math.pow(a,4)))+.5:0;s.roughness.value=a,s.lodBias.value=l,this._renderCube(e,o,this._ggxMaterial)}}}_blur(e,t){this._blurMaterial===null&&(this._blurMaterial=mS());let n=this._blurMaterial,s=n.uniforms,r=this._sourceTarget;s.sigma.value=Math.min(t,Math.PI)/Math.SQRT2,s.envMap.value=r.texture,this._renderCube(e,0,n),s.envMap.value=e.texture,this._renderCube(r,0,n)}};function Jg(i,e,t){return new Ea(i,{minFilter:jn,generateMipmaps:e,type:ai,colorSpace:Zt,depthBuffer:t})}function Ta(i,e,t){return new Rn({name:i,uniforms:e,vertexShader:qe.cube_vert,fragmentShader:t,side:rn,blending:Ws,depthTest:!1,depthWrite:!1})}function fS(){return Ta("PMREMGGXConvolution",{envMap:{value:null},roughness:{value:0},lodBias:{value:0}},`

		#define GGX_SAMPLES ${_y}u

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float lodBias;

		#include <common>

		// Van der Corput radical inverse
		float radicalInverse_VdC( uint bits ) {

			bits = ( bits << 16u ) | ( bits >> 16u );
			bits = ( ( bits & 0x55555555u ) << 1u ) | ( ( bits & 0xAAAAAAAAu ) >> 1u );
			bits = ( ( bits & 0x33333333u ) << 2u ) | ( ( bits & 0xCCCCCCCCu ) >> 2u );
			bits = ( ( bits & 0x0F0F0F0Fu ) << 4u ) | ( ( bits & 0xF0F0F0F0u ) >> 4u );
			bits = ( ( bits & 0x00FF00FFu ) << 8u ) | ( ( bits & 0xFF00FF00u ) >> 8u );
			return float( bits ) * 2.3283064365386963e-10; // / 0x100000000

		}

		// Hammersley sequence
		vec2 hammersley( uint i, uint N ) {

			return vec2( float( i ) / float( N ), radicalInverse_VdC( i ) );

		}

		void main() {

			vec3 N = normalize( vWorldDirection );

			// For very low roughness, just sample the environment directly
			if ( roughness < 0.001 ) {

				gl_FragColor = vec4( textureLod( envMap, N, 0.0 ).rgb, 1.0 );
				return;

			}

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			// Tangent space basis for VNDF sampling
			vec3 up = abs( N.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, N ) );
			vec3 bitangent = cross( N, tangent );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			for ( uint i = 0u; i < GGX_SAMPLES; i ++ ) {

				vec2 Xi = hammersley( i, GGX_SAMPLES );

				// With V = N, sample the reflected direction directly.
				float invQ = 1.0 / ( 1.0 - Xi.x + alpha2 * Xi.x );
				float NdotL = ( 1.0 - Xi.x - alpha2 * Xi.x ) * invQ;

				if ( NdotL > 0.0 ) {

					float phi = 2.0 * PI * Xi.y;
					float sinTheta = 2.0 * alpha * sqrt( Xi.x * ( 1.0 - Xi.x ) ) * invQ;
					vec3 L = N * NdotL + ( tangent * cos( phi ) + bitangent * sin( phi ) ) * sinTheta;

					// Match the source mip to the sample's solid angle. The terms
					// independent of the sample are precomputed in lodBias.
					float d = alpha2 * invQ;
					float lod = max( log2( d ) + lodBias, 0.0 );

					// Weight by NdotL for the split-sum approximation
					prefilteredColor += textureLod( envMap, L, lod ).rgb * NdotL;
					totalWeight += NdotL;

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function pS(){return Ta("PMREMGGXIntegration",{envMap:{value:null},roughness:{value:0},sourceLod:{value:0},sourceSize:{value:by}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float roughness;
		uniform float sourceLod;
		uniform int sourceSize;

		void main() {

			vec3 N = normalize( vWorldDirection );

			float alpha = roughness * roughness;
			float alpha2 = alpha * alpha;

			float texelSize = 2.0 / float( sourceSize );

			vec3 prefilteredColor = vec3( 0.0 );
			float totalWeight = 0.0;

			// Pair opposite texels: only the one in N's hemisphere contributes.
			for ( int face = 0; face < 3; face ++ ) {

				for ( int y = 0; y < sourceSize; y ++ ) {

					for ( int x = 0; x < sourceSize; x ++ ) {

						vec2 uv = ( vec2( x, y ) + 0.5 ) * texelSize - 1.0;
						vec3 texelDirection = face == 0 ? vec3( 1.0, uv ) : ( face == 1 ? vec3( uv.x, 1.0, uv.y ) : vec3( uv, 1.0 ) );

						float invDistance = inversesqrt( 1.0 + dot( uv, uv ) );
						float NdotL = dot( N, texelDirection );
						texelDirection *= NdotL < 0.0 ? - 1.0 : 1.0;
						NdotL = abs( NdotL ) * invDistance;

						// With V = N, NdotH squared is ( 1 + NdotL ) / 2. Common factors
						// in the GGX distribution and texel solid angle cancel when normalized.
						float d = 1.0 + alpha2 + ( alpha2 - 1.0 ) * NdotL;
						float weight = NdotL * invDistance * invDistance * invDistance / ( d * d );

						prefilteredColor += textureLod( envMap, texelDirection, sourceLod ).rgb * weight;
						totalWeight += weight;

					}

				}

			}

			gl_FragColor = vec4( prefilteredColor / totalWeight, 1.0 );

		}
	`)}function mS(){return Ta("PMREMSphericalGaussianBlur",{envMap:{value:null},sigma:{value:0}},`

		#define SAMPLES ${cS}
		#define GOLDEN_ANGLE 2.39996322973

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float sigma;

		#include <common>

		void main() {

			vec3 outputDirection = normalize( vWorldDirection );

			vec3 up = abs( outputDirection.z ) < 0.999 ? vec3( 0.0, 0.0, 1.0 ) : vec3( 1.0, 0.0, 0.0 );
			vec3 tangent = normalize( cross( up, outputDirection ) );
			vec3 bitangent = cross( outputDirection, tangent );

			// Truncate the kernel at three standard deviations or at the antipode.
			float thetaMax = min( 3.0 * sigma, PI );
			float truncation = 1.0 - exp( - 0.5 * thetaMax * thetaMax / ( sigma * sigma ) );

			vec3 accumColor = vec3( 0.0 );
			float accumWeight = 0.0;

			for ( int i = 0; i < SAMPLES; i ++ ) {

				// Stratified inverse-CDF sampling of the Gaussian, placed on a golden-angle spiral.
				float stratum = ( float( i ) + 0.5 ) / float( SAMPLES );
				float theta = sigma * sqrt( - 2.0 * log( 1.0 - stratum * truncation ) );
				float phi = float( i ) * GOLDEN_ANGLE;

				vec3 offset = cos( phi ) * tangent + sin( phi ) * bitangent;
				vec3 sampleDirection = cos( theta ) * outputDirection + sin( theta ) * offset;

				// Correct the planar sample density to solid angle.
				float weight = sin( theta ) / theta;

				accumColor += weight * textureLod( envMap, sampleDirection, 0.0 ).rgb;
				accumWeight += weight;

			}

			gl_FragColor = vec4( accumColor / accumWeight, 1.0 );

		}
	`)}function Qg(){return Ta("PMREMEquirectangularToCubemap",{envMap:{value:null}},`

		varying vec3 vWorldDirection;

		uniform sampler2D envMap;

		#include <common>

		void main() {

			// Average four subpixel samples to preserve small, bright features.
			vec3 direction = normalize( vWorldDirection );
			vec3 dx = dFdx( direction ) * 0.25;
			vec3 dy = dFdy( direction ) * 0.25;

			vec3 color = textureLod( envMap, equirectUv( normalize( direction - dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx - dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction - dx + dy ) ), 0.0 ).rgb;
			color += textureLod( envMap, equirectUv( normalize( direction + dx + dy ) ), 0.0 ).rgb;
			gl_FragColor = vec4( color * 0.25, 1.0 );

		}
	`)}function ey(){return Ta("PMREMCubemapToCubemap",{envMap:{value:null},flipEnvMap:{value:-1}},`

		varying vec3 vWorldDirection;

		uniform samplerCube envMap;
		uniform float flipEnvMap;

		void main() {

			gl_FragColor = vec4( textureCube( envMap, vec3( flipEnvMap * vWorldDirection.x, vWorldDirection.yz ) ).rgb, 1.0 );

		}
	`)}function gS(i){let e=new WeakMap,t=new WeakMap,n=null;function s(d,f=!1){return d==null?null:f?o(d):r(d)}function r(d){if(d&&d.isTexture){let f=d.mapping;if(f===gc||f===yc)if(e.has(d)){let p=e.get(d).texture;return a(p,d.mapping)}else{let p=d.image;if(p&&p.height>0){let y=new Ea(p.height);return y.fromEquirectangularTexture(i,d),e.set(d,y),d.addEventListener("dispose",c),a(y.texture,d.mapping)}else return null}}return d}function o(d){if(d&&d.isTexture&&d.isPMREMTexture!==!0){let f=d.mapping,p=f===gc||f===yc,y=f===qs||f===Yr;if(p||y){let m=t.get(d),g=m!==void 0?m.texture.pmremVersion:0;if(d.isRenderTargetTexture&&d.pmremVersion!==g)return n===null&&(n=new ru(i)),m=p?n.fromEquirectangular(d,m):n.fromCubemap(d,m),m.texture.pmremVersion=d.pmremVersion,t.set(d,m),m.texture;if(m!==void 0)return m.texture;{let v=d.image;return p&&v&&v.height>0||y&&v&&l(v)?(n===null&&(n=new ru(i)),m=p?n.fromEquirectangular(d):n.fromCubemap(d),m.texture.pmremVersion=d.pmremVersion,t.set(d,m),d.addEventListener("dispose",u),m.texture):null}}}return d}function a(d,f){return f===gc?d.mapping=qs:f===yc&&(d.mapping=Yr),d}function l(d){let f=0,p=6;for(let y=0;y<p;y++)d[y]!==void 0&&f++;return f===p}function c(d){let f=d.target;f.removeEventListener("dispose",c);let p=e.get(f);p!==void 0&&(e.delete(f),p.dispose())}function u(d){let f=d.target;f.removeEventListener("dispose",u);let p=t.get(f);p!==void 0&&(t.delete(f),p.dispose())}function h(){e=new WeakMap,t=new WeakMap,n!==null&&(n.dispose(),n=null)}return{get:s,dispose:h}}function yS(i){let e={};function t(n){if(e[n]!==void 0)return e[n];let s=i.getExtension(n);return e[n]=s,s}return{has:function(n){return t(n)!==null},init:function(){t("EXT_color_buffer_float"),t("WEBGL_clip_cull_distance"),t("OES_texture_float_linear"),t("EXT_color_buffer_half_float"),t("WEBGL_multisampled_render_to_texture"),t("WEBGL_render_shared_exponent")},get:function(n){let s=t(n);return s===null&&Ds("WebGLRenderer: "+n+" extension not supported."),s}}}function xS(i,e,t,n){let s={},r=new WeakMap,o=new FinalizationRegistry(p=>delete s[p]);function a(p){l(p.target)}function l(p){p.index!==null&&e.remove(p.index);for(let m in p.attributes)e.remove(p.attributes[m]);p.removeEventListener("dispose",a),delete s[p.id],o.unregister(p);let y=r.get(p);y&&(e.remove(y),r.delete(p)),n.releaseStatesOfGeometry(p),p.isInstancedBufferGeometry===!0&&delete p._maxInstanceCount,t.memory.geometries--}function c(p,y){return s[y.id]!==void 0||(y.addEventListener("dispose",a),s[y.id]=new WeakRef(y),o.register(y,y.id,y),t.memory.geometries++),y}function u(p){let y=p.attributes;for(let m in y)e.update(y[m],i.ARRAY_BUFFER)}function h(p){let y=p.index,m=p.attributes.position,g=0;if(m===void 0)return;let v=y!==null?y.array.length:m.array.length/3-1,T=m.count>=65535?Go:Vo,b=new T(Math.ceil(v/3)*6,1),A=b.array;if(y!==null){let x=y.array;g=y.version;for(let M=0,L=0;M<v;M+=3){let R=x[M+0],I=x[M+1],U=x[M+2];A[L++]=R,A[L++]=I,A[L++]=I,A[L++]=U,A[L++]=U,A[L++]=R}}else{g=m.version;for(let x=0,M=0;x<v;x+=3){let L=x+0,R=x+1,I=x+2;A[M++]=L,A[M++]=R,A[M++]=R,A[M++]=I,A[M++]=I,A[M++]=L}}b.version=g;let w=r.get(p);w&&e.remove(w),r.set(p,b)}function d(p){let y=r.get(p);if(y){let m=p.index;m!==null&&y.version<m.version&&h(p)}else h(p);return r.get(p)}function f(){for(let p in s){let y=s[p].deref();y!==void 0&&l(y)}}return{get:c,update:u,getWireframeAttribute:d,dispose:f}}function vS(i,e,t){let n;function s(h){n=h}let r,o;function a(h){r=h.type,o=h.bytesPerElement}function l(h,d){i.drawElements(n,d,r,h*o),t.update(d,n,1)}function c(h,d,f){f!==0&&(i.drawElementsInstanced(n,d,r,h*o,f),t.update(d,n,f))}function u(h,d,f){if(f===0)return;e.get("WEBGL_multi_draw").multiDrawElementsWEBGL(n,d,0,r,h,0,f);let y=0;for(let m=0;m<f;m++)y+=d[m];t.update(y,n,1)}this.setMode=s,this.setIndex=a,this.render=l,this.renderInstances=c,this.renderMultiDraw=u}function _S(i){let e={geometries:0,textures:0},t={frame:0,calls:0,triangles:0,points:0,lines:0};function n(r,o,a){switch(t.calls++,o){case i.TRIANGLES:t.triangles+=a*(r/3);break;case i.LINES:t.lines+=a*(r/2);break;case i.LINE_STRIP:t.lines+=a*(r-1);break;case i.LINE_LOOP:t.lines+=a*r;break;case i.POINTS:t.points+=a*r;break;default:Fe("WebGLInfo: Unknown draw mode:",o);break}}function s(){t.calls=0,t.triangles=0,t.points=0,t.lines=0}return{memory:e,render:t,programs:null,autoReset:!0,reset:s,update:n}}function bS(i,e,t){let n=new WeakMap,s=new it;function r(o,a,l){let c=o.morphTargetInfluences,u=a.morphAttributes.position||a.morphAttributes.normal||a.morphAttributes.color,h=u!==void 0?u.length:0,d=n.get(a);if(d===void 0||d.count!==h){let L=function(){x.dispose(),n.delete(a),a.removeEventListener("dispose",L)};d!==void 0&&d.texture.dispose();let f=a.morphAttributes.position!==void 0,p=a.morphAttributes.normal!==void 0,y=a.morphAttributes.color!==void 0,m=a.morphAttributes.position||[],g=a.morphAttributes.normal||[],v=a.morphAttributes.color||[],T=0;f===!0&&(T=1),p===!0&&(T=2),y===!0&&(T=3);let b=a.attributes.position.count*T,A=1;b>e.maxTextureSize&&(A=Math.ceil(b/e.maxTextureSize),b=e.maxTextureSize);let w=new Float32Array(b*A*4*h),x=new Ho(w,b,A,h);x.type=On,x.needsUpdate=!0;let M=T*4;for(let R=0;R<h;R++){let I=m[R],U=g[R],V=v[R],N=b*A*4*R;for(let G=0;G<I.count;G++){let k=G*M;f===!0&&(s.fromBufferAttribute(I,G),w[N+k+0]=s.x,w[N+k+1]=s.y,w[N+k+2]=s.z,w[N+k+3]=0),p===!0&&(s.fromBufferAttribute(U,G),w[N+k+4]=s.x,w[N+k+5]=s.y,w[N+k+6]=s.z,w[N+k+7]=0),y===!0&&(s.fromBufferAttribute(V,G),w[N+k+8]=s.x,w[N+k+9]=s.y,w[N+k+10]=s.z,w[N+k+11]=V.itemSize===4?s.w:1)}}d={count:h,texture:x,size:new Ae(b,A)},n.set(a,d),a.addEventListener("dispose",L)}if(o.isInstancedMesh===!0&&o.morphTexture!==null)l.getUniforms().setValue(i,"morphTexture",o.morphTexture,t);else{let f=0;for(let y=0;y<c.length;y++)f+=c[y];let p=a.morphTargetsRelative?1:1-f;l.getUniforms().setValue(i,"morphTargetBaseInfluence",p),l.getUniforms().setValue(i,"morphTargetInfluences",c)}l.getUniforms().setValue(i,"morphTargetsTexture",d.texture,t),l.getUniforms().setValue(i,"morphTargetsTextureSize",d.size)}return{update:r}}function MS(i,e,t,n,s){let r=new WeakMap;function o(c){let u=s.render.frame,h=c.geometry,d=e.get(c,h);if(r.get(d)!==u&&(e.update(d),r.set(d,u)),c.isInstancedMesh&&(c.hasEventListener("dispose",l)===!1&&c.addEventListener("dispose",l),r.get(c)!==u&&(t.update(c.instanceMatrix,i.ARRAY_BUFFER),c.instanceColor!==null&&t.update(c.instanceColor,i.ARRAY_BUFFER),r.set(c,u))),c.isSkinnedMesh){let f=c.skeleton;r.get(f)!==u&&(f.update(),r.set(f,u))}return d}function a(){r=new WeakMap}function l(c){let u=c.target;u.removeEventListener("dispose",l),n.releaseStatesOfObject(u),t.remove(u.instanceMatrix),u.instanceColor!==null&&t.remove(u.instanceColor)}return{update:o,dispose:a}}var SS={[dd]:"LINEAR_TONE_MAPPING",[fd]:"REINHARD_TONE_MAPPING",[pd]:"CINEON_TONE_MAPPING",[md]:"ACES_FILMIC_TONE_MAPPING",[yd]:"AGX_TONE_MAPPING",[xd]:"NEUTRAL_TONE_MAPPING",[gd]:"CUSTOM_TONE_MAPPING"};function wS(i,e,t,n,s,r){let o=new Dn(e,t,{type:i,depthBuffer:s,stencilBuffer:r,samples:n?4:0,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,resolveDepthBuffer:!1,resolveStencilBuffer:!1}),a=null,l=null,c=null,u=new Je;u.setAttribute("position",new Oe([-1,3,0,-1,-1,0,3,-1,0],3)),u.setAttribute("uv",new Oe([0,2,0,0,2,0],2));let h=new sc({uniforms:{tDiffuse:{value:null}},vertexShader:`
			precision highp float;

			uniform mat4 modelViewMatrix;
			uniform mat4 projectionMatrix;

			attribute vec3 position;
			attribute vec2 uv;

			varying vec2 vUv;

			void main() {
				vUv = uv;
				gl_Position = projectionMatrix * modelViewMatrix * vec4( position, 1.0 );
			}`,fragmentShader:`
			precision highp float;

			uniform sampler2D tDiffuse;

			varying vec2 vUv;

			#include <tonemapping_pars_fragment>
			#include <colorspace_pars_fragment>

			void main() {
				gl_FragColor = texture2D( tDiffuse, vUv );

				#ifdef LINEAR_TONE_MAPPING
					gl_FragColor.rgb = LinearToneMapping( gl_FragColor.rgb );
				#elif defined( REINHARD_TONE_MAPPING )
					gl_FragColor.rgb = ReinhardToneMapping( gl_FragColor.rgb );
				#elif defined( CINEON_TONE_MAPPING )
					gl_FragColor.rgb = CineonToneMapping( gl_FragColor.rgb );
				#elif defined( ACES_FILMIC_TONE_MAPPING )
					gl_FragColor.rgb = ACESFilmicToneMapping( gl_FragColor.rgb );
				#elif defined( AGX_TONE_MAPPING )
					gl_FragColor.rgb = AgXToneMapping( gl_FragColor.rgb );
				#elif defined( NEUTRAL_TONE_MAPPING )
					gl_FragColor.rgb = NeutralToneMapping( gl_FragColor.rgb );
				#elif defined( CUSTOM_TONE_MAPPING )
					gl_FragColor.rgb = CustomToneMapping( gl_FragColor.rgb );
				#endif

				#ifdef SRGB_TRANSFER
					gl_FragColor = sRGBTransferOETF( gl_FragColor );
				#endif
			}`,depthTest:!1,depthWrite:!1}),d=new je(u,h),f=new qi(-1,1,1,-1,0,1),p=null,y=null,m=!1,g,v=null,T=[],b=!1;this.setSize=function(A,w){o.setSize(A,w),a!==null&&a.setSize(A,w),l!==null&&l.setSize(A,w);for(let x=0;x<T.length;x++){let M=T[x];M.setSize&&M.setSize(A,w)}},this.setEffects=function(A){T=A,b=T.length>0&&T[0].isRenderPass===!0;let w=o.width,x=o.height;T.length>0&&a===null&&(a=new Dn(w,x,{type:ai,depthBuffer:!1,stencilBuffer:!1}),l=new Dn(w,x,{type:ai,depthBuffer:!1,stencilBuffer:!1}));let M=s===!0&&T.some(L=>L.needsDepthTexture===!0);M!==(o.depthTexture!==null)&&(M===!0&&c===null&&(c=new zi(w,x),r===!0&&(c.format=ji,c.type=$s)),o.dispose(),o.depthTexture=M?c:null,o.resolveDepthBuffer=M,o.storeMultisampledDepthBuffer=M);for(let L=0;L<T.length;L++){let R=T[L];R.setSize&&R.setSize(w,x),M&&R.needsDepthTexture===!0&&R.setDepthTexture&&R.setDepthTexture(c)}},this.begin=function(A,w){if(m||A.toneMapping===Mi&&T.length===0)return!1;if(v=w,w!==null){let x=w.width,M=w.height;(o.width!==x||o.height!==M)&&this.setSize(x,M)}return b===!1&&A.setRenderTarget(o),g=A.toneMapping,A.toneMapping=Mi,!0},this.hasRenderPass=function(){return b},this.end=function(A,w){A.toneMapping=g,m=!0;let x=o,M=a;for(let L=0;L<T.length;L++){let R=T[L];R.enabled!==!1&&(R.render(A,M,x,w),R.needsSwap!==!1&&(x=M,M=M===a?l:a))}if(p!==A.outputColorSpace||y!==A.toneMapping){p=A.outputColorSpace,y=A.toneMapping,h.defines={},Ye.getTransfer(p)===ct&&(h.defines.SRGB_TRANSFER="");let L=SS[y];L&&(h.defines[L]=""),h.needsUpdate=!0}h.uniforms.tDiffuse.value=x.texture,A.setRenderTarget(v),A.render(d,f),v=null,m=!1},this.isCompositing=function(){return m},this.dispose=function(){o.dispose(),a!==null&&a.dispose(),l!==null&&l.dispose(),u.dispose(),h.dispose()}}var My=new At,Sy=new zi(1,1),wy=new jo(1),Ey=new Ho,Ty=new ec,Ay=new Yo,ty=[],ny=[],iy=new Float32Array(16),sy=new Float32Array(9),ry=new Float32Array(4);function Qr(i,e,t){let n=i[0];if(n<=0||n>0)return i;let s=e*t,r=ty[s];if(r===void 0&&(r=new Float32Array(s),ty[s]=r),e!==0){n.toArray(r,0);for(let o=1,a=0;o!==e;++o)a+=t,i[o].toArray(r,a)}return r}function Gt(i,e){if(i.length!==e.length)return!1;for(let t=0,n=i.length;t<n;t++)if(i[t]!==e[t])return!1;return!0}function Wt(i,e){for(let t=0,n=e.length;t<n;t++)i[t]=e[t]}function au(i,e){let t=ny[e];t===void 0&&(t=new Int32Array(e),ny[e]=t);for(let n=0;n!==e;++n)t[n]=i.allocateTextureUnit();return t}function ES(i,e){let t=this.cache;t[0]!==e&&(i.uniform1f(this.addr,e),t[0]=e)}function TS(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2f(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Gt(t,e))return;i.uniform2fv(this.addr,e),Wt(t,e)}}function AS(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3f(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else if(e.r!==void 0)(t[0]!==e.r||t[1]!==e.g||t[2]!==e.b)&&(i.uniform3f(this.addr,e.r,e.g,e.b),t[0]=e.r,t[1]=e.g,t[2]=e.b);else{if(Gt(t,e))return;i.uniform3fv(this.addr,e),Wt(t,e)}}function RS(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4f(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Gt(t,e))return;i.uniform4fv(this.addr,e),Wt(t,e)}}function CS(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(Gt(t,e))return;i.uniformMatrix2fv(this.addr,!1,e),Wt(t,e)}else{if(Gt(t,n))return;ry.set(n),i.uniformMatrix2fv(this.addr,!1,ry),Wt(t,n)}}function PS(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(Gt(t,e))return;i.uniformMatrix3fv(this.addr,!1,e),Wt(t,e)}else{if(Gt(t,n))return;sy.set(n),i.uniformMatrix3fv(this.addr,!1,sy),Wt(t,n)}}function IS(i,e){let t=this.cache,n=e.elements;if(n===void 0){if(Gt(t,e))return;i.uniformMatrix4fv(this.addr,!1,e),Wt(t,e)}else{if(Gt(t,n))return;iy.set(n),i.uniformMatrix4fv(this.addr,!1,iy),Wt(t,n)}}function LS(i,e){let t=this.cache;t[0]!==e&&(i.uniform1i(this.addr,e),t[0]=e)}function NS(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2i(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Gt(t,e))return;i.uniform2iv(this.addr,e),Wt(t,e)}}function DS(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3i(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Gt(t,e))return;i.uniform3iv(this.addr,e),Wt(t,e)}}function FS(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4i(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Gt(t,e))return;i.uniform4iv(this.addr,e),Wt(t,e)}}function US(i,e){let t=this.cache;t[0]!==e&&(i.uniform1ui(this.addr,e),t[0]=e)}function OS(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y)&&(i.uniform2ui(this.addr,e.x,e.y),t[0]=e.x,t[1]=e.y);else{if(Gt(t,e))return;i.uniform2uiv(this.addr,e),Wt(t,e)}}function BS(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z)&&(i.uniform3ui(this.addr,e.x,e.y,e.z),t[0]=e.x,t[1]=e.y,t[2]=e.z);else{if(Gt(t,e))return;i.uniform3uiv(this.addr,e),Wt(t,e)}}function kS(i,e){let t=this.cache;if(e.x!==void 0)(t[0]!==e.x||t[1]!==e.y||t[2]!==e.z||t[3]!==e.w)&&(i.uniform4ui(this.addr,e.x,e.y,e.z,e.w),t[0]=e.x,t[1]=e.y,t[2]=e.z,t[3]=e.w);else{if(Gt(t,e))return;i.uniform4uiv(this.addr,e),Wt(t,e)}}function lu(i){return i.version===0&&(i.compareFunction=Cd,i.needsUpdate=!0),i}function HS(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_2D_SHADOW?r=lu(Sy):r=My,t.setTexture2D(e||r,s)}function zS(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),t.setTexture3D(e||Ty,s)}function VS(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s);let r;this.type===i.SAMPLER_CUBE_SHADOW?r=lu(wy):r=Ay,t.setTextureCube(e||r,s)}function GS(i,e,t){let n=this.cache,s=t.allocateTextureUnit();n[0]!==s&&(i.uniform1i(this.addr,s),n[0]=s),t.setTexture2DArray(e||Ey,s)}function WS(i){switch(i){case 5126:return ES;case 35664:return TS;case 35665:return AS;case 35666:return RS;case 35674:return CS;case 35675:return PS;case 35676:return IS;case 5124:case 35670:return LS;case 35667:case 35671:return NS;case 35668:case 35672:return DS;case 35669:case 35673:return FS;case 5125:return US;case 36294:return OS;case 36295:return BS;case 36296:return kS;case 35678:case 36198:case 36298:case 36306:case 35682:return HS;case 35679:case 36299:case 36307:return zS;case 35680:case 36300:case 36308:case 36293:return VS;case 36289:case 36303:case 36311:case 36292:return GS}}function XS(i,e){i.uniform1fv(this.addr,e)}function qS(i,e){let t=Qr(e,this.size,2);i.uniform2fv(this.addr,t)}function YS(i,e){let t=Qr(e,this.size,3);i.uniform3fv(this.addr,t)}function $S(i,e){let t=Qr(e,this.size,4);i.uniform4fv(this.addr,t)}function jS(i,e){let t=Qr(e,this.size,4);i.uniformMatrix2fv(this.addr,!1,t)}function KS(i,e){let t=Qr(e,this.size,9);i.uniformMatrix3fv(this.addr,!1,t)}function ZS(i,e){let t=Qr(e,this.size,16);i.uniformMatrix4fv(this.addr,!1,t)}function JS(i,e){i.uniform1iv(this.addr,e)}function QS(i,e){i.uniform2iv(this.addr,e)}function ew(i,e){i.uniform3iv(this.addr,e)}function tw(i,e){i.uniform4iv(this.addr,e)}function nw(i,e){i.uniform1uiv(this.addr,e)}function iw(i,e){i.uniform2uiv(this.addr,e)}function sw(i,e){i.uniform3uiv(this.addr,e)}function rw(i,e){i.uniform4uiv(this.addr,e)}function ow(i,e,t){let n=this.cache,s=e.length,r=au(t,s);Gt(n,r)||(i.uniform1iv(this.addr,r),Wt(n,r));let o;this.type===i.SAMPLER_2D_SHADOW?o=lu(Sy):o=My;for(let a=0;a!==s;++a)t.setTexture2D(e[a]||o,r[a])}function aw(i,e,t){let n=this.cache,s=e.length,r=au(t,s);Gt(n,r)||(i.uniform1iv(this.addr,r),Wt(n,r));for(let o=0;o!==s;++o)t.setTexture3D(e[o]||Ty,r[o])}function lw(i,e,t){let n=this.cache,s=e.length,r=au(t,s);Gt(n,r)||(i.uniform1iv(this.addr,r),Wt(n,r));let o;this.type===i.SAMPLER_CUBE_SHADOW?o=lu(wy):o=Ay;for(let a=0;a!==s;++a)t.setTextureCube(e[a]||o,r[a])}function cw(i,e,t){let n=this.cache,s=e.length,r=au(t,s);Gt(n,r)||(i.uniform1iv(this.addr,r),Wt(n,r));for(let o=0;o!==s;++o)t.setTexture2DArray(e[o]||Ey,r[o])}function uw(i){switch(i){case 5126:return XS;case 35664:return qS;case 35665:return YS;case 35666:return $S;case 35674:return jS;case 35675:return KS;case 35676:return ZS;case 5124:case 35670:return JS;case 35667:case 35671:return QS;case 35668:case 35672:return ew;case 35669:case 35673:return tw;case 5125:return nw;case 36294:return iw;case 36295:return sw;case 36296:return rw;case 35678:case 36198:case 36298:case 36306:case 35682:return ow;case 35679:case 36299:case 36307:return aw;case 35680:case 36300:case 36308:case 36293:return lw;case 36289:case 36303:case 36311:case 36292:return cw}}var Yd=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.setValue=WS(t.type)}},$d=class{constructor(e,t,n){this.id=e,this.addr=n,this.cache=[],this.type=t.type,this.size=t.size,this.setValue=uw(t.type)}},jd=class{constructor(e){this.id=e,this.seq=[],this.map={}}setValue(e,t,n){let s=this.seq;for(let r=0,o=s.length;r!==o;++r){let a=s[r];a.setValue(e,t[a.id],n)}}},Xd=/(\w+)(\])?(\[|\.)?/g;function oy(i,e){i.seq.push(e),i.map[e.id]=e}function hw(i,e,t){let n=i.name,s=n.length;for(Xd.lastIndex=0;;){let r=Xd.exec(n),o=Xd.lastIndex,a=r[1],l=r[2]==="]",c=r[3];if(l&&(a=a|0),c===void 0||c==="["&&o+2===s){oy(t,c===void 0?new Yd(a,i,e):new $d(a,i,e));break}else{let h=t.map[a];h===void 0&&(h=new jd(a),oy(t,h)),t=h}}}var Jr=class{constructor(e,t){this.seq=[],this.map={};let n=e.getProgramParameter(t,e.ACTIVE_UNIFORMS);for(let o=0;o<n;++o){let a=e.getActiveUniform(t,o),l=e.getUniformLocation(t,a.name);hw(a,l,this)}let s=[],r=[];for(let o of this.seq)o.type===e.SAMPLER_2D_SHADOW||o.type===e.SAMPLER_CUBE_SHADOW||o.type===e.SAMPLER_2D_ARRAY_SHADOW?s.push(o):r.push(o);s.length>0&&(this.seq=s.concat(r))}setValue(e,t,n,s){let r=this.map[t];r!==void 0&&r.setValue(e,n,s)}setOptional(e,t,n){let s=t[n];s!==void 0&&this.setValue(e,n,s)}static upload(e,t,n,s){for(let r=0,o=t.length;r!==o;++r){let a=t[r],l=n[a.id];l.needsUpdate!==!1&&a.setValue(e,l.value,s)}}static seqWithValue(e,t){let n=[];for(let s=0,r=e.length;s!==r;++s){let o=e[s];o.id in t&&n.push(o)}return n}};function ay(i,e,t){let n=i.createShader(e);return i.shaderSource(n,t),i.compileShader(n),n}var dw=37297,fw=0;function pw(i,e){let t=i.split(`
`),n=[],s=Math.max(e-6,0),r=Math.min(e+6,t.length);for(let o=s;o<r;o++){let a=o+1;n.push(`${a===e?">":" "} ${a}: ${t[o]}`)}return n.join(`
`)}var ly=new Be;function mw(i){Ye._getMatrix(ly,Ye.workingColorSpace,i);let e=`mat3( ${ly.elements.map(t=>t.toFixed(4))} )`;switch(Ye.getTransfer(i)){case Bo:return[e,"LinearTransferOETF"];case ct:return[e,"sRGBTransferOETF"];default:return Ce("WebGLProgram: Unsupported color space: ",i),[e,"LinearTransferOETF"]}}function cy(i,e,t){let n=i.getShaderParameter(e,i.COMPILE_STATUS),r=(i.getShaderInfoLog(e)||"").trim();if(n&&r==="")return"";let o=/ERROR: 0:(\d+)/.exec(r);if(o){let a=parseInt(o[1]);return t.toUpperCase()+`

`+r+`

`+pw(i.getShaderSource(e),a)}else return r}function gw(i,e){let t=mw(e);return[`vec4 ${i}( vec4 value ) {`,`	return ${t[1]}( vec4( ${t[0]} * value.rgb, value.a ) );`,"}"].join(`
`)}var yw={[dd]:"Linear",[fd]:"Reinhard",[pd]:"Cineon",[md]:"ACESFilmic",[yd]:"AgX",[xd]:"Neutral",[gd]:"Custom"};function xw(i,e){let t=yw[e];return t===void 0?(Ce("WebGLProgram: Unsupported toneMapping:",e),"vec3 "+i+"( vec3 color ) { return LinearToneMapping( color ); }"):"vec3 "+i+"( vec3 color ) { return "+t+"ToneMapping( color ); }"}var su=new P;function vw(){Ye.getLuminanceCoefficients(su);let i=su.x.toFixed(4),e=su.y.toFixed(4),t=su.z.toFixed(4);return["float luminance( const in vec3 rgb ) {",`	const vec3 weights = vec3( ${i}, ${e}, ${t} );`,"	return dot( weights, rgb );","}"].join(`
`)}function _w(i){return[i.extensionClipCullDistance?"#extension GL_ANGLE_clip_cull_distance : require":"",i.extensionMultiDraw?"#extension GL_ANGLE_multi_draw : require":""].filter(wa).join(`
`)}function bw(i){let e=[];for(let t in i){let n=i[t];n!==!1&&e.push("#define "+t+" "+n)}return e.join(`
`)}function Mw(i,e){let t={},n=i.getProgramParameter(e,i.ACTIVE_ATTRIBUTES);for(let s=0;s<n;s++){let r=i.getActiveAttrib(e,s),o=r.name,a=1;r.type===i.FLOAT_MAT2&&(a=2),r.type===i.FLOAT_MAT3&&(a=3),r.type===i.FLOAT_MAT4&&(a=4),t[o]={type:r.type,location:i.getAttribLocation(e,o),locationSize:a}}return t}function wa(i){return i!==""}function uy(i,e){let t=e.numSpotLightShadows+e.numSpotLightMaps-e.numSpotLightShadowsWithMaps;return i.replace(/NUM_SUN_LIGHTS/g,e.numSunLights).replace(/NUM_DIR_LIGHTS/g,e.numDirLights).replace(/NUM_SPOT_LIGHTS/g,e.numSpotLights).replace(/NUM_SPOT_LIGHT_MAPS/g,e.numSpotLightMaps).replace(/NUM_SPOT_LIGHT_COORDS/g,t).replace(/NUM_RECT_AREA_LIGHTS/g,e.numRectAreaLights).replace(/NUM_POINT_LIGHTS/g,e.numPointLights).replace(/NUM_HEMI_LIGHTS/g,e.numHemiLights).replace(/NUM_SUN_LIGHT_SHADOWS/g,e.numSunLightShadows).replace(/NUM_DIR_LIGHT_SHADOWS/g,e.numDirLightShadows).replace(/NUM_SPOT_LIGHT_SHADOWS_WITH_MAPS/g,e.numSpotLightShadowsWithMaps).replace(/NUM_SPOT_LIGHT_SHADOWS/g,e.numSpotLightShadows).replace(/NUM_POINT_LIGHT_SHADOWS/g,e.numPointLightShadows).replace(/NUM_LIGHT_PROBE_GRIDS/g,e.numLightProbeGrids)}function hy(i,e){return i.replace(/NUM_CLIPPING_PLANES/g,e.numClippingPlanes).replace(/UNION_CLIPPING_PLANES/g,e.numClippingPlanes-e.numClipIntersection)}var Sw=/^[ \t]*#include +<([\w\d./]+)>/gm;function Kd(i){return i.replace(Sw,ww)}function ww(i,e){let t=qe[e];if(t===void 0)throw new Error("THREE.WebGLProgram: Can not resolve #include <"+e+">");return Kd(t)}var Ew=/#pragma unroll_loop_start\s+for\s*\(\s*int\s+i\s*=\s*(\d+)\s*;\s*i\s*<\s*(\d+)\s*;\s*i\s*\+\+\s*\)\s*{([\s\S]+?)}\s+#pragma unroll_loop_end/g;function dy(i){return i.replace(Ew,Tw)}function Tw(i,e,t,n){let s="";for(let r=parseInt(e);r<parseInt(t);r++)s+=n.replace(/\[\s*i\s*\]/g,"[ "+r+" ]").replace(/UNROLLED_LOOP_INDEX/g,r);return s}function fy(i){let e=`precision ${i.precision} float;
	precision ${i.precision} int;
	precision ${i.precision} sampler2D;
	precision ${i.precision} samplerCube;
	precision ${i.precision} sampler3D;
	precision ${i.precision} sampler2DArray;
	precision ${i.precision} sampler2DShadow;
	precision ${i.precision} samplerCubeShadow;
	precision ${i.precision} sampler2DArrayShadow;
	precision ${i.precision} isampler2D;
	precision ${i.precision} isampler3D;
	precision ${i.precision} isamplerCube;
	precision ${i.precision} isampler2DArray;
	precision ${i.precision} usampler2D;
	precision ${i.precision} usampler3D;
	precision ${i.precision} usamplerCube;
	precision ${i.precision} usampler2DArray;
	`;return i.precision==="highp"?e+=`
#define HIGH_PRECISION`:i.precision==="mediump"?e+=`
#define MEDIUM_PRECISION`:i.precision==="lowp"&&(e+=`
#define LOW_PRECISION`),e}var Aw={[fa]:"SHADOWMAP_TYPE_PCF",[Xr]:"SHADOWMAP_TYPE_VSM"};function Rw(i){return Aw[i.shadowMapType]||"SHADOWMAP_TYPE_BASIC"}var Cw={[Yr]:"ENVMAP_MODE_REFRACTION"};function Pw(i){return i.envMap===!1?"ENVMAP_MODE_REFLECTION":Cw[i.envMapMode]||"ENVMAP_MODE_REFLECTION"}var Iw={[pa]:"ENVMAP_BLENDING_MULTIPLY",[Lg]:"ENVMAP_BLENDING_MIX",[Ng]:"ENVMAP_BLENDING_ADD"};function Lw(i){return i.envMap===!1?"ENVMAP_BLENDING_NONE":Iw[i.combine]||"ENVMAP_BLENDING_NONE"}function Nw(i,e,t,n){let s=i.getContext(),r=t.defines,o=t.vertexShader,a=t.fragmentShader,l=Rw(t),c=t.envMapPMREM===!0?"ENVMAP_TYPE_PMREM":"ENVMAP_TYPE_CUBE",u=Pw(t),h=Lw(t),d=_w(t),f=bw(r),p=s.createProgram(),y,m,g=t.glslVersion?"#version "+t.glslVersion+`
`:"";t.isRawShaderMaterial?(y=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(wa).join(`
`),y.length>0&&(y+=`
`),m=["#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f].filter(wa).join(`
`),m.length>0&&(m+=`
`)):(y=[fy(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.extensionClipCullDistance?"#define USE_CLIP_DISTANCE":"",t.batching?"#define USE_BATCHING":"",t.batchingColor?"#define USE_BATCHING_COLOR":"",t.instancing?"#define USE_INSTANCING":"",t.instancingColor?"#define USE_INSTANCING_COLOR":"",t.instancingMorph?"#define USE_INSTANCING_MORPH":"",t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.map?"#define USE_MAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+u:"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.displacementMap?"#define USE_DISPLACEMENTMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.mapUv?"#define MAP_UV "+t.mapUv:"",t.alphaMapUv?"#define ALPHAMAP_UV "+t.alphaMapUv:"",t.lightMapUv?"#define LIGHTMAP_UV "+t.lightMapUv:"",t.aoMapUv?"#define AOMAP_UV "+t.aoMapUv:"",t.emissiveMapUv?"#define EMISSIVEMAP_UV "+t.emissiveMapUv:"",t.bumpMapUv?"#define BUMPMAP_UV "+t.bumpMapUv:"",t.normalMapUv?"#define NORMALMAP_UV "+t.normalMapUv:"",t.displacementMapUv?"#define DISPLACEMENTMAP_UV "+t.displacementMapUv:"",t.metalnessMapUv?"#define METALNESSMAP_UV "+t.metalnessMapUv:"",t.roughnessMapUv?"#define ROUGHNESSMAP_UV "+t.roughnessMapUv:"",t.anisotropyMapUv?"#define ANISOTROPYMAP_UV "+t.anisotropyMapUv:"",t.clearcoatMapUv?"#define CLEARCOATMAP_UV "+t.clearcoatMapUv:"",t.clearcoatNormalMapUv?"#define CLEARCOAT_NORMALMAP_UV "+t.clearcoatNormalMapUv:"",t.clearcoatRoughnessMapUv?"#define CLEARCOAT_ROUGHNESSMAP_UV "+t.clearcoatRoughnessMapUv:"",t.diffuseRoughnessMapUv?"#define DIFFUSE_ROUGHNESSMAP_UV "+t.diffuseRoughnessMapUv:"",t.iridescenceMapUv?"#define IRIDESCENCEMAP_UV "+t.iridescenceMapUv:"",t.iridescenceThicknessMapUv?"#define IRIDESCENCE_THICKNESSMAP_UV "+t.iridescenceThicknessMapUv:"",t.sheenColorMapUv?"#define SHEEN_COLORMAP_UV "+t.sheenColorMapUv:"",t.sheenRoughnessMapUv?"#define SHEEN_ROUGHNESSMAP_UV "+t.sheenRoughnessMapUv:"",t.specularMapUv?"#define SPECULARMAP_UV "+t.specularMapUv:"",t.specularColorMapUv?"#define SPECULAR_COLORMAP_UV "+t.specularColorMapUv:"",t.specularIntensityMapUv?"#define SPECULAR_INTENSITYMAP_UV "+t.specularIntensityMapUv:"",t.transmissionMapUv?"#define TRANSMISSIONMAP_UV "+t.transmissionMapUv:"",t.thicknessMapUv?"#define THICKNESSMAP_UV "+t.thicknessMapUv:"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexNormals?"#define HAS_NORMAL":"",t.vertexColors?"#define USE_COLOR":"",t.vertexAlphas?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.flatShading?"#define FLAT_SHADED":"",t.skinning?"#define USE_SKINNING":"",t.morphTargets?"#define USE_MORPHTARGETS":"",t.morphNormals&&t.flatShading===!1?"#define USE_MORPHNORMALS":"",t.morphColors?"#define USE_MORPHCOLORS":"",t.morphTargetsCount>0?"#define MORPHTARGETS_TEXTURE_STRIDE "+t.morphTextureStride:"",t.morphTargetsCount>0?"#define MORPHTARGETS_COUNT "+t.morphTargetsCount:"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.sizeAttenuation?"#define USE_SIZEATTENUATION":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 modelMatrix;","uniform mat4 modelViewMatrix;","uniform mat4 projectionMatrix;","uniform mat4 viewMatrix;","uniform mat3 normalMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;","#ifdef USE_INSTANCING","	attribute mat4 instanceMatrix;","#endif","#ifdef USE_INSTANCING_COLOR","	attribute vec3 instanceColor;","#endif","#ifdef USE_INSTANCING_MORPH","	uniform sampler2D morphTexture;","#endif","attribute vec3 position;","attribute vec3 normal;","attribute vec2 uv;","#ifdef USE_UV1","	attribute vec2 uv1;","#endif","#ifdef USE_UV2","	attribute vec2 uv2;","#endif","#ifdef USE_UV3","	attribute vec2 uv3;","#endif","#ifdef USE_TANGENT","	attribute vec4 tangent;","#endif","#if defined( USE_COLOR_ALPHA )","	attribute vec4 color;","#elif defined( USE_COLOR )","	attribute vec3 color;","#endif","#ifdef USE_SKINNING","	attribute vec4 skinIndex;","	attribute vec4 skinWeight;","#endif",`
`].filter(wa).join(`
`),m=[fy(t),"#define SHADER_TYPE "+t.shaderType,"#define SHADER_NAME "+t.shaderName,f,t.useFog&&t.fog?"#define USE_FOG":"",t.useFog&&t.fogExp2?"#define FOG_EXP2":"",t.alphaToCoverage?"#define ALPHA_TO_COVERAGE":"",t.map?"#define USE_MAP":"",t.matcap?"#define USE_MATCAP":"",t.envMap?"#define USE_ENVMAP":"",t.envMap?"#define "+c:"",t.envMap?"#define "+u:"",t.envMap?"#define "+h:"",t.envMapPMREM?"#define ENVMAP_MAX_LOD "+t.envMapMaxLod+".0":"",t.envMapPMREM?"#define ENVMAP_SIZE "+t.envMapSize+".0":"",t.lightMap?"#define USE_LIGHTMAP":"",t.aoMap?"#define USE_AOMAP":"",t.bumpMap?"#define USE_BUMPMAP":"",t.normalMap?"#define USE_NORMALMAP":"",t.normalMapObjectSpace?"#define USE_NORMALMAP_OBJECTSPACE":"",t.normalMapTangentSpace?"#define USE_NORMALMAP_TANGENTSPACE":"",t.packedNormalMap?"#define USE_PACKED_NORMALMAP":"",t.emissiveMap?"#define USE_EMISSIVEMAP":"",t.anisotropy?"#define USE_ANISOTROPY":"",t.anisotropyMap?"#define USE_ANISOTROPYMAP":"",t.clearcoat?"#define USE_CLEARCOAT":"",t.clearcoatMap?"#define USE_CLEARCOATMAP":"",t.clearcoatRoughnessMap?"#define USE_CLEARCOAT_ROUGHNESSMAP":"",t.clearcoatNormalMap?"#define USE_CLEARCOAT_NORMALMAP":"",t.diffuseRoughness?"#define USE_DIFFUSE_ROUGHNESS":"",t.diffuseRoughnessMap?"#define USE_DIFFUSE_ROUGHNESSMAP":"",t.dispersion?"#define USE_DISPERSION":"",t.retroreflection?"#define USE_RETROREFLECTION":"",t.iridescence?"#define USE_IRIDESCENCE":"",t.iridescenceMap?"#define USE_IRIDESCENCEMAP":"",t.iridescenceThicknessMap?"#define USE_IRIDESCENCE_THICKNESSMAP":"",t.specularMap?"#define USE_SPECULARMAP":"",t.specularColorMap?"#define USE_SPECULAR_COLORMAP":"",t.specularIntensityMap?"#define USE_SPECULAR_INTENSITYMAP":"",t.roughnessMap?"#define USE_ROUGHNESSMAP":"",t.metalnessMap?"#define USE_METALNESSMAP":"",t.alphaMap?"#define USE_ALPHAMAP":"",t.alphaTest?"#define USE_ALPHATEST":"",t.alphaHash?"#define USE_ALPHAHASH":"",t.sheen?"#define USE_SHEEN":"",t.sheenColorMap?"#define USE_SHEEN_COLORMAP":"",t.sheenRoughnessMap?"#define USE_SHEEN_ROUGHNESSMAP":"",t.transmission?"#define USE_TRANSMISSION":"",t.transmissionMap?"#define USE_TRANSMISSIONMAP":"",t.thicknessMap?"#define USE_THICKNESSMAP":"",t.vertexTangents&&t.flatShading===!1?"#define USE_TANGENT":"",t.vertexColors||t.instancingColor?"#define USE_COLOR":"",t.vertexAlphas||t.batchingColor?"#define USE_COLOR_ALPHA":"",t.vertexUv1s?"#define USE_UV1":"",t.vertexUv2s?"#define USE_UV2":"",t.vertexUv3s?"#define USE_UV3":"",t.pointsUvs?"#define USE_POINTS_UV":"",t.gradientMap?"#define USE_GRADIENTMAP":"",t.flatShading?"#define FLAT_SHADED":"",t.doubleSided?"#define DOUBLE_SIDED":"",t.flipSided?"#define FLIP_SIDED":"",t.shadowMapEnabled?"#define USE_SHADOWMAP":"",t.shadowMapEnabled?"#define "+l:"",t.premultipliedAlpha?"#define PREMULTIPLIED_ALPHA":"",t.numLightProbes>0?"#define USE_LIGHT_PROBES":"",t.decodeVideoTexture?"#define DECODE_VIDEO_TEXTURE":"",t.decodeVideoTextureEmissive?"#define DECODE_VIDEO_TEXTURE_EMISSIVE":"",t.logarithmicDepthBuffer?"#define USE_LOGARITHMIC_DEPTH_BUFFER":"",t.reversedDepthBuffer?"#define USE_REVERSED_DEPTH_BUFFER":"","uniform mat4 viewMatrix;","uniform vec3 cameraPosition;","uniform bool isOrthographic;",t.toneMapping!==Mi?"#define TONE_MAPPING":"",t.toneMapping!==Mi?qe.tonemapping_pars_fragment:"",t.toneMapping!==Mi?xw("toneMapping",t.toneMapping):"",t.dithering?"#define DITHERING":"",t.opaque?"#define OPAQUE":"",qe.colorspace_pars_fragment,gw("linearToOutputTexel",t.outputColorSpace),vw(),t.useDepthPacking?"#define DEPTH_PACKING "+t.depthPacking:"",`
`].filter(wa).join(`
`)),o=Kd(o),o=uy(o,t),o=hy(o,t),a=Kd(a),a=uy(a,t),a=hy(a,t),o=dy(o),a=dy(a),t.isRawShaderMaterial!==!0&&(g=`#version 300 es
`,y=[d,"#define attribute in","#define varying out","#define texture2D texture"].join(`
`)+`
`+y,m=["#define varying in",t.glslVersion===Id?"":"layout(location = 0) out highp vec4 pc_fragColor;",t.glslVersion===Id?"":"#define gl_FragColor pc_fragColor","#define gl_FragDepthEXT gl_FragDepth","#define texture2D texture","#define textureCube texture","#define texture2DProj textureProj","#define texture2DLodEXT textureLod","#define texture2DProjLodEXT textureProjLod","#define textureCubeLodEXT textureLod","#define texture2DGradEXT textureGrad","#define texture2DProjGradEXT textureProjGrad","#define textureCubeGradEXT textureGrad"].join(`
`)+`
`+m);let v=g+y+o,T=g+m+a,b=ay(s,s.VERTEX_SHADER,v),A=ay(s,s.FRAGMENT_SHADER,T);s.attachShader(p,b),s.attachShader(p,A),t.index0AttributeName!==void 0?s.bindAttribLocation(p,0,t.index0AttributeName):t.hasPositionAttribute===!0&&s.bindAttribLocation(p,0,"position"),s.linkProgram(p);function w(R){if(i.debug.checkShaderErrors){let I=s.getProgramInfoLog(p)||"",U=s.getShaderInfoLog(b)||"",V=s.getShaderInfoLog(A)||"",N=I.trim(),G=U.trim(),k=V.trim(),W=!0,ee=!0;if(s.getProgramParameter(p,s.LINK_STATUS)===!1)if(W=!1,typeof i.debug.onShaderError=="function")i.debug.onShaderError(s,p,b,A);else{let q=cy(s,b,"vertex"),J=cy(s,A,"fragment");Fe("WebGLProgram: Shader Error "+s.getError()+" - VALIDATE_STATUS "+s.getProgramParameter(p,s.VALIDATE_STATUS)+`

Material Name: `+R.name+`
Material Type: `+R.type+`

Program Info Log: `+N+`
`+q+`
`+J)}else N!==""?Ce("WebGLProgram: Program Info Log:",N):(G===""||k==="")&&(ee=!1);ee&&(R.diagnostics={runnable:W,programLog:N,vertexShader:{log:G,prefix:y},fragmentShader:{log:k,prefix:m}})}s.deleteShader(b),s.deleteShader(A),x=new Jr(s,p),M=Mw(s,p)}let x;this.getUniforms=function(){return x===void 0&&w(this),x};let M;this.getAttributes=function(){return M===void 0&&w(this),M};let L=t.rendererExtensionParallelShaderCompile===!1;return this.isReady=function(){return L===!1&&(L=s.getProgramParameter(p,dw)),L},this.destroy=function(){n.releaseStatesOfProgram(this),s.deleteProgram(p),this.program=void 0},this.type=t.shaderType,this.name=t.shaderName,this.id=fw++,this.cacheKey=e,this.usedTimes=1,this.program=p,this.vertexShader=b,this.fragmentShader=A,this}var Dw=0,Zd=class{constructor(){this.shaderCache=new Map,this.materialCache=new Map}update(e,t,n){let s=this._getShaderCacheForMaterial(e);return s.has(t)===!1&&(s.add(t),t.usedTimes++),s.has(n)===!1&&(s.add(n),n.usedTimes++),this}remove(e){let t=this.materialCache.get(e);for(let n of t)n.usedTimes--,n.usedTimes===0&&this.shaderCache.delete(n.code);return this.materialCache.delete(e),this}getVertexShaderStage(e){return this._getShaderStage(e.vertexShader)}getFragmentShaderStage(e){return this._getShaderStage(e.fragmentShader)}dispose(){this.shaderCache.clear(),this.materialCache.clear()}_getShaderCacheForMaterial(e){let t=this.materialCache,n=t.get(e);return n===void 0&&(n=new Set,t.set(e,n)),n}_getShaderStage(e){let t=this.shaderCache,n=t.get(e);return n===void 0&&(n=new Jd(e),t.set(e,n)),n}},Jd=class{constructor(e){this.id=Dw++,this.code=e,this.usedTimes=0}};function Fw(i){return i===ys||i===va||i===_a}function Uw(i,e,t,n,s,r){let o=new kr,a=new Zd,l=new Set,c=[],u=new Map,h=n.logarithmicDepthBuffer,d={MeshDepthMaterial:"depth",MeshDistanceMaterial:"distance",MeshNormalMaterial:"normal",MeshBasicMaterial:"basic",MeshLambertMaterial:"lambert",MeshPhongMaterial:"phong",MeshToonMaterial:"toon",MeshStandardMaterial:"physical",MeshPhysicalMaterial:"physical",MeshMatcapMaterial:"matcap",LineBasicMaterial:"basic",LineDashedMaterial:"dashed",PointsMaterial:"points",ShadowMaterial:"shadow",SpriteMaterial:"sprite"};function f(x){return l.add(x),x===0?"uv":`uv${x}`}function p(x,M,L,R,I,U){let V=R.fog,N=I.geometry,G=x.isMeshStandardMaterial||x.isMeshLambertMaterial||x.isMeshPhongMaterial?R.environment:null,k=x.isMeshStandardMaterial||x.isMeshLambertMaterial&&!x.envMap||x.isMeshPhongMaterial&&!x.envMap,W=e.get(x.envMap||G,k),ee=d[x.type],q=n.precision;x.precision!==null&&(q=n.getMaxPrecision(x.precision),q!==x.precision&&Ce("WebGLProgram.getParameters:",x.precision,"not supported, using",q,"instead."));let J=N.morphAttributes.position||N.morphAttributes.normal||N.morphAttributes.color,te=J!==void 0?J.length:0,_e=0;N.morphAttributes.position!==void 0&&(_e=1),N.morphAttributes.normal!==void 0&&(_e=2),N.morphAttributes.color!==void 0&&(_e=3);let Ue,j,pe,we;if(ee){let me=bn[ee];Ue=me.vertexShader,j=me.fragmentShader}else{Ue=x.vertexShader,j=x.fragmentShader;let me=a.getVertexShaderStage(x),ht=a.getFragmentShaderStage(x);a.update(x,me,ht),pe=me.id,we=ht.id}let Le=i.getRenderTarget(),ye=i.state.buffers.depth.getReversed(),Ge=I.isInstancedMesh===!0,Nt=I.isBatchedMesh===!0,De=!!x.map,ut=!!x.matcap,ft=!!W,Qe=ft&&W.isPMREMTexture===!0,en=!!x.aoMap,Ot=!!x.lightMap,Sn=!!x.bumpMap&&x.wireframe===!1,St=!!x.normalMap,ui=!!x.displacementMap,qt=!!x.emissiveMap,kn=!!x.metalnessMap,Hn=!!x.roughnessMap,zn=x.anisotropy>0,O=x.clearcoat>0,Vn=x.diffuseRoughness>0,xt=x.dispersion>0,vt=x.retroreflectivity>0,fe=x.iridescence>0,Bt=x.sheen>0,Ne=x.transmission>0,ke=zn&&!!x.anisotropyMap,C=O&&!!x.clearcoatMap,S=O&&!!x.clearcoatNormalMap,H=O&&!!x.clearcoatRoughnessMap,ne=Vn&&!!x.diffuseRoughnessMap,Q=fe&&!!x.iridescenceMap,re=fe&&!!x.iridescenceThicknessMap,ue=Bt&&!!x.sheenColorMap,$=Bt&&!!x.sheenRoughnessMap,K=!!x.specularMap,ae=!!x.specularColorMap,D=!!x.specularIntensityMap,Z=Ne&&!!x.transmissionMap,Y=Ne&&!!x.thicknessMap,le=!!x.gradientMap,se=!!x.alphaMap,oe=x.alphaTest>0,Pe=!!x.alphaHash,Xe=!!x.extensions,ie=Mi;x.toneMapped&&(Le===null||Le.isXRRenderTarget===!0)&&(ie=i.toneMapping);let Ie=Qe?W.isCompressedCubeTexture?W.image[0].mipmaps:W.mipmaps:null,We={shaderID:ee,shaderType:x.type,shaderName:x.name,vertexShader:Ue,fragmentShader:j,defines:x.defines,customVertexShaderID:pe,customFragmentShaderID:we,isRawShaderMaterial:x.isRawShaderMaterial===!0,glslVersion:x.glslVersion,precision:q,batching:Nt,batchingColor:Nt&&I._colorsTexture!==null,instancing:Ge,instancingColor:Ge&&I.instanceColor!==null,instancingMorph:Ge&&I.morphTexture!==null,outputColorSpace:Le===null?i.outputColorSpace:Le.isXRRenderTarget===!0?Le.texture.colorSpace:Ye.workingColorSpace,alphaToCoverage:!!x.alphaToCoverage,map:De,matcap:ut,envMap:ft,envMapMode:ft&&W.mapping,envMapPMREM:Qe,envMapMaxLod:Qe?Ie.length-1:null,envMapSize:Qe?Ie[0].width:null,aoMap:en,lightMap:Ot,bumpMap:Sn,normalMap:St,displacementMap:ui,emissiveMap:qt,normalMapObjectSpace:St&&x.normalMapType===Og,normalMapTangentSpace:St&&x.normalMapType===Zr,packedNormalMap:St&&x.normalMapType===Zr&&Fw(x.normalMap.format),metalnessMap:kn,roughnessMap:Hn,anisotropy:zn,anisotropyMap:ke,clearcoat:O,clearcoatMap:C,clearcoatNormalMap:S,clearcoatRoughnessMap:H,diffuseRoughness:Vn,diffuseRoughnessMap:ne,dispersion:xt,retroreflection:vt,iridescence:fe,iridescenceMap:Q,iridescenceThicknessMap:re,sheen:Bt,sheenColorMap:ue,sheenRoughnessMap:$,specularMap:K,specularColorMap:ae,specularIntensityMap:D,transmission:Ne,transmissionMap:Z,thicknessMap:Y,gradientMap:le,opaque:x.transparent===!1&&x.blending===qr&&x.alphaToCoverage===!1,alphaMap:se,alphaTest:oe,alphaHash:Pe,combine:x.combine,mapUv:De&&f(x.map.channel),aoMapUv:en&&f(x.aoMap.channel),lightMapUv:Ot&&f(x.lightMap.channel),bumpMapUv:Sn&&f(x.bumpMap.channel),normalMapUv:St&&f(x.normalMap.channel),displacementMapUv:ui&&f(x.displacementMap.channel),emissiveMapUv:qt&&f(x.emissiveMap.channel),metalnessMapUv:kn&&f(x.metalnessMap.channel),roughnessMapUv:Hn&&f(x.roughnessMap.channel),anisotropyMapUv:ke&&f(x.anisotropyMap.channel),clearcoatMapUv:C&&f(x.clearcoatMap.channel),clearcoatNormalMapUv:S&&f(x.clearcoatNormalMap.channel),clearcoatRoughnessMapUv:H&&f(x.clearcoatRoughnessMap.channel),diffuseRoughnessMapUv:ne&&f(x.diffuseRoughnessMap.channel),iridescenceMapUv:Q&&f(x.iridescenceMap.channel),iridescenceThicknessMapUv:re&&f(x.iridescenceThicknessMap.channel),sheenColorMapUv:ue&&f(x.sheenColorMap.channel),sheenRoughnessMapUv:$&&f(x.sheenRoughnessMap.channel),specularMapUv:K&&f(x.specularMap.channel),specularColorMapUv:ae&&f(x.specularColorMap.channel),specularIntensityMapUv:D&&f(x.specularIntensityMap.channel),transmissionMapUv:Z&&f(x.transmissionMap.channel),thicknessMapUv:Y&&f(x.thicknessMap.channel),alphaMapUv:se&&f(x.alphaMap.channel),vertexTangents:!!N.attributes.tangent&&(St||zn),vertexNormals:!!N.attributes.normal,vertexColors:x.vertexColors,vertexAlphas:x.vertexColors===!0&&!!N.attributes.color&&N.attributes.color.itemSize===4,pointsUvs:I.isPoints===!0&&!!N.attributes.uv&&(De||se),fog:!!V,useFog:x.fog===!0,fogExp2:!!V&&V.isFogExp2,flatShading:x.wireframe===!1&&(x.flatShading===!0||N.attributes.normal===void 0&&St===!1&&(x.isMeshLambertMaterial||x.isMeshPhongMaterial||x.isMeshStandardMaterial||x.isMeshPhysicalMaterial)),sizeAttenuation:x.sizeAttenuation===!0,logarithmicDepthBuffer:h,reversedDepthBuffer:ye,skinning:I.isSkinnedMesh===!0,hasPositionAttribute:N.attributes.position!==void 0,morphTargets:N.morphAttributes.position!==void 0,morphNormals:N.morphAttributes.normal!==void 0,morphColors:N.morphAttributes.color!==void 0,morphTargetsCount:te,morphTextureStride:_e,numSunLights:M.sun.length,numDirLights:M.directional.length,numPointLights:M.point.length,numSpotLights:M.spot.length,numSpotLightMaps:M.spotLightMap.length,numRectAreaLights:M.rectArea.length,numHemiLights:M.hemi.length,numSunLightShadows:M.sunShadowMap.length,numDirLightShadows:M.directionalShadowMap.length,numPointLightShadows:M.pointShadowMap.length,numSpotLightShadows:M.spotShadowMap.length,numSpotLightShadowsWithMaps:M.numSpotLightShadowsWithMaps,numLightProbes:M.numLightProbes,numLightProbeGrids:U.filter(me=>me.texture!==null).length,numClippingPlanes:r.numPlanes,numClipIntersection:r.numIntersection,dithering:x.dithering,shadowMapEnabled:i.shadowMap.enabled&&L.length>0,shadowMapType:i.shadowMap.type,toneMapping:ie,decodeVideoTexture:De&&x.map.isVideoTexture===!0&&Ye.getTransfer(x.map.colorSpace)===ct,decodeVideoTextureEmissive:qt&&x.emissiveMap.isVideoTexture===!0&&Ye.getTransfer(x.emissiveMap.colorSpace)===ct,premultipliedAlpha:x.premultipliedAlpha,doubleSided:x.side===Lt,flipSided:x.side===rn,useDepthPacking:x.depthPacking>=0,depthPacking:x.depthPacking||0,index0AttributeName:x.index0AttributeName,extensionClipCullDistance:Xe&&x.extensions.clipCullDistance===!0&&t.has("WEBGL_clip_cull_distance"),extensionMultiDraw:(Xe&&x.extensions.multiDraw===!0||Nt)&&t.has("WEBGL_multi_draw"),rendererExtensionParallelShaderCompile:t.has("KHR_parallel_shader_compile"),customProgramCacheKey:x.customProgramCacheKey()};return We.vertexUv1s=l.has(1),We.vertexUv2s=l.has(2),We.vertexUv3s=l.has(3),l.clear(),We}function y(x){let M=[];if(x.shaderID?M.push(x.shaderID):(M.push(x.customVertexShaderID),M.push(x.customFragmentShaderID)),x.defines!==void 0)for(let L in x.defines)M.push(L),M.push(x.defines[L]);return x.isRawShaderMaterial===!1&&(m(M,x),g(M,x),M.push(i.outputColorSpace)),M.push(x.customProgramCacheKey),M.join()}function m(x,M){x.push(M.precision),x.push(M.outputColorSpace),x.push(M.envMapMode),x.push(M.envMapPMREM),x.push(M.envMapMaxLod),x.push(M.envMapSize),x.push(M.mapUv),x.push(M.alphaMapUv),x.push(M.lightMapUv),x.push(M.aoMapUv),x.push(M.bumpMapUv),x.push(M.normalMapUv),x.push(M.displacementMapUv),x.push(M.emissiveMapUv),x.push(M.metalnessMapUv),x.push(M.roughnessMapUv),x.push(M.anisotropyMapUv),x.push(M.clearcoatMapUv),x.push(M.clearcoatNormalMapUv),x.push(M.clearcoatRoughnessMapUv),x.push(M.diffuseRoughnessMapUv),x.push(M.iridescenceMapUv),x.push(M.iridescenceThicknessMapUv),x.push(M.sheenColorMapUv),x.push(M.sheenRoughnessMapUv),x.push(M.specularMapUv),x.push(M.specularColorMapUv),x.push(M.specularIntensityMapUv),x.push(M.transmissionMapUv),x.push(M.thicknessMapUv),x.push(M.combine),x.push(M.fogExp2),x.push(M.sizeAttenuation),x.push(M.morphTargetsCount),x.push(M.numSunLights),x.push(M.numDirLights),x.push(M.numPointLights),x.push(M.numSpotLights),x.push(M.numSpotLightMaps),x.push(M.numHemiLights),x.push(M.numRectAreaLights),x.push(M.numSunLightShadows),x.push(M.numDirLightShadows),x.push(M.numPointLightShadows),x.push(M.numSpotLightShadows),x.push(M.numSpotLightShadowsWithMaps),x.push(M.numLightProbes),x.push(M.numLightProbeGrids),x.push(M.shadowMapType),x.push(M.toneMapping),x.push(M.numClippingPlanes),x.push(M.numClipIntersection),x.push(M.depthPacking)}function g(x,M){o.disableAll(),M.instancing&&o.enable(0),M.instancingColor&&o.enable(1),M.instancingMorph&&o.enable(2),M.matcap&&o.enable(3),M.envMap&&o.enable(4),M.normalMapObjectSpace&&o.enable(5),M.normalMapTangentSpace&&o.enable(6),M.clearcoat&&o.enable(7),M.iridescence&&o.enable(8),M.alphaTest&&o.enable(9),M.vertexColors&&o.enable(10),M.vertexAlphas&&o.enable(11),M.vertexUv1s&&o.enable(12),M.vertexUv2s&&o.enable(13),M.vertexUv3s&&o.enable(14),M.vertexTangents&&o.enable(15),M.anisotropy&&o.enable(16),M.alphaHash&&o.enable(17),M.batching&&o.enable(18),M.dispersion&&o.enable(19),M.retroreflection&&o.enable(24),M.diffuseRoughness&&o.enable(25),M.batchingColor&&o.enable(20),M.gradientMap&&o.enable(21),M.packedNormalMap&&o.enable(22),M.vertexNormals&&o.enable(23),x.push(o.mask),o.disableAll(),M.fog&&o.enable(0),M.useFog&&o.enable(1),M.flatShading&&o.enable(2),M.logarithmicDepthBuffer&&o.enable(3),M.reversedDepthBuffer&&o.enable(4),M.skinning&&o.enable(5),M.morphTargets&&o.enable(6),M.morphNormals&&o.enable(7),M.morphColors&&o.enable(8),M.premultipliedAlpha&&o.enable(9),M.shadowMapEnabled&&o.enable(10),M.doubleSided&&o.enable(11),M.flipSided&&o.enable(12),M.useDepthPacking&&o.enable(13),M.dithering&&o.enable(14),M.transmission&&o.enable(15),M.sheen&&o.enable(16),M.opaque&&o.enable(17),M.pointsUvs&&o.enable(18),M.decodeVideoTexture&&o.enable(19),M.decodeVideoTextureEmissive&&o.enable(20),M.alphaToCoverage&&o.enable(21),M.numLightProbeGrids>0&&o.enable(22),M.hasPositionAttribute&&o.enable(23),x.push(o.mask)}function v(x){let M=d[x.type],L;if(M){let R=bn[M];L=Ma.clone(R.uniforms)}else L=x.uniforms;return L}function T(x,M){let L=u.get(M);return L!==void 0?++L.usedTimes:(L=new Nw(i,M,x,s),c.push(L),u.set(M,L)),L}function b(x){if(--x.usedTimes===0){let M=c.indexOf(x);c[M]=c[c.length-1],c.pop(),u.delete(x.cacheKey),x.destroy()}}function A(x){a.remove(x)}function w(){a.dispose()}return{getParameters:p,getProgramCacheKey:y,getUniforms:v,acquireProgram:T,releaseProgram:b,releaseShaderCache:A,programs:c,dispose:w}}function Ow(){let i=new WeakMap;function e(o){return i.has(o)}function t(o){let a=i.get(o);return a===void 0&&(a={},i.set(o,a)),a}function n(o){i.delete(o)}function s(o,a,l){i.get(o)[a]=l}function r(){i=new WeakMap}return{has:e,get:t,remove:n,update:s,dispose:r}}function Bw(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.material.id!==e.material.id?i.material.id-e.material.id:i.materialVariant!==e.materialVariant?i.materialVariant-e.materialVariant:i.z!==e.z?i.z-e.z:i.id-e.id}function py(i,e){return i.groupOrder!==e.groupOrder?i.groupOrder-e.groupOrder:i.renderOrder!==e.renderOrder?i.renderOrder-e.renderOrder:i.z!==e.z?e.z-i.z:i.id-e.id}function my(){let i=[],e=0,t=[],n=[],s=[];function r(){e=0,t.length=0,n.length=0,s.length=0}function o(d){let f=0;return d.isInstancedMesh&&(f+=2),d.isSkinnedMesh&&(f+=1),f}function a(d,f,p,y,m,g){let v=i[e];return v===void 0?(v={id:d.id,object:d,geometry:f,material:p,materialVariant:o(d),groupOrder:y,renderOrder:d.renderOrder,z:m,group:g},i[e]=v):(v.id=d.id,v.object=d,v.geometry=f,v.material=p,v.materialVariant=o(d),v.groupOrder=y,v.renderOrder=d.renderOrder,v.z=m,v.group=g),e++,v}function l(d,f,p,y,m,g,v){v.reversedDepth===!0&&(m=-m);let T=a(d,f,p,y,m,g);p.transmission>0?n.push(T):p.transparent===!0?s.push(T):t.push(T)}function c(d,f,p,y,m,g){let v=a(d,f,p,y,m,g);p.transmission>0?n.unshift(v):p.transparent===!0?s.unshift(v):t.unshift(v)}function u(d,f){t.length>1&&t.sort(d||Bw),n.length>1&&n.sort(f||py),s.length>1&&s.sort(f||py)}function h(){for(let d=e,f=i.length;d<f;d++){let p=i[d];if(p.id===null)break;p.id=null,p.object=null,p.geometry=null,p.material=null,p.group=null}}return{opaque:t,transmissive:n,transparent:s,init:r,push:l,unshift:c,finish:h,sort:u}}function kw(){let i=new WeakMap;function e(n,s){let r=i.get(n),o;return r===void 0?(o=new my,i.set(n,[o])):s>=r.length?(o=new my,r.push(o)):o=r[s],o}function t(){i=new WeakMap}return{get:e,dispose:t}}function Hw(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={direction:new P,color:new Me};break;case"SpotLight":t={position:new P,direction:new P,color:new Me,distance:0,coneCos:0,penumbraCos:0,decay:0};break;case"PointLight":t={position:new P,color:new Me,distance:0,decay:0};break;case"HemisphereLight":t={direction:new P,skyColor:new Me,groundColor:new Me};break;case"RectAreaLight":t={color:new Me,position:new P,halfWidth:new P,halfHeight:new P};break}return i[e.id]=t,t}}}function zw(){let i={};return{get:function(e){if(i[e.id]!==void 0)return i[e.id];let t;switch(e.type){case"SunLight":case"DirectionalLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ae};break;case"SpotLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ae};break;case"PointLight":t={shadowIntensity:1,shadowBias:0,shadowNormalBias:0,shadowRadius:1,shadowMapSize:new Ae,shadowCameraNear:1,shadowCameraFar:1e3};break}return i[e.id]=t,t}}}var Vw=0;function Gw(i,e){return(e.castShadow?2:0)-(i.castShadow?2:0)+(e.map?1:0)-(i.map?1:0)}function Ww(i){let e=new Hw,t=zw(),n={version:0,hash:{sunLength:-1,directionalLength:-1,pointLength:-1,spotLength:-1,rectAreaLength:-1,hemiLength:-1,numSunShadows:-1,numDirectionalShadows:-1,numPointShadows:-1,numSpotShadows:-1,numSpotMaps:-1,numLightProbes:-1},ambient:[0,0,0],probe:[],sun:[],sunShadow:[],sunShadowMap:[],sunShadowMatrix:[],sunShadowCascade:[],directional:[],directionalShadow:[],directionalShadowMap:[],directionalShadowMatrix:[],spot:[],spotLightMap:[],spotShadow:[],spotShadowMap:[],spotLightMatrix:[],rectArea:[],rectAreaLTC1:null,rectAreaLTC2:null,point:[],pointShadow:[],pointShadowMap:[],pointShadowMatrix:[],hemi:[],numSpotLightShadowsWithMaps:0,numLightProbes:0};for(let c=0;c<9;c++)n.probe.push(new P);let s=new P,r=new ge,o=new ge;function a(c){let u=0,h=0,d=0;for(let U=0;U<9;U++)n.probe[U].set(0,0,0);let f=0,p=0,y=0,m=0,g=0,v=0,T=0,b=0,A=0,w=0,x=0,M=0,L=0,R=0;c.sort(Gw);for(let U=0,V=c.length;U<V;U++){let N=c[U],G=N.color,k=N.intensity,W=N.distance,ee=null;if(N.shadow&&N.shadow.map&&(N.shadow.map.texture.format===ys?ee=N.shadow.map.texture:ee=N.shadow.map.depthTexture||N.shadow.map.texture),N.isAmbientLight)u+=G.r*k,h+=G.g*k,d+=G.b*k;else if(N.isLightProbe){for(let q=0;q<9;q++)n.probe[q].addScaledVector(N.sh.coefficients[q],k);R++}else if(N.isSunLight){let q=e.get(N);if(q.color.copy(N.color).multiplyScalar(N.intensity),N.castShadow){let J=N.shadow,te=t.get(N);te.shadowIntensity=J.intensity,te.shadowBias=J.bias,te.shadowNormalBias=J.normalBias,te.shadowRadius=J.radius,te.shadowMapSize.copy(J.mapSize).multiply(J.getFrameExtents()),n.sunShadow[p]=te,n.sunShadowMap[p]=ee;let _e=J.getViewportCount();for(let Ue=0;Ue<_e;Ue++)n.sunShadowMatrix[y+Ue]=J.getMatrix(Ue),n.sunShadowCascade[y+Ue]=J._cascadeData[Ue];y+=_e,p++}n.sun[f]=q,f++}else if(N.isDirectionalLight){let q=e.get(N);if(q.color.copy(N.color).multiplyScalar(N.intensity),N.castShadow){let J=N.shadow,te=t.get(N);te.shadowIntensity=J.intensity,te.shadowBias=J.bias,te.shadowNormalBias=J.normalBias,te.shadowRadius=J.radius,te.shadowMapSize=J.mapSize,n.directionalShadow[m]=te,n.directionalShadowMap[m]=ee,n.directionalShadowMatrix[m]=N.shadow.matrix,A++}n.directional[m]=q,m++}else if(N.isSpotLight){let q=e.get(N);q.position.setFromMatrixPosition(N.matrixWorld),q.color.copy(G).multiplyScalar(k),q.distance=W,q.coneCos=Math.cos(N.angle),q.penumbraCos=Math.cos(N.angle*(1-N.penumbra)),q.decay=N.decay,n.spot[v]=q;let J=N.shadow;if(N.map&&(n.spotLightMap[M]=N.map,M++,J.updateMatrices(N),N.castShadow&&L++),n.spotLightMatrix[v]=J.matrix,N.castShadow){let te=t.get(N);te.shadowIntensity=J.intensity,te.shadowBias=J.bias,te.shadowNormalBias=J.normalBias,te.shadowRadius=J.radius,te.shadowMapSize=J.mapSize,n.spotShadow[v]=te,n.spotShadowMap[v]=ee,x++}v++}else if(N.isRectAreaLight){let q=e.get(N);q.color.copy(G).multiplyScalar(k),q.halfWidth.set(N.width*.5,0,0),q.halfHeight.set(0,N.height*.5,0),n.rectArea[T]=q,T++}else if(N.isPointLight){let q=e.get(N);if(q.color.copy(N.color).multiplyScalar(N.intensity),q.distance=N.distance,q.decay=N.decay,N.castShadow){let J=N.shadow,te=t.get(N);te.shadowIntensity=J.intensity,te.shadowBias=J.bias,te.shadowNormalBias=J.normalBias,te.shadowRadius=J.radius,te.shadowMapSize=J.mapSize,te.shadowCameraNear=J.camera.near,te.shadowCameraFar=J.camera.far,n.pointShadow[g]=te,n.pointShadowMap[g]=ee,n.pointShadowMatrix[g]=N.shadow.matrix,w++}n.point[g]=q,g++}else if(N.isHemisphereLight){let q=e.get(N);q.skyColor.copy(N.color).multiplyScalar(k),q.groundColor.copy(N.groundColor).multiplyScalar(k),n.hemi[b]=q,b++}}T>0&&(i.has("OES_texture_float_linear")===!0?(n.rectAreaLTC1=de.LTC_FLOAT_1,n.rectAreaLTC2=de.LTC_FLOAT_2):(n.rectAreaLTC1=de.LTC_HALF_1,n.rectAreaLTC2=de.LTC_HALF_2)),n.ambient[0]=u,n.ambient[1]=h,n.ambient[2]=d;let I=n.hash;(I.sunLength!==f||I.directionalLength!==m||I.pointLength!==g||I.spotLength!==v||I.rectAreaLength!==T||I.hemiLength!==b||I.numSunShadows!==p||I.numDirectionalShadows!==A||I.numPointShadows!==w||I.numSpotShadows!==x||I.numSpotMaps!==M||I.numLightProbes!==R)&&(n.sun.length=f,n.directional.length=m,n.spot.length=v,n.rectArea.length=T,n.point.length=g,n.hemi.length=b,n.sunShadow.length=p,n.sunShadowMap.length=p,n.sunShadowMatrix.length=y,n.sunShadowCascade.length=y,n.directionalShadow.length=A,n.directionalShadowMap.length=A,n.directionalShadowMatrix.length=A,n.pointShadow.length=w,n.pointShadowMap.length=w,n.pointShadowMatrix.length=w,n.spotShadow.length=x,n.spotShadowMap.length=x,n.spotLightMatrix.length=x+M-L,n.spotLightMap.length=M,n.numSpotLightShadowsWithMaps=L,n.numLightProbes=R,I.sunLength=f,I.directionalLength=m,I.pointLength=g,I.spotLength=v,I.rectAreaLength=T,I.hemiLength=b,I.numSunShadows=p,I.numDirectionalShadows=A,I.numPointShadows=w,I.numSpotShadows=x,I.numSpotMaps=M,I.numLightProbes=R,n.version=Vw++)}function l(c,u){let h=0,d=0,f=0,p=0,y=0,m=0,g=u.matrixWorldInverse;for(let v=0,T=c.length;v<T;v++){let b=c[v];if(b.isSunLight){let A=n.sun[h];A.direction.setFromMatrixPosition(b.matrixWorld),A.direction.transformDirection(g),h++}else if(b.isDirectionalLight){let A=n.directional[d];A.direction.setFromMatrixPosition(b.matrixWorld),s.setFromMatrixPosition(b.target.matrixWorld),A.direction.sub(s),A.direction.transformDirection(g),d++}else if(b.isSpotLight){let A=n.spot[p];A.position.setFromMatrixPosition(b.matrixWorld),A.position.applyMatrix4(g),A.direction.setFromMatrixPosition(b.matrixWorld),s.setFromMatrixPosition(b.target.matrixWorld),A.direction.sub(s),A.direction.transformDirection(g),p++}else if(b.isRectAreaLight){let A=n.rectArea[y];A.position.setFromMatrixPosition(b.matrixWorld),A.position.applyMatrix4(g),o.identity(),r.copy(b.matrixWorld),r.premultiply(g),o.extractRotation(r),A.halfWidth.set(b.width*.5,0,0),A.halfHeight.set(0,b.height*.5,0),A.halfWidth.applyMatrix4(o),A.halfHeight.applyMatrix4(o),y++}else if(b.isPointLight){let A=n.point[f];A.position.setFromMatrixPosition(b.matrixWorld),A.position.applyMatrix4(g),f++}else if(b.isHemisphereLight){let A=n.hemi[m];A.direction.setFromMatrixPosition(b.matrixWorld),A.direction.transformDirection(g),m++}}}return{setup:a,setupView:l,state:n}}function gy(i){let e=new Ww(i),t=[],n=[],s=[];function r(h){u.camera=h,t.length=0,n.length=0,s.length=0}function o(h){h.isLightProbeGrid?s.push(h):t.push(h)}function a(h){n.push(h)}function l(){e.setup(t),s.sort((h,d)=>h.priority-d.priority||h.id-d.id)}function c(h){e.setupView(t,h)}let u={lightsArray:t,shadowsArray:n,lightProbeGridArray:s,camera:null,lights:e,transmissionRenderTarget:{},textureUnits:0};return{init:r,state:u,setupLights:l,setupLightsView:c,pushLight:o,pushShadow:a}}function Xw(i){let e=new WeakMap;function t(s,r=0){let o=e.get(s),a;return o===void 0?(a=new gy(i),e.set(s,[a])):r>=o.length?(a=new gy(i),o.push(a)):a=o[r],a}function n(){e=new WeakMap}return{get:t,dispose:n}}var qw=`void main() {
	gl_Position = vec4( position, 1.0 );
}`,Yw=`uniform sampler2D shadow_pass;
uniform vec2 resolution;
uniform float radius;
void main() {
	const float samples = float( VSM_SAMPLES );
	float mean = 0.0;
	float squared_mean = 0.0;
	float uvStride = samples <= 1.0 ? 0.0 : 2.0 / ( samples - 1.0 );
	float uvStart = samples <= 1.0 ? 0.0 : - 1.0;
	for ( float i = 0.0; i < samples; i ++ ) {
		float uvOffset = uvStart + i * uvStride;
		#ifdef HORIZONTAL_PASS
			vec2 distribution = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( uvOffset, 0.0 ) * radius ) / resolution ).rg;
			mean += distribution.x;
			squared_mean += distribution.y * distribution.y + distribution.x * distribution.x;
		#else
			float depth = texture2D( shadow_pass, ( gl_FragCoord.xy + vec2( 0.0, uvOffset ) * radius ) / resolution ).r;
			mean += depth;
			squared_mean += depth * depth;
		#endif
	}
	mean = mean / samples;
	squared_mean = squared_mean / samples;
	float std_dev = sqrt( max( 0.0, squared_mean - mean * mean ) );
	gl_FragColor = vec4( mean, std_dev, 0.0, 1.0 );
}`,$w=[new P(1,0,0),new P(-1,0,0),new P(0,1,0),new P(0,-1,0),new P(0,0,1),new P(0,0,-1)],jw=[new P(0,-1,0),new P(0,-1,0),new P(0,0,1),new P(0,0,-1),new P(0,-1,0),new P(0,-1,0)],yy=new ge,Sa=new P,qd=new P;function Kw(i,e,t){let n=new us,s=new Ae,r=new Ae,o=new it,a=new rc,l=new oc,c={},u=t.maxTextureSize,h={[$n]:rn,[rn]:$n,[Lt]:Lt},d=new Rn({defines:{VSM_SAMPLES:8},uniforms:{shadow_pass:{value:null},resolution:{value:new Ae},radius:{value:4}},vertexShader:qw,fragmentShader:Yw}),f=d.clone();f.defines.HORIZONTAL_PASS=1;let p=new Je;p.setAttribute("position",new Ze(new Float32Array([-1,-1,.5,3,-1,.5,-1,3,.5]),3));let y=new je(p,d),m=this;this.enabled=!1,this.autoUpdate=!0,this.needsUpdate=!1,this.type=fa;let g=this.type;this.render=function(w,x,M){if(m.enabled===!1||m.autoUpdate===!1&&m.needsUpdate===!1||w.length===0)return;this.type===fg&&(Ce("WebGLShadowMap: PCFSoftShadowMap has been removed. Using PCFShadowMap instead."),this.type=fa);let L=i.getRenderTarget(),R=i.getActiveCubeFace(),I=i.getActiveMipmapLevel(),U=i.state;U.setBlending(Ws),U.buffers.depth.getReversed()===!0?U.buffers.color.setClear(0,0,0,0):U.buffers.color.setClear(1,1,1,1),U.buffers.depth.setTest(!0),U.setScissorTest(!1);let V=g!==this.type;V&&x.traverse(function(N){N.material&&(Array.isArray(N.material)?N.material.forEach(G=>G.needsUpdate=!0):N.material.needsUpdate=!0)});for(let N=0,G=w.length;N<G;N++){let k=w[N],W=k.shadow;if(W===void 0){Ce("WebGLShadowMap:",k,"has no shadow.");continue}if(W.autoUpdate===!1&&W.needsUpdate===!1)continue;s.copy(W.mapSize);let ee=W.getFrameExtents();s.multiply(ee),r.copy(W.mapSize),(s.x>u||s.y>u)&&(s.x>u&&(r.x=Math.floor(u/ee.x),s.x=r.x*ee.x,W.mapSize.x=r.x),s.y>u&&(r.y=Math.floor(u/ee.y),s.y=r.y*ee.y,W.mapSize.y=r.y));let q=i.state.buffers.depth.getReversed();if(W.camera._reversedDepth=q,W.map===null||V===!0){if(W.map!==null&&(W.map.depthTexture!==null&&(W.map.depthTexture.dispose(),W.map.depthTexture=null),W.map.dispose()),this.type===Xr){if(k.isPointLight){Ce("WebGLShadowMap: VSM shadow maps are not supported for PointLights. Use PCF or BasicShadowMap instead.");continue}W.map=new Dn(s.x,s.y,{format:ys,type:ai,minFilter:Mt,magFilter:Mt,generateMipmaps:!1}),W.map.texture.name=k.name+".shadowMap",W.map.depthTexture=new zi(s.x,s.y,On),W.map.depthTexture.name=k.name+".shadowMapDepth",W.map.depthTexture.format=Hi,W.map.depthTexture.compareFunction=null,W.map.depthTexture.minFilter=Tt,W.map.depthTexture.magFilter=Tt}else k.isPointLight?(W.map=new Ea(s.x),W.map.depthTexture=new jo(s.x,oi)):(W.map=new Dn(s.x,s.y),W.map.depthTexture=new zi(s.x,s.y,oi)),W.map.depthTexture.name=k.name+".shadowMap",W.map.depthTexture.format=Hi,this.type===fa?(W.map.depthTexture.compareFunction=q?Rd:Ad,W.map.depthTexture.minFilter=Mt,W.map.depthTexture.magFilter=Mt):(W.map.depthTexture.compareFunction=null,W.map.depthTexture.minFilter=Tt,W.map.depthTexture.magFilter=Tt);W.camera.updateProjectionMatrix()}W.map.isWebGLCubeRenderTarget!==!0&&(W.map.width!==s.x||W.map.height!==s.y)&&W.map.setSize(s.x,s.y);let J=W.map.isWebGLCubeRenderTarget?6:W.getViewportCount();k.isPointLight!==!0&&W.updateMatrices(k,M);let te=(W.camera.layers.mask&4294967294)!==0?W.camera.layers:M.layers;for(let _e=0;_e<J;_e++){let Ue=W.getCamera(_e);if(k.isPointLight){let j=W.camera,pe=W.matrix,we=k.distance||j.far;we!==j.far&&(j.far=we,j.updateProjectionMatrix()),Sa.setFromMatrixPosition(k.matrixWorld),j.position.copy(Sa),qd.copy(j.position),qd.add($w[_e]),j.up.copy(jw[_e]),j.lookAt(qd),j.updateMatrixWorld(),pe.makeTranslation(-Sa.x,-Sa.y,-Sa.z),yy.multiplyMatrices(j.projectionMatrix,j.matrixWorldInverse),W._frustum.setFromProjectionMatrix(yy,j.coordinateSystem,j.reversedDepth)}if(W.map.isWebGLCubeRenderTarget)i.setRenderTarget(W.map,_e),i.clear();else{_e===0&&(i.setRenderTarget(W.map),i.clear());let j=W.getViewport(_e);o.set(r.x*j.x,r.y*j.y,r.x*j.z,r.y*j.w),U.viewport(o)}n=W.getFrustum(_e),b(x,M,Ue,k,te,this.type)}W.isPointLightShadow!==!0&&this.type===Xr&&v(W,M),W.needsUpdate=!1}g=this.type,m.needsUpdate=!1,i.setRenderTarget(L,R,I)};function v(w,x){let M=e.update(y);d.defines.VSM_SAMPLES!==w.blurSamples&&(d.defines.VSM_SAMPLES=w.blurSamples,f.defines.VSM_SAMPLES=w.blurSamples,d.needsUpdate=!0,f.needsUpdate=!0),w.mapPass===null?w.mapPass=new Dn(s.x,s.y,{format:ys,type:ai}):(w.mapPass.width!==w.map.width||w.mapPass.height!==w.map.height)&&w.mapPass.setSize(w.map.width,w.map.height),d.uniforms.shadow_pass.value=w.map.depthTexture,d.uniforms.resolution.value.set(w.map.width,w.map.height),d.uniforms.radius.value=w.radius,i.setRenderTarget(w.mapPass),i.clear(),i.renderBufferDirect(x,null,M,d,y,null),f.uniforms.shadow_pass.value=w.mapPass.texture,f.uniforms.resolution.value.set(w.map.width,w.map.height),f.uniforms.radius.value=w.radius,i.setRenderTarget(w.map),i.clear(),i.renderBufferDirect(x,null,M,f,y,null)}function T(w,x,M,L){let R=null,I=M.isPointLight===!0?w.customDistanceMaterial:w.customDepthMaterial;if(I!==void 0)R=I;else if(R=M.isPointLight===!0?l:a,i.localClippingEnabled&&x.clipShadows===!0&&Array.isArray(x.clippingPlanes)&&x.clippingPlanes.length!==0||x.displacementMap&&x.displacementScale!==0||x.alphaMap&&x.alphaTest>0||x.map&&x.alphaTest>0||x.alphaToCoverage===!0){let U=R.uuid,V=x.uuid,N=c[U];N===void 0&&(N={},c[U]=N);let G=N[V];G===void 0&&(G=R.clone(),N[V]=G,x.addEventListener("dispose",A)),R=G}if(R.visible=x.visible,R.wireframe=x.wireframe,L===Xr?R.side=x.shadowSide!==null?x.shadowSide:x.side:R.side=x.shadowSide!==null?x.shadowSide:h[x.side],R.alphaMap=x.alphaMap,R.alphaTest=x.alphaToCoverage===!0?.5:x.alphaTest,R.map=x.map,R.clipShadows=x.clipShadows,R.clippingPlanes=x.clippingPlanes,R.clipIntersection=x.clipIntersection,R.displacementMap=x.displacementMap,R.displacementScale=x.displacementScale,R.displacementBias=x.displacementBias,R.wireframeLinewidth=x.wireframeLinewidth,R.linewidth=x.linewidth,M.isPointLight===!0&&R.isMeshDistanceMaterial===!0){let U=i.properties.get(R);U.light=M}return R}function b(w,x,M,L,R,I){if(w.visible===!1)return;if(w.layers.test(R)&&(w.isMesh||w.isLine||w.isPoints)&&(w.castShadow||w.receiveShadow&&I===Xr)&&(!w.frustumCulled||w.intersectsFrustum(n))){w.modelViewMatrix.multiplyMatrices(M.matrixWorldInverse,w.matrixWorld);let N=e.update(w),G=w.material;if(Array.isArray(G)){let k=N.groups;for(let W=0,ee=k.length;W<ee;W++){let q=k[W],J=G[q.materialIndex];if(J&&J.visible){let te=T(w,J,L,I);w.onBeforeShadow(i,w,x,M,N,te,q),i.renderBufferDirect(M,null,N,te,w,q),w.onAfterShadow(i,w,x,M,N,te,q)}}}else if(G.visible){let k=T(w,G,L,I);w.onBeforeShadow(i,w,x,M,N,k,null),i.renderBufferDirect(M,null,N,k,w,null),w.onAfterShadow(i,w,x,M,N,k,null)}}let V=w.children;for(let N=0,G=V.length;N<G;N++)b(V[N],x,M,L,R,I)}function A(w){w.target.removeEventListener("dispose",A);for(let M in c){let L=c[M],R=w.target.uuid;R in L&&(L[R].dispose(),delete L[R])}}}function Zw(i,e){function t(){let D=!1,Z=new it,Y=null,le=new it(0,0,0,0);return{setMask:function(se){Y!==se&&!D&&(i.colorMask(se,se,se,se),Y=se)},setLocked:function(se){D=se},setClear:function(se,oe,Pe,Xe,ie){ie===!0&&(se*=Xe,oe*=Xe,Pe*=Xe),Z.set(se,oe,Pe,Xe),le.equals(Z)===!1&&(i.clearColor(se,oe,Pe,Xe),le.copy(Z))},reset:function(){D=!1,Y=null,le.set(-1,0,0,0)}}}function n(){let D=!1,Z=!1,Y=null,le=null,se=null;return{setReversed:function(oe){if(Z!==oe){let Pe=e.get("EXT_clip_control");oe?Pe.clipControlEXT(Pe.LOWER_LEFT_EXT,Pe.ZERO_TO_ONE_EXT):Pe.clipControlEXT(Pe.LOWER_LEFT_EXT,Pe.NEGATIVE_ONE_TO_ONE_EXT),Z=oe;let Xe=se;se=null,this.setClear(Xe)}},getReversed:function(){return Z},setTest:function(oe){oe?ye(i.DEPTH_TEST):Ge(i.DEPTH_TEST)},setMask:function(oe){Y!==oe&&!D&&(i.depthMask(oe),Y=oe)},setFunc:function(oe){if(Z&&(oe=Yg[oe]),le!==oe){switch(oe){case Xl:i.depthFunc(i.NEVER);break;case ql:i.depthFunc(i.ALWAYS);break;case Yl:i.depthFunc(i.LESS);break;case Nr:i.depthFunc(i.LEQUAL);break;case $l:i.depthFunc(i.EQUAL);break;case jl:i.depthFunc(i.GEQUAL);break;case Kl:i.depthFunc(i.GREATER);break;case Zl:i.depthFunc(i.NOTEQUAL);break;default:i.depthFunc(i.LEQUAL)}le=oe}},setLocked:function(oe){D=oe},setClear:function(oe){se!==oe&&(se=oe,Z&&(oe=1-oe),i.clearDepth(oe))},reset:function(){D=!1,Y=null,le=null,se=null,Z=!1}}}function s(){let D=!1,Z=null,Y=null,le=null,se=null,oe=null,Pe=null,Xe=null,ie=null;return{setTest:function(Ie){D||(Ie?ye(i.STENCIL_TEST):Ge(i.STENCIL_TEST))},setMask:function(Ie){Z!==Ie&&!D&&(i.stencilMask(Ie),Z=Ie)},setFunc:function(Ie,We,me){(Y!==Ie||le!==We||se!==me)&&(i.stencilFunc(Ie,We,me),Y=Ie,le=We,se=me)},setOp:function(Ie,We,me){(oe!==Ie||Pe!==We||Xe!==me)&&(i.stencilOp(Ie,We,me),oe=Ie,Pe=We,Xe=me)},setLocked:function(Ie){D=Ie},setClear:function(Ie){ie!==Ie&&(i.clearStencil(Ie),ie=Ie)},reset:function(){D=!1,Z=null,Y=null,le=null,se=null,oe=null,Pe=null,Xe=null,ie=null}}}let r=new t,o=new n,a=new s,l={},c=new WeakMap,u={},h={},d={},f=new WeakMap,p=[],y=null,m=!1,g=null,v=null,T=null,b=null,A=null,w=null,x=null,M=new Me(0,0,0),L=0,R=!1,I=null,U=null,V=null,N=null,G=null,k=i.getParameter(i.MAX_COMBINED_TEXTURE_IMAGE_UNITS),W=!1,ee=0,q=i.getParameter(i.VERSION);q.indexOf("WebGL")!==-1?(ee=parseFloat(/^WebGL (\d)/.exec(q)[1]),W=ee>=1):q.indexOf("OpenGL ES")!==-1&&(ee=parseFloat(/^OpenGL ES (\d)/.exec(q)[1]),W=ee>=2);let J=null,te={},_e=i.getParameter(i.SCISSOR_BOX),Ue=i.getParameter(i.VIEWPORT),j=new it().fromArray(_e),pe=new it().fromArray(Ue);function we(D,Z,Y,le){let se=new Uint8Array(4),oe=i.createTexture();i.bindTexture(D,oe),i.texParameteri(D,i.TEXTURE_MIN_FILTER,i.NEAREST),i.texParameteri(D,i.TEXTURE_MAG_FILTER,i.NEAREST);for(let Pe=0;Pe<Y;Pe++)D===i.TEXTURE_3D||D===i.TEXTURE_2D_ARRAY?i.texImage3D(Z,0,i.RGBA,1,1,le,0,i.RGBA,i.UNSIGNED_BYTE,se):i.texImage2D(Z+Pe,0,i.RGBA,1,1,0,i.RGBA,i.UNSIGNED_BYTE,se);return oe}let Le={};Le[i.TEXTURE_2D]=we(i.TEXTURE_2D,i.TEXTURE_2D,1),Le[i.TEXTURE_CUBE_MAP]=we(i.TEXTURE_CUBE_MAP,i.TEXTURE_CUBE_MAP_POSITIVE_X,6),Le[i.TEXTURE_2D_ARRAY]=we(i.TEXTURE_2D_ARRAY,i.TEXTURE_2D_ARRAY,1,1),Le[i.TEXTURE_3D]=we(i.TEXTURE_3D,i.TEXTURE_3D,1,1),r.setClear(0,0,0,1),o.setClear(1),a.setClear(0),ye(i.DEPTH_TEST),o.setFunc(Nr),Sn(!1),St(od),ye(i.CULL_FACE),en(Ws);function ye(D){u[D]!==!0&&(i.enable(D),u[D]=!0)}function Ge(D){u[D]!==!1&&(i.disable(D),u[D]=!1)}function Nt(D,Z){return d[D]!==Z?(i.bindFramebuffer(D,Z),d[D]=Z,D===i.DRAW_FRAMEBUFFER&&(d[i.FRAMEBUFFER]=Z),D===i.FRAMEBUFFER&&(d[i.DRAW_FRAMEBUFFER]=Z),!0):!1}function De(D,Z){let Y=p,le=!1;if(D){Y=f.get(Z),Y===void 0&&(Y=[],f.set(Z,Y));let se=D.textures;if(Y.length!==se.length||Y[0]!==i.COLOR_ATTACHMENT0){for(let oe=0,Pe=se.length;oe<Pe;oe++)Y[oe]=i.COLOR_ATTACHMENT0+oe;Y.length=se.length,le=!0}}else Y[0]!==i.BACK&&(Y[0]=i.BACK,le=!0);le&&i.drawBuffers(Y)}function ut(D){return y!==D?(i.useProgram(D),y=D,!0):!1}let ft={[Xs]:i.FUNC_ADD,[mg]:i.FUNC_SUBTRACT,[gg]:i.FUNC_REVERSE_SUBTRACT};ft[yg]=i.MIN,ft[xg]=i.MAX;let Qe={[vg]:i.ZERO,[_g]:i.ONE,[bg]:i.SRC_COLOR,[ud]:i.SRC_ALPHA,[Ag]:i.SRC_ALPHA_SATURATE,[Eg]:i.DST_COLOR,[Sg]:i.DST_ALPHA,[Mg]:i.ONE_MINUS_SRC_COLOR,[hd]:i.ONE_MINUS_SRC_ALPHA,[Tg]:i.ONE_MINUS_DST_COLOR,[wg]:i.ONE_MINUS_DST_ALPHA,[Rg]:i.CONSTANT_COLOR,[Cg]:i.ONE_MINUS_CONSTANT_COLOR,[Pg]:i.CONSTANT_ALPHA,[Ig]:i.ONE_MINUS_CONSTANT_ALPHA};function en(D,Z,Y,le,se,oe,Pe,Xe,ie,Ie){if(D===Ws){m===!0&&(Ge(i.BLEND),m=!1);return}if(m===!1&&(ye(i.BLEND),m=!0),D!==pg){if(D!==g||Ie!==R){if((v!==Xs||A!==Xs)&&(i.blendEquation(i.FUNC_ADD),v=Xs,A=Xs),Ie)switch(D){case qr:i.blendFuncSeparate(i.ONE,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case ad:i.blendFunc(i.ONE,i.ONE);break;case ld:i.blendFuncSeparate(i.ZERO,i.ONE_MINUS_SRC_COLOR,i.ZERO,i.ONE);break;case cd:i.blendFuncSeparate(i.DST_COLOR,i.ONE_MINUS_SRC_ALPHA,i.ZERO,i.ONE);break;default:Fe("WebGLState: Invalid blending: ",D);break}else switch(D){case qr:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE_MINUS_SRC_ALPHA,i.ONE,i.ONE_MINUS_SRC_ALPHA);break;case ad:i.blendFuncSeparate(i.SRC_ALPHA,i.ONE,i.ONE,i.ONE);break;case ld:Fe("WebGLState: SubtractiveBlending requires material.premultipliedAlpha = true");break;case cd:Fe("WebGLState: MultiplyBlending requires material.premultipliedAlpha = true");break;default:Fe("WebGLState: Invalid blending: ",D);break}T=null,b=null,w=null,x=null,M.set(0,0,0),L=0,g=D,R=Ie}return}se=se||Z,oe=oe||Y,Pe=Pe||le,(Z!==v||se!==A)&&(i.blendEquationSeparate(ft[Z],ft[se]),v=Z,A=se),(Y!==T||le!==b||oe!==w||Pe!==x)&&(i.blendFuncSeparate(Qe[Y],Qe[le],Qe[oe],Qe[Pe]),T=Y,b=le,w=oe,x=Pe),(Xe.equals(M)===!1||ie!==L)&&(i.blendColor(Xe.r,Xe.g,Xe.b,ie),M.copy(Xe),L=ie),g=D,R=!1}function Ot(D,Z){D.side===Lt?Ge(i.CULL_FACE):ye(i.CULL_FACE);let Y=D.side===rn;Z&&(Y=!Y),Sn(Y),D.blending===qr&&D.transparent===!1?en(Ws):en(D.blending,D.blendEquation,D.blendSrc,D.blendDst,D.blendEquationAlpha,D.blendSrcAlpha,D.blendDstAlpha,D.blendColor,D.blendAlpha,D.premultipliedAlpha),o.setFunc(D.depthFunc),o.setTest(D.depthTest),o.setMask(D.depthWrite),r.setMask(D.colorWrite);let le=D.stencilWrite;a.setTest(le),le&&(a.setMask(D.stencilWriteMask),a.setFunc(D.stencilFunc,D.stencilRef,D.stencilFuncMask),a.setOp(D.stencilFail,D.stencilZFail,D.stencilZPass)),qt(D.polygonOffset,D.polygonOffsetFactor,D.polygonOffsetUnits),D.alphaToCoverage===!0?ye(i.SAMPLE_ALPHA_TO_COVERAGE):Ge(i.SAMPLE_ALPHA_TO_COVERAGE)}function Sn(D){I!==D&&(D?i.frontFace(i.CW):i.frontFace(i.CCW),I=D)}function St(D){D!==hg?(ye(i.CULL_FACE),D!==U&&(D===od?i.cullFace(i.BACK):D===dg?i.cullFace(i.FRONT):i.cullFace(i.FRONT_AND_BACK))):Ge(i.CULL_FACE),U=D}function ui(D){D!==V&&(W&&i.lineWidth(D),V=D)}function qt(D,Z,Y){D?(ye(i.POLYGON_OFFSET_FILL),(N!==Z||G!==Y)&&(N=Z,G=Y,o.getReversed()&&(Z=-Z,Y=-Y),i.polygonOffset(Z,Y))):Ge(i.POLYGON_OFFSET_FILL)}function kn(D){D?ye(i.SCISSOR_TEST):Ge(i.SCISSOR_TEST)}function Hn(D){D===void 0&&(D=i.TEXTURE0+k-1),J!==D&&(i.activeTexture(D),J=D)}function zn(D,Z,Y){Y===void 0&&(J===null?Y=i.TEXTURE0+k-1:Y=J);let le=te[Y];le===void 0&&(le={type:void 0,texture:void 0},te[Y]=le),(le.type!==D||le.texture!==Z)&&(J!==Y&&(i.activeTexture(Y),J=Y),i.bindTexture(D,Z||Le[D]),le.type=D,le.texture=Z)}function O(){let D=te[J];D!==void 0&&D.type!==void 0&&(i.bindTexture(D.type,null),D.type=void 0,D.texture=void 0)}function Vn(){try{i.compressedTexImage2D(...arguments)}catch(D){Fe("WebGLState:",D)}}function xt(){try{i.compressedTexImage3D(...arguments)}catch(D){Fe("WebGLState:",D)}}function vt(){try{i.texSubImage2D(...arguments)}catch(D){Fe("WebGLState:",D)}}function fe(){try{i.texSubImage3D(...arguments)}catch(D){Fe("WebGLState:",D)}}function Bt(){try{i.compressedTexSubImage2D(...arguments)}catch(D){Fe("WebGLState:",D)}}function Ne(){try{i.compressedTexSubImage3D(...arguments)}catch(D){Fe("WebGLState:",D)}}function ke(){try{i.texStorage2D(...arguments)}catch(D){Fe("WebGLState:",D)}}function C(){try{i.texStorage3D(...arguments)}catch(D){Fe("WebGLState:",D)}}function S(){try{i.texImage2D(...arguments)}catch(D){Fe("WebGLState:",D)}}function H(){try{i.texImage3D(...arguments)}catch(D){Fe("WebGLState:",D)}}function ne(D){return h[D]!==void 0?h[D]:i.getParameter(D)}function Q(D,Z){h[D]!==Z&&(i.pixelStorei(D,Z),h[D]=Z)}function re(D){j.equals(D)===!1&&(i.scissor(D.x,D.y,D.z,D.w),j.copy(D))}function ue(D){pe.equals(D)===!1&&(i.viewport(D.x,D.y,D.z,D.w),pe.copy(D))}function $(D,Z){let Y=c.get(Z);Y===void 0&&(Y=new WeakMap,c.set(Z,Y));let le=Y.get(D);le===void 0&&(le=i.getUniformBlockIndex(Z,D.name),i.uniformBlockBinding(Z,le,le),Y.set(D,le))}function K(D,Z,Y){let se=c.get(Z).get(D);l[se]!==Y&&(i.bindBufferBase(i.UNIFORM_BUFFER,se,Y),l[se]=Y)}function ae(){i.disable(i.BLEND),i.disable(i.CULL_FACE),i.disable(i.DEPTH_TEST),i.disable(i.POLYGON_OFFSET_FILL),i.disable(i.SCISSOR_TEST),i.disable(i.STENCIL_TEST),i.disable(i.SAMPLE_ALPHA_TO_COVERAGE),i.blendEquation(i.FUNC_ADD),i.blendFunc(i.ONE,i.ZERO),i.blendFuncSeparate(i.ONE,i.ZERO,i.ONE,i.ZERO),i.blendColor(0,0,0,0),i.colorMask(!0,!0,!0,!0),i.clearColor(0,0,0,0),i.depthMask(!0),i.depthFunc(i.LESS),o.setReversed(!1),i.clearDepth(1),i.stencilMask(4294967295),i.stencilFunc(i.ALWAYS,0,4294967295),i.stencilOp(i.KEEP,i.KEEP,i.KEEP),i.clearStencil(0),i.cullFace(i.BACK),i.frontFace(i.CCW),i.polygonOffset(0,0),i.activeTexture(i.TEXTURE0),i.bindFramebuffer(i.FRAMEBUFFER,null),i.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),i.bindFramebuffer(i.READ_FRAMEBUFFER,null),i.useProgram(null),i.lineWidth(1),i.scissor(0,0,i.canvas.width,i.canvas.height),i.viewport(0,0,i.canvas.width,i.canvas.height),i.pixelStorei(i.PACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_ALIGNMENT,4),i.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,!1),i.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,!1),i.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,i.BROWSER_DEFAULT_WEBGL),i.pixelStorei(i.PACK_ROW_LENGTH,0),i.pixelStorei(i.PACK_SKIP_PIXELS,0),i.pixelStorei(i.PACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_ROW_LENGTH,0),i.pixelStorei(i.UNPACK_IMAGE_HEIGHT,0),i.pixelStorei(i.UNPACK_SKIP_PIXELS,0),i.pixelStorei(i.UNPACK_SKIP_ROWS,0),i.pixelStorei(i.UNPACK_SKIP_IMAGES,0),u={},h={},J=null,te={},d={},l={},f=new WeakMap,p=[],y=null,m=!1,g=null,v=null,T=null,b=null,A=null,w=null,x=null,M=new Me(0,0,0),L=0,R=!1,I=null,U=null,V=null,N=null,G=null,j.set(0,0,i.canvas.width,i.canvas.height),pe.set(0,0,i.canvas.width,i.canvas.height),r.reset(),o.reset(),a.reset()}return{buffers:{color:r,depth:o,stencil:a},enable:ye,disable:Ge,bindFramebuffer:Nt,drawBuffers:De,useProgram:ut,setBlending:en,setMaterial:Ot,setFlipSided:Sn,setCullFace:St,setLineWidth:ui,setPolygonOffset:qt,setScissorTest:kn,activeTexture:Hn,bindTexture:zn,unbindTexture:O,compressedTexImage2D:Vn,compressedTexImage3D:xt,texImage2D:S,texImage3D:H,pixelStorei:Q,getParameter:ne,updateUBOMapping:$,uniformBlockBinding:K,texStorage2D:ke,texStorage3D:C,texSubImage2D:vt,texSubImage3D:fe,compressedTexSubImage2D:Bt,compressedTexSubImage3D:Ne,scissor:re,viewport:ue,reset:ae}}function Jw(i,e,t,n,s,r,o){let a=e.has("WEBGL_multisampled_render_to_texture")?e.get("WEBGL_multisampled_render_to_texture"):null,l=typeof navigator>"u"?!1:/OculusBrowser/g.test(navigator.userAgent),c=new Ae,u=new WeakMap,h=new Set,d,f=new WeakMap,p=new Set,y=new FinalizationRegistry(C=>p.delete(C)),m=!1;try{m=typeof OffscreenCanvas<"u"&&new OffscreenCanvas(1,1).getContext("2d")!==null}catch{}function g(C,S){return m?new OffscreenCanvas(C,S):Ur("canvas")}function v(C,S,H){let ne=1,Q=ke(C);if((Q.width>H||Q.height>H)&&(ne=H/Math.max(Q.width,Q.height)),ne<1)if(typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement||typeof HTMLCanvasElement<"u"&&C instanceof HTMLCanvasElement||typeof ImageBitmap<"u"&&C instanceof ImageBitmap||typeof VideoFrame<"u"&&C instanceof VideoFrame){let re=Math.floor(ne*Q.width),ue=Math.floor(ne*Q.height);d===void 0&&(d=g(re,ue));let $=S?g(re,ue):d;return $.width=re,$.height=ue,$.getContext("2d").drawImage(C,0,0,re,ue),Ce("WebGLRenderer: Texture has been resized from ("+Q.width+"x"+Q.height+") to ("+re+"x"+ue+")."),$}else return"data"in C&&Ce("WebGLRenderer: Image in DataTexture is too big ("+Q.width+"x"+Q.height+")."),C;return C}function T(C){return C.generateMipmaps}function b(C){i.generateMipmap(C)}function A(C){return C.isWebGLCubeRenderTarget?i.TEXTURE_CUBE_MAP:C.isWebGL3DRenderTarget?i.TEXTURE_3D:C.isWebGLArrayRenderTarget||C.isCompressedArrayTexture?i.TEXTURE_2D_ARRAY:i.TEXTURE_2D}function w(C,S,H,ne,Q,re=!1){if(C!==null){if(i[C]!==void 0)return i[C];Ce("WebGLRenderer: Attempt to use non-existing WebGL internal format '"+C+"'")}let ue;ne&&(ue=e.get("EXT_texture_norm16"),ue||Ce("WebGLRenderer: Unable to use normalized textures without EXT_texture_norm16 extension"));let $=S;if(S===i.RED&&(H===i.FLOAT&&($=i.R32F),H===i.HALF_FLOAT&&($=i.R16F),H===i.UNSIGNED_BYTE&&($=i.R8),H===i.UNSIGNED_SHORT&&ue&&($=ue.R16_EXT),H===i.SHORT&&ue&&($=ue.R16_SNORM_EXT)),S===i.RED_INTEGER&&(H===i.UNSIGNED_BYTE&&($=i.R8UI),H===i.UNSIGNED_SHORT&&($=i.R16UI),H===i.UNSIGNED_INT&&($=i.R32UI),H===i.BYTE&&($=i.R8I),H===i.SHORT&&($=i.R16I),H===i.INT&&($=i.R32I)),S===i.RG&&(H===i.FLOAT&&($=i.RG32F),H===i.HALF_FLOAT&&($=i.RG16F),H===i.UNSIGNED_BYTE&&($=i.RG8),H===i.UNSIGNED_SHORT&&ue&&($=ue.RG16_EXT),H===i.SHORT&&ue&&($=ue.RG16_SNORM_EXT)),S===i.RG_INTEGER&&(H===i.UNSIGNED_BYTE&&($=i.RG8UI),H===i.UNSIGNED_SHORT&&($=i.RG16UI),H===i.UNSIGNED_INT&&($=i.RG32UI),H===i.BYTE&&($=i.RG8I),H===i.SHORT&&($=i.RG16I),H===i.INT&&($=i.RG32I)),S===i.RGB_INTEGER&&(H===i.UNSIGNED_BYTE&&($=i.RGB8UI),H===i.UNSIGNED_SHORT&&($=i.RGB16UI),H===i.UNSIGNED_INT&&($=i.RGB32UI),H===i.BYTE&&($=i.RGB8I),H===i.SHORT&&($=i.RGB16I),H===i.INT&&($=i.RGB32I)),S===i.RGBA_INTEGER&&(H===i.UNSIGNED_BYTE&&($=i.RGBA8UI),H===i.UNSIGNED_SHORT&&($=i.RGBA16UI),H===i.UNSIGNED_INT&&($=i.RGBA32UI),H===i.BYTE&&($=i.RGBA8I),H===i.SHORT&&($=i.RGBA16I),H===i.INT&&($=i.RGBA32I)),S===i.RGB&&(H===i.UNSIGNED_SHORT&&ue&&($=ue.RGB16_EXT),H===i.SHORT&&ue&&($=ue.RGB16_SNORM_EXT),H===i.UNSIGNED_INT_5_9_9_9_REV&&($=i.RGB9_E5),H===i.UNSIGNED_INT_10F_11F_11F_REV&&($=i.R11F_G11F_B10F)),S===i.RGBA){let K=re?Bo:Ye.getTransfer(Q);H===i.FLOAT&&($=i.RGBA32F),H===i.HALF_FLOAT&&($=i.RGBA16F),H===i.UNSIGNED_BYTE&&($=K===ct?i.SRGB8_ALPHA8:i.RGBA8),H===i.UNSIGNED_SHORT&&ue&&($=ue.RGBA16_EXT),H===i.SHORT&&ue&&($=ue.RGBA16_SNORM_EXT),H===i.UNSIGNED_SHORT_4_4_4_4&&($=i.RGBA4),H===i.UNSIGNED_SHORT_5_5_5_1&&($=i.RGB5_A1)}return($===i.R16F||$===i.R32F||$===i.RG16F||$===i.RG32F||$===i.RGBA16F||$===i.RGBA32F)&&e.get("EXT_color_buffer_float"),$}function x(C,S){let H;return C?S===null||S===oi||S===$s?H=i.DEPTH24_STENCIL8:S===On?H=i.DEPTH32F_STENCIL8:S===jr&&(H=i.DEPTH24_STENCIL8,Ce("DepthTexture: 16 bit depth attachment is not supported with stencil. Using 24-bit attachment.")):S===null||S===oi||S===$s?H=i.DEPTH_COMPONENT24:S===On?H=i.DEPTH_COMPONENT32F:S===jr&&(H=i.DEPTH_COMPONENT16),H}function M(C,S){return T(C)===!0||C.isFramebufferTexture&&C.minFilter!==Tt&&C.minFilter!==Mt?Math.log2(Math.max(S.width,S.height))+1:C.mipmaps.length>0?C.mipmaps.length:C.isCompressedTexture&&Array.isArray(C.image)?S.mipmaps.length:1}function L(C){let S=new WeakRef(C);n.get(C).__ref=S,p.add(S),y.register(C,S,S)}function R(C){let S=n.get(C).__ref;S!==void 0&&(p.delete(S),y.unregister(S))}function I(C){V(C.target)}function U(C){N(C.target)}function V(C){C.removeEventListener("dispose",I),R(C),k(C),C.isVideoTexture&&u.delete(C),C.isHTMLTexture&&h.delete(C)}function N(C){C.removeEventListener("dispose",U),R(C),ee(C)}function G(){for(let C of p){let S=C.deref();S!==void 0&&(S.isRenderTarget===!0?N(S):V(S))}p.clear(),h.clear()}function k(C){let S=n.get(C);if(S.__webglInit===void 0)return;let H=C.source,ne=f.get(H);if(ne){let Q=ne[S.__cacheKey];Q.usedTimes--,Q.usedTimes===0&&W(C),Object.keys(ne).length===0&&f.delete(H)}n.remove(C)}function W(C){let S=n.get(C);i.deleteTexture(S.__webglTexture);let H=C.source,ne=f.get(H);delete ne[S.__cacheKey],o.memory.textures--}function ee(C){let S=n.get(C);S.__depthDisposeCallback&&S.__depthDisposeCallback();let H=C.depthTexture;if(H&&H.renderTarget===C&&V(H),C.isWebGLCubeRenderTarget)for(let Q=0;Q<6;Q++){if(Array.isArray(S.__webglFramebuffer[Q]))for(let re=0;re<S.__webglFramebuffer[Q].length;re++)i.deleteFramebuffer(S.__webglFramebuffer[Q][re]);else i.deleteFramebuffer(S.__webglFramebuffer[Q]);S.__webglDepthbuffer&&i.deleteRenderbuffer(S.__webglDepthbuffer[Q])}else{if(Array.isArray(S.__webglFramebuffer))for(let Q=0;Q<S.__webglFramebuffer.length;Q++)i.deleteFramebuffer(S.__webglFramebuffer[Q]);else i.deleteFramebuffer(S.__webglFramebuffer);if(S.__webglDepthbuffer&&i.deleteRenderbuffer(S.__webglDepthbuffer),S.__webglMultisampledFramebuffer&&i.deleteFramebuffer(S.__webglMultisampledFramebuffer),S.__webglColorRenderbuffer)for(let Q=0;Q<S.__webglColorRenderbuffer.length;Q++)S.__webglColorRenderbuffer[Q]&&i.deleteRenderbuffer(S.__webglColorRenderbuffer[Q]);S.__webglDepthRenderbuffer&&i.deleteRenderbuffer(S.__webglDepthRenderbuffer)}let ne=C.textures;for(let Q=0,re=ne.length;Q<re;Q++){let ue=n.get(ne[Q]);ue.__webglTexture&&(i.deleteTexture(ue.__webglTexture),o.memory.textures--),n.remove(ne[Q])}n.remove(C)}let q=0;function J(){q=0}function te(){return q}function _e(C){q=C}function Ue(){let C=q;return C>=s.maxTextures&&Ce("WebGLTextures: Trying to use "+(C+1)+" texture units while this GPU supports only "+s.maxTextures),q+=1,C}function j(C){let S=[];return S.push(C.wrapS),S.push(C.wrapT),S.push(C.wrapR||0),S.push(C.magFilter),S.push(C.minFilter),S.push(C.anisotropy),S.push(C.internalFormat),S.push(C.format),S.push(C.type),S.push(C.generateMipmaps),S.push(C.mipmapsAutoUpdate),S.push(C.premultiplyAlpha),S.push(C.flipY),S.push(C.unpackAlignment),S.push(C.colorSpace),S.join()}function pe(C,S){let H=n.get(C);if(C.isVideoTexture&&Bt(C),C.isRenderTargetTexture===!1&&C.isExternalTexture!==!0&&C.version>0&&H.__version!==C.version){let ne=C.image;if(ne===null)Ce("WebGLRenderer: Texture marked for update but no image data found.");else if(ne.complete===!1)Ce("WebGLRenderer: Texture marked for update but image is incomplete");else{Ot(H,C,S);return}}else C.isExternalTexture&&(H.__webglTexture=C.sourceTexture?C.sourceTexture:null);t.bindTexture(i.TEXTURE_2D,H.__webglTexture,i.TEXTURE0+S)}function we(C,S){let H=n.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&H.__version!==C.version){Ot(H,C,S);return}else C.isExternalTexture&&(H.__webglTexture=C.sourceTexture?C.sourceTexture:null);t.bindTexture(i.TEXTURE_2D_ARRAY,H.__webglTexture,i.TEXTURE0+S)}function Le(C,S){let H=n.get(C);if(C.isRenderTargetTexture===!1&&C.version>0&&H.__version!==C.version){Ot(H,C,S);return}t.bindTexture(i.TEXTURE_3D,H.__webglTexture,i.TEXTURE0+S)}function ye(C,S){let H=n.get(C);if(C.version>0&&H.__version!==C.version){Sn(H,C,S);return}t.bindTexture(i.TEXTURE_CUBE_MAP,H.__webglTexture,i.TEXTURE0+S)}let Ge={[cs]:i.REPEAT,[Xn]:i.CLAMP_TO_EDGE,[Dr]:i.MIRRORED_REPEAT},Nt={[Tt]:i.NEAREST,[xc]:i.NEAREST_MIPMAP_NEAREST,[Ys]:i.NEAREST_MIPMAP_LINEAR,[Mt]:i.LINEAR,[$r]:i.LINEAR_MIPMAP_NEAREST,[jn]:i.LINEAR_MIPMAP_LINEAR},De={[kg]:i.NEVER,[Cd]:i.ALWAYS,[Hg]:i.LESS,[Ad]:i.LEQUAL,[zg]:i.EQUAL,[Rd]:i.GEQUAL,[Vg]:i.GREATER,[Gg]:i.NOTEQUAL};function ut(C,S){if(S.type===On&&e.has("OES_texture_float_linear")===!1&&(S.magFilter===Mt||S.magFilter===$r||S.magFilter===Ys||S.magFilter===jn||S.minFilter===Mt||S.minFilter===$r||S.minFilter===Ys||S.minFilter===jn)&&Ce("WebGLRenderer: Unable to use linear filtering with floating point textures. OES_texture_float_linear not supported on this device."),i.texParameteri(C,i.TEXTURE_WRAP_S,Ge[S.wrapS]),i.texParameteri(C,i.TEXTURE_WRAP_T,Ge[S.wrapT]),(C===i.TEXTURE_3D||C===i.TEXTURE_2D_ARRAY)&&i.texParameteri(C,i.TEXTURE_WRAP_R,Ge[S.wrapR]),i.texParameteri(C,i.TEXTURE_MAG_FILTER,Nt[S.magFilter]),i.texParameteri(C,i.TEXTURE_MIN_FILTER,Nt[S.minFilter]),S.compareFunction&&(i.texParameteri(C,i.TEXTURE_COMPARE_MODE,i.COMPARE_REF_TO_TEXTURE),i.texParameteri(C,i.TEXTURE_COMPARE_FUNC,De[S.compareFunction])),e.has("EXT_texture_filter_anisotropic")===!0){if(S.magFilter===Tt||S.minFilter!==Ys&&S.minFilter!==jn||S.type===On&&e.has("OES_texture_float_linear")===!1)return;if(S.anisotropy>1||n.get(S).__currentAnisotropy){let H=e.get("EXT_texture_filter_anisotropic");i.texParameterf(C,H.TEXTURE_MAX_ANISOTROPY_EXT,Math.min(S.anisotropy,s.getMaxAnisotropy())),n.get(S).__currentAnisotropy=S.anisotropy}}}function ft(C,S){let H=!1;C.__webglInit===void 0&&(C.__webglInit=!0,S.addEventListener("dispose",I),L(S));let ne=S.source,Q=f.get(ne);Q===void 0&&(Q={},f.set(ne,Q));let re=j(S);if(re!==C.__cacheKey){Q[re]===void 0&&(Q[re]={texture:i.createTexture(),usedTimes:0},o.memory.textures++,H=!0),Q[re].usedTimes++;let ue=Q[C.__cacheKey];ue!==void 0&&(Q[C.__cacheKey].usedTimes--,ue.usedTimes===0&&W(S)),C.__cacheKey=re,C.__webglTexture=Q[re].texture}return H}function Qe(C,S,H){return Math.floor(Math.floor(C/H)/S)}function en(C,S,H,ne){let re=C.updateRanges;if(re.length===0)t.texSubImage2D(i.TEXTURE_2D,0,0,0,S.width,S.height,H,ne,S.data);else{re.sort((D,Z)=>D.start-Z.start);let ue=0;for(let D=1;D<re.length;D++){let Z=re[ue],Y=re[D],le=Z.start+Z.count,se=Qe(Y.start,S.width,4),oe=Qe(Z.start,S.width,4);Y.start<=le+1&&se===oe&&Qe(Y.start+Y.count-1,S.width,4)===se?Z.count=Math.max(Z.count,Y.start+Y.count-Z.start):(++ue,re[ue]=Y)}re.length=ue+1;let $=t.getParameter(i.UNPACK_ROW_LENGTH),K=t.getParameter(i.UNPACK_SKIP_PIXELS),ae=t.getParameter(i.UNPACK_SKIP_ROWS);t.pixelStorei(i.UNPACK_ROW_LENGTH,S.width);for(let D=0,Z=re.length;D<Z;D++){let Y=re[D],le=Math.floor(Y.start/4),se=Math.ceil(Y.count/4),oe=le%S.width,Pe=Math.floor(le/S.width),Xe=se,ie=1;t.pixelStorei(i.UNPACK_SKIP_PIXELS,oe),t.pixelStorei(i.UNPACK_SKIP_ROWS,Pe),t.texSubImage2D(i.TEXTURE_2D,0,oe,Pe,Xe,ie,H,ne,S.data)}C.clearUpdateRanges(),t.pixelStorei(i.UNPACK_ROW_LENGTH,$),t.pixelStorei(i.UNPACK_SKIP_PIXELS,K),t.pixelStorei(i.UNPACK_SKIP_ROWS,ae)}}function Ot(C,S,H){let ne=i.TEXTURE_2D;(S.isDataArrayTexture||S.isCompressedArrayTexture)&&(ne=i.TEXTURE_2D_ARRAY),S.isData3DTexture&&(ne=i.TEXTURE_3D);let Q=ft(C,S),re=S.source;t.bindTexture(ne,C.__webglTexture,i.TEXTURE0+H);let ue=n.get(re);if(re.version!==ue.__version||Q===!0){if(t.activeTexture(i.TEXTURE0+H),(typeof ImageBitmap<"u"&&S.image instanceof ImageBitmap)===!1){let ie=Ye.getPrimaries(Ye.workingColorSpace),Ie=S.colorSpace===li?null:Ye.getPrimaries(S.colorSpace),We=S.colorSpace===li||ie===Ie?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,S.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,S.premultiplyAlpha),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,We)}t.pixelStorei(i.UNPACK_ALIGNMENT,S.unpackAlignment);let K=v(S.image,!1,s.maxTextureSize);K=Ne(S,K);let ae=r.convert(S.format,S.colorSpace),D=r.convert(S.type),Z=w(S.internalFormat,ae,D,S.normalized,S.colorSpace,S.isVideoTexture);ut(ne,S);let Y,le=S.mipmaps,se=S.isVideoTexture!==!0,oe=ue.__version===void 0||Q===!0,Pe=re.dataReady,Xe=M(S,K);if(S.isDepthTexture)Z=x(S.format===ji,S.type),oe&&(se?t.texStorage2D(i.TEXTURE_2D,1,Z,K.width,K.height):t.texImage2D(i.TEXTURE_2D,0,Z,K.width,K.height,0,ae,D,null));else if(S.isDataTexture)if(le.length>0){se&&oe&&t.texStorage2D(i.TEXTURE_2D,Xe,Z,le[0].width,le[0].height);for(let ie=0,Ie=le.length;ie<Ie;ie++)Y=le[ie],se?Pe&&t.texSubImage2D(i.TEXTURE_2D,ie,0,0,Y.width,Y.height,ae,D,Y.data):t.texImage2D(i.TEXTURE_2D,ie,Z,Y.width,Y.height,0,ae,D,Y.data);S.generateMipmaps=!1}else se?(oe&&t.texStorage2D(i.TEXTURE_2D,Xe,Z,K.width,K.height),Pe&&en(S,K,ae,D)):t.texImage2D(i.TEXTURE_2D,0,Z,K.width,K.height,0,ae,D,K.data);else if(S.isCompressedTexture)if(S.isCompressedArrayTexture){se&&oe&&t.texStorage3D(i.TEXTURE_2D_ARRAY,Xe,Z,le[0].width,le[0].height,K.depth);for(let ie=0,Ie=le.length;ie<Ie;ie++)if(Y=le[ie],S.format!==mn)if(ae!==null)if(se){if(Pe)if(S.layerUpdates.size>0){let We=kd(Y.width,Y.height,S.format,S.type);for(let me of S.layerUpdates){let ht=Y.data.subarray(me*We/Y.data.BYTES_PER_ELEMENT,(me+1)*We/Y.data.BYTES_PER_ELEMENT);t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,ie,0,0,me,Y.width,Y.height,1,ae,ht)}}else t.compressedTexSubImage3D(i.TEXTURE_2D_ARRAY,ie,0,0,0,Y.width,Y.height,K.depth,ae,Y.data)}else t.compressedTexImage3D(i.TEXTURE_2D_ARRAY,ie,Z,Y.width,Y.height,K.depth,0,Y.data,0,0);else Ce("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()");else se?Pe&&t.texSubImage3D(i.TEXTURE_2D_ARRAY,ie,0,0,0,Y.width,Y.height,K.depth,ae,D,Y.data):t.texImage3D(i.TEXTURE_2D_ARRAY,ie,Z,Y.width,Y.height,K.depth,0,ae,D,Y.data);S.layerUpdates.size>0&&S.clearLayerUpdates()}else{se&&oe&&t.texStorage2D(i.TEXTURE_2D,Xe,Z,le[0].width,le[0].height);for(let ie=0,Ie=le.length;ie<Ie;ie++)Y=le[ie],S.format!==mn?ae!==null?se?Pe&&t.compressedTexSubImage2D(i.TEXTURE_2D,ie,0,0,Y.width,Y.height,ae,Y.data):t.compressedTexImage2D(i.TEXTURE_2D,ie,Z,Y.width,Y.height,0,Y.data):Ce("WebGLRenderer: Attempt to load unsupported compressed texture format in .uploadTexture()"):se?Pe&&t.texSubImage2D(i.TEXTURE_2D,ie,0,0,Y.width,Y.height,ae,D,Y.data):t.texImage2D(i.TEXTURE_2D,ie,Z,Y.width,Y.height,0,ae,D,Y.data)}else if(S.isDataArrayTexture)if(se){if(oe&&t.texStorage3D(i.TEXTURE_2D_ARRAY,Xe,Z,K.width,K.height,K.depth),Pe)if(S.layerUpdates.size>0){let ie=kd(K.width,K.height,S.format,S.type);for(let Ie of S.layerUpdates){let We=K.data.subarray(Ie*ie/K.data.BYTES_PER_ELEMENT,(Ie+1)*ie/K.data.BYTES_PER_ELEMENT);t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,Ie,K.width,K.height,1,ae,D,We)}S.clearLayerUpdates()}else t.texSubImage3D(i.TEXTURE_2D_ARRAY,0,0,0,0,K.width,K.height,K.depth,ae,D,K.data)}else t.texImage3D(i.TEXTURE_2D_ARRAY,0,Z,K.width,K.height,K.depth,0,ae,D,K.data);else if(S.isData3DTexture)se?(oe&&t.texStorage3D(i.TEXTURE_3D,Xe,Z,K.width,K.height,K.depth),Pe&&t.texSubImage3D(i.TEXTURE_3D,0,0,0,0,K.width,K.height,K.depth,ae,D,K.data)):t.texImage3D(i.TEXTURE_3D,0,Z,K.width,K.height,K.depth,0,ae,D,K.data);else if(S.isFramebufferTexture){if(oe)if(se)t.texStorage2D(i.TEXTURE_2D,Xe,Z,K.width,K.height);else{let ie=K.width,Ie=K.height;for(let We=0;We<Xe;We++)t.texImage2D(i.TEXTURE_2D,We,Z,ie,Ie,0,ae,D,null),ie>>=1,Ie>>=1}}else if(S.isHTMLTexture){if("texElementImage2D"in i){let ie=i.canvas;if(ie.hasAttribute("layoutsubtree")||ie.setAttribute("layoutsubtree","true"),K.parentNode!==ie){ie.appendChild(K),h.add(S),ie.onpaint=Ie=>{let We=Ie.changedElements;for(let me of h)We.includes(me.image)&&(me.needsUpdate=!0)},ie.requestPaint();return}if(i.texElementImage2D.length===3)i.texElementImage2D(i.TEXTURE_2D,i.RGBA8,K);else{let We=i.RGBA,me=i.RGBA,ht=i.UNSIGNED_BYTE;i.texElementImage2D(i.TEXTURE_2D,0,We,me,ht,K)}i.texParameteri(i.TEXTURE_2D,i.TEXTURE_MIN_FILTER,i.LINEAR),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_S,i.CLAMP_TO_EDGE),i.texParameteri(i.TEXTURE_2D,i.TEXTURE_WRAP_T,i.CLAMP_TO_EDGE)}}else if(le.length>0){if(se&&oe){let ie=ke(le[0]);t.texStorage2D(i.TEXTURE_2D,Xe,Z,ie.width,ie.height)}for(let ie=0,Ie=le.length;ie<Ie;ie++)Y=le[ie],se?Pe&&t.texSubImage2D(i.TEXTURE_2D,ie,0,0,ae,D,Y):t.texImage2D(i.TEXTURE_2D,ie,Z,ae,D,Y);S.generateMipmaps=!1}else if(se){if(oe){let ie=ke(K);t.texStorage2D(i.TEXTURE_2D,Xe,Z,ie.width,ie.height)}Pe&&t.texSubImage2D(i.TEXTURE_2D,0,0,0,ae,D,K)}else t.texImage2D(i.TEXTURE_2D,0,Z,ae,D,K);T(S)&&S.mipmapsAutoUpdate===!0&&b(ne),ue.__version=re.version,S.onUpdate&&S.onUpdate(S)}C.__version=S.version}function Sn(C,S,H){if(S.image.length!==6)return;let ne=ft(C,S),Q=S.source;t.bindTexture(i.TEXTURE_CUBE_MAP,C.__webglTexture,i.TEXTURE0+H);let re=n.get(Q);if(Q.version!==re.__version||ne===!0){t.activeTexture(i.TEXTURE0+H);let ue=Ye.getPrimaries(Ye.workingColorSpace),$=S.colorSpace===li?null:Ye.getPrimaries(S.colorSpace),K=S.colorSpace===li||ue===$?i.NONE:i.BROWSER_DEFAULT_WEBGL;t.pixelStorei(i.UNPACK_FLIP_Y_WEBGL,S.flipY),t.pixelStorei(i.UNPACK_PREMULTIPLY_ALPHA_WEBGL,S.premultiplyAlpha),t.pixelStorei(i.UNPACK_ALIGNMENT,S.unpackAlignment),t.pixelStorei(i.UNPACK_COLORSPACE_CONVERSION_WEBGL,K);let ae=S.isCompressedTexture||S.image[0].isCompressedTexture,D=S.image[0]&&S.image[0].isDataTexture,Z=[];for(let me=0;me<6;me++)!ae&&!D?Z[me]=v(S.image[me],!0,s.maxCubemapSize):Z[me]=D?S.image[me].image:S.image[me],Z[me]=Ne(S,Z[me]);let Y=Z[0],le=r.convert(S.format,S.colorSpace),se=r.convert(S.type),oe=w(S.internalFormat,le,se,S.normalized,S.colorSpace),Pe=S.isVideoTexture!==!0,Xe=re.__version===void 0||ne===!0,ie=Q.dataReady,Ie=M(S,Y);ut(i.TEXTURE_CUBE_MAP,S);let We;if(S.isDepthTexture){if(oe=x(S.format===ji,S.type),Xe)if(Pe)t.texStorage2D(i.TEXTURE_CUBE_MAP,1,oe,Y.width,Y.height);else for(let me=0;me<6;me++)t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,0,oe,Y.width,Y.height,0,le,se,null)}else if(ae){Pe&&Xe&&t.texStorage2D(i.TEXTURE_CUBE_MAP,Ie,oe,Y.width,Y.height);for(let me=0;me<6;me++){We=Z[me].mipmaps;for(let ht=0;ht<We.length;ht++){let Yt=We[ht];S.format!==mn?le!==null?Pe?ie&&t.compressedTexSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,ht,0,0,Yt.width,Yt.height,le,Yt.data):t.compressedTexImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,ht,oe,Yt.width,Yt.height,0,Yt.data):Ce("WebGLRenderer: Attempt to load unsupported compressed texture format in .setTextureCube()"):Pe?ie&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,ht,0,0,Yt.width,Yt.height,le,se,Yt.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,ht,oe,Yt.width,Yt.height,0,le,se,Yt.data)}}}else{if(We=S.mipmaps,Pe&&Xe){We.length>0&&Ie++;let me=ke(Z[0]);t.texStorage2D(i.TEXTURE_CUBE_MAP,Ie,oe,me.width,me.height)}for(let me=0;me<6;me++)if(D){Pe?ie&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,0,0,0,Z[me].width,Z[me].height,le,se,Z[me].data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,0,oe,Z[me].width,Z[me].height,0,le,se,Z[me].data);for(let ht=0;ht<We.length;ht++){let Zi=We[ht].image[me].image;Pe?ie&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,ht+1,0,0,Zi.width,Zi.height,le,se,Zi.data):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,ht+1,oe,Zi.width,Zi.height,0,le,se,Zi.data)}}else{Pe?ie&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,0,0,0,le,se,Z[me]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,0,oe,le,se,Z[me]);for(let ht=0;ht<We.length;ht++){let Yt=We[ht];Pe?ie&&t.texSubImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,ht+1,0,0,le,se,Yt.image[me]):t.texImage2D(i.TEXTURE_CUBE_MAP_POSITIVE_X+me,ht+1,oe,le,se,Yt.image[me])}}}T(S)&&S.mipmapsAutoUpdate===!0&&b(i.TEXTURE_CUBE_MAP),re.__version=Q.version,S.onUpdate&&S.onUpdate(S)}C.__version=S.version}function St(C,S,H,ne,Q,re){let ue=r.convert(H.format,H.colorSpace),$=r.convert(H.type),K=w(H.internalFormat,ue,$,H.normalized,H.colorSpace),ae=n.get(S),D=n.get(H);if(D.__renderTarget=S,!ae.__hasExternalTextures){let Z=Math.max(1,S.width>>re),Y=Math.max(1,S.height>>re);Q===i.TEXTURE_3D||Q===i.TEXTURE_2D_ARRAY?t.texImage3D(Q,re,K,Z,Y,S.depth,0,ue,$,null):t.texImage2D(Q,re,K,Z,Y,0,ue,$,null)}t.bindFramebuffer(i.FRAMEBUFFER,C),fe(S)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,ne,Q,D.__webglTexture,0,vt(S)):(Q===i.TEXTURE_2D||Q>=i.TEXTURE_CUBE_MAP_POSITIVE_X&&Q<=i.TEXTURE_CUBE_MAP_NEGATIVE_Z)&&i.framebufferTexture2D(i.FRAMEBUFFER,ne,Q,D.__webglTexture,re),t.bindFramebuffer(i.FRAMEBUFFER,null)}function ui(C,S,H){if(i.bindRenderbuffer(i.RENDERBUFFER,C),S.depthBuffer){let ne=S.depthTexture,Q=ne&&ne.isDepthTexture?ne.type:null,re=x(S.stencilBuffer,Q),ue=S.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;fe(S)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,vt(S),re,S.width,S.height):H?i.renderbufferStorageMultisample(i.RENDERBUFFER,vt(S),re,S.width,S.height):i.renderbufferStorage(i.RENDERBUFFER,re,S.width,S.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,ue,i.RENDERBUFFER,C)}else{let ne=S.textures;for(let Q=0;Q<ne.length;Q++){let re=ne[Q],ue=r.convert(re.format,re.colorSpace),$=r.convert(re.type),K=w(re.internalFormat,ue,$,re.normalized,re.colorSpace);fe(S)?a.renderbufferStorageMultisampleEXT(i.RENDERBUFFER,vt(S),K,S.width,S.height):H?i.renderbufferStorageMultisample(i.RENDERBUFFER,vt(S),K,S.width,S.height):i.renderbufferStorage(i.RENDERBUFFER,K,S.width,S.height)}}i.bindRenderbuffer(i.RENDERBUFFER,null)}function qt(C,S,H){let ne=S.isWebGLCubeRenderTarget===!0;if(t.bindFramebuffer(i.FRAMEBUFFER,C),!(S.depthTexture&&S.depthTexture.isDepthTexture))throw new Error("THREE.WebGLTextures: renderTarget.depthTexture must be an instance of THREE.DepthTexture.");let Q=n.get(S.depthTexture);Q.__renderTarget=S;let re=ne?S.depthTexture.image[0]:S.depthTexture.image;(!Q.__webglTexture||re.width!==S.width||re.height!==S.height)&&(re.width=S.width,re.height=S.height,S.depthTexture.needsUpdate=!0),ne?ye(S.depthTexture,0):pe(S.depthTexture,0);let ue=Q.__webglTexture,$=vt(S),K=ne?i.TEXTURE_CUBE_MAP_POSITIVE_X+H:i.TEXTURE_2D,ae=S.depthTexture.format===ji?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;if(S.depthTexture.format===Hi)fe(S)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,ae,K,ue,0,$):i.framebufferTexture2D(i.FRAMEBUFFER,ae,K,ue,0);else if(S.depthTexture.format===ji)fe(S)?a.framebufferTexture2DMultisampleEXT(i.FRAMEBUFFER,ae,K,ue,0,$):i.framebufferTexture2D(i.FRAMEBUFFER,ae,K,ue,0);else throw new Error("THREE.WebGLTextures: Unknown depthTexture format.")}function kn(C){let S=n.get(C),H=C.isWebGLCubeRenderTarget===!0;if(S.__boundDepthTexture!==C.depthTexture){let ne=C.depthTexture;if(S.__depthDisposeCallback&&S.__depthDisposeCallback(),ne){let Q=()=>{delete S.__boundDepthTexture,delete S.__depthDisposeCallback,ne.removeEventListener("dispose",Q)};ne.addEventListener("dispose",Q),S.__depthDisposeCallback=Q}S.__boundDepthTexture=ne}if(C.depthTexture&&!S.__autoAllocateDepthBuffer)if(H)for(let ne=0;ne<6;ne++)qt(S.__webglFramebuffer[ne],C,ne);else C.texture.mipmaps.length>0?qt(S.__webglFramebuffer[0],C,0):qt(S.__webglFramebuffer,C,0);else if(H){S.__webglDepthbuffer=[];for(let ne=0;ne<6;ne++)if(t.bindFramebuffer(i.FRAMEBUFFER,S.__webglFramebuffer[ne]),S.__webglDepthbuffer[ne]===void 0)S.__webglDepthbuffer[ne]=i.createRenderbuffer(),ui(S.__webglDepthbuffer[ne],C,!1);else{let Q=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,re=S.__webglDepthbuffer[ne];i.bindRenderbuffer(i.RENDERBUFFER,re),i.framebufferRenderbuffer(i.FRAMEBUFFER,Q,i.RENDERBUFFER,re)}}else if(C.texture.mipmaps.length>0?t.bindFramebuffer(i.FRAMEBUFFER,S.__webglFramebuffer[0]):t.bindFramebuffer(i.FRAMEBUFFER,S.__webglFramebuffer),S.__webglDepthbuffer===void 0)S.__webglDepthbuffer=i.createRenderbuffer(),ui(S.__webglDepthbuffer,C,!1);else{let Q=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,re=S.__webglDepthbuffer;i.bindRenderbuffer(i.RENDERBUFFER,re),i.framebufferRenderbuffer(i.FRAMEBUFFER,Q,i.RENDERBUFFER,re)}t.bindFramebuffer(i.FRAMEBUFFER,null)}function Hn(C,S,H){let ne=n.get(C);S!==void 0&&St(ne.__webglFramebuffer,C,C.texture,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,0),H!==void 0&&kn(C)}function zn(C){let S=C.texture,H=n.get(C),ne=n.get(S);C.addEventListener("dispose",U),L(C);let Q=C.textures,re=C.isWebGLCubeRenderTarget===!0,ue=Q.length>1;if(ue||(ne.__webglTexture===void 0&&(ne.__webglTexture=i.createTexture()),ne.__version=S.version,o.memory.textures++),re){H.__webglFramebuffer=[];for(let $=0;$<6;$++)if(S.mipmaps.length>0){H.__webglFramebuffer[$]=[];for(let K=0;K<S.mipmaps.length;K++)H.__webglFramebuffer[$][K]=i.createFramebuffer()}else H.__webglFramebuffer[$]=i.createFramebuffer()}else{if(S.mipmaps.length>0){H.__webglFramebuffer=[];for(let $=0;$<S.mipmaps.length;$++)H.__webglFramebuffer[$]=i.createFramebuffer()}else H.__webglFramebuffer=i.createFramebuffer();if(ue)for(let $=0,K=Q.length;$<K;$++){let ae=n.get(Q[$]);ae.__webglTexture===void 0&&(ae.__webglTexture=i.createTexture(),o.memory.textures++)}if(C.samples>0&&fe(C)===!1){H.__webglMultisampledFramebuffer=i.createFramebuffer(),H.__webglColorRenderbuffer=[],t.bindFramebuffer(i.FRAMEBUFFER,H.__webglMultisampledFramebuffer);for(let $=0;$<Q.length;$++){let K=Q[$];H.__webglColorRenderbuffer[$]=i.createRenderbuffer(),i.bindRenderbuffer(i.RENDERBUFFER,H.__webglColorRenderbuffer[$]);let ae=r.convert(K.format,K.colorSpace),D=r.convert(K.type),Z=w(K.internalFormat,ae,D,K.normalized,K.colorSpace,C.isXRRenderTarget===!0),Y=vt(C);i.renderbufferStorageMultisample(i.RENDERBUFFER,Y,Z,C.width,C.height),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+$,i.RENDERBUFFER,H.__webglColorRenderbuffer[$])}i.bindRenderbuffer(i.RENDERBUFFER,null),C.depthBuffer&&(H.__webglDepthRenderbuffer=i.createRenderbuffer(),ui(H.__webglDepthRenderbuffer,C,!0)),t.bindFramebuffer(i.FRAMEBUFFER,null)}}if(re){t.bindTexture(i.TEXTURE_CUBE_MAP,ne.__webglTexture),ut(i.TEXTURE_CUBE_MAP,S);for(let $=0;$<6;$++)if(S.mipmaps.length>0)for(let K=0;K<S.mipmaps.length;K++)St(H.__webglFramebuffer[$][K],C,S,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+$,K);else St(H.__webglFramebuffer[$],C,S,i.COLOR_ATTACHMENT0,i.TEXTURE_CUBE_MAP_POSITIVE_X+$,0);T(S)?b(i.TEXTURE_CUBE_MAP):S.mipmaps.length>0&&i.texParameteri(i.TEXTURE_CUBE_MAP,i.TEXTURE_MAX_LEVEL,S.mipmaps.length-1),t.unbindTexture()}else if(ue){for(let $=0,K=Q.length;$<K;$++){let ae=Q[$],D=n.get(ae),Z=i.TEXTURE_2D;(C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&(Z=C.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture(Z,D.__webglTexture),ut(Z,ae),St(H.__webglFramebuffer,C,ae,i.COLOR_ATTACHMENT0+$,Z,0),T(ae)&&b(Z)}t.unbindTexture()}else{let $=i.TEXTURE_2D;if((C.isWebGL3DRenderTarget||C.isWebGLArrayRenderTarget)&&($=C.isWebGL3DRenderTarget?i.TEXTURE_3D:i.TEXTURE_2D_ARRAY),t.bindTexture($,ne.__webglTexture),ut($,S),S.mipmaps.length>0)for(let K=0;K<S.mipmaps.length;K++)St(H.__webglFramebuffer[K],C,S,i.COLOR_ATTACHMENT0,$,K);else St(H.__webglFramebuffer,C,S,i.COLOR_ATTACHMENT0,$,0);T(S)?b($):S.mipmaps.length>0&&i.texParameteri($,i.TEXTURE_MAX_LEVEL,S.mipmaps.length-1),t.unbindTexture()}C.depthBuffer&&kn(C)}function O(C){let S=C.textures;for(let H=0,ne=S.length;H<ne;H++){let Q=S[H];if(T(Q)&&Q.mipmapsAutoUpdate===!0){let re=A(C),ue=n.get(Q).__webglTexture;t.bindTexture(re,ue),b(re),t.unbindTexture()}}}let Vn=[];function xt(C){if(C.samples>0){if(fe(C)===!1){let S=C.textures,H=C.width,ne=C.height,Q=i.COLOR_BUFFER_BIT,re=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT,ue=n.get(C),$=S.length>1;if($)for(let ae=0;ae<S.length;ae++)t.bindFramebuffer(i.FRAMEBUFFER,ue.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+ae,i.RENDERBUFFER,null),t.bindFramebuffer(i.FRAMEBUFFER,ue.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+ae,i.TEXTURE_2D,null,0);t.bindFramebuffer(i.READ_FRAMEBUFFER,ue.__webglMultisampledFramebuffer),C.texture.mipmaps.length>0?t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ue.__webglFramebuffer[0]):t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ue.__webglFramebuffer);for(let ae=0;ae<S.length;ae++){if(C.resolveDepthBuffer&&(C.depthBuffer&&(Q|=i.DEPTH_BUFFER_BIT),C.stencilBuffer&&C.resolveStencilBuffer&&(Q|=i.STENCIL_BUFFER_BIT)),$){i.framebufferRenderbuffer(i.READ_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.RENDERBUFFER,ue.__webglColorRenderbuffer[ae]);let D=n.get(S[ae]).__webglTexture;i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0,i.TEXTURE_2D,D,0)}i.blitFramebuffer(0,0,H,ne,0,0,H,ne,Q,i.NEAREST),l===!0&&(Vn.length=0,Vn.push(i.COLOR_ATTACHMENT0+ae),C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&Vn.push(re),i.invalidateFramebuffer(i.READ_FRAMEBUFFER,Vn))}if(t.bindFramebuffer(i.READ_FRAMEBUFFER,null),t.bindFramebuffer(i.DRAW_FRAMEBUFFER,null),$)for(let ae=0;ae<S.length;ae++){t.bindFramebuffer(i.FRAMEBUFFER,ue.__webglMultisampledFramebuffer),i.framebufferRenderbuffer(i.FRAMEBUFFER,i.COLOR_ATTACHMENT0+ae,i.RENDERBUFFER,ue.__webglColorRenderbuffer[ae]);let D=n.get(S[ae]).__webglTexture;t.bindFramebuffer(i.FRAMEBUFFER,ue.__webglFramebuffer),i.framebufferTexture2D(i.DRAW_FRAMEBUFFER,i.COLOR_ATTACHMENT0+ae,i.TEXTURE_2D,D,0)}t.bindFramebuffer(i.DRAW_FRAMEBUFFER,ue.__webglMultisampledFramebuffer)}else if(C.depthBuffer&&C.storeMultisampledDepthBuffer===!1&&l){let S=C.stencilBuffer?i.DEPTH_STENCIL_ATTACHMENT:i.DEPTH_ATTACHMENT;i.invalidateFramebuffer(i.DRAW_FRAMEBUFFER,[S])}}}function vt(C){return Math.min(s.maxSamples,C.samples)}function fe(C){let S=n.get(C);return C.samples>0&&e.has("WEBGL_multisampled_render_to_texture")===!0&&S.__useRenderToTexture!==!1}function Bt(C){let S=o.render.frame;u.get(C)!==S&&(u.set(C,S),C.update())}function Ne(C,S){let H=C.colorSpace,ne=C.format,Q=C.type;return C.isCompressedTexture===!0||C.isVideoTexture===!0||H!==Zt&&H!==li&&(Ye.getTransfer(H)===ct?(ne!==mn||Q!==pn)&&Ce("WebGLTextures: sRGB encoded textures have to use RGBAFormat and UnsignedByteType."):Fe("WebGLTextures: Unsupported texture color space:",H)),S}function ke(C){return typeof HTMLImageElement<"u"&&C instanceof HTMLImageElement?(c.width=C.naturalWidth||C.width,c.height=C.naturalHeight||C.height):typeof VideoFrame<"u"&&C instanceof VideoFrame?(c.width=C.displayWidth,c.height=C.displayHeight):(c.width=C.width,c.height=C.height),c}this.allocateTextureUnit=Ue,this.resetTextureUnits=J,this.getTextureUnits=te,this.setTextureUnits=_e,this.setTexture2D=pe,this.setTexture2DArray=we,this.setTexture3D=Le,this.setTextureCube=ye,this.rebindTextures=Hn,this.setupRenderTarget=zn,this.updateRenderTargetMipmap=O,this.updateMultisampleRenderTarget=xt,this.setupDepthRenderbuffer=kn,this.setupFrameBufferTexture=St,this.useMultisampledRTT=fe,this.dispose=G}function Qw(i,e){function t(n,s=li){let r,o=Ye.getTransfer(s);if(n===pn)return i.UNSIGNED_BYTE;if(n===_c)return i.UNSIGNED_SHORT_4_4_4_4;if(n===bc)return i.UNSIGNED_SHORT_5_5_5_1;if(n===Md)return i.UNSIGNED_INT_5_9_9_9_REV;if(n===Sd)return i.UNSIGNED_INT_10F_11F_11F_REV;if(n===_d)return i.BYTE;if(n===bd)return i.SHORT;if(n===jr)return i.UNSIGNED_SHORT;if(n===vc)return i.INT;if(n===oi)return i.UNSIGNED_INT;if(n===On)return i.FLOAT;if(n===ai)return i.HALF_FLOAT;if(n===wd)return i.ALPHA;if(n===Ed)return i.RGB;if(n===mn)return i.RGBA;if(n===Hi)return i.DEPTH_COMPONENT;if(n===ji)return i.DEPTH_STENCIL;if(n===Mc)return i.RED;if(n===Sc)return i.RED_INTEGER;if(n===ys)return i.RG;if(n===wc)return i.RG_INTEGER;if(n===Ec)return i.RGBA_INTEGER;if(n===ma||n===ga||n===ya||n===xa)if(o===ct)if(r=e.get("WEBGL_compressed_texture_s3tc_srgb"),r!==null){if(n===ma)return r.COMPRESSED_SRGB_S3TC_DXT1_EXT;if(n===ga)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT1_EXT;if(n===ya)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT3_EXT;if(n===xa)return r.COMPRESSED_SRGB_ALPHA_S3TC_DXT5_EXT}else return null;else if(r=e.get("WEBGL_compressed_texture_s3tc"),r!==null){if(n===ma)return r.COMPRESSED_RGB_S3TC_DXT1_EXT;if(n===ga)return r.COMPRESSED_RGBA_S3TC_DXT1_EXT;if(n===ya)return r.COMPRESSED_RGBA_S3TC_DXT3_EXT;if(n===xa)return r.COMPRESSED_RGBA_S3TC_DXT5_EXT}else return null;if(n===Tc||n===Ac||n===Rc||n===Cc)if(r=e.get("WEBGL_compressed_texture_pvrtc"),r!==null){if(n===Tc)return r.COMPRESSED_RGB_PVRTC_4BPPV1_IMG;if(n===Ac)return r.COMPRESSED_RGB_PVRTC_2BPPV1_IMG;if(n===Rc)return r.COMPRESSED_RGBA_PVRTC_4BPPV1_IMG;if(n===Cc)return r.COMPRESSED_RGBA_PVRTC_2BPPV1_IMG}else return null;if(n===Pc||n===Ic||n===Lc||n===Nc||n===Dc||n===va||n===Fc)if(r=e.get("WEBGL_compressed_texture_etc"),r!==null){if(n===Pc||n===Ic)return o===ct?r.COMPRESSED_SRGB8_ETC2:r.COMPRESSED_RGB8_ETC2;if(n===Lc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ETC2_EAC:r.COMPRESSED_RGBA8_ETC2_EAC;if(n===Nc)return r.COMPRESSED_R11_EAC;if(n===Dc)return r.COMPRESSED_SIGNED_R11_EAC;if(n===va)return r.COMPRESSED_RG11_EAC;if(n===Fc)return r.COMPRESSED_SIGNED_RG11_EAC}else return null;if(n===Uc||n===Oc||n===Bc||n===kc||n===Hc||n===zc||n===Vc||n===Gc||n===Wc||n===Xc||n===qc||n===Yc||n===$c||n===jc)if(r=e.get("WEBGL_compressed_texture_astc"),r!==null){if(n===Uc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_4x4_KHR:r.COMPRESSED_RGBA_ASTC_4x4_KHR;if(n===Oc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x4_KHR:r.COMPRESSED_RGBA_ASTC_5x4_KHR;if(n===Bc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_5x5_KHR:r.COMPRESSED_RGBA_ASTC_5x5_KHR;if(n===kc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x5_KHR:r.COMPRESSED_RGBA_ASTC_6x5_KHR;if(n===Hc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_6x6_KHR:r.COMPRESSED_RGBA_ASTC_6x6_KHR;if(n===zc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x5_KHR:r.COMPRESSED_RGBA_ASTC_8x5_KHR;if(n===Vc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x6_KHR:r.COMPRESSED_RGBA_ASTC_8x6_KHR;if(n===Gc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_8x8_KHR:r.COMPRESSED_RGBA_ASTC_8x8_KHR;if(n===Wc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x5_KHR:r.COMPRESSED_RGBA_ASTC_10x5_KHR;if(n===Xc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x6_KHR:r.COMPRESSED_RGBA_ASTC_10x6_KHR;if(n===qc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x8_KHR:r.COMPRESSED_RGBA_ASTC_10x8_KHR;if(n===Yc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_10x10_KHR:r.COMPRESSED_RGBA_ASTC_10x10_KHR;if(n===$c)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x10_KHR:r.COMPRESSED_RGBA_ASTC_12x10_KHR;if(n===jc)return o===ct?r.COMPRESSED_SRGB8_ALPHA8_ASTC_12x12_KHR:r.COMPRESSED_RGBA_ASTC_12x12_KHR}else return null;if(n===Kc||n===Zc||n===Jc)if(r=e.get("EXT_texture_compression_bptc"),r!==null){if(n===Kc)return o===ct?r.COMPRESSED_SRGB_ALPHA_BPTC_UNORM_EXT:r.COMPRESSED_RGBA_BPTC_UNORM_EXT;if(n===Zc)return r.COMPRESSED_RGB_BPTC_SIGNED_FLOAT_EXT;if(n===Jc)return r.COMPRESSED_RGB_BPTC_UNSIGNED_FLOAT_EXT}else return null;if(n===Qc||n===eu||n===_a||n===tu)if(r=e.get("EXT_texture_compression_rgtc"),r!==null){if(n===Qc)return r.COMPRESSED_RED_RGTC1_EXT;if(n===eu)return r.COMPRESSED_SIGNED_RED_RGTC1_EXT;if(n===_a)return r.COMPRESSED_RED_GREEN_RGTC2_EXT;if(n===tu)return r.COMPRESSED_SIGNED_RED_GREEN_RGTC2_EXT}else return null;return n===$s?i.UNSIGNED_INT_24_8:i[n]!==void 0?i[n]:null}return{convert:t}}var eE=`
void main() {

	gl_Position = vec4( position, 1.0 );

}`,tE=`
uniform sampler2DArray depthColor;
uniform float depthWidth;
uniform float depthHeight;

void main() {

	vec2 coord = vec2( gl_FragCoord.x / depthWidth, gl_FragCoord.y / depthHeight );

	if ( coord.x >= 1.0 ) {

		gl_FragDepth = texture( depthColor, vec3( coord.x - 1.0, coord.y, 1 ) ).r;

	} else {

		gl_FragDepth = texture( depthColor, vec3( coord.x, coord.y, 0 ) ).r;

	}

}`,Qd=class{constructor(){this.texture=null,this.mesh=null,this.depthNear=0,this.depthFar=0}init(e,t){if(this.texture===null){let n=new Ko(e.texture);(e.depthNear!==t.depthNear||e.depthFar!==t.depthFar)&&(this.depthNear=e.depthNear,this.depthFar=e.depthFar),this.texture=n}}getMesh(e){if(this.texture!==null&&this.mesh===null){let t=e.cameras[0].viewport,n=new Rn({vertexShader:eE,fragmentShader:tE,uniforms:{depthColor:{value:this.texture},depthWidth:{value:t.z},depthHeight:{value:t.w}}});this.mesh=new je(new Qo(20,20),n)}return this.mesh}reset(){this.texture=null,this.mesh=null}getDepthTexture(){return this.texture}},ef=class extends ii{constructor(e,t){super();let n=this,s=null,r=1,o=null,a="local-floor",l=1,c=null,u=null,h=null,d=null,f=null,p=null,y=typeof XRWebGLBinding<"u",m=new Qd,g={},v=t.getContextAttributes(),T=null,b=null,A=[],w=[],x=new Ae,M=null,L=null,R=new zt;R.viewport=new it;let I=new zt;I.viewport=new it;let U=[R,I],V=new pc,N=null,G=null;this.cameraAutoUpdate=!0,this.enabled=!1,this.isPresenting=!1,this.getController=function(j){let pe=A[j];return pe===void 0&&(pe=new Hr,A[j]=pe),pe.getTargetRaySpace()},this.getControllerGrip=function(j){let pe=A[j];return pe===void 0&&(pe=new Hr,A[j]=pe),pe.getGripSpace()},this.getHand=function(j){let pe=A[j];return pe===void 0&&(pe=new Hr,A[j]=pe),pe.getHandSpace()};function k(j){let pe=w.indexOf(j.inputSource);if(pe===-1)return;let we=A[pe];we!==void 0&&(we.update(j.inputSource,j.frame,c||o),we.dispatchEvent({type:j.type,data:j.inputSource}))}function W(){s.removeEventListener("select",k),s.removeEventListener("selectstart",k),s.removeEventListener("selectend",k),s.removeEventListener("squeeze",k),s.removeEventListener("squeezestart",k),s.removeEventListener("squeezeend",k),s.removeEventListener("end",W),s.removeEventListener("inputsourceschange",ee);for(let j=0;j<A.length;j++){let pe=w[j];pe!==null&&(w[j]=null,A[j].disconnect(pe))}N=null,G=null,m.reset();for(let j in g)delete g[j];if(e.setRenderTarget(T),f=null,d=null,h=null,s=null,b=null,Ue.stop(),n.isPresenting=!1,e.setPixelRatio(M),e.setSize(x.width,x.height,!1),L!==null){let j=L.camera;j.fov=L.fov,j.zoom=L.zoom,j.updateProjectionMatrix(),L=null}n.dispatchEvent({type:"sessionend"})}this.setFramebufferScaleFactor=function(j){r=j,n.isPresenting===!0&&Ce("WebXRManager: Cannot change framebuffer scale while presenting.")},this.setReferenceSpaceType=function(j){a=j,n.isPresenting===!0&&Ce("WebXRManager: Cannot change reference space type while presenting.")},this.getReferenceSpace=function(){return c||o},this.setReferenceSpace=function(j){c=j},this.getBaseLayer=function(){return d!==null?d:f},this.getBinding=function(){return h===null&&y&&(h=new XRWebGLBinding(s,t)),h},this.getFrame=function(){return p},this.getSession=function(){return s},this.setSession=async function(j){if(s=j,s!==null){if(T=e.getRenderTarget(),s.addEventListener("select",k),s.addEventListener("selectstart",k),s.addEventListener("selectend",k),s.addEventListener("squeeze",k),s.addEventListener("squeezestart",k),s.addEventListener("squeezeend",k),s.addEventListener("end",W),s.addEventListener("inputsourceschange",ee),v.xrCompatible!==!0&&await t.makeXRCompatible(),M=e.getPixelRatio(),e.getSize(x),y&&"createProjectionLayer"in XRWebGLBinding.prototype){let we=null,Le=null,ye=null;v.depth&&(ye=v.stencil?t.DEPTH24_STENCIL8:t.DEPTH_COMPONENT24,we=v.stencil?ji:Hi,Le=v.stencil?$s:oi);let Ge={colorFormat:t.RGBA8,depthFormat:ye,scaleFactor:r};h=this.getBinding(),d=h.createProjectionLayer(Ge),s.updateRenderState({layers:[d]}),e.setPixelRatio(1),e.setSize(d.textureWidth,d.textureHeight,!1),b=new Dn(d.textureWidth,d.textureHeight,{format:mn,type:pn,depthTexture:new zi(d.textureWidth,d.textureHeight,Le,void 0,void 0,void 0,void 0,void 0,void 0,we),stencilBuffer:v.stencil,colorSpace:e.outputColorSpace,samples:v.antialias?4:0,resolveDepthBuffer:d.ignoreDepthValues===!1,resolveStencilBuffer:d.ignoreDepthValues===!1,storeMultisampledDepthBuffer:d.ignoreDepthValues===!1,storeMultisampledStencilBuffer:d.ignoreDepthValues===!1})}else{let we={antialias:v.antialias,alpha:!0,depth:v.depth,stencil:v.stencil,framebufferScaleFactor:r};f=new XRWebGLLayer(s,t,we),s.updateRenderState({baseLayer:f}),e.setPixelRatio(1),e.setSize(f.framebufferWidth,f.framebufferHeight,!1),b=new Dn(f.framebufferWidth,f.framebufferHeight,{format:mn,type:pn,colorSpace:e.outputColorSpace,stencilBuffer:v.stencil,resolveDepthBuffer:f.ignoreDepthValues===!1,resolveStencilBuffer:f.ignoreDepthValues===!1,storeMultisampledDepthBuffer:f.ignoreDepthValues===!1,storeMultisampledStencilBuffer:f.ignoreDepthValues===!1})}b.isXRRenderTarget=!0,this.setFoveation(l),c=null,o=await s.requestReferenceSpace(a),Ue.setContext(s),Ue.start(),n.isPresenting=!0,n.dispatchEvent({type:"sessionstart"})}},this.getEnvironmentBlendMode=function(){if(s!==null)return s.environmentBlendMode},this.getDepthTexture=function(){return m.getDepthTexture()};function ee(j){for(let pe=0;pe<j.removed.length;pe++){let we=j.removed[pe],Le=w.indexOf(we);Le>=0&&(w[Le]=null,A[Le].disconnect(we))}for(let pe=0;pe<j.added.length;pe++){let we=j.added[pe],Le=w.indexOf(we);if(Le===-1){for(let Ge=0;Ge<A.length;Ge++)if(Ge>=w.length){w.push(we),Le=Ge;break}else if(w[Ge]===null){w[Ge]=we,Le=Ge;break}if(Le===-1)break}let ye=A[Le];ye&&ye.connect(we)}}function q(j,pe){pe===null?j.matrixWorld.copy(j.matrix):j.matrixWorld.multiplyMatrices(pe.matrixWorld,j.matrix),j.matrixWorldInverse.copy(j.matrixWorld).invert()}this.updateCamera=function(j){if(s===null)return;let pe=j.near,we=j.far;m.texture!==null&&(m.depthNear>0&&(pe=m.depthNear),m.depthFar>0&&(we=m.depthFar)),V.near=I.near=R.near=pe,V.far=I.far=R.far=we,(N!==V.near||G!==V.far)&&(s.updateRenderState({depthNear:V.near,depthFar:V.far}),N=V.near,G=V.far),V.layers.mask=j.layers.mask|6,R.layers.mask=V.layers.mask&-5,I.layers.mask=V.layers.mask&-3;let Le=j.parent,ye=V.cameras;q(V,Le);for(let Ge=0;Ge<ye.length;Ge++)q(ye[Ge],Le);V.projectionMatrix.copy(R.projectionMatrix),V.projectionMatrixInverse.copy(R.projectionMatrixInverse),L===null&&j.isPerspectiveCamera&&(L={camera:j,fov:j.fov,zoom:j.zoom}),J(j,V,Le)};function J(j,pe,we){we===null?j.matrix.copy(pe.matrixWorld):(j.matrix.copy(we.matrixWorld),j.matrix.invert(),j.matrix.multiply(pe.matrixWorld)),j.matrix.decompose(j.position,j.quaternion,j.scale),j.updateMatrixWorld(!0),j.projectionMatrix.copy(pe.projectionMatrix),j.projectionMatrixInverse.copy(pe.projectionMatrixInverse),j.isPerspectiveCamera&&(j.fov=Os*2*Math.atan(1/j.projectionMatrix.elements[5]),j.zoom=1)}this.getCamera=function(){return V},this.getFoveation=function(){if(!(d===null&&f===null))return l},this.setFoveation=function(j){l=j,d!==null&&(d.fixedFoveation=j),f!==null&&f.fixedFoveation!==void 0&&(f.fixedFoveation=j)},this.hasDepthSensing=function(){return m.texture!==null},this.getDepthSensingMesh=function(){return m.getMesh(V)},this.getCameraTexture=function(j){return g[j]};let te=null;function _e(j,pe){if(u=pe.getViewerPose(c||o),p=pe,u!==null){let we=u.views;f!==null&&(e.setRenderTargetFramebuffer(b,f.framebuffer),e.setRenderTarget(b));let Le=!1;we.length!==V.cameras.length&&(V.cameras.length=0,Le=!0);for(let De=0;De<we.length;De++){let ut=we[De],ft=null;if(f!==null)ft=f.getViewport(ut);else{let en=h.getViewSubImage(d,ut);ft=en.viewport,De===0&&(e.setRenderTargetTextures(b,en.colorTexture,en.depthStencilTexture),e.setRenderTarget(b))}let Qe=U[De];Qe===void 0&&(Qe=new zt,Qe.layers.enable(De),Qe.viewport=new it,U[De]=Qe),Qe.matrix.fromArray(ut.transform.matrix),Qe.matrix.decompose(Qe.position,Qe.quaternion,Qe.scale),Qe.projectionMatrix.fromArray(ut.projectionMatrix),Qe.projectionMatrixInverse.copy(Qe.projectionMatrix).invert(),Qe.viewport.set(ft.x,ft.y,ft.width,ft.height),De===0&&(V.matrix.copy(Qe.matrix),V.matrix.decompose(V.position,V.quaternion,V.scale)),Le===!0&&V.cameras.push(Qe)}let ye=s.enabledFeatures;if(ye&&ye.includes("depth-sensing")&&s.depthUsage=="gpu-optimized"&&y){h=n.getBinding();let De=h.getDepthInformation(we[0]);De&&De.isValid&&De.texture&&m.init(De,s.renderState)}if(ye&&ye.includes("camera-access")&&y){e.state.unbindTexture(),h=n.getBinding();for(let De=0;De<we.length;De++){let ut=we[De].camera;if(ut){let ft=g[ut];ft||(ft=new Ko,g[ut]=ft);let Qe=h.getCameraImage(ut);ft.sourceTexture=Qe}}}}for(let we=0;we<A.length;we++){let Le=w[we],ye=A[we];Le!==null&&ye!==void 0&&ye.update(Le,pe,c||o)}te&&te(j,pe),pe.detectedPlanes&&n.dispatchEvent({type:"planesdetected",data:pe}),p=null}let Ue=new xy;Ue.setAnimationLoop(_e),this.setAnimationLoop=function(j){te=j},this.dispose=function(){}}},nE=new ge,Ry=new Be;Ry.set(-1,0,0,0,1,0,0,0,1);function iE(i,e){function t(m,g){m.matrixAutoUpdate===!0&&m.updateMatrix(),g.value.copy(m.matrix)}function n(m,g){g.color.getRGB(m.fogColor.value,Ud(i)),g.isFog?(m.fogNear.value=g.near,m.fogFar.value=g.far):g.isFogExp2&&(m.fogDensity.value=g.density)}function s(m,g,v,T,b){g.isNodeMaterial?g.uniformsNeedUpdate=!1:g.isMeshBasicMaterial?r(m,g):g.isMeshLambertMaterial?(r(m,g),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)):g.isMeshToonMaterial?(r(m,g),h(m,g)):g.isMeshPhongMaterial?(r(m,g),u(m,g),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)):g.isMeshStandardMaterial?(r(m,g),d(m,g),g.isMeshPhysicalMaterial&&f(m,g,b)):g.isMeshMatcapMaterial?(r(m,g),p(m,g)):g.isMeshDepthMaterial?r(m,g):g.isMeshDistanceMaterial?(r(m,g),y(m,g)):g.isMeshNormalMaterial?r(m,g):g.isLineBasicMaterial?(o(m,g),g.isLineDashedMaterial&&a(m,g)):g.isPointsMaterial?l(m,g,v,T):g.isSpriteMaterial?c(m,g):g.isShadowMaterial?(m.color.value.copy(g.color),m.opacity.value=g.opacity):g.isShaderMaterial&&(g.uniformsNeedUpdate=!1)}function r(m,g){m.opacity.value=g.opacity,g.color&&m.diffuse.value.copy(g.color),g.emissive&&m.emissive.value.copy(g.emissive).multiplyScalar(g.emissiveIntensity),g.map&&(m.map.value=g.map,t(g.map,m.mapTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.bumpMap&&(m.bumpMap.value=g.bumpMap,t(g.bumpMap,m.bumpMapTransform),m.bumpScale.value=g.bumpScale,g.side===rn&&(m.bumpScale.value*=-1)),g.normalMap&&(m.normalMap.value=g.normalMap,t(g.normalMap,m.normalMapTransform),m.normalScale.value.copy(g.normalScale),g.side===rn&&m.normalScale.value.negate()),g.displacementMap&&(m.displacementMap.value=g.displacementMap,t(g.displacementMap,m.displacementMapTransform),m.displacementScale.value=g.displacementScale,m.displacementBias.value=g.displacementBias),g.emissiveMap&&(m.emissiveMap.value=g.emissiveMap,t(g.emissiveMap,m.emissiveMapTransform)),g.specularMap&&(m.specularMap.value=g.specularMap,t(g.specularMap,m.specularMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest);let v=e.get(g),T=v.envMap,b=v.envMapRotation;T&&(m.envMap.value=T,m.envMapRotation.value.setFromMatrix4(nE.makeRotationFromEuler(b)).transpose(),T.isCubeTexture&&T.isRenderTargetTexture===!1&&m.envMapRotation.value.premultiply(Ry),m.reflectivity.value=g.reflectivity,m.ior.value=g.ior,m.refractionRatio.value=g.refractionRatio),g.lightMap&&(m.lightMap.value=g.lightMap,m.lightMapIntensity.value=g.lightMapIntensity,t(g.lightMap,m.lightMapTransform)),g.aoMap&&(m.aoMap.value=g.aoMap,m.aoMapIntensity.value=g.aoMapIntensity,t(g.aoMap,m.aoMapTransform))}function o(m,g){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,g.map&&(m.map.value=g.map,t(g.map,m.mapTransform))}function a(m,g){m.dashSize.value=g.dashSize,m.totalSize.value=g.dashSize+g.gapSize,m.scale.value=g.scale}function l(m,g,v,T){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,m.size.value=g.size*v,m.scale.value=T*.5,g.map&&(m.map.value=g.map,t(g.map,m.uvTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest)}function c(m,g){m.diffuse.value.copy(g.color),m.opacity.value=g.opacity,m.rotation.value=g.rotation,g.map&&(m.map.value=g.map,t(g.map,m.mapTransform)),g.alphaMap&&(m.alphaMap.value=g.alphaMap,t(g.alphaMap,m.alphaMapTransform)),g.alphaTest>0&&(m.alphaTest.value=g.alphaTest)}function u(m,g){m.specular.value.copy(g.specular),m.shininess.value=Math.max(g.shininess,1e-4)}function h(m,g){g.gradientMap&&(m.gradientMap.value=g.gradientMap)}function d(m,g){m.metalness.value=g.metalness,g.metalnessMap&&(m.metalnessMap.value=g.metalnessMap,t(g.metalnessMap,m.metalnessMapTransform)),m.roughness.value=g.roughness,g.roughnessMap&&(m.roughnessMap.value=g.roughnessMap,t(g.roughnessMap,m.roughnessMapTransform)),g.envMap&&(m.envMapIntensity.value=g.envMapIntensity)}function f(m,g,v){m.ior.value=g.ior,g.diffuseRoughness>0&&(m.diffuseRoughness.value=g.diffuseRoughness,g.diffuseRoughnessMap&&(m.diffuseRoughnessMap.value=g.diffuseRoughnessMap,t(g.diffuseRoughnessMap,m.diffuseRoughnessMapTransform))),g.sheen>0&&(m.sheenColor.value.copy(g.sheenColor).multiplyScalar(g.sheen),m.sheenRoughness.value=g.sheenRoughness,g.sheenColorMap&&(m.sheenColorMap.value=g.sheenColorMap,t(g.sheenColorMap,m.sheenColorMapTransform)),g.sheenRoughnessMap&&(m.sheenRoughnessMap.value=g.sheenRoughnessMap,t(g.sheenRoughnessMap,m.sheenRoughnessMapTransform))),g.clearcoat>0&&(m.clearcoat.value=g.clearcoat,m.clearcoatRoughness.value=g.clearcoatRoughness,g.clearcoatMap&&(m.clearcoatMap.value=g.clearcoatMap,t(g.clearcoatMap,m.clearcoatMapTransform)),g.clearcoatRoughnessMap&&(m.clearcoatRoughnessMap.value=g.clearcoatRoughnessMap,t(g.clearcoatRoughnessMap,m.clearcoatRoughnessMapTransform)),g.clearcoatNormalMap&&(m.clearcoatNormalMap.value=g.clearcoatNormalMap,t(g.clearcoatNormalMap,m.clearcoatNormalMapTransform),m.clearcoatNormalScale.value.copy(g.clearcoatNormalScale),g.side===rn&&m.clearcoatNormalScale.value.negate())),g.dispersion>0&&(m.dispersion.value=g.dispersion),g.retroreflectivity>0&&(m.retroreflectivity.value=g.retroreflectivity),g.iridescence>0&&(m.iridescence.value=g.iridescence,m.iridescenceIOR.value=g.iridescenceIOR,m.iridescenceThicknessMinimum.value=g.iridescenceThicknessMinimum,m.iridescenceThicknessMaximum.value=g.iridescenceThicknessMaximum,g.iridescenceMap&&(m.iridescenceMap.value=g.iridescenceMap,t(g.iridescenceMap,m.iridescenceMapTransform)),g.iridescenceThicknessMap&&(m.iridescenceThicknessMap.value=g.iridescenceThicknessMap,t(g.iridescenceThicknessMap,m.iridescenceThicknessMapTransform))),g.transmission>0&&(m.transmission.value=g.transmission,m.transmissionSamplerMap.value=v.texture,m.transmissionSamplerSize.value.set(v.width,v.height),g.transmissionMap&&(m.transmissionMap.value=g.transmissionMap,t(g.transmissionMap,m.transmissionMapTransform)),m.thickness.value=g.thickness,g.thicknessMap&&(m.thicknessMap.value=g.thicknessMap,t(g.thicknessMap,m.thicknessMapTransform)),m.attenuationDistance.value=g.attenuationDistance,m.attenuationColor.value.copy(g.attenuationColor)),g.anisotropy>0&&(m.anisotropyVector.value.set(g.anisotropy*Math.cos(g.anisotropyRotation),g.anisotropy*Math.sin(g.anisotropyRotation)),g.anisotropyMap&&(m.anisotropyMap.value=g.anisotropyMap,t(g.anisotropyMap,m.anisotropyMapTransform))),m.specularIntensity.value=g.specularIntensity,m.specularColor.value.copy(g.specularColor),g.specularColorMap&&(m.specularColorMap.value=g.specularColorMap,t(g.specularColorMap,m.specularColorMapTransform)),g.specularIntensityMap&&(m.specularIntensityMap.value=g.specularIntensityMap,t(g.specularIntensityMap,m.specularIntensityMapTransform))}function p(m,g){g.matcap&&(m.matcap.value=g.matcap)}function y(m,g){let v=e.get(g).light;m.referencePosition.value.setFromMatrixPosition(v.matrixWorld),m.nearDistance.value=v.shadow.camera.near,m.farDistance.value=v.shadow.camera.far}return{refreshFogUniforms:n,refreshMaterialUniforms:s}}function sE(i,e,t,n){let s={},r={};function o(v,T){let b=T.program;n.uniformBlockBinding(v,b,s[v.id])}function a(v,T){let b=s[v.id];b===void 0&&(p(v),b=l(v),s[v.id]=b,v.addEventListener("dispose",m));let A=T.program;n.updateUBOMapping(v,A);let w=e.render.frame;r[v.id]!==w&&(c(v),r[v.id]=w)}function l(v){let T=i.createBuffer(),b=v.__size,A=v.usage;return i.bindBuffer(i.UNIFORM_BUFFER,T),i.bufferData(i.UNIFORM_BUFFER,b,A),i.bindBuffer(i.UNIFORM_BUFFER,null),T}function c(v){let T=s[v.id],b=v.uniforms,A=v.__cache;i.bindBuffer(i.UNIFORM_BUFFER,T);for(let w=0,x=b.length;w<x;w++){let M=b[w];if(Array.isArray(M))for(let L=0,R=M.length;L<R;L++)u(M[L],w,L,A);else u(M,w,0,A)}i.bindBuffer(i.UNIFORM_BUFFER,null)}function u(v,T,b,A){if(d(v,T,b,A)===!0){let w=v.__offset,x=v.value;if(Array.isArray(x)){let M=0;for(let L=0;L<x.length;L++){let R=x[L],I=y(R,!0);h(R,v.__data,M),M+=I.storage/Float32Array.BYTES_PER_ELEMENT}}else h(x,v.__data,0);i.bufferSubData(i.UNIFORM_BUFFER,w,v.__data)}}function h(v,T,b){typeof v=="number"||typeof v=="boolean"?T[b]=v:v.isMatrix3?(T[b]=v.elements[0],T[b+1]=v.elements[1],T[b+2]=v.elements[2],T[b+3]=0,T[b+4]=v.elements[3],T[b+5]=v.elements[4],T[b+6]=v.elements[5],T[b+7]=0,T[b+8]=v.elements[6],T[b+9]=v.elements[7],T[b+10]=v.elements[8],T[b+11]=0):ArrayBuffer.isView(v)?T.set(v.subarray(0,T.length-b),b):v.toArray(T,b)}function d(v,T,b,A){let w=v.value,x=T+"_"+b;if(Array.isArray(w)){A[x]===void 0&&(A[x]=[]);let M=A[x],L=!1;for(let R=0;R<w.length;R++)f(w[R],M,R)===!0&&(L=!0);return L}return f(w,A,x)}function f(v,T,b){if(T[b]===void 0)return typeof v=="number"||typeof v=="boolean"?T[b]=v:ArrayBuffer.isView(v)?T[b]=v.slice():T[b]=v.clone(),!0;{let A=T[b];if(typeof v=="number"||typeof v=="boolean"){if(A!==v)return T[b]=v,!0}else{if(ArrayBuffer.isView(v))return!0;if(A.equals(v)===!1)return A.copy(v),!0}}return!1}function p(v){let T=v.uniforms,b=0,A=16;for(let x=0,M=T.length;x<M;x++){let L=Array.isArray(T[x])?T[x]:[T[x]];for(let R=0,I=L.length;R<I;R++){let U=L[R],V=Array.isArray(U.value)?U.value:[U.value],N=Array.isArray(T[x])||Array.isArray(U.value),G=b;for(let W=0,ee=V.length;W<ee;W++){let q=V[W],J=y(q,N),te=b%A,_e=te%J.boundary,Ue=te+_e;b+=_e,Ue!==0&&A-Ue<J.storage&&(b+=A-Ue),W===0&&(G=b),b+=J.storage}let k=U.type==="int"?Int32Array:U.type==="uint"?Uint32Array:Float32Array;U.__data=new k((b-G)/Float32Array.BYTES_PER_ELEMENT),U.__offset=G}}let w=b%A;return w>0&&(b+=A-w),v.__size=b,v.__cache={},this}function y(v,T){let b={boundary:0,storage:0};return typeof v=="number"||typeof v=="boolean"?(b.boundary=4,b.storage=4):v.isVector2?(b.boundary=8,b.storage=8):v.isVector3||v.isColor?(b.boundary=16,b.storage=12):v.isVector4?(b.boundary=16,b.storage=16):v.isMatrix3?(b.boundary=16,b.storage=48):v.isMatrix4?(b.boundary=16,b.storage=64):v.isTexture?Ce("WebGLRenderer: Texture samplers can not be part of an uniforms group."):ArrayBuffer.isView(v)?(b.boundary=16,b.storage=v.byteLength):Ce("WebGLRenderer: Unsupported uniform value type.",v),T===!0&&(b.boundary=16,b.storage=Math.ceil(b.storage/16)*16),b}function m(v){let T=v.target;T.removeEventListener("dispose",m),i.deleteBuffer(s[T.id]),delete s[T.id],delete r[T.id]}function g(){for(let v in s)i.deleteBuffer(s[v]);s={},r={}}return{bind:o,update:a,dispose:g}}var rE=new Uint16Array([12469,15057,12620,14925,13266,14620,13807,14376,14323,13990,14545,13625,14713,13328,14840,12882,14931,12528,14996,12233,15039,11829,15066,11525,15080,11295,15085,10976,15082,10705,15073,10495,13880,14564,13898,14542,13977,14430,14158,14124,14393,13732,14556,13410,14702,12996,14814,12596,14891,12291,14937,11834,14957,11489,14958,11194,14943,10803,14921,10506,14893,10278,14858,9960,14484,14039,14487,14025,14499,13941,14524,13740,14574,13468,14654,13106,14743,12678,14818,12344,14867,11893,14889,11509,14893,11180,14881,10751,14852,10428,14812,10128,14765,9754,14712,9466,14764,13480,14764,13475,14766,13440,14766,13347,14769,13070,14786,12713,14816,12387,14844,11957,14860,11549,14868,11215,14855,10751,14825,10403,14782,10044,14729,9651,14666,9352,14599,9029,14967,12835,14966,12831,14963,12804,14954,12723,14936,12564,14917,12347,14900,11958,14886,11569,14878,11247,14859,10765,14828,10401,14784,10011,14727,9600,14660,9289,14586,8893,14508,8533,15111,12234,15110,12234,15104,12216,15092,12156,15067,12010,15028,11776,14981,11500,14942,11205,14902,10752,14861,10393,14812,9991,14752,9570,14682,9252,14603,8808,14519,8445,14431,8145,15209,11449,15208,11451,15202,11451,15190,11438,15163,11384,15117,11274,15055,10979,14994,10648,14932,10343,14871,9936,14803,9532,14729,9218,14645,8742,14556,8381,14461,8020,14365,7603,15273,10603,15272,10607,15267,10619,15256,10631,15231,10614,15182,10535,15118,10389,15042,10167,14963,9787,14883,9447,14800,9115,14710,8665,14615,8318,14514,7911,14411,7507,14279,7198,15314,9675,15313,9683,15309,9712,15298,9759,15277,9797,15229,9773,15166,9668,15084,9487,14995,9274,14898,8910,14800,8539,14697,8234,14590,7790,14479,7409,14367,7067,14178,6621,15337,8619,15337,8631,15333,8677,15325,8769,15305,8871,15264,8940,15202,8909,15119,8775,15022,8565,14916,8328,14804,8009,14688,7614,14569,7287,14448,6888,14321,6483,14088,6171,15350,7402,15350,7419,15347,7480,15340,7613,15322,7804,15287,7973,15229,8057,15148,8012,15046,7846,14933,7611,14810,7357,14682,7069,14552,6656,14421,6316,14251,5948,14007,5528,15356,5942,15356,5977,15353,6119,15348,6294,15332,6551,15302,6824,15249,7044,15171,7122,15070,7050,14949,6861,14818,6611,14679,6349,14538,6067,14398,5651,14189,5311,13935,4958,15359,4123,15359,4153,15356,4296,15353,4646,15338,5160,15311,5508,15263,5829,15188,6042,15088,6094,14966,6001,14826,5796,14678,5543,14527,5287,14377,4985,14133,4586,13869,4257,15360,1563,15360,1642,15358,2076,15354,2636,15341,3350,15317,4019,15273,4429,15203,4732,15105,4911,14981,4932,14836,4818,14679,4621,14517,4386,14359,4156,14083,3795,13808,3437,15360,122,15360,137,15358,285,15355,636,15344,1274,15322,2177,15281,2765,15215,3223,15120,3451,14995,3569,14846,3567,14681,3466,14511,3305,14344,3121,14037,2800,13753,2467,15360,0,15360,1,15359,21,15355,89,15346,253,15325,479,15287,796,15225,1148,15133,1492,15008,1749,14856,1882,14685,1886,14506,1783,14324,1608,13996,1398,13702,1183]),wi=null;function oE(){return wi===null&&(wi=new sn(rE,16,16,ys,ai),wi.name="DFG_LUT",wi.minFilter=Mt,wi.magFilter=Mt,wi.wrapS=Xn,wi.wrapT=Xn,wi.generateMipmaps=!1,wi.needsUpdate=!0),wi}var ou=class{constructor(e={}){let{canvas:t=Wg(),context:n=null,depth:s=!0,stencil:r=!1,alpha:o=!1,antialias:a=!1,premultipliedAlpha:l=!0,preserveDrawingBuffer:c=!1,powerPreference:u="default",failIfMajorPerformanceCaveat:h=!1,reversedDepthBuffer:d=!1,outputBufferType:f=pn}=e;this.isWebGLRenderer=!0;let p;if(n!==null){if(typeof WebGLRenderingContext<"u"&&n instanceof WebGLRenderingContext)throw new Error("THREE.WebGLRenderer: WebGL 1 is not supported since r163.");p=n.getContextAttributes().alpha}else p=o;let y=f,m=new Set([Ec,wc,Sc]),g=new Set([pn,oi,jr,$s,_c,bc]),v=new Uint32Array(4),T=new Int32Array(4),b={textures:[],min:[],max:[],resolution:[]},A=null,w=null,x=[],M=[],L=null;this.domElement=t,this.debug={checkShaderErrors:!0,diagnostics:{keywords:!1},onShaderError:null},this.autoClear=!0,this.autoClearColor=!0,this.autoClearDepth=!0,this.autoClearStencil=!0,this.sortObjects=!0,this.clippingPlanes=[],this.localClippingEnabled=!1,this.toneMapping=Mi,this.toneMappingExposure=1,this.transmissionResolutionScale=1;let R=this,I=!1,U=null,V=null,N=null,G=null;this._outputColorSpace=dt;let k=0,W=0,ee=null,q=-1,J=null,te=new it,_e=new it,Ue=null,j=new Me(0),pe=0,we=t.width,Le=t.height,ye=1,Ge=null,Nt=null,De=new it(0,0,we,Le),ut=new it(0,0,we,Le),ft=!1,Qe=new us,en=new tc,Ot=!1,Sn=!1,St=new ge,ui=new P,qt=new it,kn={background:null,fog:null,environment:null,overrideMaterial:null,isScene:!0},Hn=!1;function zn(){return ee===null?ye:1}let O=n;function Vn(E,F){return t.getContext(E,F)}let xt,vt,fe,Bt,Ne,ke,C,S,H,ne,Q,re,ue,$,K,ae,D,Z,Y,le,se,oe,Pe;try{let E={alpha:!0,depth:s,stencil:r,antialias:a,premultipliedAlpha:l,preserveDrawingBuffer:c,powerPreference:u,failIfMajorPerformanceCaveat:h};if("setAttribute"in t&&t.setAttribute("data-engine",`three.js r${"187"}`),t.addEventListener("webglcontextlost",Ie,!1),t.addEventListener("webglcontextrestored",We,!1),t.addEventListener("webglcontextcreationerror",me,!1),O===null){let F="webgl2";if(O=Vn(F,E),O===null)throw Vn(F)?new Error("THREE.WebGLRenderer: Error creating WebGL context with your selected attributes."):new Error("THREE.WebGLRenderer: Error creating WebGL context.")}Xe()}catch(E){throw t.removeEventListener("webglcontextlost",Ie,!1),t.removeEventListener("webglcontextrestored",We,!1),t.removeEventListener("webglcontextcreationerror",me,!1),Fe("WebGLRenderer: "+E.message),E}function Xe(){xt=new yS(O),xt.init(),se=new Qw(O,xt),vt=new oS(O,xt,e,se),fe=new Zw(O,xt),vt.reversedDepthBuffer&&d&&fe.buffers.depth.setReversed(!0),V=O.createFramebuffer(),N=O.createFramebuffer(),G=O.createFramebuffer(),Bt=new _S(O),Ne=new Ow,ke=new Jw(O,xt,fe,Ne,vt,se,Bt),C=new gS(R),S=new M_(O),oe=new sS(O,S),H=new xS(O,S,Bt,oe),ne=new MS(O,H,S,oe,Bt),Z=new bS(O,vt,ke),K=new aS(Ne),Q=new Uw(R,C,xt,vt,oe,K),re=new iE(R,Ne),ue=new kw,$=new Xw(xt),D=new iS(R,C,fe,ne,p,l),ae=new Kw(R,ne,vt),Pe=new sE(O,Bt,vt,fe),Y=new rS(O,xt,Bt),le=new vS(O,xt,Bt),Bt.programs=Q.programs,R.capabilities=vt,R.extensions=xt,R.properties=Ne,R.renderLists=ue,R.shadowMap=ae,R.state=fe,R.info=Bt}y!==pn&&(L=new wS(y,t.width,t.height,a,s,r));let ie=new ef(R,O);this.xr=ie,this.getContext=function(){return O},this.getContextAttributes=function(){return O.getContextAttributes()},this.forceContextLoss=function(){let E=xt.get("WEBGL_lose_context");E&&E.loseContext()},this.forceContextRestore=function(){let E=xt.get("WEBGL_lose_context");E&&E.restoreContext()},this.getPixelRatio=function(){return ye},this.setPixelRatio=function(E){E!==void 0&&(ye=E,this.setSize(we,Le,!1))},this.getSize=function(E){return E.set(we,Le)},this.setSize=function(E,F,X=!0){if(ie.isPresenting){Ce("WebGLRenderer: Can't change size while VR device is presenting.");return}we=E,Le=F,t.width=Math.floor(E*ye),t.height=Math.floor(F*ye),X===!0&&(t.style.width=E+"px",t.style.height=F+"px"),L!==null&&L.setSize(t.width,t.height),this.setViewport(0,0,E,F)},this.getDrawingBufferSize=function(E){return E.set(we*ye,Le*ye).floor()},this.setDrawingBufferSize=function(E,F,X){we=E,Le=F,ye=X,t.width=Math.floor(E*X),t.height=Math.floor(F*X),this.setViewport(0,0,E,F)},this.setEffects=function(E){if(y===pn){Fe("WebGLRenderer: setEffects() requires outputBufferType set to HalfFloatType or FloatType.");return}if(E){for(let F=0;F<E.length;F++)if(E[F].isOutputPass===!0){Ce("WebGLRenderer: OutputPass is not needed in setEffects(). Tone mapping and color space conversion are applied automatically.");break}}L.setEffects(E||[])},this.getCurrentViewport=function(E){return E.copy(te)},this.getViewport=function(E){return E.copy(De)},this.setViewport=function(E,F,X,B){E.isVector4?De.set(E.x,E.y,E.z,E.w):De.set(E,F,X,B),fe.viewport(te.copy(De).multiplyScalar(zn()).round())},this.getScissor=function(E){return E.copy(ut)},this.setScissor=function(E,F,X,B){E.isVector4?ut.set(E.x,E.y,E.z,E.w):ut.set(E,F,X,B),fe.scissor(_e.copy(ut).multiplyScalar(zn()).round())},this.getScissorTest=function(){return ft},this.setScissorTest=function(E){fe.setScissorTest(ft=E)},this.setOpaqueSort=function(E){Ge=E},this.setTransparentSort=function(E){Nt=E},this.getClearColor=function(E){return E.copy(D.getClearColor())},this.setClearColor=function(){D.setClearColor(...arguments)},this.getClearAlpha=function(){return D.getClearAlpha()},this.setClearAlpha=function(){D.setClearAlpha(...arguments)},this.clear=function(E=!0,F=!0,X=!0){let B=0;if(E){let z=!1;if(ee!==null){let he=ee.texture.format;z=m.has(he)}if(z){let he=ee.texture.type,Se=g.has(he),ce=D.getClearColor(),xe=D.getClearAlpha(),Re=ce.r,ze=ce.g,et=ce.b;Se?(v[0]=Re,v[1]=ze,v[2]=et,v[3]=xe,O.clearBufferuiv(O.COLOR,0,v)):(T[0]=Re,T[1]=ze,T[2]=et,T[3]=xe,O.clearBufferiv(O.COLOR,0,T))}else B|=O.COLOR_BUFFER_BIT}F&&(B|=O.DEPTH_BUFFER_BIT,this.state.buffers.depth.setMask(!0)),X&&(B|=O.STENCIL_BUFFER_BIT,this.state.buffers.stencil.setMask(4294967295)),B!==0&&O.clear(B)},this.clearColor=function(){this.clear(!0,!1,!1)},this.clearDepth=function(){this.clear(!1,!0,!1)},this.clearStencil=function(){this.clear(!1,!1,!0)},this.setNodesHandler=function(E){E.setRenderer(this),U=E},this.dispose=function(){t.removeEventListener("webglcontextlost",Ie,!1),t.removeEventListener("webglcontextrestored",We,!1),t.removeEventListener("webglcontextcreationerror",me,!1),D.dispose(),ue.dispose(),$.dispose(),ke.dispose(),Ne.dispose(),C.dispose(),ne.dispose(),H.dispose(),oe.dispose(),Pe.dispose(),Q.dispose(),ie.dispose(),ie.removeEventListener("sessionstart",lp),ie.removeEventListener("sessionend",cp),bs.stop()};function Ie(E){E.preventDefault(),ko("WebGLRenderer: Context Lost."),I=!0}function We(){ko("WebGLRenderer: Context Restored."),I=!1;let E=Bt.autoReset,F=ae.enabled,X=ae.autoUpdate,B=ae.needsUpdate,z=ae.type;Xe(),Bt.autoReset=E,ae.enabled=F,ae.autoUpdate=X,ae.needsUpdate=B,ae.type=z}function me(E){Fe("WebGLRenderer: A WebGL context could not be created. Reason: ",E.statusMessage)}function ht(E){let F=E.target;F.removeEventListener("dispose",ht),Yt(F)}function Yt(E){Zi(E),Ne.remove(E)}function Zi(E){let F=Ne.get(E).programs;F!==void 0&&(F.forEach(function(X){Q.releaseProgram(X)}),E.isShaderMaterial&&Q.releaseShaderCache(E))}this.renderBufferDirect=function(E,F,X,B,z,he){F===null&&(F=kn);let Se=z.isMesh&&z.matrixWorld.determinantAffine()<0,ce=J0(E,F,X,B,z);fe.setMaterial(B,Se);let xe=X.index,Re=1;if(B.wireframe===!0){if(xe=H.getWireframeAttribute(X),xe===void 0)return;Re=2}let ze=X.drawRange,et=X.attributes.position,Ee=ze.start*Re,tt=(ze.start+ze.count)*Re;he!==null&&(Ee=Math.max(Ee,he.start*Re),tt=Math.min(tt,(he.start+he.count)*Re)),xe!==null?(Ee=Math.max(Ee,0),tt=Math.min(tt,xe.count)):et!=null&&(Ee=Math.max(Ee,0),tt=Math.min(tt,et.count));let Dt=tt-Ee;if(Dt<0||Dt===1/0)return;oe.setup(z,B,ce,X,xe);let gt,pt=Y;if(xe!==null&&(gt=S.get(xe),pt=le,pt.setIndex(gt)),z.isMesh)B.wireframe===!0?(fe.setLineWidth(B.wireframeLinewidth*zn()),pt.setMode(O.LINES)):pt.setMode(O.TRIANGLES);else if(z.isLine){let cn=B.linewidth;cn===void 0&&(cn=1),fe.setLineWidth(cn*zn()),z.isLineSegments?pt.setMode(O.LINES):z.isLineLoop?pt.setMode(O.LINE_LOOP):pt.setMode(O.LINE_STRIP)}else z.isPoints?pt.setMode(O.POINTS):z.isSprite&&pt.setMode(O.TRIANGLES);if(z.isBatchedMesh)if(xt.get("WEBGL_multi_draw"))pt.renderMultiDraw(z._multiDrawStarts,z._multiDrawCounts,z._multiDrawCount);else{let cn=z._multiDrawStarts,Te=z._multiDrawCounts,yn=z._multiDrawCount,rt=xe?S.get(xe).bytesPerElement:1,Ms=Ne.get(B).currentProgram.getUniforms();for(let un=0;un<yn;un++)Ms.setValue(O,"_gl_DrawID",un),pt.render(cn[un]/rt,Te[un])}else if(z.isInstancedMesh)pt.renderInstances(Ee,Dt,z.count);else if(X.isInstancedBufferGeometry){let cn=X._maxInstanceCount!==void 0?X._maxInstanceCount:1/0,Te=Math.min(X.instanceCount,cn);pt.renderInstances(Ee,Dt,Te)}else pt.render(Ee,Dt)};function ap(E,F,X,B){U!==null&&E.isNodeMaterial&&U.setObject(B,E),Ot===!0&&K.setState(E,X,!1),E.transparent===!0&&E.side===Lt&&E.forceSinglePass===!1?(E.side=rn,E.needsUpdate=!0,po(E,F,B),E.side=$n,E.needsUpdate=!0,po(E,F,B),E.side=Lt):po(E,F,B)}this.compile=function(E,F,X=null){X===null&&(X=E),U!==null&&U.renderStart(E,F,X),w=$.get(X),w.init(F),M.push(w),X.traverseVisible(function(z){z.isLight&&z.layers.test(F.layers)&&(w.pushLight(z),z.castShadow&&w.pushShadow(z))}),E!==X&&E.traverseVisible(function(z){z.isLight&&z.layers.test(F.layers)&&(w.pushLight(z),z.castShadow&&w.pushShadow(z))}),w.setupLights(),U!==null&&U.updateLights(w.state.lightsArray),Sn=this.localClippingEnabled,Ot=K.init(this.clippingPlanes,Sn),Ot===!0&&K.setGlobalState(this.clippingPlanes,F),U!==null&&ae.render(w.state.shadowsArray,X,F);let B=new Set;return E.traverse(function(z){if(!(z.isMesh||z.isPoints||z.isLine||z.isSprite))return;let he=z.material;if(he)if(Array.isArray(he))for(let Se=0;Se<he.length;Se++){let ce=he[Se];ap(ce,X,F,z),B.add(ce)}else ap(he,X,F,z),B.add(he)}),w=M.pop(),U!==null&&U.renderEnd(),B},this.compileAsync=function(E,F,X=null){let B=this.compile(E,F,X);return new Promise(z=>{function he(){if(B.forEach(function(Se){let xe=Ne.get(Se).currentProgram;(xe===void 0||xe.isReady())&&B.delete(Se)}),B.size===0){z(E);return}setTimeout(he,10)}xt.get("KHR_parallel_shader_compile")!==null?he():setTimeout(he,10)})};let Wu=null;function K0(E){Wu&&Wu(E)}function lp(){bs.stop()}function cp(){bs.start()}let bs=new xy;bs.setAnimationLoop(K0),typeof self<"u"&&bs.setContext(self),this.setAnimationLoop=function(E){Wu=E,ie.setAnimationLoop(E),E===null?bs.stop():bs.start()},ie.addEventListener("sessionstart",lp),ie.addEventListener("sessionend",cp),this.render=function(E,F){if(F!==void 0&&F.isCamera!==!0){Fe("WebGLRenderer.render: camera is not an instance of THREE.Camera.");return}if(I===!0)return;U!==null&&U.renderStart(E,F);let X=ie.enabled===!0&&ie.isPresenting===!0,B=L!==null&&(ee===null||X)&&L.begin(R,ee);if(E.matrixWorldAutoUpdate===!0&&E.updateMatrixWorld(),F.parent===null&&F.matrixWorldAutoUpdate===!0&&F.updateMatrixWorld(),ie.enabled===!0&&ie.isPresenting===!0&&(L===null||L.isCompositing()===!1)&&(ie.cameraAutoUpdate===!0&&ie.updateCamera(F),F=ie.getCamera()),E.isScene===!0&&E.onBeforeRender(R,E,F,ee),w=$.get(E,M.length),w.init(F),w.state.textureUnits=ke.getTextureUnits(),M.push(w),St.multiplyMatrices(F.projectionMatrix,F.matrixWorldInverse),F.isArrayCamera?en.setFromArrayCamera(F):Qe.setFromProjectionMatrix(St,qn,F.reversedDepth),Sn=this.localClippingEnabled,Ot=K.init(this.clippingPlanes,Sn),A=ue.get(E,x.length),A.init(),x.push(A),this.info.render.frame++,ie.enabled===!0&&ie.isPresenting===!0){let Se=R.xr.getDepthSensingMesh();Se!==null&&Xu(Se,F,-1/0,R.sortObjects)}Xu(E,F,0,R.sortObjects),A.finish(),U!==null&&U.updateLights(w.state.lightsArray),R.sortObjects===!0&&A.sort(Ge,Nt),Hn=ie.enabled===!1||ie.isPresenting===!1||ie.hasDepthSensing()===!1,Hn&&D.addToRenderList(A,E),this.info.autoReset===!0&&this.info.reset(),Ot===!0&&K.beginShadows();let z=w.state.shadowsArray;if(ae.render(z,E,F),Ot===!0&&K.endShadows(),(B&&L.hasRenderPass())===!1){let Se=A.opaque,ce=A.transmissive;if(w.setupLights(),F.isArrayCamera){let xe=F.cameras;if(ce.length>0)for(let Re=0,ze=xe.length;Re<ze;Re++){let et=xe[Re];hp(Se,ce,E,et)}Hn&&D.render(E);for(let Re=0,ze=xe.length;Re<ze;Re++){let et=xe[Re];up(A,E,et,et.viewport)}}else ce.length>0&&hp(Se,ce,E,F),Hn&&D.render(E),up(A,E,F)}ee!==null&&W===0&&(ke.updateMultisampleRenderTarget(ee),ke.updateRenderTargetMipmap(ee)),B&&L.end(R),E.isScene===!0&&E.onAfterRender(R,E,F),oe.resetDefaultState(),q=-1,J=null,M.pop(),M.length>0?(w=M[M.length-1],ke.setTextureUnits(w.state.textureUnits),Ot===!0&&K.setGlobalState(R.clippingPlanes,w.state.camera)):w=null,x.pop(),x.length>0?A=x[x.length-1]:A=null,U!==null&&U.renderEnd()};function Xu(E,F,X,B){if(E.visible===!1)return;if(E.layers.test(F.layers)){if(E.isGroup)X=E.renderOrder;else if(E.isLOD)E.autoUpdate===!0&&E.update(F);else if(E.isLight)w.pushLight(E),E.castShadow&&w.pushShadow(E);else if(E.isSprite){let Se=F.isArrayCamera?en:Qe;if(!E.frustumCulled||E.intersectsFrustum(Se)){B&&qt.setFromMatrixPosition(E.matrixWorld).applyMatrix4(St);let ce=ne.update(E),xe=E.material;xe.visible&&A.push(E,ce,xe,X,qt.z,null,F)}}else if(E.isMesh||E.isLine||E.isPoints){let Se=F.isArrayCamera?en:Qe;if(!E.frustumCulled||E.intersectsFrustum(Se)){let ce=ne.update(E),xe=E.material;if(B&&(E.boundingSphere!==void 0?(E.boundingSphere===null&&E.computeBoundingSphere(),qt.copy(E.boundingSphere.center)):(ce.boundingSphere===null&&ce.computeBoundingSphere(),qt.copy(ce.boundingSphere.center)),qt.applyMatrix4(E.matrixWorld).applyMatrix4(St)),Array.isArray(xe)){let Re=ce.groups;for(let ze=0,et=Re.length;ze<et;ze++){let Ee=Re[ze],tt=xe[Ee.materialIndex];tt&&tt.visible&&A.push(E,ce,tt,X,qt.z,Ee,F)}}else xe.visible&&A.push(E,ce,xe,X,qt.z,null,F)}}}let he=E.children;for(let Se=0,ce=he.length;Se<ce;Se++)Xu(he[Se],F,X,B)}function up(E,F,X,B){let{opaque:z,transmissive:he,transparent:Se}=E;w.setupLightsView(X),Ot===!0&&K.setGlobalState(R.clippingPlanes,X),B&&fe.viewport(te.copy(B)),z.length>0&&Oa(z,F,X),he.length>0&&Oa(he,F,X),Se.length>0&&Oa(Se,F,X),fe.buffers.depth.setTest(!0),fe.buffers.depth.setMask(!0),fe.buffers.color.setMask(!0),fe.setPolygonOffset(!1)}function hp(E,F,X,B){if((X.isScene===!0?X.overrideMaterial:null)!==null)return;if(w.state.transmissionRenderTarget[B.id]===void 0){let Ee=xt.has("EXT_color_buffer_half_float")||xt.has("EXT_color_buffer_float");w.state.transmissionRenderTarget[B.id]=new Dn(1,1,{generateMipmaps:!0,type:Ee?ai:pn,minFilter:jn,samples:Math.max(4,vt.samples),stencilBuffer:r,resolveDepthBuffer:!1,resolveStencilBuffer:!1,storeMultisampledDepthBuffer:!1,storeMultisampledStencilBuffer:!1,colorSpace:Ye.workingColorSpace})}let he=w.state.transmissionRenderTarget[B.id],Se=B.viewport||te;he.setSize(Se.z*R.transmissionResolutionScale,Se.w*R.transmissionResolutionScale);let ce=R.getRenderTarget(),xe=R.getActiveCubeFace(),Re=R.getActiveMipmapLevel();R.setRenderTarget(he),R.getClearColor(j),pe=R.getClearAlpha(),pe<1&&R.setClearColor(16777215,.5),R.clear(),Hn&&D.render(X);let ze=R.toneMapping;R.toneMapping=Mi;let et=B.viewport;if(B.viewport!==void 0&&(B.viewport=void 0),w.setupLightsView(B),Ot===!0&&K.setGlobalState(R.clippingPlanes,B),Oa(E,X,B),ke.updateMultisampleRenderTarget(he),ke.updateRenderTargetMipmap(he),xt.has("WEBGL_multisampled_render_to_texture")===!1){let Ee=!1;for(let tt=0,Dt=F.length;tt<Dt;tt++){let gt=F[tt],{object:pt,geometry:cn,material:Te,group:yn}=gt;if(Te.side===Lt&&pt.layers.test(B.layers)){let rt=Te.side;Te.side=rn,Te.needsUpdate=!0,dp(pt,X,B,cn,Te,yn),Te.side=rt,Te.needsUpdate=!0,Ee=!0}}Ee===!0&&(ke.updateMultisampleRenderTarget(he),ke.updateRenderTargetMipmap(he))}R.setRenderTarget(ce,xe,Re),R.setClearColor(j,pe),et!==void 0&&(B.viewport=et),R.toneMapping=ze}function Oa(E,F,X){let B=F.isScene===!0?F.overrideMaterial:null;for(let z=0,he=E.length;z<he;z++){let Se=E[z],{object:ce,geometry:xe,group:Re}=Se,ze=Se.material;ze.allowOverride===!0&&B!==null&&(ze=B),ce.layers.test(X.layers)&&dp(ce,F,X,xe,ze,Re)}}function dp(E,F,X,B,z,he){U!==null&&z.isNodeMaterial&&U.setObject(E,z),E.onBeforeRender(R,F,X,B,z,he),E.modelViewMatrix.multiplyMatrices(X.matrixWorldInverse,E.matrixWorld),E.normalMatrix.getNormalMatrix(E.modelViewMatrix),z.onBeforeRender(R,F,X,B,E,he),z.transparent===!0&&z.side===Lt&&z.forceSinglePass===!1?(z.side=rn,z.needsUpdate=!0,R.renderBufferDirect(X,F,B,z,E,he),z.side=$n,z.needsUpdate=!0,R.renderBufferDirect(X,F,B,z,E,he),z.side=Lt):R.renderBufferDirect(X,F,B,z,E,he),E.onAfterRender(R,F,X,B,z,he)}function fp(E){let F=0;for(let X of E)X.texture!==null&&F++;return F}function po(E,F,X){F.isScene!==!0&&(F=kn);let B=Ne.get(E),z=w.state.lights,he=w.state.shadowsArray,Se=z.state.version,ce=Q.getParameters(E,z.state,he,F,X,w.state.lightProbeGridArray),xe=Q.getProgramCacheKey(ce),Re=B.programs;B.environment=E.isMeshStandardMaterial||E.isMeshLambertMaterial||E.isMeshPhongMaterial?F.environment:null,B.fog=F.fog;let ze=E.isMeshStandardMaterial||E.isMeshLambertMaterial&&!E.envMap||E.isMeshPhongMaterial&&!E.envMap;B.envMap=C.get(E.envMap||B.environment,ze),B.envMapRotation=B.environment!==null&&E.envMap===null?F.environmentRotation:E.envMapRotation,Re===void 0&&(E.addEventListener("dispose",ht),Re=new Map,B.programs=Re,B.programVariants=new Map);let et=Re.get(xe);if(et!==void 0){if(B.currentProgram===et&&B.lightsStateVersion===Se)return mp(E,ce),et}else ce.uniforms=Q.getUniforms(E),U!==null&&E.isNodeMaterial&&U.build(E,X,ce),E.onBeforeCompile(ce,R),et=Q.acquireProgram(ce,xe),Re.set(xe,et),B.uniforms=ce.uniforms;let Ee=B.uniforms;return(!E.isShaderMaterial&&!E.isRawShaderMaterial||E.clipping===!0)&&(Ee.clippingPlanes=K.uniform),mp(E,ce),B.needsLights=ex(E),B.lightsStateVersion=Se,B.needsLights&&(Ee.ambientLightColor.value=z.state.ambient,Ee.lightProbe.value=z.state.probe,Ee.sunLights.value=z.state.sun,Ee.sunLightShadows.value=z.state.sunShadow,Ee.directionalLights.value=z.state.directional,Ee.directionalLightShadows.value=z.state.directionalShadow,Ee.spotLights.value=z.state.spot,Ee.spotLightShadows.value=z.state.spotShadow,Ee.rectAreaLights.value=z.state.rectArea,Ee.ltc_1.value=z.state.rectAreaLTC1,Ee.ltc_2.value=z.state.rectAreaLTC2,Ee.pointLights.value=z.state.point,Ee.pointLightShadows.value=z.state.pointShadow,Ee.hemisphereLights.value=z.state.hemi,Ee.sunShadowMatrix.value=z.state.sunShadowMatrix,Ee.sunShadowCascade.value=z.state.sunShadowCascade,Ee.directionalShadowMatrix.value=z.state.directionalShadowMatrix,Ee.spotLightMatrix.value=z.state.spotLightMatrix,Ee.spotLightMap.value=z.state.spotLightMap,Ee.pointShadowMatrix.value=z.state.pointShadowMatrix),B.numLightProbeGrids=fp(w.state.lightProbeGridArray),B.currentProgram=et,B.uniformsList=null,et}function Z0(E,F,X,B,z){let he=Ne.get(E),Se=he.currentProgram.id+","+B+","+z,ce=he.programVariants.get(Se);return ce===void 0?(ce=po(E,F,X),he.programVariants.set(Se,ce)):(he.currentProgram=ce,he.uniformsList=null,he.outputColorSpace=B,he.toneMapping=z),ce}function pp(E){if(E.uniformsList===null){let F=E.currentProgram.getUniforms();E.uniformsList=Jr.seqWithValue(F.seq,E.uniforms)}return E.uniformsList}function mp(E,F){let X=Ne.get(E);X.outputColorSpace=F.outputColorSpace,X.batching=F.batching,X.batchingColor=F.batchingColor,X.instancing=F.instancing,X.instancingColor=F.instancingColor,X.instancingMorph=F.instancingMorph,X.skinning=F.skinning,X.morphTargets=F.morphTargets,X.morphNormals=F.morphNormals,X.morphColors=F.morphColors,X.morphTargetsCount=F.morphTargetsCount,X.numClippingPlanes=F.numClippingPlanes,X.numIntersection=F.numClipIntersection,X.vertexAlphas=F.vertexAlphas,X.vertexTangents=F.vertexTangents,X.toneMapping=F.toneMapping}function J0(E,F,X,B,z){F.isScene!==!0&&(F=kn),ke.resetTextureUnits();let he=F.fog,Se=B.isMeshStandardMaterial||B.isMeshLambertMaterial||B.isMeshPhongMaterial?F.environment:null,ce=ee===null?R.outputColorSpace:ee.isXRRenderTarget===!0?ee.texture.colorSpace:Ye.workingColorSpace,xe=B.isMeshStandardMaterial||B.isMeshLambertMaterial&&!B.envMap||B.isMeshPhongMaterial&&!B.envMap,Re=C.get(B.envMap||Se,xe),ze=B.vertexColors===!0&&!!X.attributes.color&&X.attributes.color.itemSize===4,et=!!X.attributes.tangent&&(!!B.normalMap||B.anisotropy>0),Ee=!!X.morphAttributes.position,tt=!!X.morphAttributes.normal,Dt=!!X.morphAttributes.color,gt=Mi;B.toneMapped&&(ee===null||ee.isXRRenderTarget===!0)&&(gt=R.toneMapping);let pt=X.morphAttributes.position||X.morphAttributes.normal||X.morphAttributes.color,cn=pt!==void 0?pt.length:0,Te=Ne.get(B),yn=w.state.lights;if(Ot===!0&&(Sn===!0||E!==J)){let wt=E===J&&B.id===q;K.setState(B,E,wt)}let rt=!1,Ms=!1;B.version===Te.__version?Te.needsLights&&Te.lightsStateVersion!==yn.state.version||z.isBatchedMesh&&Te.batching===!1||!z.isBatchedMesh&&Te.batching===!0||z.isBatchedMesh&&Te.batchingColor===!0&&z._colorsTexture===null||z.isBatchedMesh&&Te.batchingColor===!1&&z._colorsTexture!==null||z.isInstancedMesh&&Te.instancing===!1||!z.isInstancedMesh&&Te.instancing===!0||z.isSkinnedMesh&&Te.skinning===!1||!z.isSkinnedMesh&&Te.skinning===!0||z.isInstancedMesh&&Te.instancingColor===!0&&z.instanceColor===null||z.isInstancedMesh&&Te.instancingColor===!1&&z.instanceColor!==null||z.isInstancedMesh&&Te.instancingMorph===!0&&z.morphTexture===null||z.isInstancedMesh&&Te.instancingMorph===!1&&z.morphTexture!==null||Te.envMap!==Re||B.fog===!0&&Te.fog!==he||Te.numClippingPlanes!==void 0&&(Te.numClippingPlanes!==K.numPlanes||Te.numIntersection!==K.numIntersection)||Te.vertexAlphas!==ze||Te.vertexTangents!==et||Te.morphTargets!==Ee||Te.morphNormals!==tt||Te.morphColors!==Dt||Te.morphTargetsCount!==cn||Te.numLightProbeGrids!==fp(w.state.lightProbeGridArray)?rt=!0:(Te.outputColorSpace!==ce||Te.toneMapping!==gt)&&(Ms=!0):(rt=!0,Te.__version=B.version);let un=Te.currentProgram;(rt===!0||Ms===!0)&&(un=Ms===!0?Z0(B,F,z,ce,gt):po(B,F,z),U&&B.isNodeMaterial&&U.onUpdateProgram(B,un,Te));let Ba=!1,Ji=!1,Ss=!1,st=un.getUniforms(),tn=Te.uniforms;if(fe.useProgram(un.program)&&(Ba=!0,Ji=!0,Ss=!0),B.id!==q&&(q=B.id,Ji=!0),Ba||J!==E){fe.buffers.depth.getReversed()&&E.reversedDepth!==!0&&(E._reversedDepth=!0,E.updateProjectionMatrix()),st.setValue(O,"projectionMatrix",E.projectionMatrix),st.setValue(O,"viewMatrix",E.matrixWorldInverse);let $t=st.map.cameraPosition;$t!==void 0&&$t.setValue(O,ui.setFromMatrixPosition(E.matrixWorld)),vt.logarithmicDepthBuffer&&st.setValue(O,"logDepthBufFC",2/(Math.log(E.far+1)/Math.LN2)),(B.isMeshPhongMaterial||B.isMeshToonMaterial||B.isMeshLambertMaterial||B.isMeshBasicMaterial||B.isMeshStandardMaterial||B.isShaderMaterial)&&st.setValue(O,"isOrthographic",E.isOrthographicCamera===!0),J!==E&&(J=E,Ji=!0,Ss=!0)}if(Te.needsLights&&(yn.state.sunShadowMap.length>0&&st.setValue(O,"sunShadowMap",yn.state.sunShadowMap,ke),yn.state.directionalShadowMap.length>0&&st.setValue(O,"directionalShadowMap",yn.state.directionalShadowMap,ke),yn.state.spotShadowMap.length>0&&st.setValue(O,"spotShadowMap",yn.state.spotShadowMap,ke),yn.state.pointShadowMap.length>0&&st.setValue(O,"pointShadowMap",yn.state.pointShadowMap,ke)),z.isSkinnedMesh){st.setOptional(O,z,"bindMatrix"),st.setOptional(O,z,"bindMatrixInverse");let wt=z.skeleton;wt&&(wt.boneTexture===null&&wt.computeBoneTexture(),st.setValue(O,"boneTexture",wt.boneTexture,ke))}z.isBatchedMesh&&(st.setOptional(O,z,"batchingTexture"),st.setValue(O,"batchingTexture",z._matricesTexture,ke),st.setOptional(O,z,"batchingIdTexture"),st.setValue(O,"batchingIdTexture",z._indirectTexture,ke),st.setOptional(O,z,"batchingColorTexture"),z._colorsTexture!==null&&st.setValue(O,"batchingColorTexture",z._colorsTexture,ke));let Qn=X.morphAttributes;if((Qn.position!==void 0||Qn.normal!==void 0||Qn.color!==void 0)&&Z.update(z,X,un),(Ji||Te.receiveShadow!==z.receiveShadow)&&(Te.receiveShadow=z.receiveShadow,st.setValue(O,"receiveShadow",z.receiveShadow)),(B.isMeshStandardMaterial||B.isMeshLambertMaterial||B.isMeshPhongMaterial)&&B.envMap===null&&F.environment!==null&&(tn.envMapIntensity.value=F.environmentIntensity),tn.dfgLUT!==void 0&&(tn.dfgLUT.value=oE()),Ji){if(st.setValue(O,"toneMappingExposure",R.toneMappingExposure),Te.needsLights&&Q0(tn,Ss),he&&B.fog===!0&&re.refreshFogUniforms(tn,he),re.refreshMaterialUniforms(tn,B,ye,Le,w.state.transmissionRenderTarget[E.id]),Te.needsLights&&Te.numLightProbeGrids>0){let wt=b,$t=0;for(let Ii of w.state.lightProbeGridArray)Ii.texture!==null&&(wt.textures[$t]=Ii.texture,wt.min[$t]=Ii.boundingBox.min,wt.max[$t]=Ii.boundingBox.max,wt.resolution[$t]=Ii.resolution,$t++);for(let Ii in wt)wt[Ii].length=$t;tn.probesSH.value=wt.textures,tn.probesMin.value=wt.min,tn.probesMax.value=wt.max,tn.probesResolution.value=wt.resolution}Jr.upload(O,pp(Te),tn,ke)}if(B.isShaderMaterial&&B.uniformsNeedUpdate===!0&&(Jr.upload(O,pp(Te),tn,ke),B.uniformsNeedUpdate=!1),B.isSpriteMaterial&&st.setValue(O,"center",z.center),st.setValue(O,"modelViewMatrix",z.modelViewMatrix),st.setValue(O,"normalMatrix",z.normalMatrix),st.setValue(O,"modelMatrix",z.matrixWorld),B.uniformsGroups!==void 0){let wt=B.uniformsGroups;for(let $t=0,Ii=wt.length;$t<Ii;$t++){let yp=wt[$t];Pe.update(yp,un),Pe.bind(yp,un)}}return un}function Q0(E,F){E.ambientLightColor.needsUpdate=F,E.lightProbe.needsUpdate=F,E.sunLights.needsUpdate=F,E.sunLightShadows.needsUpdate=F,E.directionalLights.needsUpdate=F,E.directionalLightShadows.needsUpdate=F,E.pointLights.needsUpdate=F,E.pointLightShadows.needsUpdate=F,E.spotLights.needsUpdate=F,E.spotLightShadows.needsUpdate=F,E.rectAreaLights.needsUpdate=F,E.hemisphereLights.needsUpdate=F}function ex(E){return E.isMeshLambertMaterial||E.isMeshToonMaterial||E.isMeshPhongMaterial||E.isMeshStandardMaterial||E.isShadowMaterial||E.isShaderMaterial&&E.lights===!0}this.getActiveCubeFace=function(){return k},this.getActiveMipmapLevel=function(){return W},this.getRenderTarget=function(){return ee},this.setRenderTargetTextures=function(E,F,X){let B=Ne.get(E);B.__autoAllocateDepthBuffer=E.resolveDepthBuffer===!1,B.__autoAllocateDepthBuffer===!1&&(B.__useRenderToTexture=!1),Ne.get(E.texture).__webglTexture=F,Ne.get(E.depthTexture).__webglTexture=B.__autoAllocateDepthBuffer?void 0:X,B.__hasExternalTextures=!0},this.setRenderTargetFramebuffer=function(E,F){let X=Ne.get(E);X.__webglFramebuffer=F,X.__useDefaultFramebuffer=F===void 0},this.setRenderTarget=function(E,F=0,X=0){ee=E,k=F,W=X;let B=null,z=!1,he=!1;if(E){let ce=Ne.get(E);if(ce.__useDefaultFramebuffer!==void 0){fe.bindFramebuffer(O.FRAMEBUFFER,ce.__webglFramebuffer),te.copy(E.viewport),_e.copy(E.scissor),Ue=E.scissorTest,fe.viewport(te),fe.scissor(_e),fe.setScissorTest(Ue),q=-1;return}else if(ce.__webglFramebuffer===void 0)ke.setupRenderTarget(E);else if(ce.__hasExternalTextures)ke.rebindTextures(E,Ne.get(E.texture).__webglTexture,Ne.get(E.depthTexture).__webglTexture);else if(E.depthBuffer){let ze=E.depthTexture;if(ce.__boundDepthTexture!==ze){if(ze!==null&&Ne.has(ze)&&(E.width!==ze.image.width||E.height!==ze.image.height))throw new Error("THREE.WebGLRenderer: Attached DepthTexture is initialized to the incorrect size.");ke.setupDepthRenderbuffer(E)}}let xe=E.texture;(xe.isData3DTexture||xe.isDataArrayTexture||xe.isCompressedArrayTexture)&&(he=!0);let Re=Ne.get(E).__webglFramebuffer;E.isWebGLCubeRenderTarget?(Array.isArray(Re[F])?B=Re[F][X]:B=Re[F],z=!0):E.samples>0&&ke.useMultisampledRTT(E)===!1?B=Ne.get(E).__webglMultisampledFramebuffer:Array.isArray(Re)?B=Re[X]:B=Re,te.copy(E.viewport),_e.copy(E.scissor),Ue=E.scissorTest}else te.copy(De).multiplyScalar(ye).floor(),_e.copy(ut).multiplyScalar(ye).floor(),Ue=ft;if(X!==0&&(B=V),fe.bindFramebuffer(O.FRAMEBUFFER,B)&&fe.drawBuffers(E,B),fe.viewport(te),fe.scissor(_e),fe.setScissorTest(Ue),z){let ce=Ne.get(E.texture);O.framebufferTexture2D(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_CUBE_MAP_POSITIVE_X+F,ce.__webglTexture,X)}else if(he){let ce=F;for(let xe=0;xe<E.textures.length;xe++){let Re=Ne.get(E.textures[xe]);O.framebufferTextureLayer(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0+xe,Re.__webglTexture,X,ce)}}else if(E!==null&&X!==0){let ce=Ne.get(E.texture);O.framebufferTexture2D(O.FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,ce.__webglTexture,X)}q=-1};function gp(E){let F=Ne.get(E);return(F.__readFormat!==E.format||F.__readType!==E.type)&&(F.__readFormat=E.format,F.__readType=E.type,F.__formatReadable=vt.textureFormatReadable(E.format),F.__typeReadable=vt.textureTypeReadable(E.type)),F}this.readRenderTargetPixels=function(E,F,X,B,z,he,Se,ce=0){if(!(E&&E.isWebGLRenderTarget)){Fe("WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");return}let xe=Ne.get(E).__webglFramebuffer;if(E.isWebGLCubeRenderTarget&&Se!==void 0&&(xe=xe[Se],Array.isArray(xe)&&(xe=xe[0])),xe){fe.bindFramebuffer(O.FRAMEBUFFER,xe);try{let Re=E.textures[ce],ze=Re.format,et=Re.type;E.textures.length>1&&O.readBuffer(O.COLOR_ATTACHMENT0+ce);let Ee=gp(Re);if(Ee.__formatReadable===!1){Fe("WebGLRenderer.readRenderTargetPixels: renderTarget is not in RGBA or implementation defined format.");return}if(Ee.__typeReadable===!1){Fe("WebGLRenderer.readRenderTargetPixels: renderTarget is not in UnsignedByteType or implementation defined type.");return}F>=0&&F<=E.width-B&&X>=0&&X<=E.height-z&&O.readPixels(F,X,B,z,se.convert(ze),se.convert(et),he)}finally{let Re=ee!==null?Ne.get(ee).__webglFramebuffer:null;fe.bindFramebuffer(O.FRAMEBUFFER,Re)}}},this.readRenderTargetPixelsAsync=async function(E,F,X,B,z,he,Se,ce=0){if(!(E&&E.isWebGLRenderTarget))throw new Error("THREE.WebGLRenderer.readRenderTargetPixels: renderTarget is not THREE.WebGLRenderTarget.");let xe=Ne.get(E).__webglFramebuffer;if(E.isWebGLCubeRenderTarget&&Se!==void 0&&(xe=xe[Se],Array.isArray(xe)&&(xe=xe[0])),xe)if(F>=0&&F<=E.width-B&&X>=0&&X<=E.height-z){fe.bindFramebuffer(O.FRAMEBUFFER,xe);let Re=E.textures[ce],ze=Re.format,et=Re.type;E.textures.length>1&&O.readBuffer(O.COLOR_ATTACHMENT0+ce);let Ee=gp(Re);if(Ee.__formatReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in RGBA or implementation defined format.");if(Ee.__typeReadable===!1)throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: renderTarget is not in UnsignedByteType or implementation defined type.");let tt=O.createBuffer();O.bindBuffer(O.PIXEL_PACK_BUFFER,tt),O.bufferData(O.PIXEL_PACK_BUFFER,he.byteLength,O.STREAM_READ),O.readPixels(F,X,B,z,se.convert(ze),se.convert(et),0),O.bindBuffer(O.PIXEL_PACK_BUFFER,null);let Dt=ee!==null?Ne.get(ee).__webglFramebuffer:null;fe.bindFramebuffer(O.FRAMEBUFFER,Dt);let gt=O.fenceSync(O.SYNC_GPU_COMMANDS_COMPLETE,0);return O.flush(),await qg(O,gt,4),O.bindBuffer(O.PIXEL_PACK_BUFFER,tt),O.getBufferSubData(O.PIXEL_PACK_BUFFER,0,he),O.bindBuffer(O.PIXEL_PACK_BUFFER,null),O.deleteBuffer(tt),O.deleteSync(gt),he}else throw new Error("THREE.WebGLRenderer.readRenderTargetPixelsAsync: requested read bounds are out of range.")},this.copyFramebufferToTexture=function(E,F=null,X=0){let B=Math.pow(2,-X),z=Math.floor(E.image.width*B),he=Math.floor(E.image.height*B),Se=F!==null?F.x:0,ce=F!==null?F.y:0;ke.setTexture2D(E,0),O.copyTexSubImage2D(O.TEXTURE_2D,X,0,0,Se,ce,z,he),fe.unbindTexture()},this.copyTextureToTexture=function(E,F,X=null,B=null,z=0,he=0){let Se,ce,xe,Re,ze,et,Ee,tt,Dt,gt=E.isCompressedTexture?E.mipmaps[he]:E.image;if(X!==null)Se=X.max.x-X.min.x,ce=X.max.y-X.min.y,xe=X.isBox3?X.max.z-X.min.z:1,Re=X.min.x,ze=X.min.y,et=X.isBox3?X.min.z:0;else{let st=Math.pow(2,-z);Se=Math.floor(gt.width*st),ce=Math.floor(gt.height*st),E.isDataArrayTexture?xe=gt.depth:E.isData3DTexture?xe=Math.floor(gt.depth*st):xe=1,Re=0,ze=0,et=0}B!==null?(Ee=B.x,tt=B.y,Dt=B.z):(Ee=0,tt=0,Dt=0);let pt=se.convert(F.format),cn=se.convert(F.type),Te;F.isData3DTexture?(ke.setTexture3D(F,0),Te=O.TEXTURE_3D):F.isDataArrayTexture||F.isCompressedArrayTexture?(ke.setTexture2DArray(F,0),Te=O.TEXTURE_2D_ARRAY):(ke.setTexture2D(F,0),Te=O.TEXTURE_2D),fe.activeTexture(O.TEXTURE0),fe.pixelStorei(O.UNPACK_FLIP_Y_WEBGL,F.flipY),fe.pixelStorei(O.UNPACK_PREMULTIPLY_ALPHA_WEBGL,F.premultiplyAlpha),fe.pixelStorei(O.UNPACK_ALIGNMENT,F.unpackAlignment);let yn=fe.getParameter(O.UNPACK_ROW_LENGTH),rt=fe.getParameter(O.UNPACK_IMAGE_HEIGHT),Ms=fe.getParameter(O.UNPACK_SKIP_PIXELS),un=fe.getParameter(O.UNPACK_SKIP_ROWS),Ba=fe.getParameter(O.UNPACK_SKIP_IMAGES);fe.pixelStorei(O.UNPACK_ROW_LENGTH,gt.width),fe.pixelStorei(O.UNPACK_IMAGE_HEIGHT,gt.height),fe.pixelStorei(O.UNPACK_SKIP_PIXELS,Re),fe.pixelStorei(O.UNPACK_SKIP_ROWS,ze),fe.pixelStorei(O.UNPACK_SKIP_IMAGES,et);let Ji=E.isDataArrayTexture||E.isData3DTexture,Ss=F.isDataArrayTexture||F.isData3DTexture;if(E.isDepthTexture){let st=Ne.get(E),tn=Ne.get(F),Qn=Ne.get(st.__renderTarget),wt=Ne.get(tn.__renderTarget);fe.bindFramebuffer(O.READ_FRAMEBUFFER,Qn.__webglFramebuffer),fe.bindFramebuffer(O.DRAW_FRAMEBUFFER,wt.__webglFramebuffer);for(let $t=0;$t<xe;$t++)Ji&&(O.framebufferTextureLayer(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,Ne.get(E).__webglTexture,z,et+$t),O.framebufferTextureLayer(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,Ne.get(F).__webglTexture,he,Dt+$t)),O.blitFramebuffer(Re,ze,Re+Se,ze+ce,Ee,tt,Ee+Se,tt+ce,O.DEPTH_BUFFER_BIT,O.NEAREST);fe.bindFramebuffer(O.READ_FRAMEBUFFER,null),fe.bindFramebuffer(O.DRAW_FRAMEBUFFER,null)}else if(z!==0||E.isRenderTargetTexture||Ne.has(E)){let st=Ne.get(E),tn=Ne.get(F);fe.bindFramebuffer(O.READ_FRAMEBUFFER,N),fe.bindFramebuffer(O.DRAW_FRAMEBUFFER,G);for(let Qn=0;Qn<xe;Qn++)Ji?O.framebufferTextureLayer(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,st.__webglTexture,z,et+Qn):O.framebufferTexture2D(O.READ_FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,st.__webglTexture,z),Ss?O.framebufferTextureLayer(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,tn.__webglTexture,he,Dt+Qn):O.framebufferTexture2D(O.DRAW_FRAMEBUFFER,O.COLOR_ATTACHMENT0,O.TEXTURE_2D,tn.__webglTexture,he),z!==0?O.blitFramebuffer(Re,ze,Re+Se,ze+ce,Ee,tt,Ee+Se,tt+ce,O.COLOR_BUFFER_BIT,O.NEAREST):Ss?O.copyTexSubImage3D(Te,he,Ee,tt,Dt+Qn,Re,ze,Se,ce):O.copyTexSubImage2D(Te,he,Ee,tt,Re,ze,Se,ce);fe.bindFramebuffer(O.READ_FRAMEBUFFER,null),fe.bindFramebuffer(O.DRAW_FRAMEBUFFER,null)}else Ss?E.isDataTexture||E.isData3DTexture?O.texSubImage3D(Te,he,Ee,tt,Dt,Se,ce,xe,pt,cn,gt.data):F.isCompressedArrayTexture?O.compressedTexSubImage3D(Te,he,Ee,tt,Dt,Se,ce,xe,pt,gt.data):O.texSubImage3D(Te,he,Ee,tt,Dt,Se,ce,xe,pt,cn,gt):E.isDataTexture?O.texSubImage2D(O.TEXTURE_2D,he,Ee,tt,Se,ce,pt,cn,gt.data):E.isCompressedTexture?O.compressedTexSubImage2D(O.TEXTURE_2D,he,Ee,tt,gt.width,gt.height,pt,gt.data):O.texSubImage2D(O.TEXTURE_2D,he,Ee,tt,Se,ce,pt,cn,gt);fe.pixelStorei(O.UNPACK_ROW_LENGTH,yn),fe.pixelStorei(O.UNPACK_IMAGE_HEIGHT,rt),fe.pixelStorei(O.UNPACK_SKIP_PIXELS,Ms),fe.pixelStorei(O.UNPACK_SKIP_ROWS,un),fe.pixelStorei(O.UNPACK_SKIP_IMAGES,Ba),he===0&&F.generateMipmaps===!0&&F.mipmapsAutoUpdate===!0&&O.generateMipmap(Te),fe.unbindTexture()},this.initRenderTarget=function(E){Ne.get(E).__webglFramebuffer===void 0&&ke.setupRenderTarget(E)},this.initTexture=function(E){E.isCubeTexture?ke.setTextureCube(E,0):E.isData3DTexture?ke.setTexture3D(E,0):E.isDataArrayTexture||E.isCompressedArrayTexture?ke.setTexture2DArray(E,0):ke.setTexture2D(E,0),fe.unbindTexture()},this.resetState=function(){k=0,W=0,ee=null,fe.reset(),oe.reset()},typeof __THREE_DEVTOOLS__<"u"&&__THREE_DEVTOOLS__.dispatchEvent(new CustomEvent("observe",{detail:this}))}get coordinateSystem(){return qn}get outputColorSpace(){return this._outputColorSpace}set outputColorSpace(e){this._outputColorSpace=e;let t=this.getContext();t.drawingBufferColorSpace=Ye._getDrawingBufferColorSpace(e),t.unpackColorSpace=Ye._getUnpackColorSpace()}};function Py(i){let e=i;return!!e&&Array.isArray(e.center)&&e.center.length===2&&e.center.every(Number.isFinite)&&Number.isFinite(e.scale)&&e.scale>0}var Aa=1e3;function Cy(i,e,t,n=0){let[s=0,r=0,o=1,a=1]=i,l=Math.max(Math.abs(o-s),1e-9),c=Math.max(Math.abs(a-r),1e-9),u=Math.max(l/Math.max(e,1),c/Math.max(t,1))*(1+n);return{center:[(s+o)/2,(r+a)/2],scale:u}}function tf(i,e,t,n,s){return[i.center[0]+(n-e/2)*i.scale,i.center[1]+(s-t/2)*i.scale]}function aE(i,e,t,n,s,r){let[o,a]=tf(i,e,t,n,s),l=Math.min(Math.max(i.scale*r,1e-9),1e9);return{center:[o-(n-e/2)*l,a-(s-t/2)*l],scale:l}}var cu=class{constructor(e,t,n){_(this,"dom",e);_(this,"onChange",t);_(this,"onEnd",n);_(this,"camera",new qi(-1,1,1,-1,1,2*Aa));_(this,"state",{center:[0,0],scale:1});_(this,"home",null);_(this,"w",1);_(this,"h",1);_(this,"drag",null);_(this,"lastHome",null);_(this,"down",e=>{var t,n;e.button===0&&(this.drag={x:e.clientX,y:e.clientY,id:e.pointerId},(n=(t=this.dom).setPointerCapture)==null||n.call(t,e.pointerId))});_(this,"move",e=>{let t=this.drag;if(!t||e.pointerId!==t.id)return;let n=e.clientX-t.x,s=e.clientY-t.y;if(n===0&&s===0)return;t.x=e.clientX,t.y=e.clientY;let r=this.state;this.moved=!0,this.userMoved({center:[r.center[0]-n*r.scale,r.center[1]-s*r.scale],scale:r.scale})});_(this,"moved",!1);_(this,"up",e=>{!this.drag||e.pointerId!==this.drag.id||(this.drag=null,this.moved&&this.onEnd(),setTimeout(()=>this.moved=!1,0))});_(this,"wheel",e=>{e.preventDefault();let t=this.dom.getBoundingClientRect(),n=Math.exp(Math.max(-1,Math.min(1,e.deltaY*.002)));this.userMoved(aE(this.state,this.w,this.h,e.clientX-t.left,e.clientY-t.top,n)),this.onEnd()});this.camera.up.set(0,-1,0),e.addEventListener("pointerdown",this.down),e.addEventListener("pointermove",this.move),e.addEventListener("pointerup",this.up),e.addEventListener("pointercancel",this.up),e.addEventListener("wheel",this.wheel,{passive:!1}),this.apply()}get size(){return[this.w,this.h]}setSize(e,t){this.w=Math.max(1,e),this.h=Math.max(1,t),this.home&&(this.state=Cy(this.home,this.w,this.h)),this.apply()}fit(e){this.home=e,this.state=Cy(e,this.w,this.h),this.apply()}reset(){this.lastHome&&this.fit(this.lastHome)}set(e){this.home=null,this.state={center:[e.center[0],e.center[1]],scale:e.scale},this.apply()}get scale(){return this.state.scale}apply(){this.home&&(this.lastHome=this.home);let{center:e,scale:t}=this.state,n=this.camera;n.left=-this.w/2*t,n.right=this.w/2*t,n.top=this.h/2*t,n.bottom=-this.h/2*t,n.position.set(e[0],e[1],-Aa),n.lookAt(e[0],e[1],0),n.updateProjectionMatrix(),n.updateMatrixWorld()}userMoved(e){this.home=null,this.state=e,this.apply(),this.onChange()}dispose(){this.dom.removeEventListener("pointerdown",this.down),this.dom.removeEventListener("pointermove",this.move),this.dom.removeEventListener("pointerup",this.up),this.dom.removeEventListener("pointercancel",this.up),this.dom.removeEventListener("wheel",this.wheel)}};var uu=class{constructor(e,t,n){_(this,"canvas",e);_(this,"tooltip",t);_(this,"pick",n);_(this,"raf",0);_(this,"at",null);_(this,"disposed",!1);_(this,"onMove",e=>{if(e.buttons)return this.onLeave();let t=this.canvas.getBoundingClientRect();this.at={x:e.clientX-t.left,y:e.clientY-t.top},this.raf||(this.raf=requestAnimationFrame(()=>this.show()))});_(this,"onLeave",()=>{this.at=null,this.tooltip.hide()});e.addEventListener("pointermove",this.onMove),e.addEventListener("pointerleave",this.onLeave)}show(){this.raf=0;let e=this.at,t=e&&!this.disposed?this.pick(e.x,e.y):null;e&&t?this.tooltip.show(e.x,e.y,t):this.tooltip.hide()}dispose(){this.disposed=!0,this.raf&&cancelAnimationFrame(this.raf),this.canvas.removeEventListener("pointermove",this.onMove),this.canvas.removeEventListener("pointerleave",this.onLeave)}};var lE=200,hu=class{constructor(e){_(this,"layer",e);_(this,"divs",[]);_(this,"v3",new P)}update(e,t,n){let s=0;e:for(let[r,o]of e.visuals)if(!e.isHidden(r))for(let a of o.values()){let l=a.labelAnchors;if(l){a.object.updateWorldMatrix(!0,!1);for(let c=0;c<l.labels.length;c++){if(s>=lE)break e;this.place(s,l.labels[c],this.v3.fromArray(l.positions,3*c).applyMatrix4(a.object.matrixWorld),t,n)&&s++}}}for(let r=s;r<this.divs.length;r++)this.divs[r].style.display="none"}place(e,t,n,s,r){if(n.project(s),n.z>1||n.z<-1||Math.abs(n.x)>1||Math.abs(n.y)>1)return!1;let o=this.divs[e];return o||this.divs.push(o=be("rrnb-label",this.layer)),o.textContent=t,o.style.transform=`translate(${(n.x+1)/2*r.x+8}px, ${(1-n.y)/2*r.y-8}px)`,o.style.display="",!0}};function Ca(i){let e=[];for(let t of i)for(let n of t.entities??[])for(let s of Object.values(n.comps??{}))s&&"buf"in s&&s.codec&&e.push(s);return e}function cE(i){if(!i)throw new kt("compressed image: buffer index out of range");return i instanceof ArrayBuffer?new Uint8Array(i):new Uint8Array(i.buffer,i.byteOffset,i.byteLength)}var Ra=null;function uE(i){let{width:e,height:t}=i;(!Ra||Ra.width<e||Ra.height<t)&&(Ra=new OffscreenCanvas(e,t));let n=Ra.getContext("2d",{willReadFrequently:!0});if(!n)throw new kt("compressed image: no 2D canvas to decode into");return n.clearRect(0,0,e,t),n.drawImage(i,0,0),n.getImageData(0,0,e,t).data}async function hE(i,e,t){let n={colorSpaceConversion:"none",premultiplyAlpha:"none"},s=await createImageBitmap(new Blob([i.slice()],{type:"image/jpeg"}),n),r=s.width*s.height;if(r*t!==e||t!==1&&t!==3)throw s.close(),new kt(`compressed image: ${s.width}x${s.height}x${t} is not ${e} bytes`);let o=uE(s);s.close();let a=new Uint8Array(e);for(let l=0,c=0;l<r;l++,c+=t)a[c]=o[4*l],t===3&&(a[c+1]=o[4*l+1],a[c+2]=o[4*l+2]);return a}async function Iy(i,e){let t=e.slice();return await nf(i,t),t}async function nf(i,e){let t=Ca(i),n=e.slice();await Promise.all(t.map(async s=>{if(s.codec!=="jpeg")throw new kt(`unknown image codec ${JSON.stringify(s.codec)}`);e[s.buf]=await hE(cE(n[s.buf]),Number(s.shape[0]),Number(s.channels??3))}));for(let s of t)delete s.codec,delete s.channels}var dE=1,fE=48,pE=64*1024*1024;function sf(i){let e=new Set;i.transforms&&typeof i.transforms.buf=="number"&&e.add(i.transforms.buf);for(let t of i.entities??[])for(let n of Object.values(t.comps??{}))n&&"buf"in n&&(e.add(n.buf),typeof n.offsets=="number"&&e.add(n.offsets));return e}function mE(i,e){var s;let t=0,n=new Set;for(let r of i.entities??[])for(let o of Object.values(r.comps??{}))o&&"buf"in o&&o.codec&&(n.add(o.buf),t+=Number(o.shape[0])||0);for(let r of sf(i))n.has(r)||(t+=((s=e[r])==null?void 0:s.byteLength)??0);return t}var du=class{constructor(e,t=pE,n=()=>performance.now()){_(this,"tl",e);_(this,"budget",t);_(this,"now",n);_(this,"queue",[]);_(this,"lap",0);_(this,"inFlight",null);_(this,"next",null);_(this,"lastId",null);_(this,"received",0);_(this,"queuedBytes",0);_(this,"latency",0);_(this,"sentAt",0)}lead(){return Math.max(dE,1.5*this.latency)}reset(e){this.queue=[],this.queuedBytes=0,this.lap=0,this.inFlight=null,this.lastId=null,this.next={lap:0,t:e,excl:!1}}wants(e,t){let n=this.next;if(this.inFlight||!n)return null;let s=this.budget-this.queuedBytes;if(s<=0&&this.queue.length)return null;let r=this.tl,o=vp(r,t),a=(n.lap-this.lap)*qu(r)+(n.t-e),l=this.lead();if(a/o>=l)return null;let c=Math.min(n.t+2*l*o,r.max),u=Math.max(1,s);return{timeline:r.name,start:n.t,end:c,start_exclusive:n.excl,max_frames:fE,min_step:_p(r,o),max_bytes:u}}sent(e,t){var n;this.inFlight={id:e,lap:((n=this.next)==null?void 0:n.lap)??this.lap,end:t.end},this.sentAt=this.now()}onFrames(e,t,n){let s=this.inFlight;if(!s||e.id!==s.id)return!1;this.inFlight=null,this.latency=Math.max((this.now()-this.sentAt)/1e3,.8*this.latency);let r=Array.isArray(e.frames)?e.frames:[];for(let a of r){let l=mE(a,t);this.queuedBytes+=l,this.queue.push({lap:s.lap,frame:a,buffers:t,bytes:l})}this.received+=r.length,r.length&&(this.lastId=r[r.length-1].id);let o=r.length?Number(r[r.length-1].time):null;return!e.complete&&o!==null?this.next={lap:s.lap,t:o,excl:!0}:s.end<this.tl.max?this.next={lap:s.lap,t:s.end,excl:!0}:this.next=n?{lap:s.lap+1,t:this.tl.min,excl:!1}:null,!0}wrapped(){this.lap++}due(e,t=()=>!0){let n=0;for(;n<this.queue.length;){let r=this.queue[n];if(!t(r.frame))break;if(r.lap<this.lap||r.lap===this.lap&&Number(r.frame.time)<=e)n++;else break}let s=n?this.queue.splice(0,n):[];for(let r of s)this.queuedBytes-=r.bytes;return s}};function Ly(i,e,t){if(!t||t.length===0)return;if(t.length===1&&e>1){let s=new Float32Array(3);for(let r=0;r<e;r++)for(let o=0;o<3;o++)s[o]+=i[3*r+o]/e;return{positions:s,labels:t}}let n=Math.min(e,t.length);return{positions:i.subarray(0,3*n),labels:t.slice(0,n)}}function Mn(i,e){let t=i.texts("labels");return!t||t.length===0?null:t[t.length===1?0:e]??null}de.line={worldUnits:{value:1},linewidth:{value:1},resolution:{value:new Ae},dashOffset:{value:0},dashScale:{value:1},dashSize:{value:1},gapSize:{value:1}};bn.line={uniforms:Ma.merge([de.common,de.fog,de.line]),vertexShader:`
		#include <common>
		#include <color_pars_vertex>
		#include <fog_pars_vertex>
		#include <logdepthbuf_pars_vertex>
		#include <clipping_planes_pars_vertex>

		uniform float linewidth;
		uniform vec2 resolution;

		attribute vec3 instanceStart;
		attribute vec3 instanceEnd;

		attribute vec3 instanceColorStart;
		attribute vec3 instanceColorEnd;

		#ifdef WORLD_UNITS

			varying vec4 worldPos;
			varying vec3 worldStart;
			varying vec3 worldEnd;

			#ifdef USE_DASH

				varying vec2 vUv;

			#endif

		#else

			varying vec2 vUv;

		#endif

		#ifdef USE_DASH

			uniform float dashScale;
			attribute float instanceDistanceStart;
			attribute float instanceDistanceEnd;
			varying float vLineDistance;

		#endif

		float trimSegmentAlpha( const in vec4 start, const in vec4 end ) {

			// compute the interpolation factor needed to trim the segment so it terminates
			// between the camera plane and the near plane

			// conservative estimate of the near plane
			float a = projectionMatrix[ 2 ][ 2 ]; // 3nd entry in 3th column
			float b = projectionMatrix[ 3 ][ 2 ]; // 3nd entry in 4th column

			// we need different nearEstimate formula for reversed and default depth buffer
			// a is positive with a reversed depth buffer so it can be used for controlling the code flow
			float nearEstimate = ( a > 0.0 ) ? ( - b / ( a + 1.0 ) ) : ( - 0.5 * b / a );

			return ( nearEstimate - start.z ) / ( end.z - start.z );

		}

		void main() {

			#ifdef USE_COLOR

				vColor.xyz = ( position.y < 0.5 ) ? instanceColorStart : instanceColorEnd;

			#endif

			float aspect = resolution.x / resolution.y;

			// camera space
			vec4 start = modelViewMatrix * vec4( instanceStart, 1.0 );
			vec4 end = modelViewMatrix * vec4( instanceEnd, 1.0 );

			#ifdef USE_DASH

				float lineDistanceStart = dashScale * instanceDistanceStart;
				float lineDistanceEnd = dashScale * instanceDistanceEnd;

			#endif

			#ifdef WORLD_UNITS

				worldStart = start.xyz;
				worldEnd = end.xyz;

			#else

				vUv = uv;

			#endif

			// special case for perspective projection, and segments that terminate either in, or behind, the camera plane
			// clearly the gpu firmware has a way of addressing this issue when projecting into ndc space
			// but we need to perform ndc-space calculations in the shader, so we must address this issue directly
			// perhaps there is a more elegant solution -- WestLangley

			bool perspective = ( projectionMatrix[ 2 ][ 3 ] == - 1.0 ); // 4th entry in the 3rd column

			if ( perspective ) {

				if ( start.z < 0.0 && end.z >= 0.0 ) {

					float alpha = trimSegmentAlpha( start, end );
					end.xyz = mix( start.xyz, end.xyz, alpha );

					#ifdef USE_DASH

						lineDistanceEnd = mix( lineDistanceStart, lineDistanceEnd, alpha );

					#endif

				} else if ( end.z < 0.0 && start.z >= 0.0 ) {

					float alpha = trimSegmentAlpha( end, start );
					start.xyz = mix( end.xyz, start.xyz, alpha );

					#ifdef USE_DASH

						lineDistanceStart = mix( lineDistanceEnd, lineDistanceStart, alpha );

					#endif

				}

			}

			#ifdef USE_DASH

				vLineDistance = ( position.y < 0.5 ) ? lineDistanceStart : lineDistanceEnd;
				vUv = uv;

			#endif

			// clip space
			vec4 clipStart = projectionMatrix * start;
			vec4 clipEnd = projectionMatrix * end;

			// ndc space
			vec3 ndcStart = clipStart.xyz / clipStart.w;
			vec3 ndcEnd = clipEnd.xyz / clipEnd.w;

			// direction
			vec2 dir = ndcEnd.xy - ndcStart.xy;

			// account for clip-space aspect ratio
			dir.x *= aspect;
			dir = normalize( dir );

			#ifdef WORLD_UNITS

				vec3 worldDir = normalize( end.xyz - start.xyz );
				vec3 tmpFwd = perspective ? normalize( mix( start.xyz, end.xyz, 0.5 ) ) : vec3( 0.0, 0.0, - 1.0 );
				vec3 worldUp = normalize( cross( worldDir, tmpFwd ) );
				vec3 worldFwd = cross( worldDir, worldUp );
				worldPos = position.y < 0.5 ? start: end;

				// height offset
				float hw = linewidth * 0.5;
				worldPos.xyz += position.x < 0.0 ? hw * worldUp : - hw * worldUp;

				// don't extend the line if we're rendering dashes because we
				// won't be rendering the endcaps
				#ifndef USE_DASH

					// cap extension
					worldPos.xyz += position.y < 0.5 ? - hw * worldDir : hw * worldDir;

					// add width to the box
					worldPos.xyz += worldFwd * hw;

					// endcaps
					if ( position.y > 1.0 || position.y < 0.0 ) {

						worldPos.xyz -= worldFwd * 2.0 * hw;

					}

				#endif

				// project the worldpos
				vec4 clip = projectionMatrix * worldPos;

				// shift the depth of the projected points so the line
				// segments overlap neatly
				vec3 clipPose = ( position.y < 0.5 ) ? ndcStart : ndcEnd;

				// only shift the depth of vertices in front of the camera (#35137)
				if ( clip.w > 0.0 ) clip.z = clipPose.z * clip.w;

			#else

				vec2 offset = vec2( dir.y, - dir.x );
				// undo aspect ratio adjustment
				dir.x /= aspect;
				offset.x /= aspect;

				// sign flip
				if ( position.x < 0.0 ) offset *= - 1.0;

				// endcaps
				if ( position.y < 0.0 ) {

					offset += - dir;

				} else if ( position.y > 1.0 ) {

					offset += dir;

				}

				// adjust for linewidth
				offset *= linewidth;

				// adjust for clip-space to screen-space conversion // maybe resolution should be based on viewport ...
				offset /= resolution.y;

				// select end
				vec4 clip = ( position.y < 0.5 ) ? clipStart : clipEnd;

				// back to clip space
				offset *= clip.w;

				clip.xy += offset;

			#endif

			gl_Position = clip;

			vec4 mvPosition = ( position.y < 0.5 ) ? start : end; // this is an approximation

			#include <logdepthbuf_vertex>
			#include <clipping_planes_vertex>
			#include <fog_vertex>

		}
		`,fragmentShader:`
		uniform vec3 diffuse;
		uniform float opacity;
		uniform float linewidth;

		#ifdef USE_DASH

			uniform float dashOffset;
			uniform float dashSize;
			uniform float gapSize;

		#endif

		varying float vLineDistance;

		#ifdef WORLD_UNITS

			varying vec4 worldPos;
			varying vec3 worldStart;
			varying vec3 worldEnd;

			#ifdef USE_DASH

				varying vec2 vUv;

			#endif

		#else

			varying vec2 vUv;

		#endif

		#include <common>
		#include <color_pars_fragment>
		#include <fog_pars_fragment>
		#include <logdepthbuf_pars_fragment>
		#include <clipping_planes_pars_fragment>

		vec2 closestLineToLine(vec3 p1, vec3 p2, vec3 p3, vec3 p4) {

			float mua;
			float mub;

			vec3 p13 = p1 - p3;
			vec3 p43 = p4 - p3;

			vec3 p21 = p2 - p1;

			float d1343 = dot( p13, p43 );
			float d4321 = dot( p43, p21 );
			float d1321 = dot( p13, p21 );
			float d4343 = dot( p43, p43 );
			float d2121 = dot( p21, p21 );

			float denom = d2121 * d4343 - d4321 * d4321;

			float numer = d1343 * d4321 - d1321 * d4343;

			mua = numer / denom;
			mua = clamp( mua, 0.0, 1.0 );
			mub = ( d1343 + d4321 * ( mua ) ) / d4343;
			mub = clamp( mub, 0.0, 1.0 );

			return vec2( mua, mub );

		}

		void main() {

			float alpha = opacity;
			vec4 diffuseColor = vec4( diffuse, alpha );

			#include <clipping_planes_fragment>

			#ifdef USE_DASH

				if ( vUv.y < - 1.0 || vUv.y > 1.0 ) discard; // discard endcaps

				if ( mod( vLineDistance + dashOffset, dashSize + gapSize ) > dashSize ) discard; // todo - FIX

			#endif

			#ifdef WORLD_UNITS

				float len;

				if ( isOrthographic ) {

					// View rays are parallel to the z axis so the distance reduces to camera-space XY
					vec2 lineDir = worldEnd.xy - worldStart.xy;
					float t = clamp( dot( worldPos.xy - worldStart.xy, lineDir ) / dot( lineDir, lineDir ), 0.0, 1.0 );
					len = length( worldStart.xy + lineDir * t - worldPos.xy );

				} else {

					// Find the closest points on the view ray and the line segment
					vec3 rayEnd = normalize( worldPos.xyz ) * 1e5;
					vec3 lineDir = worldEnd - worldStart;
					vec2 params = closestLineToLine( worldStart, worldEnd, vec3( 0.0, 0.0, 0.0 ), rayEnd );

					vec3 p1 = worldStart + lineDir * params.x;
					vec3 p2 = rayEnd * params.y;
					vec3 delta = p1 - p2;
					len = length( delta );

				}

				float norm = len / linewidth;

				#ifndef USE_DASH

					#ifdef USE_ALPHA_TO_COVERAGE

						float dnorm = fwidth( norm );
						alpha = 1.0 - smoothstep( 0.5 - dnorm, 0.5 + dnorm, norm );

					#else

						if ( norm > 0.5 ) {

							discard;

						}

					#endif

				#endif

			#else

				#ifdef USE_ALPHA_TO_COVERAGE

					// artifacts appear on some hardware if a derivative is taken within a conditional
					float a = vUv.x;
					float b = ( vUv.y > 0.0 ) ? vUv.y - 1.0 : vUv.y + 1.0;
					float len2 = a * a + b * b;
					float dlen = fwidth( len2 );

					if ( abs( vUv.y ) > 1.0 ) {

						alpha = 1.0 - smoothstep( 1.0 - dlen, 1.0 + dlen, len2 );

					}

				#else

					if ( abs( vUv.y ) > 1.0 ) {

						float a = vUv.x;
						float b = ( vUv.y > 0.0 ) ? vUv.y - 1.0 : vUv.y + 1.0;
						float len2 = a * a + b * b;

						if ( len2 > 1.0 ) discard;

					}

				#endif

			#endif

			#include <logdepthbuf_fragment>
			#include <color_fragment>

			gl_FragColor = vec4( diffuseColor.rgb, alpha );

			#include <tonemapping_fragment>
			#include <colorspace_fragment>
			#include <fog_fragment>
			#include <premultiplied_alpha_fragment>

		}
		`};var eo=class extends Rn{constructor(e){super({type:"LineMaterial",uniforms:Ma.clone(bn.line.uniforms),vertexShader:bn.line.vertexShader,fragmentShader:bn.line.fragmentShader,clipping:!0}),this.isLineMaterial=!0,this.setValues(e)}get color(){return this.uniforms.diffuse.value}set color(e){this.uniforms.diffuse.value=e}get worldUnits(){return"WORLD_UNITS"in this.defines}set worldUnits(e){e===!0!==this.worldUnits&&(this.needsUpdate=!0),e===!0?this.defines.WORLD_UNITS="":delete this.defines.WORLD_UNITS}get linewidth(){return this.uniforms.linewidth.value}set linewidth(e){this.uniforms.linewidth&&(this.uniforms.linewidth.value=e)}get dashed(){return"USE_DASH"in this.defines}set dashed(e){e===!0!==this.dashed&&(this.needsUpdate=!0),e===!0?this.defines.USE_DASH="":delete this.defines.USE_DASH}get dashScale(){return this.uniforms.dashScale.value}set dashScale(e){this.uniforms.dashScale.value=e}get dashSize(){return this.uniforms.dashSize.value}set dashSize(e){this.uniforms.dashSize.value=e}get dashOffset(){return this.uniforms.dashOffset.value}set dashOffset(e){this.uniforms.dashOffset.value=e}get gapSize(){return this.uniforms.gapSize.value}set gapSize(e){this.uniforms.gapSize.value=e}get opacity(){return this.uniforms.opacity.value}set opacity(e){this.uniforms&&(this.uniforms.opacity.value=e)}get resolution(){return this.uniforms.resolution.value}set resolution(e){this.uniforms.resolution.value.copy(e)}get alphaToCoverage(){return"USE_ALPHA_TO_COVERAGE"in this.defines}set alphaToCoverage(e){this.defines&&(e===!0!==this.alphaToCoverage&&(this.needsUpdate=!0),e===!0?this.defines.USE_ALPHA_TO_COVERAGE="":delete this.defines.USE_ALPHA_TO_COVERAGE)}};var Ny=new Jt,fu=new P,to=class extends $i{constructor(){super(),this.isLineSegmentsGeometry=!0,this.type="LineSegmentsGeometry";let e=[-1,2,0,1,2,0,-1,1,0,1,1,0,-1,0,0,1,0,0,-1,-1,0,1,-1,0],t=[-1,2,1,2,-1,1,1,1,-1,-1,1,-1,-1,-2,1,-2],n=[0,2,1,2,3,1,2,4,3,4,5,3,4,6,5,6,7,5];this.setIndex(n),this.setAttribute("position",new Oe(e,3)),this.setAttribute("uv",new Oe(t,2))}applyMatrix4(e){let t=this.attributes.instanceStart,n=this.attributes.instanceEnd;return t!==void 0&&(t.applyMatrix4(e),n.applyMatrix4(e),t.needsUpdate=!0),this.boundingBox!==null&&this.computeBoundingBox(),this.boundingSphere!==null&&this.computeBoundingSphere(),this}setPositions(e){let t;e instanceof Float32Array?t=e:Array.isArray(e)&&(t=new Float32Array(e));let n=new ps(t,6,1);return this.setAttribute("instanceStart",new Tn(n,3,0)),this.setAttribute("instanceEnd",new Tn(n,3,3)),this.instanceCount=this.attributes.instanceStart.count,this.computeBoundingBox(),this.computeBoundingSphere(),this}setColors(e){let t;e instanceof Float32Array?t=e:Array.isArray(e)&&(t=new Float32Array(e));let n=new ps(t,6,1);return this.setAttribute("instanceColorStart",new Tn(n,3,0)),this.setAttribute("instanceColorEnd",new Tn(n,3,3)),this}fromWireframeGeometry(e){return this.setPositions(e.attributes.position.array),this}fromEdgesGeometry(e){return this.setPositions(e.attributes.position.array),this}fromMesh(e){return this.fromWireframeGeometry(new ta(e.geometry)),this}fromLineSegments(e){let t=e.geometry;return this.setPositions(t.attributes.position.array),this}computeBoundingBox(){this.boundingBox===null&&(this.boundingBox=new Jt);let e=this.attributes.instanceStart,t=this.attributes.instanceEnd;e!==void 0&&t!==void 0&&(this.boundingBox.setFromBufferAttribute(e),Ny.setFromBufferAttribute(t),this.boundingBox.union(Ny))}computeBoundingSphere(){this.boundingSphere===null&&(this.boundingSphere=new Ut),this.boundingBox===null&&this.computeBoundingBox();let e=this.attributes.instanceStart,t=this.attributes.instanceEnd;if(e!==void 0&&t!==void 0){let n=this.boundingSphere.center;this.boundingBox.getCenter(n);let s=0;for(let r=0,o=e.count;r<o;r++)fu.fromBufferAttribute(e,r),s=Math.max(s,n.distanceToSquared(fu)),fu.fromBufferAttribute(t,r),s=Math.max(s,n.distanceToSquared(fu));this.boundingSphere.radius=Math.sqrt(s),isNaN(this.boundingSphere.radius)&&console.error("THREE.LineSegmentsGeometry.computeBoundingSphere(): Computed radius is NaN. The instanced position data is likely to have NaN values.",this)}}toJSON(){}};var rf=new it,Dy=new P,Fy=new P,on=new it,an=new it,Ei=new it,of=new P,af=new ge,ln=new ha,Uy=new P,pu=new Jt,mu=new Ut,Ti=new it,Ai,Ks;function Oy(i,e,t){return Ti.set(0,0,-e,1).applyMatrix4(i.projectionMatrix),Ti.multiplyScalar(1/Ti.w),Ti.x=Ks/t.width,Ti.y=Ks/t.height,Ti.applyMatrix4(i.projectionMatrixInverse),Ti.multiplyScalar(1/Ti.w),Math.abs(Math.max(Ti.x,Ti.y))}function gE(i,e){let t=i.matrixWorld,n=i.geometry,s=n.attributes.instanceStart,r=n.attributes.instanceEnd,o=Math.min(n.instanceCount,s.count);for(let a=0,l=o;a<l;a++){ln.start.fromBufferAttribute(s,a),ln.end.fromBufferAttribute(r,a),ln.applyMatrix4(t);let c=new P,u=new P;Ai.distanceSqToSegment(ln.start,ln.end,u,c),u.distanceTo(c)<Ks*.5&&e.push({point:u,pointOnLine:c,distance:Ai.origin.distanceTo(u),object:i,face:null,faceIndex:a,uv:null,uv1:null})}}function yE(i,e,t){let n=e.projectionMatrix,r=i.material.resolution,o=i.matrixWorld,a=i.geometry,l=a.attributes.instanceStart,c=a.attributes.instanceEnd,u=Math.min(a.instanceCount,l.count),h=-e.near;Ai.at(1,Ei),Ei.w=1,Ei.applyMatrix4(e.matrixWorldInverse),Ei.applyMatrix4(n),Ei.multiplyScalar(1/Ei.w),Ei.x*=r.x/2,Ei.y*=r.y/2,Ei.z=0,of.copy(Ei),af.multiplyMatrices(e.matrixWorldInverse,o);for(let d=0,f=u;d<f;d++){if(on.fromBufferAttribute(l,d),an.fromBufferAttribute(c,d),on.w=1,an.w=1,on.applyMatrix4(af),an.applyMatrix4(af),on.z>h&&an.z>h)continue;if(on.z>h){let T=on.z-an.z,b=(on.z-h)/T;on.lerp(an,b)}else if(an.z>h){let T=an.z-on.z,b=(an.z-h)/T;an.lerp(on,b)}on.applyMatrix4(n),an.applyMatrix4(n),on.multiplyScalar(1/on.w),an.multiplyScalar(1/an.w),on.x*=r.x/2,on.y*=r.y/2,an.x*=r.x/2,an.y*=r.y/2,ln.start.copy(on),ln.start.z=0,ln.end.copy(an),ln.end.z=0;let y=ln.closestPointToPointParameter(of,!0);ln.at(y,Uy);let m=Kn.lerp(on.z,an.z,y),g=m>=-1&&m<=1,v=of.distanceTo(Uy)<Ks*.5;if(g&&v){ln.start.fromBufferAttribute(l,d),ln.end.fromBufferAttribute(c,d),ln.start.applyMatrix4(o),ln.end.applyMatrix4(o);let T=new P,b=new P;Ai.distanceSqToSegment(ln.start,ln.end,b,T),t.push({point:b,pointOnLine:T,distance:Ai.origin.distanceTo(b),object:i,face:null,faceIndex:d,uv:null,uv1:null})}}}var gu=class extends je{constructor(e=new to,t=new eo({color:Math.random()*16777215})){super(e,t),this.isLineSegments2=!0,this.type="LineSegments2"}computeLineDistances(){let e=this.geometry,t=e.attributes.instanceStart,n=e.attributes.instanceEnd,s=new Float32Array(2*t.count);for(let o=0,a=0,l=t.count;o<l;o++,a+=2)Dy.fromBufferAttribute(t,o),Fy.fromBufferAttribute(n,o),s[a]=a===0?0:s[a-1],s[a+1]=s[a]+Dy.distanceTo(Fy);let r=new ps(s,2,1);return e.setAttribute("instanceDistanceStart",new Tn(r,1,0)),e.setAttribute("instanceDistanceEnd",new Tn(r,1,1)),this}raycast(e,t){let n=this.material.worldUnits,s=e.camera;if(s===null&&!n&&console.error('LineSegments2: "Raycaster.camera" needs to be set in order to raycast against LineSegments2 while worldUnits is set to false.'),n===!1&&(this.material.resolution.x===0||this.material.resolution.y===0))return;let r=e.params.Line2!==void 0&&e.params.Line2.threshold||0;Ai=e.ray;let o=this.matrixWorld,a=this.geometry,l=this.material;Ks=l.linewidth+r,a.boundingSphere===null&&a.computeBoundingSphere(),mu.copy(a.boundingSphere).applyMatrix4(o);let c;if(n)c=Ks*.5;else{let h=Math.max(s.near,mu.distanceToPoint(Ai.origin));c=Oy(s,h,l.resolution)}if(mu.radius+=c,Ai.intersectsSphere(mu)===!1)return;a.boundingBox===null&&a.computeBoundingBox(),pu.copy(a.boundingBox).applyMatrix4(o);let u;if(n)u=Ks*.5;else{let h=Math.max(s.near,pu.distanceToPoint(Ai.origin));u=Oy(s,h,l.resolution)}pu.expandByScalar(u),Ai.intersectsBox(pu)!==!1&&(n?gE(this,t):yE(this,s,t))}onBeforeRender(e){let t=this.material.uniforms;t&&t.resolution&&(e.getViewport(rf),this.material.uniforms.resolution.value.set(rf.z,rf.w))}};var xE=2;function Ki(i,e){let t=new Ke;t.name="lines";for(let[n,s]of i){if(s.positions.length===0)continue;let r=new to;r.setPositions(s.positions),r.setColors(s.colors);let o=n!==null&&n>=0,a=new eo({vertexColors:!0,worldUnits:o,linewidth:n===null?xE:o?2*n:-2*n});a.uniforms.resolution.value=e.resolution;let l=new gu(r,a);l.frustumCulled=!1,t.add(l)}return{object:t,dispose(){for(let n of t.children){let s=n;s.geometry.dispose(),s.material.dispose()}t.removeFromParent()}}}function no(i,e,t,n,s,r){let o=i.length/6,a=new Map,l=d=>s?s[d]:null;for(let d=0;d<e;d++)a.set(l(d),(a.get(l(d))??0)+o);let c=new Map;for(let[d,f]of a)c.set(d,{positions:new Float32Array(6*f),colors:new Float32Array(6*f),k:0});let u=new ge,h=new P;for(let d=0;d<e;d++){t(d,u);let f=c.get(l(d)),p=n[4*d]/255,y=n[4*d+1]/255,m=n[4*d+2]/255;for(let g=0;g<o;g++){let v=6*f.k++;h.fromArray(i,6*g).applyMatrix4(u).toArray(f.positions,v),h.fromArray(i,6*g+3).applyMatrix4(u).toArray(f.positions,v+3),f.colors.set([p,y,m,p,y,m],v)}}return Ki(c,r)}function Bn(i,e,t){let n=i.num("show_labels");if(!(n&&n.data.length>0&&!n.data[0]))return Ly(e,t,i.texts("labels"))}function xs(i,e){let t=new Gs;return n=>{t.ray.copy(n);let s=t.intersectObject(i,!0);for(let r of s){if(!r.object.isMesh)continue;let o=r.object.userData,a=0;return o.instances&&r.instanceId!==void 0?a=o.instances[r.instanceId]??0:o.faceInstance&&r.faceIndex!=null&&(a=o.faceInstance[r.faceIndex]??0),{t:r.distance,index:a,position:e(a)}}return null}}function By(i,e,t,n,s,r,o){let a=e.length/2,l=i.length/2,c=Ht(s.num(r),a),u=new Map,h=new Map,d=p=>c?c[p]:null;for(let p=0;p<a;p++)h.set(d(p),(h.get(d(p))??0)+1);let f=new Map;for(let[p,y]of h)u.set(p,{positions:new Float32Array(6*l*y),colors:new Float32Array(6*l*y)}),f.set(p,0);for(let p=0;p<a;p++){let y=u.get(d(p)),m=f.get(d(p)),g=[n[4*p]/255,n[4*p+1]/255,n[4*p+2]/255];for(let v=0;v<l;v++){let T=(v+1)%l;y.positions.set([e[2*p]+t[2*p]*i[2*v],e[2*p+1]+t[2*p+1]*i[2*v+1],0,e[2*p]+t[2*p]*i[2*T],e[2*p+1]+t[2*p+1]*i[2*T+1],0],m),y.colors.set([...g,...g],m),m+=6}f.set(d(p),m)}return Ki(u,o)}function lf(i){let e=i.length/2,t=new Float32Array(3*e);for(let n=0;n<e;n++)t[3*n]=i[2*n],t[3*n+1]=i[2*n+1];return t}function ci(i){if(!i||!(i.data instanceof Uint8Array))return null;let e=i.offsets&&i.offsets.length>1?i.offsets[1]:i.data.length,t=i.offsets&&i.offsets.length>0?i.offsets[0]:0;return i.data.subarray(t,e)}var vs=null;function ky(i){vs=i}var io=new Map;function Ve(i){for(let e of i.archetypes){if(io.has(e))throw new Error(`two visuals registered for ${e}`);io.set(e,i)}}function yu(i,e){let t=n=>i.comps.get(`${e}:${n}`);return{archetype:e,path:i.path,color:i.color,num(n){let s=t(n);return s&&s.kind==="num"?s:null},texts(n){let s=t(n);return s&&s.kind==="text"?s.text:null}}}function Hy(i,e,t){let n=io.get(i),s=n?n.build(yu(e,i),t):null;return s&&n&&(vs!=null&&vs.active(e))?vs.place(i,s,e,r=>n.build(yu(r,i),t)):s}function zy(i,e,t){let n=io.get(i);return vs!=null&&vs.active(t)?!1:!!(n!=null&&n.refill)&&n.refill(e,yu(t,i))}function Vy(i,e){if(![...i].some(n=>{var s;return(s=io.get(n))==null?void 0:s.entityWide}))return i;let t=new Set(i);for(let n of e.comps.keys())t.add(n.slice(0,Math.max(0,n.indexOf(":")))||n);return t}function Gy(i,e,t){let n=io.get(i);return n!=null&&n.label?n.label(yu(e,i),t):null}function cf(i,e,t,n,s){let r=Math.floor(e.length/3),o=new ds(1,1,1,10).translate(0,.5,0),a=new Jo(1,1,16).translate(0,.5,0),l=new _n({color:16777215}),c=new Yn(o,l,r),u=new Yn(a,l,r),h=new P(0,1,0),d=new P,f=new P,p=new at,y=new P,m=new ge,g=new Me;for(let T=0;T<r;T++){d.fromArray(e,3*T),f.fromArray(i,3*T);let b=d.length(),A=n?Math.abs(n[T]):Math.max(s.defaultRadius.value,b*.02);b>0?p.setFromUnitVectors(h,d.clone().divideScalar(b)):p.identity();let w=Math.min(b*.5,6*A);c.setMatrixAt(T,m.compose(f,p,y.set(A,Math.max(b-w,0),A))),u.setMatrixAt(T,m.compose(f.clone().addScaledVector(d,b>0?(b-w)/b:0),p,y.set(2*A,w,2*A))),g.setRGB(t[4*T]/255,t[4*T+1]/255,t[4*T+2]/255),c.setColorAt(T,g),u.setColorAt(T,g)}let v=new Ke;return v.name="arrows",c.frustumCulled=u.frustumCulled=!1,v.add(c,u),{object:v,dispose(){o.dispose(),a.dispose(),l.dispose(),c.dispose(),u.dispose(),v.removeFromParent()}}}Ve({archetypes:["Arrows3D"],build(i,e){let t=i.num("vectors"),n=ve(t);if(!t||n===0)return null;let s=ot(t,n,3,[0,0,0]),r=ot(i.num("origins"),n,3,[0,0,0]),o=cf(r,s,nt(i.num("colors"),n,i.color),Ht(i.num("radii"),n),e),a=new Float32Array(3*n);for(let l=0;l<3*n;l++)a[l]=r[l]+s[l];return o.labelAnchors=Bn(i,a,n),o},label:Mn});function uf(i,e){if(e===Td)return console.warn("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Geometry already defined as triangles."),i;if(e===Kr||e===ba){let t=i.getIndex();if(t===null){let r=[],o=i.getAttribute("position");if(o!==void 0){for(let a=0;a<o.count;a++)r.push(a);i.setIndex(r),t=i.getIndex()}else return console.error("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Undefined position attribute. Processing not possible."),i}let n=t.count-2,s=[];if(e===Kr)for(let r=1;r<=n;r++)s.push(t.getX(0)),s.push(t.getX(r)),s.push(t.getX(r+1));else for(let r=0;r<n;r++)r%2===0?(s.push(t.getX(r)),s.push(t.getX(r+1)),s.push(t.getX(r+2))):(s.push(t.getX(r+2)),s.push(t.getX(r+1)),s.push(t.getX(r)));return s.length/3!==n&&console.error("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Unable to generate correct amount of triangles."),i.setIndex(s),i.clearGroups(),i}else return console.error("THREE.BufferGeometryUtils.toTrianglesDrawMode(): Unknown draw mode:",e),i}function Wy(i){let e=new Map,t=new Map,n=i.clone();return Xy(i,n,function(s,r){e.set(r,s),t.set(s,r)}),n.traverse(function(s){if(!s.isSkinnedMesh)return;let r=s,o=e.get(s),a=o.skeleton.bones;r.skeleton=o.skeleton.clone(),r.bindMatrix.copy(o.bindMatrix),r.skeleton.bones=a.map(function(l){return t.get(l)}),r.bind(r.skeleton,r.bindMatrix)}),n}function Xy(i,e,t){t(i,e);for(let n=0;n<i.children.length;n++)Xy(i.children[n],e.children[n],t)}var xu=class extends Pn{constructor(e){super(e),this.dracoLoader=null,this.ktx2Loader=null,this.meshoptDecoder=null,this.pluginCallbacks=[],this.register(function(t){return new yf(t)}),this.register(function(t){return new xf(t)}),this.register(function(t){return new vf(t)}),this.register(function(t){return new Rf(t)}),this.register(function(t){return new Cf(t)}),this.register(function(t){return new Pf(t)}),this.register(function(t){return new bf(t)}),this.register(function(t){return new Mf(t)}),this.register(function(t){return new Sf(t)}),this.register(function(t){return new wf(t)}),this.register(function(t){return new gf(t)}),this.register(function(t){return new Ef(t)}),this.register(function(t){return new _f(t)}),this.register(function(t){return new Af(t)}),this.register(function(t){return new Tf(t)}),this.register(function(t){return new pf(t)}),this.register(function(t){return new vu(t,$e.EXT_MESHOPT_COMPRESSION)}),this.register(function(t){return new vu(t,$e.KHR_MESHOPT_COMPRESSION)}),this.register(function(t){return new If(t)})}load(e,t,n,s){let r=this,o;if(this.resourcePath!=="")o=this.resourcePath;else if(this.path!==""){let c=Yi.extractUrlBase(e);o=Yi.resolveURL(c,this.path)}else o=Yi.extractUrlBase(e);this.manager.itemStart(e);let a=function(c){s?s(c):console.error(c),r.manager.itemError(e),r.manager.itemEnd(e)},l=new bi(this.manager);l.setPriority(this.priority),l.setCache(this.cache),l.setPath(this.path),l.setResponseType("arraybuffer"),l.setRequestHeader(this.requestHeader),l.setWithCredentials(this.withCredentials),l.load(e,function(c){try{r.parse(c,o,function(u){t(u),r.manager.itemEnd(e)},a)}catch(u){a(u)}},n,a)}setDRACOLoader(e){return this.dracoLoader=e,this}setKTX2Loader(e){return this.ktx2Loader=e,this}setMeshoptDecoder(e){return this.meshoptDecoder=e,this}register(e){return this.pluginCallbacks.indexOf(e)===-1&&this.pluginCallbacks.push(e),this}unregister(e){return this.pluginCallbacks.indexOf(e)!==-1&&this.pluginCallbacks.splice(this.pluginCallbacks.indexOf(e),1),this}parse(e,t,n,s){let r,o={},a={},l=new TextDecoder;if(typeof e=="string")r=JSON.parse(e);else if(e instanceof ArrayBuffer)if(l.decode(new Uint8Array(e,0,4))===Ky){try{o[$e.KHR_BINARY_GLTF]=new Lf(e)}catch(h){s&&s(h);return}r=JSON.parse(o[$e.KHR_BINARY_GLTF].content)}else r=JSON.parse(l.decode(e));else r=e;if(r.asset===void 0||r.asset.version[0]<2){s&&s(new Error("THREE.GLTFLoader: Unsupported asset. glTF versions >=2.0 are supported."));return}let c=new kf(r,{path:t||this.resourcePath||"",crossOrigin:this.crossOrigin,priority:this.priority,cache:this.cache,withCredentials:this.withCredentials,requestHeader:this.requestHeader,manager:this.manager,ktx2Loader:this.ktx2Loader,meshoptDecoder:this.meshoptDecoder});c.fileLoader.setRequestHeader(this.requestHeader);for(let u=0;u<this.pluginCallbacks.length;u++){let h=this.pluginCallbacks[u](c);h.name||console.error("THREE.GLTFLoader: Invalid plugin found: missing name"),a[h.name]=h,o[h.name]=!0}if(r.extensionsUsed)for(let u=0;u<r.extensionsUsed.length;++u){let h=r.extensionsUsed[u],d=r.extensionsRequired||[];switch(h){case $e.KHR_MATERIALS_UNLIT:o[h]=new mf;break;case $e.KHR_DRACO_MESH_COMPRESSION:o[h]=new Nf(r,this.dracoLoader);break;case $e.KHR_TEXTURE_TRANSFORM:o[h]=new Df;break;case $e.KHR_MESH_QUANTIZATION:o[h]=new Ff;break;default:d.indexOf(h)>=0&&a[h]===void 0&&console.warn('THREE.GLTFLoader: Unknown extension "'+h+'".')}}c.setExtensions(o),c.setPlugins(a),c.parse(n,s)}parseAsync(e,t){let n=this;return new Promise(function(s,r){n.parse(e,t,s,r)})}};function vE(){let i={};return{get:function(e){return i[e]},add:function(e,t){i[e]=t},remove:function(e){delete i[e]},removeAll:function(){i={}}}}function Ct(i,e,t){let n=i.json.materials[e];return n.extensions&&n.extensions[t]?n.extensions[t]:null}var $e={KHR_BINARY_GLTF:"KHR_binary_glTF",KHR_DRACO_MESH_COMPRESSION:"KHR_draco_mesh_compression",KHR_LIGHTS_PUNCTUAL:"KHR_lights_punctual",KHR_MATERIALS_CLEARCOAT:"KHR_materials_clearcoat",KHR_MATERIALS_DIFFUSE_ROUGHNESS:"KHR_materials_diffuse_roughness",KHR_MATERIALS_DISPERSION:"KHR_materials_dispersion",KHR_MATERIALS_IOR:"KHR_materials_ior",KHR_MATERIALS_SHEEN:"KHR_materials_sheen",KHR_MATERIALS_SPECULAR:"KHR_materials_specular",KHR_MATERIALS_TRANSMISSION:"KHR_materials_transmission",KHR_MATERIALS_IRIDESCENCE:"KHR_materials_iridescence",KHR_MATERIALS_ANISOTROPY:"KHR_materials_anisotropy",KHR_MATERIALS_UNLIT:"KHR_materials_unlit",KHR_MATERIALS_VOLUME:"KHR_materials_volume",KHR_TEXTURE_BASISU:"KHR_texture_basisu",KHR_TEXTURE_TRANSFORM:"KHR_texture_transform",KHR_MESH_QUANTIZATION:"KHR_mesh_quantization",KHR_MATERIALS_EMISSIVE_STRENGTH:"KHR_materials_emissive_strength",EXT_MATERIALS_BUMP:"EXT_materials_bump",EXT_TEXTURE_WEBP:"EXT_texture_webp",EXT_TEXTURE_AVIF:"EXT_texture_avif",EXT_MESHOPT_COMPRESSION:"EXT_meshopt_compression",KHR_MESHOPT_COMPRESSION:"KHR_meshopt_compression",EXT_MESH_GPU_INSTANCING:"EXT_mesh_gpu_instancing"},pf=class{constructor(e){this.parser=e,this.name=$e.KHR_LIGHTS_PUNCTUAL,this.cache={refs:{},uses:{}}}_markDefs(){let e=this.parser,t=this.parser.json.nodes||[];for(let n=0,s=t.length;n<s;n++){let r=t[n];r.extensions&&r.extensions[this.name]&&r.extensions[this.name].light!==void 0&&e._addNodeRef(this.cache,r.extensions[this.name].light)}}_loadLight(e){let t=this.parser,n="light:"+e,s=t.cache.get(n);if(s)return s;let r=t.json,l=((r.extensions&&r.extensions[this.name]||{}).lights||[])[e],c,u=new Me(16777215);l.color!==void 0&&u.setRGB(l.color[0],l.color[1],l.color[2],Zt);let h=l.range!==void 0?l.range:0;switch(l.type){case"directional":c=new Vs(u),c.target.position.set(0,0,-1),c.add(c.target);break;case"point":c=new la(u),c.distance=h;break;case"spot":c=new aa(u),c.distance=h,l.spot=l.spot||{},l.spot.innerConeAngle=l.spot.innerConeAngle!==void 0?l.spot.innerConeAngle:0,l.spot.outerConeAngle=l.spot.outerConeAngle!==void 0?l.spot.outerConeAngle:Math.PI/4,c.angle=l.spot.outerConeAngle,c.penumbra=1-l.spot.innerConeAngle/l.spot.outerConeAngle,c.target.position.set(0,0,-1),c.add(c.target);break;default:throw new Error("THREE.GLTFLoader: Unexpected light type: "+l.type)}return c.position.set(0,0,0),Ri(c,l),l.intensity!==void 0&&(c.intensity=l.intensity),c.name=t.createUniqueName(l.name||"light_"+e),s=Promise.resolve(c),t.cache.add(n,s),s}getDependency(e,t){if(e==="light")return this._loadLight(t)}createNodeAttachment(e){let t=this,n=this.parser,r=n.json.nodes[e],a=(r.extensions&&r.extensions[this.name]||{}).light;return a===void 0?null:this._loadLight(a).then(function(l){return n._getNodeRef(t.cache,a,l)})}},mf=class{constructor(){this.name=$e.KHR_MATERIALS_UNLIT}getMaterialType(){return An}extendParams(e,t,n){let s=[];e.color=new Me(1,1,1),e.opacity=1;let r=t.pbrMetallicRoughness;if(r){if(Array.isArray(r.baseColorFactor)){let o=r.baseColorFactor;e.color.setRGB(o[0],o[1],o[2],Zt),e.opacity=o[3]}r.baseColorTexture!==void 0&&s.push(n.assignTexture(e,"map",r.baseColorTexture,dt))}return Promise.all(s)}},gf=class{constructor(e){this.parser=e,this.name=$e.KHR_MATERIALS_EMISSIVE_STRENGTH}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);return n===null||n.emissiveStrength!==void 0&&(t.emissiveIntensity=n.emissiveStrength),Promise.resolve()}},yf=class{constructor(e){this.parser=e,this.name=$e.KHR_MATERIALS_CLEARCOAT}getMaterialType(e){return Ct(this.parser,e,this.name)!==null?vn:null}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);if(n===null)return Promise.resolve();let s=[];if(n.clearcoatFactor!==void 0&&(t.clearcoat=n.clearcoatFactor),n.clearcoatTexture!==void 0&&s.push(this.parser.assignTexture(t,"clearcoatMap",n.clearcoatTexture)),n.clearcoatRoughnessFactor!==void 0&&(t.clearcoatRoughness=n.clearcoatRoughnessFactor),n.clearcoatRoughnessTexture!==void 0&&s.push(this.parser.assignTexture(t,"clearcoatRoughnessMap",n.clearcoatRoughnessTexture)),n.clearcoatNormalTexture!==void 0&&(s.push(this.parser.assignTexture(t,"clearcoatNormalMap",n.clearcoatNormalTexture)),n.clearcoatNormalTexture.scale!==void 0)){let r=n.clearcoatNormalTexture.scale;t.clearcoatNormalScale=new Ae(r,r)}return Promise.all(s)}},xf=class{constructor(e){this.parser=e,this.name=$e.KHR_MATERIALS_DIFFUSE_ROUGHNESS}getMaterialType(e){return Ct(this.parser,e,this.name)!==null?vn:null}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);if(n===null)return Promise.resolve();let s=[];return t.diffuseRoughness=n.diffuseRoughnessFactor!==void 0?n.diffuseRoughnessFactor:0,n.diffuseRoughnessTexture!==void 0&&s.push(this.parser.assignTexture(t,"diffuseRoughnessMap",n.diffuseRoughnessTexture)),Promise.all(s)}},vf=class{constructor(e){this.parser=e,this.name=$e.KHR_MATERIALS_DISPERSION}getMaterialType(e){return Ct(this.parser,e,this.name)!==null?vn:null}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);return n===null||(t.dispersion=n.dispersion!==void 0?n.dispersion:0),Promise.resolve()}},_f=class{constructor(e){this.parser=e,this.name=$e.KHR_MATERIALS_IRIDESCENCE}getMaterialType(e){return Ct(this.parser,e,this.name)!==null?vn:null}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);if(n===null)return Promise.resolve();let s=[];return n.iridescenceFactor!==void 0&&(t.iridescence=n.iridescenceFactor),n.iridescenceTexture!==void 0&&s.push(this.parser.assignTexture(t,"iridescenceMap",n.iridescenceTexture)),n.iridescenceIor!==void 0&&(t.iridescenceIOR=n.iridescenceIor),n.iridescenceThicknessMinimum!==void 0&&(t.iridescenceThicknessMinimum=n.iridescenceThicknessMinimum),n.iridescenceThicknessMaximum!==void 0&&(t.iridescenceThicknessMaximum=n.iridescenceThicknessMaximum),n.iridescenceThicknessTexture!==void 0&&s.push(this.parser.assignTexture(t,"iridescenceThicknessMap",n.iridescenceThicknessTexture)),Promise.all(s)}},bf=class{constructor(e){this.parser=e,this.name=$e.KHR_MATERIALS_SHEEN}getMaterialType(e){return Ct(this.parser,e,this.name)!==null?vn:null}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);if(n===null)return Promise.resolve();let s=[];if(t.sheenColor=new Me(0,0,0),t.sheenRoughness=0,t.sheen=1,n.sheenColorFactor!==void 0){let r=n.sheenColorFactor;t.sheenColor.setRGB(r[0],r[1],r[2],Zt)}return n.sheenRoughnessFactor!==void 0&&(t.sheenRoughness=n.sheenRoughnessFactor),n.sheenColorTexture!==void 0&&s.push(this.parser.assignTexture(t,"sheenColorMap",n.sheenColorTexture,dt)),n.sheenRoughnessTexture!==void 0&&s.push(this.parser.assignTexture(t,"sheenRoughnessMap",n.sheenRoughnessTexture)),Promise.all(s)}},Mf=class{constructor(e){this.parser=e,this.name=$e.KHR_MATERIALS_TRANSMISSION}getMaterialType(e){return Ct(this.parser,e,this.name)!==null?vn:null}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);if(n===null)return Promise.resolve();let s=[];return n.transmissionFactor!==void 0&&(t.transmission=n.transmissionFactor),n.transmissionTexture!==void 0&&s.push(this.parser.assignTexture(t,"transmissionMap",n.transmissionTexture)),Promise.all(s)}},Sf=class{constructor(e){this.parser=e,this.name=$e.KHR_MATERIALS_VOLUME}getMaterialType(e){return Ct(this.parser,e,this.name)!==null?vn:null}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);if(n===null)return Promise.resolve();let s=[];t.thickness=n.thicknessFactor!==void 0?n.thicknessFactor:0,n.thicknessTexture!==void 0&&s.push(this.parser.assignTexture(t,"thicknessMap",n.thicknessTexture)),t.attenuationDistance=n.attenuationDistance||1/0;let r=n.attenuationColor||[1,1,1];return t.attenuationColor=new Me().setRGB(r[0],r[1],r[2],Zt),Promise.all(s)}},wf=class{constructor(e){this.parser=e,this.name=$e.KHR_MATERIALS_IOR}getMaterialType(e){return Ct(this.parser,e,this.name)!==null?vn:null}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);return n===null||(t.ior=n.ior!==void 0?n.ior:1.5,t.ior===0&&(t.ior=1e3)),Promise.resolve()}},Ef=class{constructor(e){this.parser=e,this.name=$e.KHR_MATERIALS_SPECULAR}getMaterialType(e){return Ct(this.parser,e,this.name)!==null?vn:null}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);if(n===null)return Promise.resolve();let s=[];t.specularIntensity=n.specularFactor!==void 0?n.specularFactor:1,n.specularTexture!==void 0&&s.push(this.parser.assignTexture(t,"specularIntensityMap",n.specularTexture));let r=n.specularColorFactor||[1,1,1];return t.specularColor=new Me().setRGB(r[0],r[1],r[2],Zt),n.specularColorTexture!==void 0&&s.push(this.parser.assignTexture(t,"specularColorMap",n.specularColorTexture,dt)),Promise.all(s)}},Tf=class{constructor(e){this.parser=e,this.name=$e.EXT_MATERIALS_BUMP}getMaterialType(e){return Ct(this.parser,e,this.name)!==null?vn:null}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);if(n===null)return Promise.resolve();let s=[];return t.bumpScale=n.bumpFactor!==void 0?n.bumpFactor:1,n.bumpTexture!==void 0&&s.push(this.parser.assignTexture(t,"bumpMap",n.bumpTexture)),Promise.all(s)}},Af=class{constructor(e){this.parser=e,this.name=$e.KHR_MATERIALS_ANISOTROPY}getMaterialType(e){return Ct(this.parser,e,this.name)!==null?vn:null}extendMaterialParams(e,t){let n=Ct(this.parser,e,this.name);if(n===null)return Promise.resolve();let s=[];return n.anisotropyStrength!==void 0&&(t.anisotropy=n.anisotropyStrength),n.anisotropyRotation!==void 0&&(t.anisotropyRotation=n.anisotropyRotation),n.anisotropyTexture!==void 0&&s.push(this.parser.assignTexture(t,"anisotropyMap",n.anisotropyTexture)),Promise.all(s)}},Rf=class{constructor(e){this.parser=e,this.name=$e.KHR_TEXTURE_BASISU}loadTexture(e){let t=this.parser,n=t.json,s=n.textures[e];if(!s.extensions||!s.extensions[this.name])return null;let r=s.extensions[this.name],o=t.options.ktx2Loader;if(!o){if(n.extensionsRequired&&n.extensionsRequired.indexOf(this.name)>=0)throw new Error("THREE.GLTFLoader: setKTX2Loader must be called before loading KTX2 textures");return null}return t.loadTextureImage(e,r.source,o)}},Cf=class{constructor(e){this.parser=e,this.name=$e.EXT_TEXTURE_WEBP}loadTexture(e){let t=this.name,n=this.parser,s=n.json,r=s.textures[e];if(!r.extensions||!r.extensions[t])return null;let o=r.extensions[t],a=s.images[o.source],l=n.textureLoader;if(a.uri){let c=n.options.manager.getHandler(a.uri);c!==null&&(l=c)}return n.loadTextureImage(e,o.source,l)}},Pf=class{constructor(e){this.parser=e,this.name=$e.EXT_TEXTURE_AVIF}loadTexture(e){let t=this.name,n=this.parser,s=n.json,r=s.textures[e];if(!r.extensions||!r.extensions[t])return null;let o=r.extensions[t],a=s.images[o.source],l=n.textureLoader;if(a.uri){let c=n.options.manager.getHandler(a.uri);c!==null&&(l=c)}return n.loadTextureImage(e,o.source,l)}},vu=class{constructor(e,t){this.name=t,this.parser=e}loadBufferView(e){let t=this.parser.json,n=t.bufferViews[e];if(n.extensions&&n.extensions[this.name]){let s=n.extensions[this.name],r=this.parser.getDependency("buffer",s.buffer),o=this.parser.options.meshoptDecoder;if(!o||!o.supported){if(t.extensionsRequired&&t.extensionsRequired.indexOf(this.name)>=0)throw new Error("THREE.GLTFLoader: setMeshoptDecoder must be called before loading compressed files");return null}return r.then(function(a){let l=s.byteOffset||0,c=s.byteLength||0,u=s.count,h=s.byteStride,d=new Uint8Array(a,l,c);return o.decodeGltfBufferAsync?o.decodeGltfBufferAsync(u,h,d,s.mode,s.filter).then(function(f){return f.buffer}):o.ready.then(function(){let f=new ArrayBuffer(u*h);return o.decodeGltfBuffer(new Uint8Array(f),u,h,d,s.mode,s.filter),f})})}else return null}},If=class{constructor(e){this.name=$e.EXT_MESH_GPU_INSTANCING,this.parser=e}createNodeMesh(e){let t=this.parser.json,n=t.nodes[e];if(!n.extensions||!n.extensions[this.name]||n.mesh===void 0)return null;let s=t.meshes[n.mesh];for(let c of s.primitives)if(c.mode!==Zn.TRIANGLES&&c.mode!==Zn.TRIANGLE_STRIP&&c.mode!==Zn.TRIANGLE_FAN&&c.mode!==void 0)return null;let o=n.extensions[this.name].attributes,a=[],l={};for(let c in o)a.push(this.parser.getDependency("accessor",o[c]).then(u=>(l[c]=u,l[c])));return a.length<1?null:(a.push(this.parser.createNodeMesh(e)),Promise.all(a).then(c=>{let u=c.pop(),h=u.isGroup?u.children:[u],d=c[0].count,f=[];for(let p of h){let y=new ge,m=new P,g=new at,v=new P(1,1,1),T=new Yn(p.geometry,p.material,d);for(let A=0;A<d;A++)l.TRANSLATION&&m.fromBufferAttribute(l.TRANSLATION,A),l.ROTATION&&g.fromBufferAttribute(l.ROTATION,A),l.SCALE&&v.fromBufferAttribute(l.SCALE,A),T.setMatrixAt(A,y.compose(m,g,v));let b=null;for(let A in l)if(A==="_COLOR_0"){let w=l[A];T.instanceColor=new ri(w.array,w.itemSize,w.normalized)}else if(A!=="TRANSLATION"&&A!=="ROTATION"&&A!=="SCALE"){if(b===null){let x=T.geometry;b=new Je,b.name=x.name;for(let M in x.attributes)b.setAttribute(M,x.attributes[M]);for(let M in x.morphAttributes)b.morphAttributes[M]=x.morphAttributes[M];x.index!==null&&b.setIndex(x.index),b.morphTargetsRelative=x.morphTargetsRelative;for(let M of x.groups)b.addGroup(M.start,M.count,M.materialIndex);x.boundingBox!==null&&(b.boundingBox=x.boundingBox.clone()),x.boundingSphere!==null&&(b.boundingSphere=x.boundingSphere.clone()),b.drawRange.start=x.drawRange.start,b.drawRange.count=x.drawRange.count,b.userData=Object.assign({},x.userData),T.geometry=b}let w=l[A];b.setAttribute(A,new ri(w.array,w.itemSize,w.normalized))}Rt.prototype.copy.call(T,p),this.parser.assignFinalMaterial(T),f.push(T)}return u.isGroup?(u.clear(),u.add(...f),u):f[0]}))}},Ky="glTF",Pa=12,qy={JSON:1313821514,BIN:5130562},Lf=class{constructor(e){this.name=$e.KHR_BINARY_GLTF,this.content=null,this.body=null;let t=new DataView(e,0,Pa),n=new TextDecoder;if(this.header={magic:n.decode(new Uint8Array(e.slice(0,4))),version:t.getUint32(4,!0),length:t.getUint32(8,!0)},this.header.magic!==Ky)throw new Error("THREE.GLTFLoader: Unsupported glTF-Binary header.");if(this.header.version<2)throw new Error("THREE.GLTFLoader: Legacy binary file detected.");let s=this.header.length-Pa,r=new DataView(e,Pa),o=0;for(;o<s;){let a=r.getUint32(o,!0);o+=4;let l=r.getUint32(o,!0);if(o+=4,l===qy.JSON){let c=new Uint8Array(e,Pa+o,a);this.content=n.decode(c)}else if(l===qy.BIN){let c=Pa+o;this.body=e.slice(c,c+a)}o+=a}if(this.content===null)throw new Error("THREE.GLTFLoader: JSON content not found.")}},Nf=class{constructor(e,t){if(!t)throw new Error("THREE.GLTFLoader: No DRACOLoader instance provided.");this.name=$e.KHR_DRACO_MESH_COMPRESSION,this.json=e,this.dracoLoader=t,this.dracoLoader.preload()}decodePrimitive(e,t){let n=this.json,s=this.dracoLoader,r=e.extensions[this.name].bufferView,o=e.extensions[this.name].attributes,a={},l={},c={};for(let u in o){let h=Of[u]||u.toLowerCase();a[h]=o[u]}for(let u in e.attributes){let h=Of[u]||u.toLowerCase();if(o[u]!==void 0){let d=n.accessors[e.attributes[u]],f=so[d.componentType];c[h]=f.name,l[h]=d.normalized===!0}}return t.getDependency("bufferView",r).then(function(u){return new Promise(function(h,d){s.decodeDracoFile(u,function(f){for(let p in f.attributes){let y=f.attributes[p],m=l[p];m!==void 0&&(y.normalized=m)}h(f)},a,c,Zt,d)})})}},Df=class{constructor(){this.name=$e.KHR_TEXTURE_TRANSFORM}extendTexture(e,t){if((t.texCoord===void 0||t.texCoord===e.channel)&&t.offset===void 0&&t.rotation===void 0&&t.scale===void 0)return e;if(e=e.clone(),t.texCoord!==void 0&&(e.channel=t.texCoord),t.offset!==void 0&&e.offset.fromArray(t.offset),t.rotation!==void 0&&(e.rotation=t.rotation),t.scale!==void 0&&e.repeat.fromArray(t.scale),t.rotation!==void 0){let n=Math.cos(e.rotation),s=Math.sin(e.rotation);e.matrix.set(e.repeat.x*n,e.repeat.y*s,e.offset.x,-e.repeat.x*s,e.repeat.y*n,e.offset.y,0,0,1),e.matrixAutoUpdate=!1}return e.needsUpdate=!0,e}},Ff=class{constructor(){this.name=$e.KHR_MESH_QUANTIZATION}},_u=class extends _i{constructor(e,t,n,s){super(e,t,n,s)}copySampleValue_(e){let t=this.resultBuffer,n=this.sampleValues,s=this.valueSize,r=e*s*3+s;for(let o=0;o!==s;o++)t[o]=n[r+o];return t}interpolate_(e,t,n,s){let r=this.resultBuffer,o=this.sampleValues,a=this.valueSize,l=a*2,c=a*3,u=s-t,h=(n-t)/u,d=h*h,f=d*h,p=e*c,y=p-c,m=-2*f+3*d,g=f-d,v=1-m,T=g-d+h;for(let b=0;b!==a;b++){let A=o[y+b+a],w=o[y+b+l]*u,x=o[p+b+a],M=o[p+b]*u;r[b]=v*A+T*w+m*x+g*M}return r}},_E=new at,Uf=class extends _u{interpolate_(e,t,n,s){let r=super.interpolate_(e,t,n,s);return _E.fromArray(r).normalize().toArray(r),r}},Zn={FLOAT:5126,FLOAT_MAT3:35675,FLOAT_MAT4:35676,FLOAT_VEC2:35664,FLOAT_VEC3:35665,FLOAT_VEC4:35666,LINEAR:9729,REPEAT:10497,SAMPLER_2D:35678,POINTS:0,LINES:1,LINE_LOOP:2,LINE_STRIP:3,TRIANGLES:4,TRIANGLE_STRIP:5,TRIANGLE_FAN:6,UNSIGNED_BYTE:5121,UNSIGNED_SHORT:5123},so={5120:Int8Array,5121:Uint8Array,5122:Int16Array,5123:Uint16Array,5125:Uint32Array,5126:Float32Array},Yy={9728:Tt,9729:Mt,9984:xc,9985:$r,9986:Ys,9987:jn},$y={33071:Xn,33648:Dr,10497:cs},hf={SCALAR:1,VEC2:2,VEC3:3,VEC4:4,MAT2:4,MAT3:9,MAT4:16},Of={POSITION:"position",NORMAL:"normal",TANGENT:"tangent",TEXCOORD_0:"uv",TEXCOORD_1:"uv1",TEXCOORD_2:"uv2",TEXCOORD_3:"uv3",COLOR_0:"color",WEIGHTS_0:"skinWeight",JOINTS_0:"skinIndex"},_s={scale:"scale",translation:"position",rotation:"quaternion",weights:"morphTargetInfluences"},bE={CUBICSPLINE:void 0,LINEAR:Us,STEP:Fs},df={OPAQUE:"OPAQUE",MASK:"MASK",BLEND:"BLEND"};function ME(i){return i.DefaultMaterial===void 0&&(i.DefaultMaterial=new Hs({color:16777215,emissive:0,metalness:1,roughness:1,transparent:!1,depthTest:!0,side:$n})),i.DefaultMaterial}function Zs(i,e,t){for(let n in t.extensions)i[n]===void 0&&(e.userData.gltfExtensions=e.userData.gltfExtensions||{},e.userData.gltfExtensions[n]=t.extensions[n])}function Ri(i,e){e.extras!==void 0&&(typeof e.extras=="object"?Object.assign(i.userData,e.extras):console.warn("THREE.GLTFLoader: Ignoring primitive type .extras, "+e.extras))}function SE(i,e,t){let n=!1,s=!1,r=!1;for(let c=0,u=e.length;c<u;c++){let h=e[c];if(h.POSITION!==void 0&&(n=!0),h.NORMAL!==void 0&&(s=!0),h.COLOR_0!==void 0&&(r=!0),n&&s&&r)break}if(!n&&!s&&!r)return Promise.resolve(i);let o=[],a=[],l=[];for(let c=0,u=e.length;c<u;c++){let h=e[c];if(n){let d=h.POSITION!==void 0?t.getDependency("accessor",h.POSITION):i.attributes.position;o.push(d)}if(s){let d=h.NORMAL!==void 0?t.getDependency("accessor",h.NORMAL):i.attributes.normal;a.push(d)}if(r){let d=h.COLOR_0!==void 0?t.getDependency("accessor",h.COLOR_0):i.attributes.color;l.push(d)}}return Promise.all([Promise.all(o),Promise.all(a),Promise.all(l)]).then(function(c){let u=c[0],h=c[1],d=c[2];return n&&(i.morphAttributes.position=u),s&&(i.morphAttributes.normal=h),r&&(i.morphAttributes.color=d),i.morphTargetsRelative=!0,i})}function wE(i,e){if(i.updateMorphTargets(),e.weights!==void 0)for(let t=0,n=e.weights.length;t<n;t++)i.morphTargetInfluences[t]=e.weights[t];if(e.extras&&Array.isArray(e.extras.targetNames)){let t=e.extras.targetNames;if(i.morphTargetInfluences.length===t.length){i.morphTargetDictionary={};for(let n=0,s=t.length;n<s;n++)i.morphTargetDictionary[t[n]]=n}else console.warn("THREE.GLTFLoader: Invalid extras.targetNames length. Ignoring names.")}}function EE(i){let e,t=i.extensions&&i.extensions[$e.KHR_DRACO_MESH_COMPRESSION];if(t?e="draco:"+t.bufferView+":"+t.indices+":"+ff(t.attributes):e=i.indices+":"+ff(i.attributes)+":"+i.mode,i.targets!==void 0)for(let n=0,s=i.targets.length;n<s;n++)e+=":"+ff(i.targets[n]);return e}function ff(i){let e="",t=Object.keys(i).sort();for(let n=0,s=t.length;n<s;n++)e+=t[n]+":"+i[t[n]]+";";return e}function Bf(i){switch(i){case Int8Array:return 1/127;case Uint8Array:return 1/255;case Int16Array:return 1/32767;case Uint16Array:return 1/65535;default:throw new Error("THREE.GLTFLoader: Unsupported normalized accessor component type.")}}function TE(i){return i.search(/\.jpe?g($|\?)/i)>0||i.search(/^data\:image\/jpeg/)===0?"image/jpeg":i.search(/\.webp($|\?)/i)>0||i.search(/^data\:image\/webp/)===0?"image/webp":i.search(/\.ktx2($|\?)/i)>0||i.search(/^data\:image\/ktx2/)===0?"image/ktx2":"image/png"}var AE=new ge,kf=class{constructor(e={},t={}){this.json=e,this.extensions={},this.plugins={},this.options=t,this.cache=new vE,this.associations=new Map,this.primitiveCache={},this.nodeCache={},this.meshCache={refs:{},uses:{}},this.cameraCache={refs:{},uses:{}},this.lightCache={refs:{},uses:{}},this.sourceCache={},this.textureCache={},this.nodeNamesUsed={};let n=!1,s=-1,r=!1,o=-1;if(typeof navigator<"u"&&typeof navigator.userAgent<"u"){let a=navigator.userAgent;n=/^((?!chrome|android).)*safari/i.test(a)===!0;let l=a.match(/Version\/(\d+)/);s=n&&l?parseInt(l[1],10):-1,r=a.indexOf("Firefox")>-1,o=r?a.match(/Firefox\/([0-9]+)\./)[1]:-1}typeof createImageBitmap>"u"||n&&s<17||r&&o<98?(this.textureLoader=new ra(this.options.manager),this.textureLoader.setPriority(this.options.priority),this.textureLoader.setCache(this.options.cache)):(this.textureLoader=new ua(this.options.manager),this.textureLoader.setPriority(this.options.priority),this.textureLoader.setCache(this.options.cache)),this.textureLoader.setCrossOrigin(this.options.crossOrigin),this.textureLoader.setWithCredentials(this.options.withCredentials),this.textureLoader.setRequestHeader(this.options.requestHeader),this.fileLoader=new bi(this.options.manager),this.fileLoader.setPriority(this.options.priority),this.fileLoader.setCache(this.options.cache),this.fileLoader.setResponseType("arraybuffer"),(this.options.withCredentials||this.options.crossOrigin==="use-credentials")&&this.fileLoader.setWithCredentials(!0)}setExtensions(e){this.extensions=e}setPlugins(e){this.plugins=e}parse(e,t){let n=this,s=this.json,r=this.extensions;this.cache.removeAll(),this.nodeCache={},this._invokeAll(function(o){return o._markDefs&&o._markDefs()}),Promise.all(this._invokeAll(function(o){return o.beforeRoot&&o.beforeRoot()})).then(function(){return Promise.all([n.getDependencies("scene"),n.getDependencies("animation"),n.getDependencies("camera")])}).then(function(o){let a={scene:o[0][s.scene||0],scenes:o[0],animations:o[1],cameras:o[2],asset:s.asset,parser:n,userData:{}};return Zs(r,a,s),Ri(a,s),Promise.all(n._invokeAll(function(l){return l.afterRoot&&l.afterRoot(a)})).then(function(){for(let l of a.scenes)l.updateMatrixWorld();e(a)})}).catch(t)}_markDefs(){let e=this.json.nodes||[],t=this.json.skins||[],n=this.json.meshes||[];for(let s=0,r=t.length;s<r;s++){let o=t[s].joints;for(let a=0,l=o.length;a<l;a++)e[o[a]].isBone=!0}for(let s=0,r=e.length;s<r;s++){let o=e[s];o.mesh!==void 0&&(this._addNodeRef(this.meshCache,o.mesh),o.skin!==void 0&&(n[o.mesh].isSkinnedMesh=!0)),o.camera!==void 0&&this._addNodeRef(this.cameraCache,o.camera)}}_addNodeRef(e,t){t!==void 0&&(e.refs[t]===void 0&&(e.refs[t]=e.uses[t]=0),e.refs[t]++)}_getNodeRef(e,t,n){if(e.refs[t]<=1)return n;let s=n.clone(),r=(o,a)=>{let l=this.associations.get(o);l!=null&&this.associations.set(a,l);for(let[c,u]of o.children.entries())r(u,a.children[c])};return r(n,s),s.name+="_instance_"+e.uses[t]++,s}_invokeOne(e){let t=Object.values(this.plugins);t.push(this);for(let n=0;n<t.length;n++){let s=e(t[n]);if(s)return s}return null}_invokeAll(e){let t=Object.values(this.plugins);t.unshift(this);let n=[];for(let s=0;s<t.length;s++){let r=e(t[s]);r&&n.push(r)}return n}getDependency(e,t){let n=e+":"+t,s=this.cache.get(n);if(!s){switch(e){case"scene":s=this.loadScene(t);break;case"node":s=this._invokeOne(function(r){return r.loadNode&&r.loadNode(t)});break;case"mesh":s=this._invokeOne(function(r){return r.loadMesh&&r.loadMesh(t)});break;case"accessor":s=this.loadAccessor(t);break;case"bufferView":s=this._invokeOne(function(r){return r.loadBufferView&&r.loadBufferView(t)});break;case"buffer":s=this.loadBuffer(t);break;case"material":s=this._invokeOne(function(r){return r.loadMaterial&&r.loadMaterial(t)});break;case"texture":s=this._invokeOne(function(r){return r.loadTexture&&r.loadTexture(t)});break;case"skin":s=this.loadSkin(t);break;case"animation":s=this._invokeOne(function(r){return r.loadAnimation&&r.loadAnimation(t)});break;case"camera":s=this.loadCamera(t);break;default:if(s=this._invokeOne(function(r){return r!=this&&r.getDependency&&r.getDependency(e,t)}),!s)throw new Error("Unknown type: "+e);break}this.cache.add(n,s)}return s}getDependencies(e){let t=this.cache.get(e);if(!t){let n=this,s=this.json[e+(e==="mesh"?"es":"s")]||[];t=Promise.all(s.map(function(r,o){return n.getDependency(e,o)})),this.cache.add(e,t)}return t}loadBuffer(e){let t=this.json.buffers[e],n=this.fileLoader;if(t.type&&t.type!=="arraybuffer")throw new Error("THREE.GLTFLoader: "+t.type+" buffer type is not supported.");if(t.uri===void 0&&e===0)return Promise.resolve(this.extensions[$e.KHR_BINARY_GLTF].body);let s=this.options;return new Promise(function(r,o){n.load(Yi.resolveURL(t.uri,s.path),r,void 0,function(){o(new Error('THREE.GLTFLoader: Failed to load buffer "'+t.uri+'".'))})})}loadBufferView(e){let t=this.json.bufferViews[e];return this.getDependency("buffer",t.buffer).then(function(n){let s=t.byteLength||0,r=t.byteOffset||0;return n.slice(r,r+s)})}loadAccessor(e){let t=this,n=this.json,s=this.json.accessors[e];if(s.bufferView===void 0&&s.sparse===void 0){let o=hf[s.type],a=so[s.componentType],l=s.normalized===!0,c=new a(s.count*o);return Promise.resolve(new Ze(c,o,l))}let r=[];return s.bufferView!==void 0?r.push(this.getDependency("bufferView",s.bufferView)):r.push(null),s.sparse!==void 0&&(r.push(this.getDependency("bufferView",s.sparse.indices.bufferView)),r.push(this.getDependency("bufferView",s.sparse.values.bufferView))),Promise.all(r).then(function(o){let a=o[0],l=hf[s.type],c=so[s.componentType],u=c.BYTES_PER_ELEMENT,h=u*l,d=s.byteOffset||0,f=s.bufferView!==void 0?n.bufferViews[s.bufferView].byteStride:void 0,p=s.normalized===!0,y,m;if(f&&f!==h){let g=Math.floor(d/f),v="InterleavedBuffer:"+s.bufferView+":"+s.componentType+":"+g+":"+s.count,T=t.cache.get(v);T||(y=new c(a,g*f,s.count*f/u),T=new Bs(y,f/u),t.cache.add(v,T)),m=new Tn(T,l,d%f/u,p)}else a===null?y=new c(s.count*l):y=new c(a,d,s.count*l),m=new Ze(y,l,p);if(s.sparse!==void 0){let g=hf.SCALAR,v=so[s.sparse.indices.componentType],T=s.sparse.indices.byteOffset||0,b=s.sparse.values.byteOffset||0,A=new v(o[1],T,s.sparse.count*g),w=new c(o[2],b,s.sparse.count*l);a!==null&&(m=new Ze(m.array.slice(),m.itemSize,m.normalized)),m.normalized=!1;for(let x=0,M=A.length;x<M;x++){let L=A[x];if(m.setX(L,w[x*l]),l>=2&&m.setY(L,w[x*l+1]),l>=3&&m.setZ(L,w[x*l+2]),l>=4&&m.setW(L,w[x*l+3]),l>=5)throw new Error("THREE.GLTFLoader: Unsupported itemSize in sparse BufferAttribute.")}m.normalized=p}return m})}loadTexture(e){let t=this.json,n=this.options,r=t.textures[e].source,o=t.images[r],a=this.textureLoader;if(o.uri){let l=n.manager.getHandler(o.uri);l!==null&&(a=l)}return this.loadTextureImage(e,r,a)}loadTextureImage(e,t,n){let s=this,r=this.json,o=r.textures[e],a=r.images[t],l=(a.uri||a.bufferView)+":"+o.sampler;if(this.textureCache[l])return this.textureCache[l];let c=this.loadImageSource(t,n).then(function(u){u.flipY=!1,u.name=o.name||a.name||"",u.name===""&&typeof a.uri=="string"&&a.uri.startsWith("data:image/")===!1&&(u.name=a.uri);let d=(r.samplers||{})[o.sampler]||{};return u.magFilter=Yy[d.magFilter]||Mt,u.minFilter=Yy[d.minFilter]||jn,u.wrapS=$y[d.wrapS]||cs,u.wrapT=$y[d.wrapT]||cs,u.generateMipmaps=!u.isCompressedTexture&&u.minFilter!==Tt&&u.minFilter!==Mt,s.associations.set(u,{textures:e}),u}).catch(function(){return null});return this.textureCache[l]=c,c}loadImageSource(e,t){let n=this,s=this.json,r=this.options;if(this.sourceCache[e]!==void 0)return this.sourceCache[e].then(d=>d.clone());let o=s.images[e],a=self.URL||self.webkitURL,l=o.uri||"",c=!1,u;if(t.isKTX2Loader===!0&&o.bufferView!==void 0)u=n.getDependency("bufferView",o.bufferView).then(function(d){return new Promise(function(f,p){t.parse(d,f,p)})});else{if(o.bufferView!==void 0)l=n.getDependency("bufferView",o.bufferView).then(function(d){c=!0;let f=new Blob([d],{type:o.mimeType});return l=a.createObjectURL(f),l});else if(o.uri===void 0)throw new Error("THREE.GLTFLoader: Image "+e+" is missing URI and bufferView");u=Promise.resolve(l).then(function(d){return new Promise(function(f,p){let y=f;t.isImageBitmapLoader===!0&&(y=function(m){let g=new At(m);g.needsUpdate=!0,f(g)}),t.load(Yi.resolveURL(d,r.path),y,void 0,p)})})}let h=u.then(function(d){return c===!0&&a.revokeObjectURL(l),Ri(d,o),d.userData.mimeType=o.mimeType||TE(o.uri),d}).catch(function(d){throw console.error("THREE.GLTFLoader: Couldn't load texture",l),d});return this.sourceCache[e]=h,h}assignTexture(e,t,n,s){let r=this;return this.getDependency("texture",n.index).then(function(o){if(!o)return null;if(n.texCoord!==void 0&&n.texCoord>0&&(o=o.clone(),o.channel=n.texCoord),r.extensions[$e.KHR_TEXTURE_TRANSFORM]){let a=n.extensions!==void 0?n.extensions[$e.KHR_TEXTURE_TRANSFORM]:void 0;if(a){let l=r.associations.get(o);o=r.extensions[$e.KHR_TEXTURE_TRANSFORM].extendTexture(o,a),r.associations.set(o,l)}}return s!==void 0&&(o.colorSpace=s),e[t]=o,o})}assignFinalMaterial(e){let t=e.geometry,n=e.material,s=t.attributes.tangent===void 0,r=t.attributes.color!==void 0,o=t.attributes.normal===void 0;if(e.isPoints){let a="PointsMaterial:"+n.uuid,l=this.cache.get(a);l||(l=new Fn,Vt.prototype.copy.call(l,n),l.color.copy(n.color),l.map=n.map,l.sizeAttenuation=!1,this.cache.add(a,l)),n=l}else if(e.isLine){let a="LineBasicMaterial:"+n.uuid,l=this.cache.get(a);l||(l=new xi,Vt.prototype.copy.call(l,n),l.color.copy(n.color),l.map=n.map,this.cache.add(a,l)),n=l}if(s||r||o){let a="ClonedMaterial:"+n.uuid+":";s&&(a+="derivative-tangents:"),r&&(a+="vertex-colors:"),o&&(a+="flat-shading:");let l=this.cache.get(a);l||(l=n.clone(),r&&(l.vertexColors=!0),o&&(l.flatShading=!0),s&&(l.normalScale&&(l.normalScale.y*=-1),l.clearcoatNormalScale&&(l.clearcoatNormalScale.y*=-1)),this.cache.add(a,l),this.associations.set(l,this.associations.get(n))),n=l}e.material=n}getMaterialType(){return Hs}loadMaterial(e){let t=this,n=this.json,s=this.extensions,r=n.materials[e],o,a={},l=r.extensions||{},c=[];if(l[$e.KHR_MATERIALS_UNLIT]){let h=s[$e.KHR_MATERIALS_UNLIT];o=h.getMaterialType(),c.push(h.extendParams(a,r,t))}else{let h=r.pbrMetallicRoughness||{};if(a.color=new Me(1,1,1),a.opacity=1,Array.isArray(h.baseColorFactor)){let d=h.baseColorFactor;a.color.setRGB(d[0],d[1],d[2],Zt),a.opacity=d[3]}h.baseColorTexture!==void 0&&c.push(t.assignTexture(a,"map",h.baseColorTexture,dt)),a.metalness=h.metallicFactor!==void 0?h.metallicFactor:1,a.roughness=h.roughnessFactor!==void 0?h.roughnessFactor:1,h.metallicRoughnessTexture!==void 0&&(c.push(t.assignTexture(a,"metalnessMap",h.metallicRoughnessTexture)),c.push(t.assignTexture(a,"roughnessMap",h.metallicRoughnessTexture))),o=this._invokeOne(function(d){return d.getMaterialType&&d.getMaterialType(e)}),c.push(Promise.all(this._invokeAll(function(d){return d.extendMaterialParams&&d.extendMaterialParams(e,a)})))}r.doubleSided===!0&&(a.side=Lt);let u=r.alphaMode||df.OPAQUE;if(u===df.BLEND?(a.transparent=!0,a.depthWrite=!1):(a.transparent=!1,u===df.MASK&&(a.alphaTest=r.alphaCutoff!==void 0?r.alphaCutoff:.5)),r.normalTexture!==void 0&&o!==An&&(c.push(t.assignTexture(a,"normalMap",r.normalTexture)),a.normalScale=new Ae(1,1),r.normalTexture.scale!==void 0)){let h=r.normalTexture.scale;a.normalScale.set(h,h)}if(r.occlusionTexture!==void 0&&o!==An&&(c.push(t.assignTexture(a,"aoMap",r.occlusionTexture)),r.occlusionTexture.strength!==void 0&&(a.aoMapIntensity=r.occlusionTexture.strength)),r.emissiveFactor!==void 0&&o!==An){let h=r.emissiveFactor;a.emissive=new Me().setRGB(h[0],h[1],h[2],Zt)}return r.emissiveTexture!==void 0&&o!==An&&c.push(t.assignTexture(a,"emissiveMap",r.emissiveTexture,dt)),Promise.all(c).then(function(){let h=new o(a);return r.name&&(h.name=r.name),Ri(h,r),t.associations.set(h,{materials:e}),r.extensions&&Zs(s,h,r),h})}createUniqueName(e){let t=mt.sanitizeNodeName(e||"");return t in this.nodeNamesUsed?t+"_"+ ++this.nodeNamesUsed[t]:(this.nodeNamesUsed[t]=0,t)}loadGeometries(e){let t=this,n=this.extensions,s=this.primitiveCache;function r(a){return n[$e.KHR_DRACO_MESH_COMPRESSION].decodePrimitive(a,t).then(function(l){return jy(l,a,t)})}let o=[];for(let a=0,l=e.length;a<l;a++){let c=e[a],u=EE(c),h=s[u];if(h)o.push(h.promise);else{let d;c.extensions&&c.extensions[$e.KHR_DRACO_MESH_COMPRESSION]?d=r(c):d=jy(new Je,c,t),c.mode===Zn.TRIANGLE_STRIP?d=d.then(f=>uf(f,ba)):c.mode===Zn.TRIANGLE_FAN&&(d=d.then(f=>uf(f,Kr))),s[u]={primitive:c,promise:d},o.push(d)}}return Promise.all(o)}loadMesh(e){let t=this,n=this.json,s=this.extensions,r=n.meshes[e],o=r.primitives,a=[];for(let l=0,c=o.length;l<c;l++){let u=o[l].material===void 0?ME(this.cache):this.getDependency("material",o[l].material);a.push(u)}return a.push(t.loadGeometries(o)),Promise.all(a).then(async function(l){let c=l.slice(0,l.length-1),u=l[l.length-1],h=[];for(let f=0,p=u.length;f<p;f++){let y=u[f],m=o[f],g,v=c[f];if(m.mode===Zn.TRIANGLES||m.mode===Zn.TRIANGLE_STRIP||m.mode===Zn.TRIANGLE_FAN||m.mode===void 0){let T=r.isSkinnedMesh===!0,b=y.hasAttribute("skinIndex")&&y.hasAttribute("skinWeight");T&&b===!1&&console.warn("THREE.GLTFLoader: Missing skinIndex or skinWeight attributes. Skinning disabled."),g=T&&b?new Wo(y,v):new je(y,v),g.isSkinnedMesh===!0&&g.normalizeSkinWeights()}else if(m.mode===Zn.LINES)g=new hs(y,v);else if(m.mode===Zn.LINE_STRIP)g=new ks(y,v);else if(m.mode===Zn.LINE_LOOP)g=new qo(y,v);else if(m.mode===Zn.POINTS)g=new Un(y,v);else throw new Error("THREE.GLTFLoader: Primitive mode unsupported: "+m.mode);Object.keys(g.geometry.morphAttributes).length>0&&wE(g,r),g.name=t.createUniqueName(r.name||"mesh_"+e),Ri(g,r),m.extensions&&Zs(s,g,m),t.assignFinalMaterial(g),h.push(g)}for(let f=0,p=h.length;f<p;f++)t.associations.set(h[f],{meshes:e,primitives:f});if(h.length===1)return r.extensions&&Zs(s,h[0],r),h[0];let d=new Ke;r.extensions&&Zs(s,d,r),t.associations.set(d,{meshes:e});for(let f=0,p=h.length;f<p;f++)d.add(h[f]);return d})}loadCamera(e){let t,n=this.json.cameras[e],s=n[n.type];if(!s){console.warn("THREE.GLTFLoader: Missing camera parameters.");return}return n.type==="perspective"?t=new zt(Kn.radToDeg(s.yfov),s.aspectRatio||1,s.znear||1,s.zfar||2e6):n.type==="orthographic"&&(t=new qi(-s.xmag,s.xmag,s.ymag,-s.ymag,s.znear,s.zfar)),n.name&&(t.name=this.createUniqueName(n.name)),Ri(t,n),Promise.resolve(t)}loadSkin(e){let t=this.json.skins[e],n=[];for(let s=0,r=t.joints.length;s<r;s++)n.push(this._loadNodeShallow(t.joints[s]));return t.inverseBindMatrices!==void 0?n.push(this.getDependency("accessor",t.inverseBindMatrices)):n.push(null),Promise.all(n).then(function(s){let r=s.pop(),o=s,a=[],l=[];for(let c=0,u=o.length;c<u;c++){let h=o[c];if(h){a.push(h);let d=new ge;r!==null&&d.fromArray(r.array,c*16),l.push(d)}else console.warn('THREE.GLTFLoader: Joint "%s" could not be found.',t.joints[c])}return new Xo(a,l)})}loadAnimation(e){let t=this.json,n=this,s=t.animations[e],r=s.name?s.name:"animation_"+e,o=[],a=[],l=[],c=[],u=[];for(let h=0,d=s.channels.length;h<d;h++){let f=s.channels[h],p=s.samplers[f.sampler],y=f.target,m=y.node,g=s.parameters!==void 0?s.parameters[p.input]:p.input,v=s.parameters!==void 0?s.parameters[p.output]:p.output;y.node!==void 0&&(o.push(this.getDependency("node",m)),a.push(this.getDependency("accessor",g)),l.push(this.getDependency("accessor",v)),c.push(p),u.push(y))}return Promise.all([Promise.all(o),Promise.all(a),Promise.all(l),Promise.all(c),Promise.all(u)]).then(function(h){let d=h[0],f=h[1],p=h[2],y=h[3],m=h[4],g=[];for(let T=0,b=d.length;T<b;T++){let A=d[T],w=f[T],x=p[T],M=y[T],L=m[T];if(A===void 0)continue;A.updateMatrix&&A.updateMatrix();let R=n._createAnimationTracks(A,w,x,M,L);if(R)for(let I=0;I<R.length;I++)g.push(R[I])}let v=new sa(r,void 0,g);return Ri(v,s),v})}createNodeMesh(e){let t=this.json,n=this,s=t.nodes[e];return s.mesh===void 0?null:n.getDependency("mesh",s.mesh).then(function(r){let o=n._getNodeRef(n.meshCache,s.mesh,r);return s.weights!==void 0&&o.traverse(function(a){if(a.isMesh)for(let l=0,c=s.weights.length;l<c;l++)a.morphTargetInfluences[l]=s.weights[l]}),o})}loadNode(e){let t=this.json,n=this,s=t.nodes[e],r=n._loadNodeShallow(e),o=[],a=s.children||[];for(let c=0,u=a.length;c<u;c++)o.push(n.getDependency("node",a[c]));let l=s.skin===void 0?Promise.resolve(null):n.getDependency("skin",s.skin);return Promise.all([r,Promise.all(o),l]).then(function(c){let u=c[0],h=c[1],d=c[2];d!==null&&u.traverse(function(f){f.isSkinnedMesh&&f.bind(d,AE)});for(let f=0,p=h.length;f<p;f++)u.add(h[f]);if(u.userData.pivot!==void 0&&h.length>0){let f=u.userData.pivot,p=h[0];u.pivot=new P().fromArray(f),u.position.x-=f[0],u.position.y-=f[1],u.position.z-=f[2],p.position.set(0,0,0),delete u.userData.pivot}return u})}_loadNodeShallow(e){let t=this.json,n=this.extensions,s=this;if(this.nodeCache[e]!==void 0)return this.nodeCache[e];let r=t.nodes[e],o=r.name?s.createUniqueName(r.name):"",a=[],l=s._invokeOne(function(c){return c.createNodeMesh&&c.createNodeMesh(e)});return l&&a.push(l),r.camera!==void 0&&a.push(s.getDependency("camera",r.camera).then(function(c){return s._getNodeRef(s.cameraCache,r.camera,c)})),s._invokeAll(function(c){return c.createNodeAttachment&&c.createNodeAttachment(e)}).forEach(function(c){a.push(c)}),this.nodeCache[e]=Promise.all(a).then(function(c){let u;if(r.isBone===!0?u=new zr:c.length>1?u=new Ke:c.length===1?u=c[0]:u=new Rt,u!==c[0])for(let h=0,d=c.length;h<d;h++)u.add(c[h]);if(r.name&&(u.userData.name=r.name,u.name=o),Ri(u,r),r.extensions&&Zs(n,u,r),r.matrix!==void 0){let h=new ge;h.fromArray(r.matrix),u.applyMatrix4(h)}else r.translation!==void 0&&u.position.fromArray(r.translation),r.rotation!==void 0&&u.quaternion.fromArray(r.rotation),r.scale!==void 0&&u.scale.fromArray(r.scale);if(!s.associations.has(u))s.associations.set(u,{});else if(r.mesh!==void 0&&s.meshCache.refs[r.mesh]>1){let h=s.associations.get(u);s.associations.set(u,{...h})}return s.associations.get(u).nodes=e,u}),this.nodeCache[e]}loadScene(e){let t=this.extensions,n=this.json.scenes[e],s=this,r=new Ke;n.name&&(r.name=s.createUniqueName(n.name)),Ri(r,n),n.extensions&&Zs(t,r,n);let o=n.nodes||[],a=[];for(let l=0,c=o.length;l<c;l++)a.push(s.getDependency("node",o[l]));return Promise.all(a).then(function(l){for(let u=0,h=l.length;u<h;u++){let d=l[u];d.parent!==null?r.add(Wy(d)):r.add(d)}let c=u=>{let h=new Map;for(let[d,f]of s.associations)(d instanceof Vt||d instanceof At)&&h.set(d,f);return u.traverse(d=>{let f=s.associations.get(d);f!=null&&h.set(d,f)}),h};return s.associations=c(r),r})}_createAnimationTracks(e,t,n,s,r){let o=[],a=e.name?e.name:e.uuid,l=[];function c(f){f.morphTargetInfluences&&l.push(f.name?f.name:f.uuid)}_s[r.path]===_s.weights?(c(e),e.isGroup&&e.children.forEach(c)):l.push(a);let u;switch(_s[r.path]){case _s.weights:u=Gi;break;case _s.rotation:u=Wi;break;case _s.translation:case _s.scale:u=fs;break;default:n.itemSize===1?u=Gi:u=fs;break}let h=s.interpolation!==void 0?bE[s.interpolation]:Us,d=this._getArrayFromAccessor(n);for(let f=0,p=l.length;f<p;f++){let y=new u(l[f]+"."+_s[r.path],t.array,d,h);s.interpolation==="CUBICSPLINE"&&this._createCubicSplineTrackInterpolant(y),o.push(y)}return o}_getArrayFromAccessor(e){let t=e.array;if(e.normalized){let n=Bf(t.constructor),s=new Float32Array(t.length);for(let r=0,o=t.length;r<o;r++)s[r]=t[r]*n;t=s}return t}_createCubicSplineTrackInterpolant(e){e.createInterpolant=function(n){let s=this instanceof Wi?Uf:_u;return new s(this.times,this.values,this.getValueSize()/3,n)},e.createInterpolant.isInterpolantFactoryMethodGLTFCubicSpline=!0}};function RE(i,e,t){let n=e.attributes,s=new Jt;if(n.POSITION!==void 0){let a=t.json.accessors[n.POSITION],l=a.min,c=a.max;if(l!==void 0&&c!==void 0){if(s.set(new P(l[0],l[1],l[2]),new P(c[0],c[1],c[2])),a.normalized){let u=Bf(so[a.componentType]);s.min.multiplyScalar(u),s.max.multiplyScalar(u)}}else{console.warn("THREE.GLTFLoader: Missing min/max properties for accessor POSITION.");return}}else return;let r=e.targets;if(r!==void 0){let a=new P,l=new P;for(let c=0,u=r.length;c<u;c++){let h=r[c];if(h.POSITION!==void 0){let d=t.json.accessors[h.POSITION],f=d.min,p=d.max;if(f!==void 0&&p!==void 0){if(l.setX(Math.max(Math.abs(f[0]),Math.abs(p[0]))),l.setY(Math.max(Math.abs(f[1]),Math.abs(p[1]))),l.setZ(Math.max(Math.abs(f[2]),Math.abs(p[2]))),d.normalized){let y=Bf(so[d.componentType]);l.multiplyScalar(y)}a.max(l)}else console.warn("THREE.GLTFLoader: Missing min/max properties for accessor POSITION.")}}s.expandByVector(a)}i.boundingBox=s;let o=new Ut;s.getCenter(o.center),o.radius=s.min.distanceTo(s.max)/2,i.boundingSphere=o}function jy(i,e,t){let n=e.attributes,s=[];function r(o,a){return t.getDependency("accessor",o).then(function(l){i.setAttribute(a,l)})}for(let o in n){let a=Of[o]||o.toLowerCase();a in i.attributes||s.push(r(n[o],a))}if(e.indices!==void 0&&!i.index){let o=t.getDependency("accessor",e.indices).then(function(a){i.setIndex(a)});s.push(o)}return Ye.workingColorSpace!==Zt&&"COLOR_0"in n&&console.warn(`THREE.GLTFLoader: Converting vertex colors from "srgb-linear" to "${Ye.workingColorSpace}" not supported.`),Ri(i,e),RE(i,e,t),Promise.all(s).then(function(){return e.targets!==void 0?SE(i,e.targets,t):i})}var CE=/^[og]\s*(.+)?/,PE=/^mtllib /,IE=/^usemtl /,LE=/^usemap /,bu=/\s+/,Zy=new P,Hf=new P,Jy=new P,Qy=new P,Jn=new P,Mu=new Me;function NE(){let i={objects:[],object:{},vertices:[],normals:[],colors:[],uvs:[],materials:{},materialLibraries:[],startObject:function(e,t){if(this.object&&this.object.fromDeclaration===!1){this.object.name=e,this.object.fromDeclaration=t!==!1;return}let n=this.object&&typeof this.object.currentMaterial=="function"?this.object.currentMaterial():void 0;if(this.object&&typeof this.object._finalize=="function"&&this.object._finalize(!0),this.object={name:e||"",fromDeclaration:t!==!1,geometry:{vertices:[],normals:[],colors:[],uvs:[],hasUVIndices:!1},materials:[],smooth:!0,startMaterial:function(s,r){let o=this._finalize(!1);o&&(o.inherited||o.groupCount<=0)&&this.materials.splice(o.index,1);let a={index:this.materials.length,name:s||"",mtllib:Array.isArray(r)&&r.length>0?r[r.length-1]:"",smooth:o!==void 0?o.smooth:this.smooth,groupStart:o!==void 0?o.groupEnd:0,groupEnd:-1,groupCount:-1,inherited:!1,clone:function(l){let c={index:typeof l=="number"?l:this.index,name:this.name,mtllib:this.mtllib,smooth:this.smooth,groupStart:0,groupEnd:-1,groupCount:-1,inherited:!1};return c.clone=this.clone.bind(c),c}};return this.materials.push(a),a},currentMaterial:function(){if(this.materials.length>0)return this.materials[this.materials.length-1]},_finalize:function(s){let r=this.currentMaterial();if(r&&r.groupEnd===-1&&(r.groupEnd=this.geometry.vertices.length/3,r.groupCount=r.groupEnd-r.groupStart,r.inherited=!1),s&&this.materials.length>1)for(let o=this.materials.length-1;o>=0;o--)this.materials[o].groupCount<=0&&this.materials.splice(o,1);return s&&this.materials.length===0&&this.materials.push({name:"",smooth:this.smooth}),r}},n&&n.name&&typeof n.clone=="function"){let s=n.clone(0);s.inherited=!0,this.object.materials.push(s)}this.objects.push(this.object)},finalize:function(){this.object&&typeof this.object._finalize=="function"&&this.object._finalize(!0)},parseVertexIndex:function(e,t){let n=parseInt(e,10);return(n>=0?n-1:n+t/3)*3},parseNormalIndex:function(e,t){let n=parseInt(e,10);return(n>=0?n-1:n+t/3)*3},parseUVIndex:function(e,t){let n=parseInt(e,10);return(n>=0?n-1:n+t/2)*2},addVertex:function(e,t,n){let s=this.vertices,r=this.object.geometry.vertices;r.push(s[e+0],s[e+1],s[e+2]),r.push(s[t+0],s[t+1],s[t+2]),r.push(s[n+0],s[n+1],s[n+2])},addVertexPoint:function(e){let t=this.vertices;this.object.geometry.vertices.push(t[e+0],t[e+1],t[e+2])},addVertexLine:function(e){let t=this.vertices;this.object.geometry.vertices.push(t[e+0],t[e+1],t[e+2])},addNormal:function(e,t,n){let s=this.normals,r=this.object.geometry.normals;r.push(s[e+0],s[e+1],s[e+2]),r.push(s[t+0],s[t+1],s[t+2]),r.push(s[n+0],s[n+1],s[n+2])},addFaceNormal:function(e,t,n){let s=this.vertices,r=this.object.geometry.normals;Zy.fromArray(s,e),Hf.fromArray(s,t),Jy.fromArray(s,n),Jn.subVectors(Jy,Hf),Qy.subVectors(Zy,Hf),Jn.cross(Qy),Jn.normalize(),r.push(Jn.x,Jn.y,Jn.z),r.push(Jn.x,Jn.y,Jn.z),r.push(Jn.x,Jn.y,Jn.z)},addColor:function(e,t,n){let s=this.colors,r=this.object.geometry.colors;s[e]!==void 0&&r.push(s[e+0],s[e+1],s[e+2]),s[t]!==void 0&&r.push(s[t+0],s[t+1],s[t+2]),s[n]!==void 0&&r.push(s[n+0],s[n+1],s[n+2])},addUV:function(e,t,n){let s=this.uvs,r=this.object.geometry.uvs;r.push(s[e+0],s[e+1]),r.push(s[t+0],s[t+1]),r.push(s[n+0],s[n+1])},addDefaultUV:function(){let e=this.object.geometry.uvs;e.push(0,0),e.push(0,0),e.push(0,0)},addUVLine:function(e){let t=this.uvs;this.object.geometry.uvs.push(t[e+0],t[e+1])},addFace:function(e,t,n,s,r,o,a,l,c){let u=this.vertices.length,h=this.parseVertexIndex(e,u),d=this.parseVertexIndex(t,u),f=this.parseVertexIndex(n,u);if(this.addVertex(h,d,f),this.addColor(h,d,f),a!==void 0&&a!==""){let p=this.normals.length;h=this.parseNormalIndex(a,p),d=this.parseNormalIndex(l,p),f=this.parseNormalIndex(c,p),this.addNormal(h,d,f)}else this.addFaceNormal(h,d,f);if(s!==void 0&&s!==""){let p=this.uvs.length;h=this.parseUVIndex(s,p),d=this.parseUVIndex(r,p),f=this.parseUVIndex(o,p),this.addUV(h,d,f),this.object.geometry.hasUVIndices=!0}else this.addDefaultUV()},addPointGeometry:function(e){this.object.geometry.type="Points";let t=this.vertices.length;for(let n=0,s=e.length;n<s;n++){let r=this.parseVertexIndex(e[n],t);this.addVertexPoint(r),this.addColor(r)}},addLineGeometry:function(e,t){this.object.geometry.type="Line";let n=this.vertices.length,s=this.uvs.length;for(let r=0,o=e.length-1;r<o;r++)this.addVertexLine(this.parseVertexIndex(e[r],n)),this.addVertexLine(this.parseVertexIndex(e[r+1],n));for(let r=0,o=t.length-1;r<o;r++)this.addUVLine(this.parseUVIndex(t[r],s)),this.addUVLine(this.parseUVIndex(t[r+1],s))}};return i.startObject("",!1),i}var Su=class extends Pn{constructor(e){super(e),this.materials=null}load(e,t,n,s){let r=this,o=new bi(this.manager);o.setPriority(this.priority),o.setCache(this.cache),o.setPath(this.path),o.setRequestHeader(this.requestHeader),o.setWithCredentials(this.withCredentials),o.load(e,function(a){try{t(r.parse(a))}catch(l){s?s(l):console.error(l),r.manager.itemError(e)}},n,s)}setMaterials(e){return this.materials=e,this}parse(e){let t=new NE;e.indexOf(`\r
`)!==-1&&(e=e.replace(/\r\n/g,`
`)),e.indexOf(`\\
`)!==-1&&(e=e.replace(/\\\n/g,""));let n=e.split(`
`),s=[];for(let a=0,l=n.length;a<l;a++){let c=n[a].trimStart();if(c.length===0)continue;let u=c.charAt(0);if(u!=="#")if(u==="v"){let h=c.split(bu);switch(h[0]){case"v":t.vertices.push(parseFloat(h[1]),parseFloat(h[2]),parseFloat(h[3])),h.length>=7?(Mu.setRGB(parseFloat(h[4]),parseFloat(h[5]),parseFloat(h[6]),dt),t.colors.push(Mu.r,Mu.g,Mu.b)):t.colors.push(void 0,void 0,void 0);break;case"vn":t.normals.push(parseFloat(h[1]),parseFloat(h[2]),parseFloat(h[3]));break;case"vt":t.uvs.push(parseFloat(h[1]),parseFloat(h[2]));break}}else if(u==="f"){let d=c.slice(1).trim().split(bu),f=[];for(let y=0,m=d.length;y<m;y++){let g=d[y];if(g.length>0){let v=g.split("/");f.push(v)}}let p=f[0];for(let y=1,m=f.length-1;y<m;y++){let g=f[y],v=f[y+1];t.addFace(p[0],g[0],v[0],p[1],g[1],v[1],p[2],g[2],v[2])}}else if(u==="l"){let h=c.substring(1).trim().split(bu),d=[],f=[];if(c.indexOf("/")===-1)d=h;else for(let p=0,y=h.length;p<y;p++){let m=h[p].split("/");m[0]!==""&&d.push(m[0]),m[1]!==""&&f.push(m[1])}t.addLineGeometry(d,f)}else if(u==="p"){let d=c.slice(1).trim().split(bu);t.addPointGeometry(d)}else if((s=CE.exec(c))!==null){let h=(" "+s[0].slice(1).trim()).slice(1);t.startObject(h)}else if(IE.test(c))t.object.startMaterial(c.substring(7).trim(),t.materialLibraries);else if(PE.test(c))t.materialLibraries.push(c.substring(7).trim());else if(LE.test(c))console.warn('THREE.OBJLoader: Rendering identifier "usemap" not supported. Textures must be defined in MTL files.');else if(u==="s"){if(s=c.split(" "),s.length>1){let d=s[1].trim().toLowerCase();t.object.smooth=d!=="0"&&d!=="off"}else t.object.smooth=!0;let h=t.object.currentMaterial();h&&(h.smooth=t.object.smooth)}else{if(c==="\0")continue;console.warn('THREE.OBJLoader: Unexpected line: "'+c+'"')}}t.finalize();let r=new Ke;if(r.materialLibraries=[].concat(t.materialLibraries),!(t.objects.length===1&&t.objects[0].geometry.vertices.length===0)===!0)for(let a=0,l=t.objects.length;a<l;a++){let c=t.objects[a],u=c.geometry,h=c.materials,d=u.type==="Line",f=u.type==="Points",p=!1;if(u.vertices.length===0)continue;let y=new Je;y.setAttribute("position",new Oe(u.vertices,3)),u.normals.length>0&&y.setAttribute("normal",new Oe(u.normals,3)),u.colors.length>0&&(p=!0,y.setAttribute("color",new Oe(u.colors,3))),u.hasUVIndices===!0&&y.setAttribute("uv",new Oe(u.uvs,2));let m=[];for(let v=0,T=h.length;v<T;v++){let b=h[v],A=b.name+"_"+b.smooth+"_"+p,w=t.materials[A];if(this.materials!==null){if(w=this.materials.create(b.name),d&&w&&!(w instanceof xi)){let x=new xi;Vt.prototype.copy.call(x,w),x.color.copy(w.color),w=x}else if(f&&w&&!(w instanceof Fn)){let x=new Fn({size:10,sizeAttenuation:!1});Vt.prototype.copy.call(x,w),x.color.copy(w.color),x.map=w.map,w=x}}w===void 0&&(d?w=new xi:f?w=new Fn({size:1,sizeAttenuation:!1}):w=new na,w.name=b.name,w.flatShading=!b.smooth,w.vertexColors=p,t.materials[A]=w),m.push(w)}let g;if(m.length>1){for(let v=0,T=h.length;v<T;v++){let b=h[v];y.addGroup(b.groupStart,b.groupCount,v)}d?g=new hs(y,m):f?g=new Un(y,m):g=new je(y,m)}else d?g=new hs(y,m[0]):f?g=new Un(y,m[0]):g=new je(y,m[0]);g.name=c.name,r.add(g)}else if(t.vertices.length>0){let a=new Fn({size:1,sizeAttenuation:!1}),l=new Je;l.setAttribute("position",new Oe(t.vertices,3)),t.colors.length>0&&t.colors[0]!==void 0&&(l.setAttribute("color",new Oe(t.colors,3)),a.vertexColors=!0);let c=new Un(l,a);r.add(c)}return r}};var wu=class extends Pn{constructor(e){super(e)}load(e,t,n,s){let r=this,o=new bi(this.manager);o.setPriority(this.priority),o.setCache(this.cache),o.setPath(this.path),o.setResponseType("arraybuffer"),o.setRequestHeader(this.requestHeader),o.setWithCredentials(this.withCredentials),o.load(e,function(a){try{t(r.parse(a))}catch(l){s?s(l):console.error(l),r.manager.itemError(e)}},n,s)}parse(e){function t(c){let u=new DataView(c),h=32/8*3+32/8*3*3+16/8,d=u.getUint32(80,!0);if(80+32/8+d*h===u.byteLength)return!0;let p=[115,111,108,105,100];for(let y=0;y<5;y++)if(n(p,u,y))return!1;return!0}function n(c,u,h){for(let d=0,f=c.length;d<f;d++)if(c[d]!==u.getUint8(h+d))return!1;return!0}function s(c){let u=new DataView(c),h=u.getUint32(80,!0),d,f,p,y=!1,m,g,v,T,b;for(let I=0;I<=70;I++)u.getUint32(I,!1)==1129270351&&u.getUint8(I+4)==82&&u.getUint8(I+5)==61&&(y=!0,m=new Float32Array(h*3*3),g=u.getUint8(I+6)/255,v=u.getUint8(I+7)/255,T=u.getUint8(I+8)/255,b=u.getUint8(I+9)/255);let A=84,w=50,x=new Je,M=new Float32Array(h*3*3),L=new Float32Array(h*3*3),R=new Me;for(let I=0;I<h;I++){let U=A+I*w,V=u.getFloat32(U,!0),N=u.getFloat32(U+4,!0),G=u.getFloat32(U+8,!0);if(y){let k=u.getUint16(U+48,!0);(k&32768)===0?(d=(k&31)/31,f=(k>>5&31)/31,p=(k>>10&31)/31):(d=g,f=v,p=T)}for(let k=1;k<=3;k++){let W=U+k*12,ee=I*3*3+(k-1)*3;M[ee]=u.getFloat32(W,!0),M[ee+1]=u.getFloat32(W+4,!0),M[ee+2]=u.getFloat32(W+8,!0),L[ee]=V,L[ee+1]=N,L[ee+2]=G,y&&(R.setRGB(d,f,p,dt),m[ee]=R.r,m[ee+1]=R.g,m[ee+2]=R.b)}}return x.setAttribute("position",new Ze(M,3)),x.setAttribute("normal",new Ze(L,3)),y&&(x.setAttribute("color",new Ze(m,3)),x.hasColors=!0,x.alpha=b),x}function r(c){let u=new Je,h=/solid([\s\S]*?)endsolid/g,d=/facet([\s\S]*?)endfacet/g,f=/solid\s(.+)/,p=0,y=/[\s]+([+-]?(?:\d*)(?:\.\d*)?(?:[eE][+-]?\d+)?)/.source,m=new RegExp("vertex"+y+y+y,"g"),g=new RegExp("normal"+y+y+y,"g"),v=[],T=[],b=[],A=new P,w,x=0,M=0,L=0;for(;(w=h.exec(c))!==null;){M=L;let R=w[0],I=(w=f.exec(R))!==null?w[1]:"";for(b.push(I);(w=d.exec(R))!==null;){let N=0,G=0,k=w[0];for(;(w=g.exec(k))!==null;)A.x=parseFloat(w[1]),A.y=parseFloat(w[2]),A.z=parseFloat(w[3]),G++;for(;(w=m.exec(k))!==null;)v.push(parseFloat(w[1]),parseFloat(w[2]),parseFloat(w[3])),T.push(A.x,A.y,A.z),N++,L++;G!==1&&console.error("THREE.STLLoader: Something isn't right with the normal of face number "+p),N!==3&&console.error("THREE.STLLoader: Something isn't right with the vertices of face number "+p),p++}let U=M,V=L-M;u.userData.groupNames=b,u.addGroup(U,V,x),x++}return u.setAttribute("position",new Oe(v,3)),u.setAttribute("normal",new Oe(T,3)),u}function o(c){return typeof c!="string"?new TextDecoder().decode(c):c}function a(c){if(typeof c=="string"){let u=new Uint8Array(c.length);for(let h=0;h<c.length;h++)u[h]=c.charCodeAt(h)&255;return u.buffer||u}else return c}let l=a(e);return t(l)?s(l):r(o(e))}};var zf="model/gltf-binary",t0="model/gltf+json",n0="model/obj",i0="model/stl";function DE(i){return i.length>=84&&84+50*new DataView(i.buffer,i.byteOffset+80,4).getUint32(0,!0)===i.length}function FE(i){let e=new TextDecoder("latin1").decode(i.subarray(0,512));return e.startsWith("glTF")?zf:DE(i)||e.trimStart().startsWith("solid")?i0:e.trimStart().startsWith("{")?t0:/^(v|f|o|g) |^mtllib/m.test(e)?n0:null}function e0(i,e){i.traverse(t=>{let n=t;if(!n.isMesh)return;let s=Array.isArray(n.material)?n.material:[n.material];for(let r of s){let o=r.color;e&&o&&o.multiply(new Me().setRGB(e[0]/255,e[1]/255,e[2]/255,dt)),e&&e[3]<255&&Object.assign(r,{transparent:!0,opacity:r.opacity*(e[3]/255)}),r.side=Lt}})}function UE(i,e,t,n,s){let r=e.slice().buffer;if(t===i0){let o=new wu().parse(r);o.computeVertexNormals();let a=new _n({color:16777215,vertexColors:!!o.hasColors});i.add(new je(o,a))}else if(t===n0)i.add(new Su().parse(new TextDecoder().decode(e)));else return t===zf||t===t0?(new xu().parse(t===zf?r:new TextDecoder().decode(e),"",o=>{s()&&(e0(o.scene,n),i.add(o.scene))},o=>console.warn("rerun_nb: Asset3D: could not parse the glTF file:",o)),!0):!1;return e0(i,n),!0}Ve({archetypes:["Asset3D"],build(i){let e=ci(i.num("blob"));if(!e||e.length===0)return null;let t=i.texts("media_type"),n=t&&t.length>0?t[0]:FE(e),s=i.num("albedo_factor"),r=s&&ve(s)>0?nt(s,1,[255,255,255,255]):null,o=new Ke;o.name="asset3d";let a=!1;try{if(!n||!UE(o,e,n,r,()=>!a))return null}catch(l){return console.warn("rerun_nb: Asset3D: could not parse the file:",l),null}return{object:o,pick:xs(o,()=>[0,0,0]),dispose(){a=!0,o.traverse(l=>{let c=l;if(c.isMesh){c.geometry.dispose();for(let u of Array.isArray(c.material)?c.material:[c.material]){for(let h of Object.values(u))h instanceof At&&h.dispose();u.dispose()}}}),o.removeFromParent()}}}});var a0=1,Ia=2,Eu=3,l0=4;function ro(i){let e=i.num("fill_mode");return e&&e.data.length>0?Number(e.data[0]):0}function Tu(i,e){let t=i.num("quaternions"),n=i.num("rotation_axis_angles"),s=t&&ve(t)>0?ot(t,e,4,[0,0,0,1]):null,r=n&&ve(n)>0?ot(n,e,4,[1,0,0,0]):null;return{centers:ot(i.num("centers"),e,3,[0,0,0]),halfSizes:ot(i.num("half_sizes"),e,3,[.5,.5,.5]),rotations:Js(s,r,e)}}var s0=new P,r0=new at,o0=new P;function oo(i,e,t){return s0.fromArray(i.centers,3*e),r0.fromArray(i.rotations,4*e),o0.fromArray(i.halfSizes,3*e),t.compose(s0,r0,o0)}function Js(i,e,t){let n=new Float32Array(4*t),s=new at,r=new P;for(let o=0;o<t;o++)i?(s.set(i[4*o],i[4*o+1],i[4*o+2],i[4*o+3]),s.lengthSq()===0||!Number.isFinite(s.lengthSq())?s.identity():s.normalize()):e?(r.set(e[4*o],e[4*o+1],e[4*o+2]),r.lengthSq()===0?s.identity():s.setFromAxisAngle(r.normalize(),e[4*o+3])):s.identity(),n.set([s.x,s.y,s.z,s.w],4*o);return n}function Au(i,e,t,n,s,r=1){let o=r<1,a=new _n({color:16777215,transparent:o,opacity:r,depthWrite:!o}),l=new Yn(i,a,t),c=new ge,u=new Me;for(let h=0;h<t;h++)l.setMatrixAt(h,oo(e,h,c)),l.setColorAt(h,u.setRGB(n[4*h]/255,n[4*h+1]/255,n[4*h+2]/255));return l.frustumCulled=!1,l.name=s,{object:l,dispose(){i.dispose(),a.dispose(),l.dispose(),l.removeFromParent()}}}var c0=[[-1,-1,-1],[1,-1,-1],[1,1,-1],[-1,1,-1],[-1,-1,1],[1,-1,1],[1,1,1],[-1,1,1]],OE=[[0,1],[1,2],[2,3],[3,0],[4,5],[5,6],[6,7],[7,4],[0,4],[1,5],[2,6],[3,7]],BE=Float32Array.from(OE.flatMap(([i,e])=>[...c0[i],...c0[e]]));Ve({archetypes:["Boxes3D"],build(i,e){let t=ve(i.num("half_sizes"));if(t===0)return null;let n=Tu(i,t),s=nt(i.num("colors"),t,i.color),r=ro(i)===Eu?Au(new vi(2,2,2),n,t,s,"boxes"):no(BE,t,(o,a)=>oo(n,o,a),s,Ht(i.num("radii"),t),e);return r.labelAnchors=Bn(i,n.centers,t),r},label:Mn});var Vf=64,kE=.25;function d0(i){let e=[];for(let t of i)for(let n=0;n<Vf;n++)e.push(...t(2*Math.PI*n/Vf),...t(2*Math.PI*(n+1)/Vf));return Float32Array.from(e)}var u0=d0([i=>[Math.cos(i),Math.sin(i),0],i=>[0,Math.cos(i),Math.sin(i)],i=>[Math.sin(i),0,Math.cos(i)]]),HE=d0([...[0,1,2,3].map(i=>{let e=i*Math.PI/4;return t=>[Math.cos(t)*Math.cos(e),Math.cos(t)*Math.sin(e),Math.sin(t)]}),...[1,2,3,4,5,6,7].map(i=>{let e=-Math.PI/2+i*Math.PI/8;return t=>[Math.cos(e)*Math.cos(t),Math.cos(e)*Math.sin(t),Math.sin(e)]})]);function zE(i){let e=ve(i.num("half_sizes"));return e===0?0:Math.max(e,...["centers","quaternions","rotation_axis_angles"].map(t=>ve(i.num(t))))}function h0(i,e,t,n=1){return Au(new ea(1,32,16),i,e,t,"ellipsoids",n)}function VE(i,e){let t=zE(i);if(t===0)return null;let n=Tu(i,t),s=nt(i.num("colors"),t,i.color),r=ro(i),o=l=>no(l,t,(c,u)=>oo(n,c,u),s,Ht(i.num("line_radii"),t),e),a;return r===Eu?a=h0(n,t,s):r===Ia?a=o(HE):r===l0?a=GE(h0(n,t,s,kE*s[3]/255),o(u0)):a=o(u0),a.object.name="ellipsoids",a.labelAnchors=Bn(i,n.centers,t),a.pick=WE(a.object,n,t),a}function GE(i,e){let t=new Ke;return t.add(i.object,e.object),{object:t,dispose(){i.dispose(),e.dispose(),t.removeFromParent()}}}function WE(i,e,t){let n=new ge,s=new ge,r=new Qt,o=new P,a=new Ut(new P,1);return l=>{let c=null;for(let u=0;u<t;u++){if(oo(e,u,n).premultiply(i.matrixWorld),n.determinant()===0||(r.copy(l).applyMatrix4(s.copy(n).invert()),!r.intersectSphere(a,o)))continue;let h=o.applyMatrix4(n).distanceTo(l.origin);(!c||h<c.t)&&(c={t:h,index:u,position:[e.centers[3*u],e.centers[3*u+1],e.centers[3*u+2]]})}return c}}Ve({archetypes:["Ellipsoids3D"],build:VE,label:Mn});var ao={DepthImage:-20,EncodedDepthImage:-20,Image:-10,EncodedImage:-10,SegmentationImage:0};function Qs(){let i=new Je;return i.setAttribute("position",new Oe([0,0,0,1,0,0,1,1,0,0,1,0],3)),i.setAttribute("uv",new Oe([0,0,1,0,1,1,0,1],2)),i.setIndex([0,1,2,0,2,3]),i}function XE(i){return i===2||i===3?Mt:Tt}function Ci(i,e,t,n,s=1){i.magFilter=XE(s),i.minFilter=Mt,i.generateMipmaps=!1,i.colorSpace=li;let r=new An({map:i,side:Lt,opacity:e,transparent:n||e<1});return r.polygonOffset=!0,r.polygonOffsetFactor=1,r.polygonOffsetUnits=4+Math.max(0,Math.min(60,30-t)),r.transparent&&(r.depthWrite=!1),r}function lo(i,e,t,n,s,r=1){let o=new sn(i,e,t,mn,pn);o.needsUpdate=!0;let a=!1;for(let c=3;c<i.length&&!a;c+=4)a=i[c]<255;let l=new je(Qs(),Ci(o,n,s,a,r));return l.scale.set(e,t,1),l.renderOrder=s,l.name="image",er(l,()=>[e,t],o)}function er(i,e,t){return{object:i,pick:qE(i,e),dispose(){t.dispose(),i.geometry.dispose(),i.material.dispose(),i.removeFromParent()}}}function qE(i,e){let t=new ge,n=new Qt,s=new nn(new P(0,0,1),0),r=new P;return o=>{let a=i.parent??i;if(a.matrixWorld.determinant()===0||(n.copy(o).applyMatrix4(t.copy(a.matrixWorld).invert()),!n.intersectPlane(s,r)))return null;let[l,c]=e(),u=Math.floor(r.x),h=Math.floor(r.y);return u<0||h<0||u>=l||h>=c?null:{t:r.clone().applyMatrix4(a.matrixWorld).distanceTo(o.origin),index:h*l+u,position:[u+.5,h+.5,0]}}}function La(i,e){i.traverse(t=>{let n=t;if(!n.material)return;let s=Array.isArray(n.material)?n.material:[n.material],r=s.map(a=>a.depthWrite),o=t.onBeforeRender.bind(t);t.onBeforeRender=(a,l,c,u,h,d)=>{let f=!!c.isOrthographicCamera===e;s.forEach((p,y)=>{p.colorWrite=f,p.depthWrite=f&&r[y]}),o(a,l,c,u,h,d)}})}function co(i){let e=null;return i.onAfterRender=(t,n,s)=>{e=[t,n,s]},()=>{e&&i.parent&&requestAnimationFrame(()=>e&&e[0].render(e[1],e[2]))}}var YE=10,$E=new Set([10,11,12]),jE=[112,137,134];function KE(i,e,t,n){let s;i<=100?e===YE?s=[255-Math.floor(i*255/100),255-Math.floor(i*255/100),255-Math.floor(i*255/100),255]:i===0?s=[0,0,0,0]:i===99?s=[0,255,255,255]:i===100?s=[255,0,255,255]:s=[Math.floor(i*255/100),0,255-Math.floor(i*255/100),255]:i<128?s=[0,255,0,255]:i<255?s=[255,Math.floor((i-128)*255/126),0,255]:s=[...jE,255],t.set(s,n)}function Gf(i,e){return i&&i.data.length?Number(i.data[i.data.length-1]):e}function ZE(i,e,t){if(e.cm!==1)return Eo(i,e);let n=Cs(i,e);if(!n)return null;let s=new Uint8Array(4*n.length);if(t!==null&&$E.has(t)&&e.dt===6){for(let l=0;l<n.length;l++)KE(n[l],t,s,4*l);return s}let[r,o]=fh(n,e.dt>=33),a=o>r?o-r:1;for(let l=0;l<n.length;l++){let c=(n[l]-r)/a;t?ts(c,t,s,4*l):s.fill(Math.round(Math.max(0,Math.min(1,c))*255),4*l,4*l+3),s[4*l+3]=255}return s}function JE(i){let e=ci(i.num("data")),t=ml(i.num("format")),n=i.num("cell_size");if(!e||!t||t.w<=0||t.h<=0||!n||ve(n)===0)return null;let s=i.num("colormap"),r=ZE(e,t,s&&ve(s)>0?Number(s.data[0]):null);if(!r)return null;let o=lo(r,t.w,t.h,Math.max(0,Math.min(1,Gf(i.num("opacity"),1))),Gf(i.num("draw_order"),0)),a=i.num("quaternion"),l=i.num("rotation_axis_angle"),c=Js(a&&ve(a)>0?ot(a,1,4,[0,0,0,1]):null,l&&ve(l)>0?ot(l,1,4,[1,0,0,0]):null,1),u=ot(i.num("translation"),1,3,[0,0,0]),h=Gf(n,1),d=new Ke;return d.matrixAutoUpdate=!1,d.matrix.compose(new P(u[0],u[1],u[2]),new at(c[0],c[1],c[2],c[3]),new P(h,h,1)),d.add(o.object),d.name="grid_map",{...o,object:d,dispose:()=>(o.dispose(),d.removeFromParent())}}Ve({archetypes:["GridMap"],build:JE});function uo(i,e){return i&&i.data.length?Number(i.data[i.data.length-1]):e}function tr(i){return uo(i.num("draw_order"),ao[i.archetype]??0)}function Ru(i){return uo(i.num("magnification_filter"),1)}function Cu(i,e=1){return Math.max(0,Math.min(1,uo(i.num("opacity"),e)))}function Na(i){let e=ci(i.num("buffer")),t=ml(i.num("format"));return e&&t&&t.w>0&&t.h>0?{bytes:e,f:t}:null}var f0=new WeakMap,p0=(i,e,t,n)=>`${e}x${t}:${Cu(i)}:${tr(i)}:${Ru(i)}:${n}`;function m0(i){for(let e=3;e<i.length;e+=4)if(i[e]<255)return!0;return!1}function QE(i){let e=Na(i),t=e&&Eo(e.bytes,e.f);if(!e||!t)return null;let n=lo(t,e.f.w,e.f.h,Cu(i),tr(i),Ru(i)),s=n.object.material.map;return f0.set(n,{tex:s,key:p0(i,e.f.w,e.f.h,m0(t))}),n}function eT(i,e){let t=f0.get(i),n=Na(e),s=t&&n&&Eo(n.bytes,n.f);return!t||!n||!s||p0(e,n.f.w,n.f.h,m0(s))!==t.key?!1:(t.tex.image.data.set(s),t.tex.needsUpdate=!0,!0)}function tT(i){let e=Na(i),t=e&&Cs(e.bytes,e.f);if(!e||!t)return null;let n=i.num("class_colors");return lo(um(t,n?n.data:null),e.f.w,e.f.h,Cu(i,.5),tr(i))}function g0(i,e){let t=e.dt===33||e.dt===34||e.dt===35;return uo(i.num("meter"),t?1:1e3)||1}function Wf(i,e){let t=Na(i);if(!t)return null;let n=e%t.f.w,s=Math.floor(e/t.f.w),r=t.f.pf?null:Cs(t.bytes,t.f);if(!r)return`(${n}, ${s})`;let o=t.f.cm===2||t.f.cm===4?3:t.f.cm===3||t.f.cm===5?4:1,a=Array.from({length:o},(l,c)=>r[e*o+c]);return i.archetype==="DepthImage"||i.archetype==="EncodedDepthImage"?`(${n}, ${s}) ${(a[0]/g0(i,t.f)).toPrecision(4)} m`:`(${n}, ${s}) ${a.map(l=>Number.isInteger(l)?String(l):l.toPrecision(4)).join(", ")}`}function nT(i){var h;let e=ci(i.num("blob"));if(!e||e.length===0)return null;let t=((h=i.texts("media_type"))==null?void 0:h[0])??"",n=new sn(new Uint8Array(4),1,1);n.needsUpdate=!0;let s=Ci(n,0,tr(i),!0),r=new je(Qs(),s);r.renderOrder=tr(i),r.name="image";let o=[1,1],a=er(r,()=>o,n),l=co(r),c=null,u=!1;return typeof createImageBitmap=="function"&&createImageBitmap(new Blob([e.slice()],t?{type:t}:{})).then(d=>{if(u)return d.close();c=new At(d),c.flipY=!1,c.needsUpdate=!0,r.material=Ci(c,Cu(i),tr(i),!0,Ru(i)),s.dispose(),r.scale.set(o[0]=d.width,o[1]=d.height,1),l()},()=>{}),{...a,dispose(){u=!0,c==null||c.dispose(),r.material.dispose(),a.dispose()}}}function iT(i,e,t,n,s){let[r,,o,a,l]=Array.from(n.data.subarray(n.data.length-5),Number),c=g0(s,e),u=Math.max(1,Math.ceil(Math.sqrt(e.w*e.h/1e6))),h=[],d=[],f=0;for(let T=0;T<e.h;T+=u)for(let b=0;b<e.w;b+=u){let A=T*e.w+b,w=i[A]/c;if(!(w>0)||!Number.isFinite(w))continue;let x=w/l;h.push(o+x*(b+.5-o),a+x*(T+.5-a),w-l),d.push(t[4*A]/255,t[4*A+1]/255,t[4*A+2]/255),f+=w}let p=new Je;p.setAttribute("position",new Oe(h,3)),p.setAttribute("color",new Oe(d,3));let y=h.length/3,m=(y?uo(s.num("point_fill_ratio"),1)*u*(f/y)/r:.01)/Math.tan(Math.PI/8),g=new Fn({size:m,vertexColors:!0,sizeAttenuation:!0}),v=new Un(p,g);return v.name="depth_points",v.frustumCulled=!1,v}function sT(i){let e=Na(i),t=e&&Cs(e.bytes,e.f);if(!e||!t)return null;let n=i.num("depth_range"),s=n&&n.data.length>=2?[Number(n.data[0]),Number(n.data[1])]:null,r=cm(t,uo(i.num("colormap"),5),s),o=lo(r,e.f.w,e.f.h,1,tr(i),Ru(i)),a=i.num("projection");if(!a||ve(a)===0)return o;let l=new Ke,c=iT(t,e.f,r,a,i);return l.add(o.object,c),La(o.object,!0),La(c,!1),{object:l,pick:o.pick,dispose(){o.dispose(),c.geometry.dispose(),c.material.dispose(),l.removeFromParent()}}}var Pu=i=>(e,t)=>i(e);Ve({archetypes:["Image"],build:Pu(QE),refill:eT,label:Wf});Ve({archetypes:["EncodedImage"],build:Pu(nT)});Ve({archetypes:["SegmentationImage"],build:Pu(tT),label:Wf});Ve({archetypes:["DepthImage","EncodedDepthImage"],build:Pu(sT),label:Wf});var Xf="InstancePoses3D",rT=new Set(["Points3D","Mesh3D","Asset3D","Boxes3D","Ellipsoids3D","Capsules3D","Cylinders3D"]),oT=new Set(["Boxes3D","Ellipsoids3D","Capsules3D","Cylinders3D"]),aT=new Set(["colors","labels","radii","line_radii","class_ids","show_labels","fill_mode"]);function lT(i,e){let t=0;for(let[n,s]of i.comps)n.startsWith(e+":")&&!aT.has(n.slice(e.length+1))&&(t=Math.max(t,ve(s)));return t}function cT(i,e,t){let n=new Map(i.comps);for(let[s,r]of i.comps){let o=ve(r);if(!s.startsWith(e+":")||o<=1)continue;let a=Math.min(t,o-1);if(r.kind==="text")n.set(s,{kind:"text",text:[r.text[a]]});else if(!r.offsets){let l=r.data.length/o;n.set(s,{kind:"num",data:r.data.subarray(a*l,(a+1)*l),shape:[1,...r.shape.slice(1)]})}}return{...i,comps:n}}function Da(i,e){let t=i.comps.get(`${Xf}:${e}`);return t&&t.kind==="num"&&ve(t)>0?t:null}function y0(i,e){return[Number(i.data[3*e]),Number(i.data[3*e+1]),Number(i.data[3*e+2])]}function v0(i){let e=Da(i,"translations"),t=Da(i,"rotation_axis_angles"),n=Da(i,"quaternions"),s=Da(i,"scales"),r=Da(i,"mat3x3"),o=Math.max(ve(e),ve(t),ve(n),ve(s),ve(r));if(o===0)return null;let a=(h,d)=>Math.min(d,ve(h)-1),l=[],c=new P,u=new at;for(let h=0;h<o;h++){let d=new ge;if(e&&d.multiply(new ge().makeTranslation(...y0(e,a(e,h)))),t){let f=4*a(t,h);c.set(Number(t.data[f]),Number(t.data[f+1]),Number(t.data[f+2])),c.lengthSq()>0&&d.multiply(new ge().makeRotationAxis(c.normalize(),Number(t.data[f+3])))}if(n){let f=4*a(n,h);u.set(Number(n.data[f]),Number(n.data[f+1]),Number(n.data[f+2]),Number(n.data[f+3])),u.lengthSq()>0&&Number.isFinite(u.lengthSq())&&d.multiply(new ge().makeRotationFromQuaternion(u.normalize()))}if(s&&d.multiply(new ge().makeScale(...y0(s,a(s,h)))),r){let f=Array.from(r.data.subarray(9*a(r,h),9*a(r,h)+9),Number);d.multiply(new ge().set(f[0],f[1],f[2],0,f[3],f[4],f[5],0,f[6],f[7],f[8],0,0,0,0,1))}l.push(d)}return l}function uT(i,e,t,n){let s=i===Xf?null:v0(t);if(!s)return e;let r=rT.has(i)?s:s.slice(0,1),o=oT.has(i)?lT(t,i):1,a=o>1&&r.length>1,l=new Ke;l.name=e.object.name;let c=[],u=[],h={labels:[],positions:[]};for(let f=0;f<(a?Math.max(o,r.length):r.length);f++){let p=new Ke;p.matrixAutoUpdate=!1,p.matrix.copy(r[Math.min(f,r.length-1)]);let y;if(a){let m=n(cT(t,i,f));m&&u.push(m),m!=null&&m.labelAnchors&&(h.labels.push(...m.labelAnchors.labels),h.positions.push(...x0(m.labelAnchors.positions,p.matrix))),y=m==null?void 0:m.object}else y=f===0?e.object:e.object.clone(),f>0&&c.push(y);y&&p.add(y),l.add(p)}let d={object:l,dispose(){e.dispose();for(let f of u)f.dispose();for(let f of c)f.traverse(p=>p.isInstancedMesh&&p.dispose());l.removeFromParent()}};return a?(h.labels.length&&(d.labelAnchors={labels:h.labels,positions:Float32Array.from(h.positions)}),d):(e.labelAnchors&&(d.labelAnchors={labels:e.labelAnchors.labels,positions:x0(e.labelAnchors.positions,r[0])}),e.pick&&(d.pick=e.pick.bind(e)),d)}function x0(i,e){let t=new Float32Array(i.length),n=new P;for(let s=0;s<i.length;s+=3)n.fromArray(i,s).applyMatrix4(e).toArray(t,s);return t}Ve({archetypes:[Xf],entityWide:!0,build:()=>{let i=new Ke;return i.name="instance_poses",{object:i,dispose:()=>i.removeFromParent()}}});ky({active:i=>v0(i)!==null,place:uT});function hT(i,e,t,n,s){let r=Math.max(0,e.length-1),o=new Map,a=c=>n?n[c]:null;for(let c=0;c<r;c++){let u=Math.max(0,e[c+1]-e[c]-1);o.set(a(c),(o.get(a(c))??0)+u)}let l=new Map;for(let[c,u]of o)l.set(c,{positions:new Float32Array(6*u),colors:new Float32Array(6*u),k:0});for(let c=0;c<r;c++){let u=l.get(a(c)),h=t[4*c]/255,d=t[4*c+1]/255,f=t[4*c+2]/255;for(let p=e[c];p+1<e[c+1];p++){let y=6*u.k++;u.positions.set(i.subarray(3*p,3*p+6),y),u.colors[y]=u.colors[y+3]=h,u.colors[y+1]=u.colors[y+4]=d,u.colors[y+2]=u.colors[y+5]=f}}return Ki(l,s)}Ve({archetypes:["LineStrips3D","LineStrips2D"],build(i,e){let t=i.num("strips");if(!t)return null;let n=t.offsets??Uint32Array.of(0,ve(t)),s=n.length-1;return s<=0?null:hT(fi(t),n,nt(i.num("colors"),s,i.color),Ht(i.num("radii"),s),e)}});var dT={1:Lt,2:$n,3:rn},qf=6,Yf=8,_0=34,fT=35;function pT(i){let e=ci(i.num("albedo_texture_buffer")),t=i.num("albedo_texture_format");if(!e||!t||t.data.length<5)return null;let[n,s,,r,o]=Array.from(t.data.subarray(0,5),Number),a=r===3?4:r===2?3:0,l={[qf]:1,[Yf]:2,[_0]:4,[fT]:8}[o];if(!a||!l||n*s===0||e.length<n*s*a*l)return null;let c=e.slice(0,n*s*a*l),u=o===qf?c:o===Yf?new Uint16Array(c.buffer):o===_0?new Float32Array(c.buffer):new Float64Array(c.buffer),h=o===qf?1:o===Yf?1/257:255,d=new Uint8Array(4*n*s);for(let p=0;p<n*s;p++){for(let y=0;y<3;y++)d[4*p+y]=Math.max(0,Math.min(255,Math.round(Number(u[a*p+y])*h)));d[4*p+3]=255}let f=new sn(d,n,s,mn);return f.colorSpace=dt,f.magFilter=Mt,f.needsUpdate=!0,f}function mT(i,e){let t=new Je;t.setAttribute("position",new Ze(fi(i.num("vertex_positions")).slice(),3));let n=i.num("triangle_indices");if(n&&ve(n)>0){let a=Uint32Array.from(n.data,Number);t.setIndex(new Ze(a.filter((l,c)=>c<a.length-a.length%3),1))}let s=i.num("vertex_normals");s&&ve(s)===e?t.setAttribute("normal",new Ze(fi(s).slice(),3)):t.computeVertexNormals();let r=i.num("vertex_colors");r&&ve(r)>0&&t.setAttribute("color",new Ze(nt(r,e,[255,255,255,255]).slice(),4,!0));let o=i.num("vertex_texcoords");return o&&ve(o)>0&&t.setAttribute("uv",new Ze(ot(o,e,2,[0,0]),2)),t}function gT(i,e,t,n){let s=i.num("albedo_factor"),r=s&&ve(s)>0?nt(s,1,e):t||n?Uint8Array.of(255,255,255,255):Uint8Array.from(e),o=i.num("face_rendering"),a=dT[o&&o.data.length>0?Number(o.data[0]):1]??Lt,l=r[3]/255,c=new _n({vertexColors:t,side:a,map:n,transparent:l<1,opacity:l});return c.color.setRGB(r[0]/255,r[1]/255,r[2]/255,dt),c}Ve({archetypes:["Mesh3D"],build(i){let e=i.num("vertex_positions"),t=ve(e);if(!e||t===0)return null;let n=mT(i,t),s=n.getAttribute("uv")?pT(i):null,r=gT(i,i.color,!!n.getAttribute("color"),s),o=new je(n,r);o.name="mesh3d";let a=n.getIndex(),l=a?a.count/3:t/3;o.userData.faceInstance=Uint32Array.from({length:l},(u,h)=>a?a.getX(3*h):3*h);let c=n.getAttribute("position");return{object:o,pick:xs(o,u=>[c.getX(u),c.getY(u),c.getZ(u)]),dispose(){n.dispose(),s==null||s.dispose(),r.dispose(),o.removeFromParent()}}}});var yT=1,xT=[255,255,255,255];function Iu(i,e){return i&&i.data.length>=e?Array.from(i.data.subarray(i.data.length-e),Number):null}function vT(i,e,t,n){let s=[i[2],i[5],-n],r=[[0,0,0],[e,0,0],[e,t,0],[0,t,0]],o=[];return r.forEach((a,l)=>o.push(...s,...a,...a,...r[(l+1)%4])),Float32Array.from(o)}function _T(i,e){var d,f;let t=Iu(i.num("image_from_camera"),9);if(!t)return null;let n=Iu(i.num("resolution"),2),[s,r]=n??[2*t[2],2*t[5]],o=((d=Iu(i.num("image_plane_distance"),1))==null?void 0:d[0])??yT,a=vT(t,s,r,o),l=nt(i.num("color"),1,xT),c=new Float32Array(a.length);for(let p=0;p<c.length;p+=3)c.set([l[0]/255,l[1]/255,l[2]/255],p);let u=((f=Iu(i.num("line_width"),1))==null?void 0:f[0])??null,h=Ki(new Map([[u,{positions:a,colors:c}]]),e);return h.object.name="frustum",La(h.object,!1),h}Ve({archetypes:["Pinhole"],build:_T});function bT(i,e){let t=i.num("keypoint_segments"),n=Math.floor(ve(t)/2);if(!t||n===0)return null;let s=fi(t).slice(0,6*n),r=nt(i.num("keypoint_segment_colors"),n,i.color),o=new Float32Array(6*n);for(let l=0;l<n;l++)for(let c=0;c<3;c++)o[6*l+c]=o[6*l+3+c]=r[4*l+c]/255;let a=Ki(new Map([[null,{positions:s,colors:o}]]),e);return a.object.name="keypoint-skeleton",a}function b0(i,e,t){let n=bT(e,t);if(!n)return i;i.object.add(n.object);let s=i.dispose.bind(i);return i.dispose=()=>{n.dispose(),s()},i}var M0=`
attribute vec3 iPos;
attribute vec4 iColor;
attribute float iRadius;
uniform float uDefaultRadius;
uniform float uUseDefault;
uniform float uViewportHeight;
varying vec2 vUv;
varying vec4 vColor;
void main() {
  float r = uUseDefault > 0.5 ? uDefaultRadius : iRadius;
  vec4 mv = modelViewMatrix * vec4(iPos, 1.0);
  bool persp = projectionMatrix[2][3] != 0.0;
  float depth = persp ? max(-mv.z, 1e-6) : 1.0;
  float pixel = 2.0 * depth / (uViewportHeight * projectionMatrix[1][1]);   // one pixel in view units here
  // a projective model matrix (3D content projected into a camera's 2D view, w = depth): offsets are divided
  // by w, so UI-pixel sizes are multiplied by it, and a scene radius scales by the focal length (the part of
  // row 0 across row 3, the optical axis) so that it ends up r * f / depth
  vec3 row3 = vec3(modelViewMatrix[0][3], modelViewMatrix[1][3], modelViewMatrix[2][3]);
  vec3 row0 = vec3(modelViewMatrix[0][0], modelViewMatrix[1][0], modelViewMatrix[2][0]);
  bool projective = dot(row3, row3) > 0.0;
  float wdiv = projective ? max(abs(mv.w), 1e-6) : 1.0;
  float unit = projective ? length(row0 - dot(row0, row3) / dot(row3, row3) * row3) : length(modelViewMatrix[0].xyz);
  float rv = r >= 0.0 ? r * unit : -r * pixel * wdiv;
  rv = r == 0.0 ? 0.0 : max(rv, 0.75 * pixel * wdiv);                       // never thinner than ~1.5 px
  vUv = position.xy;
  vColor = iColor;
  mv.xy += position.xy * rv;
  gl_Position = projectionMatrix * mv;
}`,S0=`
varying vec2 vUv;
varying vec4 vColor;
void main() {
  float d2 = dot(vUv, vUv);
  if (d2 > 1.0) discard;
  vec3 n = vec3(vUv, sqrt(1.0 - d2));
  float lambert = max(dot(n, normalize(vec3(-0.35, 0.45, 0.82))), 0.0);
  gl_FragColor = vec4(vColor.rgb * (0.72 + 0.28 * lambert), vColor.a);
}`,MT=M0.replace("attribute vec3 iPos;",`#define iPos position
uniform float uMaxPointSize;`).replace(`varying vec2 vUv;
`,"").replace("vUv = position.xy;","gl_PointSize = min(2.0 * rv / (pixel * wdiv), uMaxPointSize);").replace("mv.xy += position.xy * rv;",""),ST=S0.replace("varying vec2 vUv;","").replace("float d2",`vec2 vUv = vec2(2.0 * gl_PointCoord.x - 1.0, 1.0 - 2.0 * gl_PointCoord.y);
  float d2`);function $f(i,e,t,n){let s=Math.floor(i.length/3),r=i.slice(0,3*s),o=e.slice(0,4*s),a=t?t.slice(0,s):null,l=n.spritePoints,c=l?Ze:ri,u=new c(r,3),h=new c(o,4,!0),d=new c(a??new Float32Array(s),1),f;if(l)f=new Je,f.setAttribute("position",u);else{let b=new $i;b.setIndex([0,1,2,0,2,3]),b.setAttribute("position",new Oe([-1,-1,0,1,-1,0,1,1,0,-1,1,0],3)),b.setAttribute("iPos",u),b.instanceCount=s,f=b}f.setAttribute("iColor",h),f.setAttribute("iRadius",d);let p=ih(o),y=new Rn({vertexShader:l?MT:M0,fragmentShader:l?ST:S0,uniforms:{uDefaultRadius:n.defaultRadius,uUseDefault:{value:a?0:1},uViewportHeight:n.viewportHeight,uMaxPointSize:{value:n.maxPointSize}},transparent:p,depthWrite:!p}),m=l?new Un(f,y):new je(f,y);m.frustumCulled=!1,m.name="points";let g=new ge,v=new Qt,T=new P;return{object:m,refill(b,A,w){return Math.floor(b.length/3)!==s||A.length<4*s||!!w!=!!a||w&&w.length<s||ih(A)!==p?!1:(r.set(b.subarray(0,3*s)),o.set(A.subarray(0,4*s)),w&&a&&a.set(w.subarray(0,s)),u.needsUpdate=h.needsUpdate=!0,w&&(d.needsUpdate=!0),!0)},pick(b,A){g.copy(m.matrixWorld).invert(),v.copy(b).applyMatrix4(g);let w=v.origin.x,x=v.origin.y,M=v.origin.z,L=v.direction.x,R=v.direction.y,I=v.direction.z,U=Math.hypot(L,R,I)||1;T.setFromMatrixScale(m.matrixWorld);let V=(Math.abs(T.x)+Math.abs(T.y)+Math.abs(T.z))/3||1,N=null,G=n.defaultRadius.value;for(let k=0;k<s;k++){let W=r[3*k]-w,ee=r[3*k+1]-x,q=r[3*k+2]-M,J=(W*L+ee*R+q*I)/U;if(J<=0)continue;let te=W*W+ee*ee+q*q-J*J,_e=J*V,Ue=3*A*_e/V,j=a?a[k]:G,pe=(j>=0?j:-j*A*_e/V)+Ue;te<=pe*pe&&(!N||_e<N.t)&&(N={t:_e,index:k,position:[r[3*k],r[3*k+1],r[3*k+2]]})}return N},dispose(){f.dispose(),y.dispose(),m.removeFromParent()}}}Ve({archetypes:["Points3D","Points2D"],build(i,e){let t=i.num("positions"),n=ve(t);if(!t||n===0)return null;let s=fi(t),r=$f(s,nt(i.num("colors"),n,i.color),Ht(i.num("radii"),n),e);return r.labelAnchors=Bn(i,s,n),b0(r,i,e)},refill(i,e){let t=i,n=e.num("positions"),s=ve(n),r=e.texts("labels");return!t.refill||i.labelAnchors||!n||s===0||r&&r.length>0||e.num("keypoint_segments")||i.object.getObjectByName("keypoint-skeleton")?!1:t.refill(fi(n),nt(e.num("colors"),s,e.color),Ht(e.num("radii"),s))},label:Mn});var wT=Float32Array.of(-1,-1,1,-1,1,1,-1,1),jf=64,ET=Float32Array.from(Array.from({length:jf},(i,e)=>[Math.cos(2*Math.PI*e/jf),Math.sin(2*Math.PI*e/jf)]).flat());function w0(i,e,t,n,s){let r=ve(i.num("half_sizes"));if(r===0)return null;let o=Math.max(r,ve(i.num("centers"))),a=ot(i.num("centers"),o,2,[0,0]),l=ot(i.num("half_sizes"),o,2,[.5,.5]),c=By(t,a,l,nt(i.num("colors"),o,i.color),i,n,e);return c.object.name=s,c.labelAnchors=Bn(i,lf(a),o),c.pick=TT(c.object,a,l),c}function TT(i,e,t){let n=new nn,s=new Qt,r=new P,o=new ge;return a=>{if(s.copy(a).applyMatrix4(o.copy(i.matrixWorld).invert()),!s.intersectPlane(n.set(new P(0,0,1),0),r))return null;let l=-1,c=1/0;for(let u=0;u<e.length/2;u++){let h=Math.abs(t[2*u]),d=Math.abs(t[2*u+1]);Math.abs(r.x-e[2*u])<=h&&Math.abs(r.y-e[2*u+1])<=d&&h*d<c&&(l=u,c=h*d)}return l<0?null:{t:r.applyMatrix4(i.matrixWorld).distanceTo(a.origin),index:l,position:[e[2*l],e[2*l+1],0]}}}Ve({archetypes:["Boxes2D"],build:(i,e)=>w0(i,e,wT,"radii","boxes2d"),label:Mn});Ve({archetypes:["Ellipses2D"],build:(i,e)=>w0(i,e,ET,"line_radii","ellipses2d"),label:Mn});function AT(i,e,t,n){let s=e.length/2,r=new Float32Array(s*7*3),o=new Float32Array(s*7*3),a=[];for(let h=0;h<s;h++){let d=i[2*h],f=i[2*h+1],p=e[2*h],y=e[2*h+1],m=Math.hypot(p,y),g=m>0?p/m:1,v=m>0?y/m:0,T=-v,b=g,A=Math.abs(n[h]),w=Math.min(m*.5,6*A),x=d+g*(m-w),M=f+v*(m-w),L=[d-T*A,f-b*A,x-T*A,M-b*A,x+T*A,M+b*A,d+T*A,f+b*A,x-2*T*A,M-2*b*A,d+p,f+y,x+2*T*A,M+2*b*A];for(let I=0;I<7;I++)r.set([L[2*I],L[2*I+1],0],21*h+3*I),o.set([t[4*h]/255,t[4*h+1]/255,t[4*h+2]/255],21*h+3*I);let R=7*h;a.push(R,R+1,R+2,R,R+2,R+3,R+4,R+5,R+6)}let l=new Je;l.setAttribute("position",new Ze(r,3)),l.setAttribute("color",new Ze(o,3)),l.setIndex(a);let c=new An({vertexColors:!0,side:Lt}),u=new je(l,c);return u.name="arrows2d",u.userData.faceInstance=Uint32Array.from({length:3*s},(h,d)=>Math.floor(d/3)),{object:u,dispose(){l.dispose(),c.dispose(),u.removeFromParent()}}}Ve({archetypes:["Arrows2D"],build(i,e){let t=ve(i.num("vectors"));if(t===0)return null;let n=ot(i.num("vectors"),t,2,[0,0]),s=ot(i.num("origins"),t,2,[0,0]),r=Ht(i.num("radii"),t)??Float32Array.from({length:t},(l,c)=>Math.max(e.defaultRadius.value*.5,Math.hypot(n[2*c],n[2*c+1])*.01)),o=AT(s,n,nt(i.num("colors"),t,i.color),r),a=new Float32Array(2*t);for(let l=0;l<2*t;l++)a[l]=s[l]+n[l];return o.labelAnchors=Bn(i,lf(a),t),o.pick=xs(o.object,l=>[s[2*l],s[2*l+1],0]),o},label:Mn});var E0="gl_FragColor = vec4(vColor.rgb * (0.72 + 0.28 * lambert), vColor.a);",RT="gl_FragColor = vec4(vColor.rgb, vColor.a * exp(-4.5 * d2));";function CT(i,e){let t=i.num("scales");if(!t||ve(t)===0)return null;let n=ot(t,e,3,[1,1,1]),s=new Float32Array(e);for(let r=0;r<e;r++)s[r]=3*Math.cbrt(Math.abs(n[3*r]*n[3*r+1]*n[3*r+2]));return s}function PT(i,e){let t=i.num("centers"),n=ve(t);if(!t||n===0)return null;let s=ot(t,n,3,[0,0,0]),r=$f(s,nt(i.num("colors"),n,i.color),CT(i,n),e),o=r.object.material;if(!o.fragmentShader.includes(E0))throw new Error("points shader changed: update splats.ts");return o.fragmentShader=o.fragmentShader.replace(E0,RT),o.transparent=!0,o.depthWrite=!1,o.needsUpdate=!0,r.object.name="splats",r}Ve({archetypes:["GaussianSplats3D"],build:PT});var IT=Uint8Array.of(255,25,25,255,0,240,0,255,80,80,255,255);Ve({archetypes:["TransformAxes3D"],build(i,e){let t=i.num("axis_length"),n=t&&t.data.length>0?Number(t.data[0]):0;if(!Number.isFinite(n)||n===0)return null;let s=Float32Array.of(n,0,0,0,n,0,0,0,n),r=Math.abs(n)*.02,o=cf(new Float32Array(9),s,IT,Float32Array.of(r,r,r),e);return o.object.name="transform_axes",o}});var nr=32;function LT(i,e){let t=ve(i.num("lengths")),n=ve(i.num("radii"));if(t===0||n===0)return null;let s=Math.max(t,n,...[e,"quaternions","rotation_axis_angles"].map(a=>ve(i.num(a)))),r=i.num("quaternions"),o=i.num("rotation_axis_angles");return{n:s,lengths:ot(i.num("lengths"),s,1,[1]),radii:ot(i.num("radii"),s,1,[.5]).map(Math.abs),positions:ot(i.num(e),s,3,[0,0,0]),rotations:Js(r&&ve(r)>0?ot(r,s,4,[0,0,0,1]):null,o&&ve(o)>0?ot(o,s,4,[1,0,0,0]):null,s)}}function NT(i){return new Zo(1,i,8,nr).rotateX(Math.PI/2).translate(0,0,i/2)}function DT(i,e,t,n){let s=i.radii[e],r=t?new P(s,s,s):new P(s,s,i.lengths[e]);return n.compose(new P().fromArray(i.positions,3*e),new at().fromArray(i.rotations,4*e),r)}function FT(i,e,t){let n=new Map;for(let l=0;l<i.n;l++){let c=e?i.lengths[l]/(i.radii[l]||1):0;n.set(c,[...n.get(c)??[],l])}let s=new Ke,r=new _n({color:16777215}),o=new ge,a=new Me;for(let[l,c]of n){let u=e?NT(l):new ds(1,1,1,nr).rotateX(Math.PI/2),h=new Yn(u,r,c.length);c.forEach((d,f)=>{h.setMatrixAt(f,DT(i,d,e,o)),h.setColorAt(f,a.setRGB(t[4*d]/255,t[4*d+1]/255,t[4*d+2]/255))}),h.userData.instances=c,h.frustumCulled=!1,s.add(h)}return{object:s,dispose(){for(let l of s.children)l.geometry.dispose(),l.dispose();r.dispose(),s.removeFromParent()}}}function UT(i,e){let t=[],n=(s,r)=>[Math.cos(2*Math.PI*s/nr),Math.sin(2*Math.PI*s/nr),r];for(let s=0;s<nr;s++)t.push(...n(s,i),...n(s+1,i),...n(s,i+1),...n(s+1,i+1));for(let s=0;s<nr;s+=e?2:nr/4)t.push(...n(s,i),...n(s,i+1));return Float32Array.from(t)}function T0(i,e,t){let n=LT(i,t?"translations":"centers");if(!n)return null;let s=nt(i.num("colors"),n.n,i.color),r=ro(i),o;if(r===a0||r===Ia){let a=UT(t?0:-.5,r===Ia),l=(c,u)=>{u.compose(new P().fromArray(n.positions,3*c),new at().fromArray(n.rotations,4*c),new P(n.radii[c],n.radii[c],n.lengths[c]))};o=no(a,n.n,l,s,Ht(i.num("line_radii"),n.n),e)}else o=FT(n,t,s),o.pick=xs(o.object,a=>[n.positions[3*a],n.positions[3*a+1],n.positions[3*a+2]]);return o.object.name=t?"capsules":"cylinders",o.labelAnchors=Bn(i,OT(n,t),n.n),o}function OT(i,e){let t=i.positions.slice();if(!e)return t;let n=new P,s=new at;for(let r=0;r<i.n;r++)n.set(0,0,i.lengths[r]/2).applyQuaternion(s.fromArray(i.rotations,4*r)),t[3*r]+=n.x,t[3*r+1]+=n.y,t[3*r+2]+=n.z;return t}Ve({archetypes:["Capsules3D"],build:(i,e)=>T0(i,e,!0),label:Mn});Ve({archetypes:["Cylinders3D"],build:(i,e)=>T0(i,e,!1),label:Mn});var Lu=class Lu{constructor(e,t,n,s=()=>({timeline:"",time:0})){_(this,"send",e);_(this,"view",t);_(this,"redraw",n);_(this,"cursor",s);_(this,"reqs",new Map);_(this,"ids",new Map)}request(e,t,n,s=!1){let r=this.reqs.get(e);if(!r){let o=new hn((a,l)=>{let c=Lu.nextId++;this.ids.set(c,[o,a]);let u={type:"video_frame",id:c,view:this.view,path:l.path},h=this.cursor();this.send(l.stream?{...u,timeline:h.timeline||null,time:h.time}:{...u,timestamp:l.timestamp})});this.reqs.set(e,r=o)}r.request({path:e,timestamp:t,done:n,stream:s})}onMessage(e,t){let n=e;if(!n||n.type!=="video_frame"&&n.type!=="error"||n.view!==this.view)return!1;let s=typeof n.id=="number"?this.ids.get(n.id):void 0;if(!s)return!1;this.ids.delete(n.id);let r=s[0].settle(s[1]);return r&&r.done(n.type==="error"?{error:String(n.message)}:BT(n,t)),!0}};_(Lu,"nextId",2**40);var Kf=Lu;function BT(i,e){if(typeof i.error=="string")return{error:i.error};let t=Number(i.width),n=Number(i.height),s=e[0],r=i.codec==="jpeg";if(!(t>0&&n>0)||!s||!r&&s.byteLength!==t*n*4)return{error:"malformed video_frame reply"};let o=Gn(s,"uint8");return{frame:{width:t,height:n,pts:Number(i.pts),rgba:r?null:o,jpeg:r?o:null}}}var Fa=new WeakMap;function A0(i,e,t,n,s){Fa.set(i,new Kf(e,t,n,s))}function Nu(i){let e=Fa.get(i);return e==null||e.redraw(),!!e}function R0(i,e,t){var n;return((n=Fa.get(i))==null?void 0:n.onMessage(e,t))??!1}function C0(i,e,t,n){let s=Fa.get(i);return s?(s.request(e,t,n),!0):!1}function P0(i,e,t){let n=Fa.get(i);return n?(n.request(e,0,t,!0),!0):!1}function kT(i){return Math.max(0,i/1e9+1e-6)}var Du=class{constructor(e,t,n){_(this,"onFail",n);_(this,"el");_(this,"failed",null);_(this,"url");_(this,"ready");_(this,"want",null);_(this,"seeking",!1);_(this,"gone",!1);this.el=document.createElement("video"),this.el.muted=!0,this.el.preload="auto",this.el.playsInline=!0,this.url=URL.createObjectURL(new Blob([e.slice()],{type:t||"video/mp4"})),this.ready=new Promise(s=>{this.el.addEventListener("loadeddata",()=>s(!0),{once:!0}),this.el.addEventListener("error",()=>{let r=this.el.error;this.fail(`this browser cannot play it (${(r==null?void 0:r.message)||`media error ${(r==null?void 0:r.code)??"?"}`})`),s(!1)},{once:!0})}),t&&this.el.canPlayType(t)===""?this.fail(`this browser cannot play ${t}`):this.el.src=this.url}fail(e){this.failed!==null||this.gone||(this.failed=e,queueMicrotask(()=>this.onFail(e)))}get width(){return this.el.videoWidth}get height(){return this.el.videoHeight}frameAt(e,t){this.want={t:kT(e),sink:t},this.seeking||this.pump()}async pump(){this.seeking=!0;try{if(!await this.ready)return;for(;this.want&&!this.gone;){let{t:e,sink:t}=this.want;if((Math.abs(this.el.currentTime-e)>1e-7||this.el.readyState<2)&&(await this.seek(e),this.failed!==null)||this.gone)return;this.want&&this.want.t===e&&(this.want=null,t(this.el))}}finally{this.seeking=!1}}seek(e){return new Promise(t=>{let n=()=>{this.el.removeEventListener("seeked",n),this.el.removeEventListener("error",n),t()};this.el.addEventListener("seeked",n),this.el.addEventListener("error",n),this.el.currentTime=e})}dispose(){this.gone=!0,this.want=null,this.el.removeAttribute("src"),this.el.load(),URL.revokeObjectURL(this.url)}};var I0=new WeakMap;function L0(i){let e=I0.get(i);return e||I0.set(i,e={sources:new Map,waiting:new Map}),e}function Zf(i,e){for(let t of[...i.waiting.get(e)??[]])t()}function ho(i,e){let t=i.num(e);return t&&t.data.length?Number(t.data[t.data.length-1]):null}function HT(i,e){var l,c;let t=ci(i.num("blob"));if(!t||t.length===0)return null;let n=Et(i.path),s=L0(e),r={bytes:t,type:((l=i.texts("media_type"))==null?void 0:l[0])??"",player:null},o=s.sources.get(n);s.sources.set(n,r),(c=o==null?void 0:o.player)==null||c.dispose(),Zf(s,n);let a=new Ke;return a.name="video_source",{object:a,dispose(){var u;s.sources.get(n)===r&&(s.sources.delete(n),Zf(s,n)),(u=r.player)==null||u.dispose(),a.removeFromParent()}}}var N0=new WeakMap;function D0(i){var t;let e=(t=i.texts("video_reference"))==null?void 0:t[0];return Et(e&&e.length?e:i.path)}function zT(i,e){let t=ho(i,"timestamp");if(t===null)return null;let n=D0(i),s=ho(i,"draw_order")??ao.Image??-10,r=Math.max(0,Math.min(1,ho(i,"opacity")??1)),o=new sn(new Uint8Array(4),1,1);o.needsUpdate=!0;let a=new je(Qs(),Ci(o,0,s,!0));a.renderOrder=s,a.name="video";let l=[1,1],c=new Ke;c.add(a);let u=er(a,()=>l,o),h=co(a),d=()=>{Nu(e)||h()},f=L0(e),p=null,y=null,m=null,g=!1,v={object:c,pick:u.pick,dispose(){var R;g=!0,(R=f.waiting.get(n))==null||R.delete(x),y==null||y.dispose(),u.dispose(),c.removeFromParent()}},T=R=>{R!==m&&(m=R,v.labelAnchors=R?{positions:new Float32Array([0,0,0]),labels:[R.slice(0,160)]}:void 0,d())},b=(R,I,U)=>{g||(p||(p=document.createElement("canvas")),(p.width!==R||p.height!==I||!y)&&(p.width=R,p.height=I,y==null||y.dispose(),y=new $o(p),y.flipY=!1,a.material.dispose(),a.material=Ci(y,r,s,r<1)),U(p.getContext("2d")),performance.clearMarks("rrnb:video-frame"),performance.mark("rrnb:video-frame"),y.needsUpdate=!0,a.scale.set(l[0]=R,l[1]=I,1),d())},A=0,w=R=>{C0(e,n,M.timestamp,U=>{var J;let V=f.sources.get(n);if(g||V&&((J=V.player)==null?void 0:J.failed)===null)return;if("error"in U)return T(`video not shown: ${U.error}`);let{width:N,height:G,rgba:k,jpeg:W}=U.frame,ee=++A,q=()=>T(`video decoded in the kernel: ${R}`);if(k){let te=new ImageData(new Uint8ClampedArray(k.buffer,k.byteOffset,k.byteLength).slice(),N,G);return b(N,G,_e=>_e.putImageData(te,0,0)),q()}createImageBitmap(new Blob([W.slice()],{type:"image/jpeg"})).then(te=>{ee===A&&b(N,G,_e=>_e.drawImage(te,0,0)),te.close(),q()},()=>T("video not shown: the kernel's JPEG frame did not decode"))})||T(`video not shown: ${R}`)};function x(){if(g)return;let R=f.sources.get(n);if(!R){queueMicrotask(()=>{!g&&!f.sources.has(n)&&w(`no AssetVideo at '${n}' in this view`)});return}if(typeof document>"u")return;R.player||(R.player=new Du(R.bytes,R.type,()=>Zf(f,n)));let I=R.player;if(I.failed!==null)return w(I.failed);I.frameAt(M.timestamp,U=>{m&&T(null),b(I.width,I.height,V=>V.drawImage(U,0,0))})}let M={ref:n,look:F0(i),timestamp:t,setTimestamp(R){M.timestamp=R,x()}};N0.set(v,M);let L=f.waiting.get(n);return L||f.waiting.set(n,L=new Set),L.add(x),x(),v}function F0(i){return`${ho(i,"opacity")}/${ho(i,"draw_order")}`}function VT(i,e){let t=N0.get(i),n=ho(e,"timestamp");return!t||n===null||D0(e)!==t.ref||F0(e)!==t.look?!1:(n!==t.timestamp&&t.setTimestamp(n),!0)}Ve({archetypes:["AssetVideo"],build:HT});Ve({archetypes:["VideoFrameReference"],build:zT,refill:VT});function Fu(i,e){let t=i.num(e);return t&&t.data.length?Number(t.data[t.data.length-1]):null}var U0=new WeakMap;function O0(i){return`${Fu(i,"opacity")}/${Fu(i,"draw_order")}`}function GT(i,e){let t=Fu(i,"draw_order")??ao.Image??-10,n=Math.max(0,Math.min(1,Fu(i,"opacity")??1)),s=new sn(new Uint8Array(4),1,1);s.needsUpdate=!0;let r=new je(Qs(),Ci(s,0,t,!0));r.renderOrder=t,r.name="video_stream";let o=[1,1],a=er(r,()=>o,s),l=co(r),c=()=>{Nu(e)||l()},u=null,h=!1,d={object:r,pick:a.pick,dispose(){h=!0,u==null||u.dispose(),a.dispose()}},f=v=>{d.labelAnchors=v?{positions:new Float32Array([0,0,0]),labels:[v.slice(0,160)]}:void 0,c()},p=(v,T,b)=>{(!u||u.image.width!==T||u.image.height!==b)&&(u==null||u.dispose(),u=new sn(new Uint8Array(T*b*4),T,b),u.flipY=!1,r.material.dispose(),r.material=Ci(u,n,t,n<1)),u.image.data.set(v),u.needsUpdate=!0,r.scale.set(o[0]=T,o[1]=b,1),d.labelAnchors?f(null):c()},y=0,m=v=>{if(h)return;if("error"in v)return f(`video not shown: ${v.error}`);let{width:T,height:b,rgba:A,jpeg:w}=v.frame,x=++y;if(A)return p(A,T,b);createImageBitmap(new Blob([w.slice()],{type:"image/jpeg"})).then(M=>{x===y&&!h&&p(WT(M,T,b),T,b),M.close()},()=>f("video not shown: the kernel's JPEG frame did not decode"))},g=()=>{P0(e,i.path,m)||f("video not shown: no line to the kernel in this view")};return U0.set(d,{look:O0(i),fetch:g}),g(),d}function WT(i,e,t){let n=document.createElement("canvas");n.width=e,n.height=t;let s=n.getContext("2d");s.drawImage(i,0,0);let r=s.getImageData(0,0,e,t).data;return new Uint8Array(r.buffer,r.byteOffset,r.byteLength)}function XT(i,e){let t=U0.get(i);return!t||t.look!==O0(e)?!1:(t.fetch(),!0)}Ve({archetypes:["VideoStream"],build:GT,refill:XT});var k0=5,B0=.1,qT=3,YT=65536;function Pi(i,e,t){return Array.from(ot(i&&ve(i)>0?i:null,1,e,t))}function H0(i){let e=i.num("quaternion"),t=i.num("rotation_axis_angle"),n=Js(e&&ve(e)>0?Float32Array.from(Pi(e,4,[0,0,0,1])):null,t&&ve(t)>0?Float32Array.from(Pi(t,4,[1,0,0,0])):null,1),s=Pi(i.num("translation"),3,[0,0,0]);return new ge().compose(new P(s[0],s[1],s[2]),new at(n[0],n[1],n[2],n[3]),new P(1,1,1))}function z0(i,e){let t=1/0,n=-1/0;if(e&&ve(e)>0)[t,n]=[Number(e.data[0]),Number(e.data[1])];else for(let o=0;o<i.length;o++)Number.isFinite(i[o])&&([t,n]=[Math.min(t,i[o]),Math.max(n,i[o])]);Number.isFinite(t)||([t,n]=[0,1]);let s=n!==t?n-t:1,r=new Float32Array(i.length);for(let o=0;o<i.length;o++)r[o]=Math.max(0,Math.min(1,(i[o]-t)/s))||0;return r}function V0(i,e,t,n,s){let r=i.length/3,o=new vi(1,1,1).translate(.5,.5,.5),a=o.attributes.position.array,l=o.attributes.normal.array,c=o.index.array,u=a.length/3,h=new Float32Array(r*u*3),d=new Float32Array(r*u*3),f=new Uint8Array(r*u*4),p=new Uint32Array(r*c.length),[y,m,g]=e;for(let w=0;w<r;w++){let x=i[3*w],M=i[3*w+1],L=i[3*w+2],R=t[4*w],I=t[4*w+1],U=t[4*w+2],V=t[4*w+3];for(let N=0,G=w*u*3,k=w*u*4;N<u;N++,G+=3,k+=4)h[G]=(x+a[3*N])*y,h[G+1]=(M+a[3*N+1])*m,h[G+2]=(L+a[3*N+2])*g,f[k]=R,f[k+1]=I,f[k+2]=U,f[k+3]=V;d.set(l,w*u*3);for(let N=0;N<c.length;N++)p[w*c.length+N]=c[N]+w*u}o.dispose();let v=new Je;v.setAttribute("position",new Ze(h,3)),v.setAttribute("normal",new Ze(d,3)),v.setAttribute("color",new Ze(f,4,!0)),v.setIndex(new Ze(p,1));let T=!1;for(let w=0;w<r;w++)t[4*w+3]<255&&(T=!0);let b=new _n({vertexColors:!0,transparent:T,depthWrite:!T}),A=new je(v,b);return A.matrixAutoUpdate=!1,A.matrix.copy(n),A.name=s,{object:A,dispose(){v.dispose(),b.dispose(),A.removeFromParent()}}}function $T(i){let e=i.num("voxel_indices"),t=ve(e);if(!e||t===0)return null;let n=Int32Array.from(e.data.subarray(0,3*t),Number),s=i.num("values"),r;if(!i.num("colors")&&s&&ve(s)>0){let a=i.num("value_range"),l=z0(ot(s,t,1,[0]),a&&ve(a)>0?a:{kind:"num",data:Float64Array.of(0,1),shape:[1,2]}),c=Pi(i.num("colormap"),1,[k0])[0];r=new Uint8Array(4*t);for(let u=0;u<t;u++)ts(l[u],c,r,4*u),r[4*u+3]=255}else r=Uint8Array.from(nt(i.num("colors"),t,i.color));let o=Math.max(0,Math.min(1,Pi(i.num("opacity"),1,[1])[0]));for(let a=0;a<t;a++)r[4*a+3]=Math.round(r[4*a+3]*o);return V0(n,Pi(i.num("voxel_size"),3,[1,1,1]),r,H0(i),"voxels")}function jT(i){let e=KT(i.num("values"));if(!e||e.shape.length!==3)return null;let[t,n,s]=e.shape,r=Pi(i.num("gamma"),1,[qT])[0],o=i.num("value_range"),[a,l]=o&&ve(o)>0?[Number(o.data[0]),Number(o.data[1])]:[-1/0,1/0],c=z0(e.values,o);for(let v=0;v<c.length;v++){let T=e.values[v];c[v]=T>=a&&T<=l?Math.pow(c[v],r):-1}let u=0;for(let v of c)v>=B0&&u++;let h=Math.max(1,Math.ceil(Math.cbrt(u/YT))),d=[],f=[];for(let v=0;v<t;v+=h)for(let T=0;T<n;T+=h)for(let b=0;b<s;b+=h){let A=c[(v*n+T)*s+b];A>=B0&&(d.push(b/h,T/h,v/h),f.push(A))}if(f.length===0)return null;let p=Pi(i.num("colormap"),1,[k0])[0],y=Math.max(0,Pi(i.num("optical_density"),1,[1])[0])*h/((s+n+t)/3),m=new Uint8Array(4*f.length);f.forEach((v,T)=>{ts(v,p,m,4*T),m[4*T+3]=Math.round(255*(1-Math.exp(-y*v)))});let g=Pi(i.num("voxel_size"),3,[1,1,1]).map(v=>v*h);return V0(Int32Array.from(d),g,m,H0(i),"volume")}function KT(i){if(!i||!i.offsets||i.offsets.length<2)return null;let t=i.data.subarray(i.offsets[0],i.offsets[1]);if(t.length<8||String.fromCharCode(t[0],t[1],t[2],t[3])!=="RNBT")return null;let n=new DataView(t.buffer,t.byteOffset,t.byteLength),s=n.getUint32(4,!0);if(8+s>t.length)return null;let r;try{r=JSON.parse(new TextDecoder().decode(t.subarray(8,8+s)))}catch{return null}let o=Array.isArray(r.shape)?r.shape.map(Number):[],a=o.reduce((u,h)=>u*h,1),l=JT[String(r.dtype)];if(!l||t.length-8-s!==a*l[0])return null;let c=new Float64Array(a);for(let u=0;u<a;u++)c[u]=l[1](n,8+s+u*l[0]);return{shape:o,values:c}}function ZT(i){let e=i>>10&31,t=i&1023,n=i&32768?-1:1;return e===0?n*t*2**-24:e===31?t?NaN:n*(1/0):n*(1+t/1024)*2**(e-15)}var JT={"|u1":[1,(i,e)=>i.getUint8(e)],"|i1":[1,(i,e)=>i.getInt8(e)],"<u2":[2,(i,e)=>i.getUint16(e,!0)],"<i2":[2,(i,e)=>i.getInt16(e,!0)],"<u4":[4,(i,e)=>i.getUint32(e,!0)],"<i4":[4,(i,e)=>i.getInt32(e,!0)],"<u8":[8,(i,e)=>Number(i.getBigUint64(e,!0))],"<i8":[8,(i,e)=>Number(i.getBigInt64(e,!0))],"<f2":[2,(i,e)=>ZT(i.getUint16(e,!0))],"<f4":[4,(i,e)=>i.getFloat32(e,!0)],"<f8":[8,(i,e)=>i.getFloat64(e,!0)]};Ve({archetypes:["VoxelGridMap"],build:$T});Ve({archetypes:["Volume3D"],build:jT});function G0(){return{defaultRadius:{value:.01},viewportHeight:{value:1},resolution:new Ae(1,1),spritePoints:!1,maxPointSize:64}}function W0(i){i.traverse(e=>{let t=e;t.geometry&&t.geometry.dispose();let n=t.material;Array.isArray(n)?n.forEach(s=>s.dispose()):n&&n.dispose(),e.isInstancedMesh&&e.dispose()}),i.removeFromParent()}var Uu=class{constructor(e){_(this,"ctx",e);_(this,"root",new Ke);_(this,"groups",new Map);_(this,"visuals",new Map);_(this,"hidden",[]);this.root.name="",this.groups.set("",this.root)}group(e){let t=Et(e),n=this.groups.get(t);if(n)return n;let s=rr(t),r=this.group(s.slice(0,-1).join("/"));return n=new Ke,n.name=t,n.matrixAutoUpdate=!1,n.visible=!this.hidden.some(o=>Et(o)===t),r.add(n),this.groups.set(t,n),n}hasGroup(e){return this.groups.has(Et(e))}update(e,t){var n;for(let s of t.removed)this.clearEntity(s),this.prune(s);for(let s of t.transforms){let r=e.transforms.get(s);if(!r&&!this.hasGroup(s))continue;let o=this.group(s);r?o.matrix.fromArray(r):o.matrix.identity(),o.matrixWorldNeedsUpdate=!0,r||this.prune(s)}for(let[s,r]of t.entities){let o=e.entities.get(s);if(o)for(let a of Vy(r,o)){let l=(n=this.visuals.get(Et(s)))==null?void 0:n.get(a);l&&zy(a,l,o)||this.setVisual(s,a,Hy(a,o,this.ctx))}}}setVisual(e,t,n){let s=Et(e),r=this.visuals.get(s),o=r==null?void 0:r.get(t);o&&(o.dispose(),r.delete(t)),n&&(r||this.visuals.set(s,r=new Map),r.set(t,n),this.group(s).add(n.object))}clearEntity(e){let t=Et(e),n=this.visuals.get(t);if(n){for(let s of n.values())s.dispose();this.visuals.delete(t)}}prune(e){let t=Et(e);for(;t!=="";){let n=this.groups.get(t);if(!n||n.children.length>0||!n.matrix.equals(QT)||this.visuals.has(t)||this.hidden.some(s=>Et(s)===t))return;n.removeFromParent(),this.groups.delete(t),t=rr(t).slice(0,-1).join("/")}}setHidden(e){this.hidden=e.map(Et);for(let[t,n]of this.groups)n.visible=t===""||!this.hidden.includes(t);for(let t of this.hidden)t!==""&&(this.group(t).visible=!1)}isHidden(e){return this.hidden.some(t=>Pt(e,t))}pick(e,t,n){let s=null;for(let[r,o]of this.visuals)if(!this.isHidden(r))for(let[a,l]of o){if(!l.pick)continue;let c=l.pick(e,t);if(c&&(!s||c.t<s.t)){let u=n.entities.get(r);s={...c,path:r,archetype:a,label:u?Gy(a,u,c.index):null}}}return s}clear(){for(let e of[...this.visuals.keys()])this.clearEntity(e);for(let e of this.groups.values())e!==this.root&&e.removeFromParent();this.groups.clear(),this.groups.set("",this.root)}dispose(){this.clear(),W0(this.root)}},QT=new ge;var Jf=i=>Math.round(i*100)/100,eA=new ArrayBuffer(0),tA=150,Qf=i=>i instanceof Error?i.message:String(i),Ou=class{constructor(e,t,n,s,r=null){_(this,"view",e);_(this,"host",n);_(this,"ev",s);_(this,"space",r);_(this,"state",new ir);_(this,"graph");_(this,"client");_(this,"parts",new di);_(this,"player",null);_(this,"staleWhilePlaying",!1);_(this,"disposed",!1);_(this,"chain",null);_(this,"decoding",new Set);_(this,"refine",null);this.graph=new Uu(t),this.client=new cr(e,o=>n.send(o)),this.client.space=r}seek(){this.player?this.player.reset(this.host.cursor.time):this.query()}refresh(){this.query()}playStart(e){this.player=new du(e),this.player.reset(this.host.cursor.time),this.staleWhilePlaying=!1}playTick(e,t,n,s){let r=this.player;if(!r){s&&this.query();return}r.tl=e,n&&r.wrapped(),this.playFrames(r),this.requestWindow(r,t)}playStop(){let e=this.player!==null;this.player=null,(e||this.staleWhilePlaying)&&this.query(),this.staleWhilePlaying=!1}query(){if(!this.disposed){if(this.player){this.staleWhilePlaying=!0;return}this.client.request({timeline:this.host.cursor.timeline,time:this.host.cursor.time})}}onMessage(e,t){if(this.disposed||!e||typeof e!="object")return;let n=e;if(n.type==="part"){let r=this.assemble(n,t);if(!r)return;[n,t]=r}let s=this.toDecode(n).length>0;n.type==="frames"&&s&&!this.chain?this.decodeFrames(n,t):this.chain||s?this.later(n,t):this.dispatch(n,t)}decodeFrames(e,t){let n=t.slice();for(let s of e.frames)Ca([s]).length&&(this.decoding.add(s),nf([s],n).catch(r=>console.warn("rerun_nb: could not decode an image of a playback frame",r)).finally(()=>this.decoding.delete(s)));this.dispatch(e,n)}toDecode(e){var t;return e.type==="frames"?e.view===this.view&&this.player?Ca(e.frames??[]):[]:e.type!=="scene"||e.view!==this.view?[]:!sr(e)&&e.id!==((t=this.client.inFlight)==null?void 0:t.id)?[]:Ca([e])}later(e,t){let n=this.toDecode(e),s=e.type==="frames"?e.frames??[]:[e],r=async()=>{let a=t;if(n.length)try{a=await Iy(s,t)}catch(l){return this.undecodable(e,l)}this.disposed||this.dispatch(e,a,n.length>0)},o=(this.chain??Promise.resolve()).then(r);this.chain=o,o.finally(()=>{this.chain===o&&(this.chain=null)})}undecodable(e,t){if(!this.disposed){if(console.warn("rerun_nb: could not decode an image of a reply",t),this.ev.error(`could not decode an image: ${Qf(t)}`),e.type==="frames")return this.ev.stopPlaying();sr(e)||(this.client.resetBase(),this.client.applied(e.id,!1))}}dispatch(e,t,n=!1){if(e.type==="frames")return this.onFrames(e,t);if(sr(e))return this.onPush(e,t);let s=this.player;if(e.type==="error"&&(s!=null&&s.inFlight)&&e.id===s.inFlight.id&&e.view===this.view){this.ev.error(String(e.message)),this.ev.stopPlaying();return}this.onReply(e,t,n)}assemble(e,t){if(e.view!==this.view)return null;try{let n=this.parts.add(e,t);return n?[n.content,n.buffers]:null}catch(n){return console.warn("rerun_nb: bad reply part",n),null}}onFrames(e,t){e.view!==this.view||!this.player||(this.player.onFrames(e,t,this.host.loop()),this.ev.window())}onReply(e,t,n){let s=this.client.onMessage(e);if(s.action!=="drop"){if(s.action==="error"){this.ev.error(s.message),this.client.applied(s.query.id,!1);return}try{this.apply(e,t,s.rttMs),this.ev.error(null),this.client.applied(s.query.id,!0),n&&this.refineLater(s.query.id)}catch(r){console.warn("rerun_nb: could not apply scene reply",r),this.ev.error(`could not apply scene reply: ${Qf(r)}`),this.client.resetBase(),this.client.applied(s.query.id,!1)}}}onPush(e,t){let n={view:e.view,base:e.base,id_as:e.id_as,timeline:String(e.timeline??""),time:Number(e.time)};if(this.client.acceptPush(n,this.player!==null))try{this.apply({...e,id:e.id_as},t,0),this.ev.error(null),this.client.pushed(n)}catch(s){console.warn("rerun_nb: could not apply a pushed scene",s),this.client.resetBase(),this.query()}}refineLater(e){this.refine&&clearTimeout(this.refine.timer);let t=setTimeout(()=>{this.refine=null;let n=this.client;this.disposed||this.player||n.base!==e||n.inFlight||n.pending||n.request({timeline:this.host.cursor.timeline,time:this.host.cursor.time,exact:!0})},tA);this.refine={timer:t,id:e}}apply(e,t,n){let s=performance.now(),r=mo(this.state,e,t);this.ev.applied(this.state),this.graph.update(this.state,r),this.ev.draw(!0);let o=0;for(let a of t)o+=a.byteLength;this.ev.drawn({id:e.id,time:e.time,rtt_ms:Jf(n),render_ms:Jf(performance.now()-s),bytes:o})}playFrames(e){let t=e.due(this.host.cursor.time,a=>!this.decoding.has(a));if(!t.length)return;let n=performance.now(),s=0,r=null;try{for(let a of t){let l=a.frame,c={...l,type:"scene",view:this.view,timeline:this.host.cursor.timeline},u=mo(this.state,c,a.buffers);r=r?nA(r,u):u,this.client.base=l.id,s+=a.bytes;for(let h of sf(l))a.buffers[h]=eA}}catch(a){r&&this.graph.update(this.state,r),console.warn("rerun_nb: could not apply a playback frame",a),this.ev.error(`could not apply a playback frame: ${Qf(a)}`),this.client.resetBase(),e.reset(this.host.cursor.time);return}r&&this.graph.update(this.state,r),this.ev.draw(!1);let o=t[t.length-1].frame;this.ev.drawn({id:o.id,time:o.time,render_ms:Jf(performance.now()-n),bytes:s,frames:t.length})}requestWindow(e,t){if(this.client.inFlight)return;let n=e.wants(this.host.cursor.time,t);if(!n)return;let s=this.client.reserve(n.max_frames);e.sent(s,n);let r=this.space===null?{}:{space:this.space};this.host.send({type:"window",id:s,view:this.view,...r,base:e.lastId??this.client.base,...n})}dispose(){this.disposed=!0,this.refine&&clearTimeout(this.refine.timer),this.graph.dispose()}};function nA(i,e){let t=new Map(i.entities);for(let[n,s]of e.entities)t.set(n,new Set([...t.get(n)??[],...s]));return{full:i.full||e.full,entities:t,removed:new Set([...i.removed,...e.removed]),transforms:new Set([...i.transforms,...e.transforms])}}var X0={type:"change"},tp={type:"start"},Y0={type:"end"},Bu=new Qt,q0=new nn,iA=Math.cos(70*Kn.DEG2RAD),Xt=new P,In=2*Math.PI,lt={NONE:-1,ROTATE:0,DOLLY:1,PAN:2,TOUCH_ROTATE:3,TOUCH_PAN:4,TOUCH_DOLLY_PAN:5,TOUCH_DOLLY_ROTATE:6},ep=1e-6,ku=class extends da{constructor(e,t=null){super(e,t),this.state=lt.NONE,this.target=new P,this.cursor=new P,this.minDistance=0,this.maxDistance=1/0,this.minZoom=0,this.maxZoom=1/0,this.minTargetRadius=0,this.maxTargetRadius=1/0,this.minPolarAngle=0,this.maxPolarAngle=Math.PI,this.minAzimuthAngle=-1/0,this.maxAzimuthAngle=1/0,this.enableDamping=!1,this.dampingFactor=.05,this.enableZoom=!0,this.zoomSpeed=1,this.enableRotate=!0,this.rotateSpeed=1,this.keyRotateSpeed=1,this.enablePan=!0,this.panSpeed=1,this.screenSpacePanning=!0,this.keyPanSpeed=7,this.zoomToCursor=!1,this.autoRotate=!1,this.autoRotateSpeed=2,this.keys={LEFT:"ArrowLeft",UP:"ArrowUp",RIGHT:"ArrowRight",BOTTOM:"ArrowDown"},this.mouseButtons={LEFT:ms.ROTATE,MIDDLE:ms.DOLLY,RIGHT:ms.PAN},this.touches={ONE:gs.ROTATE,TWO:gs.DOLLY_PAN},this.target0=this.target.clone(),this.position0=this.object.position.clone(),this.zoom0=this.object.zoom,this._cursorStyle="auto",this._domElementKeyEvents=null,this._lastPosition=new P,this._lastQuaternion=new at,this._lastTargetPosition=new P,this._quat=new at().setFromUnitVectors(e.up,new P(0,1,0)),this._quatInverse=this._quat.clone().invert(),this._spherical=new Wr,this._sphericalDelta=new Wr,this._scale=1,this._panOffset=new P,this._rotateStart=new Ae,this._rotateEnd=new Ae,this._rotateDelta=new Ae,this._panStart=new Ae,this._panEnd=new Ae,this._panDelta=new Ae,this._dollyStart=new Ae,this._dollyEnd=new Ae,this._dollyDelta=new Ae,this._dollyDirection=new P,this._mouse=new Ae,this._performCursorZoom=!1,this._pointers=[],this._pointerPositions={},this._controlActive=!1,this._onPointerMove=rA.bind(this),this._onPointerDown=sA.bind(this),this._onPointerUp=oA.bind(this),this._onContextMenu=fA.bind(this),this._onMouseWheel=cA.bind(this),this._onKeyDown=uA.bind(this),this._onTouchStart=hA.bind(this),this._onTouchMove=dA.bind(this),this._onMouseDown=aA.bind(this),this._onMouseMove=lA.bind(this),this._interceptControlDown=pA.bind(this),this._interceptControlUp=mA.bind(this),this.domElement!==null&&this.connect(this.domElement),this.update()}set cursorStyle(e){this._cursorStyle=e,e==="grab"?this.domElement.style.cursor="grab":this.domElement.style.cursor="auto"}get cursorStyle(){return this._cursorStyle}connect(e){super.connect(e),this.domElement.addEventListener("pointerdown",this._onPointerDown),this.domElement.addEventListener("pointercancel",this._onPointerUp),this.domElement.addEventListener("contextmenu",this._onContextMenu),this.domElement.addEventListener("wheel",this._onMouseWheel,{passive:!1}),this.domElement.ownerDocument.addEventListener("keydown",this._interceptControlDown,{passive:!0,capture:!0}),this.domElement.style.touchAction="none"}disconnect(){this.state=lt.NONE,this.domElement.removeEventListener("pointerdown",this._onPointerDown),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.domElement.removeEventListener("pointercancel",this._onPointerUp),this.domElement.removeEventListener("wheel",this._onMouseWheel),this.domElement.removeEventListener("contextmenu",this._onContextMenu),this.stopListenToKeyEvents(),this.domElement.ownerDocument.removeEventListener("keydown",this._interceptControlDown,{capture:!0}),this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{capture:!0}),this._controlActive=!1,this._pointers.length=0,this._pointerPositions={},this.domElement.style.touchAction="",this.domElement.style.cursor="auto"}dispose(){this.disconnect()}getPolarAngle(){return this._spherical.phi}getAzimuthalAngle(){return this._spherical.theta}getDistance(){return this.object.position.distanceTo(this.target)}listenToKeyEvents(e){e.addEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=e}stopListenToKeyEvents(){this._domElementKeyEvents!==null&&(this._domElementKeyEvents.removeEventListener("keydown",this._onKeyDown),this._domElementKeyEvents=null)}saveState(){this.target0.copy(this.target),this.position0.copy(this.object.position),this.zoom0=this.object.zoom}reset(){this.target.copy(this.target0),this.object.position.copy(this.position0),this.object.zoom=this.zoom0,this.object.updateProjectionMatrix(),this.dispatchEvent(X0),this.update(),this.state=lt.NONE}pan(e,t){this._pan(e,t),this.update()}dollyIn(e){this._dollyIn(e),this.update()}dollyOut(e){this._dollyOut(e),this.update()}rotateLeft(e){this._rotateLeft(e),this.update()}rotateUp(e){this._rotateUp(e),this.update()}update(e=null){let t=this.object.position;Xt.copy(t).sub(this.target),Xt.applyQuaternion(this._quat),this._spherical.setFromVector3(Xt),this.autoRotate&&this.state===lt.NONE&&this._rotateLeft(this._getAutoRotationAngle(e)),this.enableDamping?(this._spherical.theta+=this._sphericalDelta.theta*this.dampingFactor,this._spherical.phi+=this._sphericalDelta.phi*this.dampingFactor):(this._spherical.theta+=this._sphericalDelta.theta,this._spherical.phi+=this._sphericalDelta.phi);let n=this.minAzimuthAngle,s=this.maxAzimuthAngle;isFinite(n)&&isFinite(s)&&(n<-Math.PI?n+=In:n>Math.PI&&(n-=In),s<-Math.PI?s+=In:s>Math.PI&&(s-=In),n<=s?this._spherical.theta=Math.max(n,Math.min(s,this._spherical.theta)):this._spherical.theta=this._spherical.theta>(n+s)/2?Math.max(n,this._spherical.theta):Math.min(s,this._spherical.theta)),this._spherical.phi=Math.max(this.minPolarAngle,Math.min(this.maxPolarAngle,this._spherical.phi)),this._spherical.makeSafe(),this.enableDamping===!0?this.target.addScaledVector(this._panOffset,this.dampingFactor):this.target.add(this._panOffset),this.target.sub(this.cursor),this.target.clampLength(this.minTargetRadius,this.maxTargetRadius),this.target.add(this.cursor);let r=!1;if(this.zoomToCursor&&this._performCursorZoom||this.object.isOrthographicCamera)this._spherical.radius=this._clampDistance(this._spherical.radius);else{let o=this._spherical.radius;this._spherical.radius=this._clampDistance(this._spherical.radius*this._scale),r=o!=this._spherical.radius}if(Xt.setFromSpherical(this._spherical),Xt.applyQuaternion(this._quatInverse),t.copy(this.target).add(Xt),this.object.lookAt(this.target),this.enableDamping===!0?(this._sphericalDelta.theta*=1-this.dampingFactor,this._sphericalDelta.phi*=1-this.dampingFactor,this._panOffset.multiplyScalar(1-this.dampingFactor)):(this._sphericalDelta.set(0,0,0),this._panOffset.set(0,0,0)),this.zoomToCursor&&this._performCursorZoom){let o=null;if(this.object.isPerspectiveCamera){let a=Xt.length();o=this._clampDistance(a*this._scale);let l=a-o;this.object.position.addScaledVector(this._dollyDirection,l),this.object.updateMatrixWorld(),r=!!l}else if(this.object.isOrthographicCamera){let a=new P(this._mouse.x,this._mouse.y,0);a.unproject(this.object);let l=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),this.object.updateProjectionMatrix(),r=l!==this.object.zoom;let c=new P(this._mouse.x,this._mouse.y,0);c.unproject(this.object),this.object.position.sub(c).add(a),this.object.updateMatrixWorld(),o=Xt.length()}else console.warn("WARNING: OrbitControls.js encountered an unknown camera type - zoom to cursor disabled."),this.zoomToCursor=!1;o!==null&&(this.screenSpacePanning?this.target.set(0,0,-1).transformDirection(this.object.matrix).multiplyScalar(o).add(this.object.position):(Bu.origin.copy(this.object.position),Bu.direction.set(0,0,-1).transformDirection(this.object.matrix),Math.abs(this.object.up.dot(Bu.direction))<iA?this.object.lookAt(this.target):(q0.setFromNormalAndCoplanarPoint(this.object.up,this.target),Bu.intersectPlane(q0,this.target))))}else if(this.object.isOrthographicCamera){let o=this.object.zoom;this.object.zoom=Math.max(this.minZoom,Math.min(this.maxZoom,this.object.zoom/this._scale)),o!==this.object.zoom&&(this.object.updateProjectionMatrix(),r=!0)}return this._scale=1,this._performCursorZoom=!1,r||this._lastPosition.distanceToSquared(this.object.position)>ep||8*(1-this._lastQuaternion.dot(this.object.quaternion))>ep||this._lastTargetPosition.distanceToSquared(this.target)>ep?(this.dispatchEvent(X0),this._lastPosition.copy(this.object.position),this._lastQuaternion.copy(this.object.quaternion),this._lastTargetPosition.copy(this.target),!0):!1}_getAutoRotationAngle(e){return e!==null?In/60*this.autoRotateSpeed*e:In/60/60*this.autoRotateSpeed}_getZoomScale(e){let t=Math.abs(e*.01);return Math.pow(.95,this.zoomSpeed*t)}_rotateLeft(e){this._sphericalDelta.theta-=e}_rotateUp(e){this._sphericalDelta.phi-=e}_panLeft(e,t){Xt.setFromMatrixColumn(t,0),Xt.multiplyScalar(-e),this._panOffset.add(Xt)}_panUp(e,t){this.screenSpacePanning===!0?Xt.setFromMatrixColumn(t,1):(Xt.setFromMatrixColumn(t,0),Xt.crossVectors(this.object.up,Xt)),Xt.multiplyScalar(e),this._panOffset.add(Xt)}_pan(e,t){let n=this.domElement;if(this.object.isPerspectiveCamera){let s=this.object.position;Xt.copy(s).sub(this.target);let r=Xt.length();r*=Math.tan(this.object.fov/2*Math.PI/180),this._panLeft(2*e*r/n.clientHeight,this.object.matrix),this._panUp(2*t*r/n.clientHeight,this.object.matrix)}else this.object.isOrthographicCamera?(this._panLeft(e*(this.object.right-this.object.left)/this.object.zoom/n.clientWidth,this.object.matrix),this._panUp(t*(this.object.top-this.object.bottom)/this.object.zoom/n.clientHeight,this.object.matrix)):(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - pan disabled."),this.enablePan=!1)}_dollyOut(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale/=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_dollyIn(e){this.object.isPerspectiveCamera||this.object.isOrthographicCamera?this._scale*=e:(console.warn("WARNING: OrbitControls.js encountered an unknown camera type - dolly/zoom disabled."),this.enableZoom=!1)}_updateZoomParameters(e,t){if(!this.zoomToCursor)return;this._performCursorZoom=!0;let n=this.domElement.getBoundingClientRect(),s=e-n.left,r=t-n.top,o=n.width,a=n.height;this._mouse.x=s/o*2-1,this._mouse.y=-(r/a)*2+1,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()}_clampDistance(e){return Math.max(this.minDistance,Math.min(this.maxDistance,e))}_handleMouseDownRotate(e){this._rotateStart.set(e.clientX,e.clientY)}_handleMouseDownDolly(e){this._updateZoomParameters(e.clientX,e.clientY),this._dollyStart.set(e.clientX,e.clientY)}_handleMouseDownPan(e){this._panStart.set(e.clientX,e.clientY)}_handleMouseMoveRotate(e){this._rotateEnd.set(e.clientX,e.clientY),this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(In*this._rotateDelta.x/t.clientHeight),this._rotateUp(In*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd),this.update()}_handleMouseMoveDolly(e){this._dollyEnd.set(e.clientX,e.clientY),this._dollyDelta.subVectors(this._dollyEnd,this._dollyStart),this._dollyDelta.y>0?this._dollyOut(this._getZoomScale(this._dollyDelta.y)):this._dollyDelta.y<0&&this._dollyIn(this._getZoomScale(this._dollyDelta.y)),this._dollyStart.copy(this._dollyEnd),this.zoomToCursor&&(this._performCursorZoom=!0,this._dollyDirection.set(this._mouse.x,this._mouse.y,1).unproject(this.object).sub(this.object.position).normalize()),this.update()}_handleMouseMovePan(e){this._panEnd.set(e.clientX,e.clientY),this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd),this.update()}_handleMouseWheel(e){this._updateZoomParameters(e.clientX,e.clientY),e.deltaY<0?this._dollyIn(this._getZoomScale(e.deltaY)):e.deltaY>0&&this._dollyOut(this._getZoomScale(e.deltaY)),this.update()}_handleKeyDown(e){let t=!1;switch(e.code){case this.keys.UP:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(In*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,this.keyPanSpeed),t=!0;break;case this.keys.BOTTOM:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateUp(-In*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(0,-this.keyPanSpeed),t=!0;break;case this.keys.LEFT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(In*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(this.keyPanSpeed,0),t=!0;break;case this.keys.RIGHT:e.ctrlKey||e.metaKey||e.shiftKey?this.enableRotate&&this._rotateLeft(-In*this.keyRotateSpeed/this.domElement.clientHeight):this.enablePan&&this._pan(-this.keyPanSpeed,0),t=!0;break}t&&(e.preventDefault(),this.update())}_handleTouchStartRotate(e){if(this._pointers.length===1)this._rotateStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),n=.5*(e.pageX+t.x),s=.5*(e.pageY+t.y);this._rotateStart.set(n,s)}}_handleTouchStartPan(e){if(this._pointers.length===1)this._panStart.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),n=.5*(e.pageX+t.x),s=.5*(e.pageY+t.y);this._panStart.set(n,s)}}_handleTouchStartDolly(e){let t=this._getSecondPointerPosition(e),n=e.pageX-t.x,s=e.pageY-t.y,r=Math.sqrt(n*n+s*s);this._dollyStart.set(0,r)}_handleTouchStartDollyPan(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enablePan&&this._handleTouchStartPan(e)}_handleTouchStartDollyRotate(e){this.enableZoom&&this._handleTouchStartDolly(e),this.enableRotate&&this._handleTouchStartRotate(e)}_handleTouchMoveRotate(e){if(this._pointers.length==1)this._rotateEnd.set(e.pageX,e.pageY);else{let n=this._getSecondPointerPosition(e),s=.5*(e.pageX+n.x),r=.5*(e.pageY+n.y);this._rotateEnd.set(s,r)}this._rotateDelta.subVectors(this._rotateEnd,this._rotateStart).multiplyScalar(this.rotateSpeed);let t=this.domElement;this._rotateLeft(In*this._rotateDelta.x/t.clientHeight),this._rotateUp(In*this._rotateDelta.y/t.clientHeight),this._rotateStart.copy(this._rotateEnd)}_handleTouchMovePan(e){if(this._pointers.length===1)this._panEnd.set(e.pageX,e.pageY);else{let t=this._getSecondPointerPosition(e),n=.5*(e.pageX+t.x),s=.5*(e.pageY+t.y);this._panEnd.set(n,s)}this._panDelta.subVectors(this._panEnd,this._panStart).multiplyScalar(this.panSpeed),this._pan(this._panDelta.x,this._panDelta.y),this._panStart.copy(this._panEnd)}_handleTouchMoveDolly(e){let t=this._getSecondPointerPosition(e),n=e.pageX-t.x,s=e.pageY-t.y,r=Math.sqrt(n*n+s*s);this._dollyEnd.set(0,r),this._dollyDelta.set(0,Math.pow(this._dollyEnd.y/this._dollyStart.y,this.zoomSpeed)),this._dollyOut(this._dollyDelta.y),this._dollyStart.copy(this._dollyEnd);let o=(e.pageX+t.x)*.5,a=(e.pageY+t.y)*.5;this._updateZoomParameters(o,a)}_handleTouchMoveDollyPan(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enablePan&&this._handleTouchMovePan(e)}_handleTouchMoveDollyRotate(e){this.enableZoom&&this._handleTouchMoveDolly(e),this.enableRotate&&this._handleTouchMoveRotate(e)}_addPointer(e){this._pointers.push(e.pointerId)}_removePointer(e){delete this._pointerPositions[e.pointerId];for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId){this._pointers.splice(t,1);return}}_isTrackingPointer(e){for(let t=0;t<this._pointers.length;t++)if(this._pointers[t]==e.pointerId)return!0;return!1}_trackPointer(e){let t=this._pointerPositions[e.pointerId];t===void 0&&(t=new Ae,this._pointerPositions[e.pointerId]=t),t.set(e.pageX,e.pageY)}_getSecondPointerPosition(e){let t=e.pointerId===this._pointers[0]?this._pointers[1]:this._pointers[0];return this._pointerPositions[t]}_customWheelEvent(e){let t=e.deltaMode,n={clientX:e.clientX,clientY:e.clientY,deltaY:e.deltaY};switch(t){case 1:n.deltaY*=16;break;case 2:n.deltaY*=100;break}return e.ctrlKey&&!this._controlActive&&(n.deltaY*=10),n}};function sA(i){this.enabled!==!1&&(this._pointers.length===0&&(this.domElement.setPointerCapture(i.pointerId),this.domElement.ownerDocument.addEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.addEventListener("pointerup",this._onPointerUp)),!this._isTrackingPointer(i)&&(this._addPointer(i),i.pointerType==="touch"?this._onTouchStart(i):this._onMouseDown(i),this._cursorStyle==="grab"&&(this.domElement.style.cursor="grabbing")))}function rA(i){this.enabled!==!1&&(i.pointerType==="touch"?this._onTouchMove(i):this._onMouseMove(i))}function oA(i){switch(this._removePointer(i),this._pointers.length){case 0:this.domElement.releasePointerCapture(i.pointerId),this.domElement.ownerDocument.removeEventListener("pointermove",this._onPointerMove),this.domElement.ownerDocument.removeEventListener("pointerup",this._onPointerUp),this.dispatchEvent(Y0),this.state=lt.NONE,this._cursorStyle==="grab"&&(this.domElement.style.cursor="grab");break;case 1:let e=this._pointers[0],t=this._pointerPositions[e];this._onTouchStart({pointerId:e,pageX:t.x,pageY:t.y});break}}function aA(i){let e;switch(i.button){case 0:e=this.mouseButtons.LEFT;break;case 1:e=this.mouseButtons.MIDDLE;break;case 2:e=this.mouseButtons.RIGHT;break;default:e=-1}switch(e){case ms.DOLLY:if(this.enableZoom===!1)return;this._handleMouseDownDolly(i),this.state=lt.DOLLY;break;case ms.ROTATE:if(i.ctrlKey||i.metaKey||i.shiftKey){if(this.enablePan===!1)return;this._handleMouseDownPan(i),this.state=lt.PAN}else{if(this.enableRotate===!1)return;this._handleMouseDownRotate(i),this.state=lt.ROTATE}break;case ms.PAN:if(i.ctrlKey||i.metaKey||i.shiftKey){if(this.enableRotate===!1)return;this._handleMouseDownRotate(i),this.state=lt.ROTATE}else{if(this.enablePan===!1)return;this._handleMouseDownPan(i),this.state=lt.PAN}break;default:this.state=lt.NONE}this.state!==lt.NONE&&this.dispatchEvent(tp)}function lA(i){switch(this.state){case lt.ROTATE:if(this.enableRotate===!1)return;this._handleMouseMoveRotate(i);break;case lt.DOLLY:if(this.enableZoom===!1)return;this._handleMouseMoveDolly(i);break;case lt.PAN:if(this.enablePan===!1)return;this._handleMouseMovePan(i);break}}function cA(i){this.enabled===!1||this.enableZoom===!1||this.state!==lt.NONE||(i.preventDefault(),this.dispatchEvent(tp),this._handleMouseWheel(this._customWheelEvent(i)),this.dispatchEvent(Y0))}function uA(i){this.enabled!==!1&&this._handleKeyDown(i)}function hA(i){switch(this._trackPointer(i),this._pointers.length){case 1:switch(this.touches.ONE){case gs.ROTATE:if(this.enableRotate===!1){this.state=lt.NONE;break}this._handleTouchStartRotate(i),this.state=lt.TOUCH_ROTATE;break;case gs.PAN:if(this.enablePan===!1){this.state=lt.NONE;break}this._handleTouchStartPan(i),this.state=lt.TOUCH_PAN;break;default:this.state=lt.NONE}break;case 2:switch(this.touches.TWO){case gs.DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchStartDollyPan(i),this.state=lt.TOUCH_DOLLY_PAN;break;case gs.DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchStartDollyRotate(i),this.state=lt.TOUCH_DOLLY_ROTATE;break;default:this.state=lt.NONE}break;default:this.state=lt.NONE}this.state!==lt.NONE&&this.dispatchEvent(tp)}function dA(i){switch(this._trackPointer(i),this.state){case lt.TOUCH_ROTATE:if(this.enableRotate===!1)return;this._handleTouchMoveRotate(i),this.update();break;case lt.TOUCH_PAN:if(this.enablePan===!1)return;this._handleTouchMovePan(i),this.update();break;case lt.TOUCH_DOLLY_PAN:if(this.enableZoom===!1&&this.enablePan===!1)return;this._handleTouchMoveDollyPan(i),this.update();break;case lt.TOUCH_DOLLY_ROTATE:if(this.enableZoom===!1&&this.enableRotate===!1)return;this._handleTouchMoveDollyRotate(i),this.update();break;default:this.state=lt.NONE}}function fA(i){this.enabled!==!1&&i.preventDefault()}function pA(i){i.key==="Control"&&(this._controlActive=!0,this.domElement.ownerDocument.addEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}function mA(i){i.key==="Control"&&(this._controlActive=!1,this.domElement.ownerDocument.removeEventListener("keyup",this._interceptControlUp,{passive:!0,capture:!0}))}var Ua=new P(.3,-1,.55).normalize();function np(i){let e=i,t=n=>Array.isArray(n)&&n.length===3&&n.every(s=>Number.isFinite(s));return!!e&&typeof e=="object"&&t(e.position)&&t(e.target)&&(e.up===void 0||t(e.up))}var Hu=class{constructor(e,t,n){_(this,"camera");_(this,"controls");_(this,"home",null);this.camera=new zt(45,1,.01,1e3),this.camera.up.set(0,0,1),this.camera.position.set(Ua.x*10,Ua.y*10,Ua.z*10),this.controls=new ku(this.camera,e),this.controls.enableDamping=!1,this.controls.addEventListener("change",t),this.controls.addEventListener("end",n)}setSize(e,t){this.setAspect(e/t)}setAspect(e){this.camera.aspect=e>0&&Number.isFinite(e)?e:1,this.camera.updateProjectionMatrix()}fit(e){let t=new P(e[0],e[1],e[2]),n=new P(e[3],e[4],e[5]),s=t.clone().add(n).multiplyScalar(.5),r=n.distanceTo(t)/2;(!Number.isFinite(r)||r<=0)&&(r=1);let o=Math.tan(Kn.degToRad(this.camera.fov)/2),a=o*this.camera.aspect,l=Ua.clone().negate(),c=l.clone().cross(new P(0,0,1)).normalize(),u=c.clone().cross(l),h=0,d=new P;for(let p=0;p<8;p++){d.set(p&1?n.x:t.x,p&2?n.y:t.y,p&4?n.z:t.z).sub(s);let y=d.dot(l);h=Math.max(h,Math.abs(d.dot(c))/a-y,Math.abs(d.dot(u))/o-y)}h=Math.max(h*1.08,r*.2);let f=s.clone().addScaledVector(Ua,h);this.home={position:f.toArray(),target:s.toArray(),up:[0,0,1]},this.set(this.home)}set(e){this.camera.position.fromArray(e.position),this.controls.target.fromArray(e.target);let t=this.camera.position.distanceTo(this.controls.target)||1;this.camera.near=Math.max(t/1e3,1e-4),this.camera.far=t*1e3,this.camera.updateProjectionMatrix(),this.controls.update()}get(){let e=t=>t.toArray().map(n=>Math.round(n*1e6)/1e6);return{position:e(this.camera.position),target:e(this.controls.target),up:e(this.camera.up)}}reset(){return this.home?(this.set(this.home),!0):!1}dispose(){this.controls.dispose()}};function ip(i){let e=i.getExtension("WEBGL_debug_renderer_info");return String(i.getParameter(e?e.UNMASKED_RENDERER_WEBGL:i.RENDERER))}function gA(i){return/swiftshader|llvmpipe|softpipe|software rasterizer|basic render driver/i.test(i)}var zu=null;function $0(){var e;if(zu!==null)return zu;let i="";try{let t=document.createElement("canvas");t.width=t.height=1;let n=t.getContext("webgl2")??t.getContext("webgl");n&&(i=ip(n),(e=n.getExtension("WEBGL_lose_context"))==null||e.loseContext())}catch{}return zu=gA(i),zu}var sp=1776415,j0=(i,e,t)=>new Hu(i,e,t),Vu=class{constructor(e,t,n,s){_(this,"hooks",t);_(this,"ev",n);_(this,"renderer");_(this,"scene",new zo);_(this,"rig");_(this,"ctx",G0());_(this,"queued",0);_(this,"disposed",!1);_(this,"glMemory","");_(this,"drawnPoints",-1);let r=!$0(),o=this.renderer=new ou({antialias:r,preserveDrawingBuffer:!0});o.outputColorSpace=Zt,o.setPixelRatio(window.devicePixelRatio||1);let a=new Me().setRGB((sp>>16&255)/255,(sp>>8&255)/255,(sp&255)/255,Zt);o.setClearColor(a,1),this.canvas.className="rrnb-canvas",e.prepend(this.canvas),t.glRenderer=ip(o.getContext()),t.antialias=String(r),this.ctx.spritePoints=!r;let l=o.getContext(),c=l.getParameter(l.ALIASED_POINT_SIZE_RANGE);this.ctx.maxPointSize=c&&c[1]?c[1]:64,t.spritePoints=String(this.ctx.spritePoints),this.rig=s(this.canvas,()=>this.requestDraw(),()=>n.cameraEnd()),this.scene.add(this.rig.camera),this.scene.add(new ca(16777215,1.6));let u=new Vs(16777215,2.2);u.position.set(.4,1,.3),this.rig.camera.add(u)}get canvas(){return this.renderer.domElement}setSize(e,t){let n=this.renderer.getSize(new Ae);return n.x===e&&n.y===t?!1:(this.renderer.setSize(e,t),this.ctx.resolution.set(e,t),this.ctx.viewportHeight.value=t,this.rig.setSize(e,t),!0)}draw(e=!1){this.disposed||(this.renderer.render(this.scene,this.rig.camera),this.ev.drawn(),this.writeHooks(),e&&this.renderer.getContext().finish())}requestDraw(){this.queued||this.disposed||(this.queued=requestAnimationFrame(()=>{this.queued=0,this.draw()}))}writeHooks(){let e=this.renderer.info.memory,t=`{"geometries":${e.geometries},"textures":${e.textures}}`;t!==this.glMemory&&(this.hooks.glMemory=this.glMemory=t);let n=0;this.scene.traverseVisible(s=>{var o;if(s.name!=="points")return;let r=s.geometry;n+=r instanceof $i?r.instanceCount:((o=r.getAttribute("position"))==null?void 0:o.count)??0}),n!==this.drawnPoints&&(this.hooks.points=String(this.drawnPoints=n))}dispose(){this.disposed=!0,this.queued&&cancelAnimationFrame(this.queued),this.rig.dispose(),this.scene.clear(),this.renderer.dispose(),this.renderer.forceContextLoss()}};var yA=4,fo=class{constructor(e,t,n){_(this,"host",e);_(this,"spec",t);_(this,"id");_(this,"el",be("rrnb-view"));_(this,"viewport");_(this,"data");_(this,"labels");_(this,"hover");_(this,"errorEl");_(this,"ro");_(this,"press",null);_(this,"viewHooks");_(this,"onDbl",()=>{this.resetCamera(),this.viewport.draw(),this.saveCamera()});_(this,"raycaster",new Gs);_(this,"onDown",e=>{this.press=e.button===0?{x:e.clientX,y:e.clientY}:null});_(this,"onUp",e=>{let t=this.press;if(this.press=null,!t||Math.hypot(e.clientX-t.x,e.clientY-t.y)>yA)return;let n=this.viewport.canvas.getBoundingClientRect(),s=this.pick(e.clientX-n.left,e.clientY-n.top);s&&this.host.select(s.path,s.index)});this.id=t.id;let s=t.node===null;this.viewHooks=s?e.hooks:this.el.dataset,s&&(e.hooks.view=this.id),this.labels=new hu(be("rrnb-labels",this.el)),this.errorEl=be("rrnb-error",this.el),this.errorEl.style.display="none";let r=new En;this.el.appendChild(r.root),this.viewport=new Vu(this.el,this.viewHooks,{drawn:()=>this.labels.update(this.data.graph,this.viewport.rig.camera,this.viewport.ctx.resolution),cameraEnd:()=>this.saveCamera()},n);for(let c of["antialias","glRenderer","spritePoints"]){let u=this.viewHooks[c];u!==void 0&&(e.hooks[c]=u)}let o=t.node?t.node.id:null,a={cursor:e.cursor,send:c=>this.model.send(c),loop:()=>!!this.model.get("loop")};this.data=new Ou(this.id,this.viewport.ctx,a,{applied:c=>this.fitOnce(c),draw:c=>this.viewport.draw(c),drawn:c=>this.drawn(c),error:c=>this.showError(c),window:()=>_t(e.hooks,"windows"),stopPlaying:()=>e.stopPlaying()},o),this.viewport.scene.add(this.data.graph.root),A0(this.viewport.ctx,c=>this.model.send(c),this.id,()=>this.viewport.requestDraw(),()=>e.cursor),this.data.graph.setHidden(e.cursor.hidden),this.hover=new uu(this.viewport.canvas,r,(c,u)=>this.hoverLines(c,u));let l=this.viewport.canvas;l.addEventListener("dblclick",this.onDbl),l.addEventListener("pointerdown",this.onDown),l.addEventListener("pointerup",this.onUp),this.ro=new ResizeObserver(()=>this.resize()),this.ro.observe(this.el)}get model(){return this.host.events.model}drawn(e){let t=this.host.hooks;_t(t,"frames"),t.lastQuery=JSON.stringify(e),this.viewHooks!==t&&(_t(this.viewHooks,"frames"),this.viewHooks.lastQuery=t.lastQuery)}resize(){let e=Math.max(1,Math.floor(this.el.clientWidth||Number(this.model.get("width"))||640)),t=Math.max(1,Math.floor(this.el.clientHeight||Number(this.model.get("height"))||480));this.viewport.setSize(e,t)&&(this.host.resized(),this.viewport.draw())}pick(e,t){let n=this.ray(e,t,this.raycaster);return this.viewport.scene.updateMatrixWorld(),this.data.graph.pick(this.raycaster.ray,n,this.data.state)}hoverLines(e,t){let n=this.pick(e,t);if(!n)return null;let s=[n.path,`#${n.index}`,`(${n.position.map(jt).join(", ")})`];return n.label!==null&&s.push(n.label),s}showError(e){this.errorEl.textContent=e??"",this.errorEl.style.display=e?"":"none"}seek(){this.data.seek()}refresh(){this.data.refresh()}playStart(e){this.data.playStart(e)}playTick(e,t,n,s){this.data.playTick(e,t,n,s)}playStop(){this.data.playStop()}onMessage(e,t){R0(this.viewport.ctx,e,t)||this.data.onMessage(e,t)}setHidden(e){this.data.graph.setHidden([...e]),this.viewport.requestDraw(),this.data.refresh()}dispose(e=!0){this.ro.disconnect(),this.hover.dispose();let t=this.viewport.canvas;if(t.removeEventListener("dblclick",this.onDbl),t.removeEventListener("pointerdown",this.onDown),t.removeEventListener("pointerup",this.onUp),e)try{this.model.send({type:"release",view:this.id})}catch{}this.data.dispose(),this.viewport.dispose(),this.el.remove()}};var xA=2.5,vA=(i,e,t)=>new cu(i,e,t);function _A(i){let e=i==null?void 0:i.VisualBounds2D,t=e==null?void 0:e.x_range,n=e==null?void 0:e.y_range;if(!Array.isArray(t)||!Array.isArray(n)||t.length!==2||n.length!==2)return null;let s=[t[0],n[0],t[1],n[1]].map(Number);return s.every(Number.isFinite)?s:null}var rp=class extends fo{constructor(t,n){var r;super(t,n,vA);_(this,"fitted",!1);this.viewport.ctx.defaultRadius.value=-xA,this.el.classList.add("rrnb-view2d");let s=this.host.uiGet(this.key);if(Py(s))this.viewport.rig.set(s),this.fitted=!0;else{let o=_A((r=n.node)==null?void 0:r.properties);o&&(this.viewport.rig.fit(o),this.fitted=!0)}this.viewport.draw()}get key(){var t;return`view2d:${((t=this.spec.node)==null?void 0:t.id)??""}`}fitOnce(t){let n=t.bounds;if(this.fitted||!n||!n.every(Number.isFinite))return;this.fitted=!0;let s=.05*(n[3]-n[0]),r=.05*(n[4]-n[1]);this.viewport.rig.fit([n[0]-s,n[1]-r,n[3]+s,n[4]+r])}saveCamera(){this.host.uiSet(this.key,this.viewport.rig.state)}resetCamera(){this.viewport.rig.reset()}ray(t,n,s){let r=this.viewport.rig,[o,a]=r.size,[l,c]=tf(r.state,o,a,t,n);return s.ray.origin.set(l,c,-Aa),s.ray.direction.set(0,0,1),r.scale/Aa}};It("2D",(i,e)=>new rp(i,e));var op=class extends fo{constructor(t,n){super(t,n,j0);_(this,"fitted",!1);this.ownsCameraTraitlet&&t.events.on("change:camera",()=>this.kernelCamera()),this.viewport.draw()}get ownsCameraTraitlet(){return this.spec.node===null||this.host.uiGet("camera3d")===this.id}applySize(){if(this.spec.node)return this.resize();let t=Number(this.model.get("height"))||480,n=Number(this.model.get("width"))||0,s=this.el.style;s.height=`${t}px`,s.flex=n>0?"0 0 auto":"1 1 auto",s.width=n>0?`${n}px`:"",this.resize()}keptCamera(){var t;return this.ownsCameraTraitlet?this.model.get("camera"):this.host.uiGet(`camera:${(t=this.spec.node)==null?void 0:t.id}`)}fitOnce(t){if(this.fitted||!t.bounds||!t.bounds.every(Number.isFinite))return;this.fitted=!0,this.viewport.ctx.defaultRadius.value=Dp(t.bounds),this.viewport.rig.fit(t.bounds);let n=this.keptCamera();np(n)&&this.viewport.rig.set(n)}kernelCamera(){let t=this.model.get("camera");np(t)&&JSON.stringify(t)!==JSON.stringify(this.viewport.rig.get())&&(this.viewport.rig.set(t),this.viewport.requestDraw())}saveCamera(){let t=this.viewport.rig.get();this.spec.node&&this.host.uiSet(`camera:${this.spec.node.id}`,t),this.ownsCameraTraitlet&&(this.model.set("camera",t),this.model.save_changes())}resetCamera(){this.viewport.rig.reset()}ray(t,n,s){let{rig:r,ctx:o}=this.viewport;return s.setFromCamera(new Ae(t/o.resolution.x*2-1,1-n/o.resolution.y*2),r.camera),2*Math.tan(Kn.degToRad(r.camera.fov)/2)/o.resolution.y}};It("3D",(i,e)=>new op(i,e));var Gu=class{constructor(e,t,n,s,r=[]){_(this,"widgetId",e);_(this,"host",t);_(this,"area",n);_(this,"views",s);_(this,"fixed",r);_(this,"dom",null);_(this,"legacy",null);_(this,"byKey",new Map);_(this,"rootEl",null);_(this,"layout",null)}get single(){return this.legacy}firstOf(e){var n;let t=Qu(((n=this.layout)==null?void 0:n.root)??null).find(s=>s.cls===e&&s.visible);return t?this.protoId(t):null}protoId(e){return`${this.widgetId}/${e.id}`}build(e){var a,l;let t=Tp(e);if(this.layout=t,!t||!t.root)return this.buildLegacy();this.dropLegacy();let n=this.byKey;this.byKey=new Map;let s=c=>this.body(c,n),r=new tl(s,{get:c=>this.host.uiGet(c),set:(c,u)=>this.host.uiSet(c,u)}),o=t.root?r.build(t.root):bA();o.classList.add("rrnb-lroot");for(let[,c]of n)c.dispose(!0);(a=this.dom)==null||a.dispose(),(l=this.rootEl)==null||l.remove(),this.dom=r,this.rootEl=o,this.area.appendChild(o),this.views.splice(0,this.views.length,...this.byKey.values(),...this.fixed)}body(e,t){var o;let n=e.drawable?th(e.cls):null;if(!n)return Lp(e);let s=`${e.id}|${e.cls}`,r=t.get(s);return r?(t.delete(s),(o=r.setNode)==null||o.call(r,e)):r=n(this.host,{id:this.protoId(e),node:e}),r.el.dataset.viewId=e.id,this.byKey.set(s,r),r.el}buildLegacy(){var t,n;if(this.legacy)return;for(let s of this.byKey.values())s.dispose(!0);this.byKey.clear(),(t=this.dom)==null||t.dispose(),this.dom=null,(n=this.rootEl)==null||n.remove(),this.rootEl=null;let e=th("3D");this.legacy=e(this.host,{id:this.widgetId,node:null}),this.area.appendChild(this.legacy.el),this.views.splice(0,this.views.length,this.legacy,...this.fixed)}dropLegacy(){this.legacy&&(this.legacy.dispose(!1),this.legacy=null)}dispose(){var e;for(let t of this.views)this.fixed.includes(t)||t.dispose(!1);this.views.length=0,this.byKey.clear(),(e=this.dom)==null||e.dispose()}};function bA(){let i=be("rrnb-placeholder");return i.textContent="nothing to show: the layout has no views",i}var MA=1000001,SA=2000001;function wA(){let i=new Uint8Array(6);return crypto.getRandomValues(i),"v-"+Array.from(i,e=>e.toString(16).padStart(2,"0")).join("")}function EA({model:i,el:e}){let t=wA(),n=new Va(i),s=new Qa(n),r=new za(e,M=>s.set("panel:blueprint",M?"collapsed":"expanded"));r.hooks.view=t;let o=new ka,a=new Xa({onTimeline:M=>p.userTimeline(M),onTime:M=>g.setTime(M),onPlay:M=>p.userPlaying(M),onLoop:M=>p.userLoop(M),onSpeed:M=>p.userSpeed(M)}),l=M=>i.send(M),c=new ja(t,o,l,MA,M=>u.setSelected((M==null?void 0:M.path)??null)),u=new Za(M=>p.userHidden(M),M=>c.select({path:M,instance:null})),h=()=>{var M;for(let L of f){let R=(M=L.shownRange)==null?void 0:M.call(L);if(R)return R}return null},d=new $a(o,l,SA,h),f=[],p=new Ja(n,o,f,a,u),y={cursor:o,events:n,hooks:r.hooks,stopPlaying:()=>p.stopPlaying(),resized:()=>a.drawMarks(),setTime:M=>g.setTime(M),select:(M,L)=>c.select({path:M,instance:L}),uiGet:M=>M==="camera3d"?m.firstOf("3D"):s.get(M),uiSet:(M,L)=>s.set(M,L)},m=new Gu(t,y,r.area,f,[c]);r.setSide(u.root,c.el),a.root.appendChild(d.button),r.setBottom(a.root),r.root.appendChild(d.form);let g=new qa(o,f,a,p),v=new Ha(r.root,{togglePlaying:()=>p.togglePlaying(),step:M=>g.step(M)}),T=()=>{var I;let M=Number(i.get("width"))||0,L=Number(i.get("height"))||480;r.fixedWidth(M>0);let R=m.single;r.areaSize(R?null:{w:M,h:L}),(I=R==null?void 0:R.applySize)==null||I.call(R)},b=null,A=()=>{var I;let M=JSON.stringify(i.get("view_layout")??{});if(M===b)return!1;b=M,m.build(i.get("view_layout"));let L=(I=m.layout)==null?void 0:I.panels,R=s.get("panel:blueprint");return r.setSideState(R==="collapsed"||R==="expanded"?R:(L==null?void 0:L.blueprint)??null),r.setBottomState((L==null?void 0:L.time)??null),(L==null?void 0:L.selection)==="hidden"&&c.select(null),!0};A();let w=(M,L)=>{for(let R of f)R.onMessage(M,L??[]);d.onMessage(M)};n.on("msg:custom",w),n.on("change:view_layout",()=>{if(A()){T();for(let M of f)M.refresh()}}),p.start(g,T);let x=!1;return()=>{if(!x){x=!0,p.dispose(),s.dispose(),g.dispose(),v.dispose(),n.dispose(),m.dispose(),c.dispose();try{i.send({type:"release",view:t})}catch{}r.dispose()}}}function TA(){}var XD={initialize:TA,render:EA};export{XD as default,TA as initialize,EA as render};
/*! Bundled license information:

three/build/three.core.js:
three/build/three.module.js:
  (**
   * @license
   * Copyright 2010-2026 Three.js Authors
   * SPDX-License-Identifier: MIT
   *)
*/
