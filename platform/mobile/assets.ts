// The phone pages' one stylesheet and one script, served from the platform itself (the CSP allows
// nothing else). Large type by default, high-contrast colours, targets of at least 48 px.

export const mobileCss = `
*{box-sizing:border-box}
html{font-size:20px;-webkit-text-size-adjust:100%}
body{margin:0;overflow-wrap:anywhere;font-family:"Noto Sans CJK SC","PingFang SC","Microsoft YaHei",system-ui,sans-serif;line-height:1.5;color:#111;background:#f4f6f8}
.top{display:flex;justify-content:space-between;align-items:center;gap:12px;padding:10px 16px;background:#0b4f8a;color:#fff}
.site{font-weight:700}
.lang{color:#fff;border:2px solid #fff;border-radius:8px;padding:8px 14px;min-height:48px;display:inline-flex;align-items:center;text-decoration:none;font-weight:700}
main{max-width:640px;margin:0 auto;padding:16px}
h1{font-size:1.4rem;margin:.2em 0 .6em}
h2{font-size:1.15rem;margin:0 0 .5em}
.card{background:#fff;border-radius:12px;padding:16px;margin:0 0 16px;border:1px solid #c9d1d9}
.number{font-size:3.6rem;font-weight:800;letter-spacing:.04em;line-height:1.1;margin:0}
.label{color:#444;font-size:.9rem;margin:0}
.state{font-size:1.5rem;font-weight:800;margin:.2em 0}
.state.called{color:#fff;background:#b3261e;border-radius:10px;padding:12px 14px}
.state.done{color:#14602a}
.state.void{color:#8a1c14}
.muted{color:#444;font-size:.9rem}
dl{margin:0}
dt{font-weight:700;margin-top:.6em}
dd{margin:0}
ul,ol{padding-left:1.3em;margin:.3em 0}
li{margin:.4em 0}
.chip{display:inline-block;border:1px solid #555;border-radius:6px;padding:0 6px;margin:0 6px 0 0;font-size:.85rem}
.shared{color:#14602a}
fieldset{border:0;padding:0;margin:0 0 12px}
legend{font-weight:700;margin-bottom:6px}
.choice{display:flex;align-items:center;gap:12px;min-height:56px;padding:8px 12px;margin:8px 0;border:2px solid #8c959f;border-radius:10px;background:#fff;font-size:1.05rem}
.choice input{width:28px;height:28px;flex:none}
textarea{width:100%;min-height:96px;font:inherit;padding:8px;border:2px solid #8c959f;border-radius:10px}
button{width:100%;min-height:56px;font:inherit;font-weight:800;font-size:1.15rem;color:#fff;background:#0b4f8a;border:0;border-radius:10px}
.alert{border-left:6px solid #b3261e;background:#fdecea;padding:12px;border-radius:8px;font-weight:700}
.ok{border-left:6px solid #14602a;background:#e7f4ea;padding:12px;border-radius:8px;font-weight:700}
a{color:#0b4f8a}
.big-link{display:inline-flex;align-items:center;min-height:48px}
.rate{margin-top:12px;border-top:2px solid #c9d1d9;padding-top:12px}
form:not(:has(input[data-needs-reason="true"]:checked)) .reasons{display:none}
@media (prefers-color-scheme:dark){body{background:#000;color:#fff}.card{background:#111;border-color:#666}.label,.muted{color:#ddd}.choice{background:#111;color:#fff}a{color:#9cd0ff}.shared,.state.done{color:#7ee08f}.state.void{color:#ff9c94}.alert{background:#3a0d0a}.ok{background:#0b2e14}textarea{background:#111;color:#fff}}
`;

/**
 * Follows the queue without reloading: the platform streams the ticket's live section (rendered on
 * the platform, already escaped) whenever it changes. Without scripts the page refreshes itself.
 */
export const liveJs = `(function(){
var live=document.getElementById('live');
if(!live||!window.EventSource)return;
var src=new EventSource(location.pathname.replace(/\\/$/,'')+'/live'+location.search);
src.addEventListener('live',function(e){
var f=document.activeElement&&live.contains(document.activeElement)&&document.activeElement.form;
if(f)return;
live.innerHTML=e.data;
});
})();
`;
