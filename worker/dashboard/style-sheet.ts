/**
 * The dashboard's only stylesheet, served from /audit/style.css so the CSP can forbid inline
 * styles and scripts. System fonts, high contrast (text ≥ 7:1, accents ≥ 4.5:1 on white), a
 * visible focus ring, and a layout that fits a 1280-pixel laptop screen.
 */
export const STYLE_SHEET = `
:root { --ink: #16202a; --muted: #4a5563; --line: #d5dbe3; --panel: #f5f7fa; --accent: #0b5cad; --alert: #a4161a; --warn-bg: #fff4e5; --ok: #1d6b34; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: #fff; }
a { color: var(--accent); }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible, summary:focus-visible { outline: 3px solid #f2a900; outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: #fff; padding: 8px; }
.skip:focus { left: 8px; z-index: 2; }
header.top { display: flex; align-items: center; gap: 16px; padding: 10px 24px; background: #16202a; color: #fff; }
header.top h1 { font-size: 17px; margin: 0; font-weight: 600; }
header.top nav { display: flex; gap: 14px; margin-left: 16px; }
header.top nav a { color: #fff; text-decoration: none; padding: 2px 0; border-bottom: 2px solid transparent; }
header.top nav a[aria-current="page"] { border-bottom-color: #f2a900; }
header.top .who { margin-left: auto; display: flex; gap: 12px; align-items: center; color: #d9e1ea; }
header.top .who form { display: flex; margin: 0; }
header.top button { background: transparent; color: #fff; border: 1px solid #8a99a8; border-radius: 4px; padding: 4px 10px; font: inherit; cursor: pointer; }
main { padding: 16px 24px 40px; max-width: 1400px; margin: 0 auto; }
h2 { font-size: 17px; margin: 22px 0 8px; }
h3 { font-size: 15px; margin: 0 0 6px; }
form.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(150px, 1fr)); gap: 8px 12px; align-items: end; padding: 12px; background: var(--panel); border: 1px solid var(--line); border-radius: 6px; }
form.filters label, form.signin label { display: flex; flex-direction: column; font-size: 13px; font-weight: 600; gap: 3px; }
input, select { font: inherit; padding: 5px 7px; border: 1px solid #7b8794; border-radius: 4px; background: #fff; color: var(--ink); min-width: 0; }
button.primary { font: inherit; padding: 6px 14px; background: var(--accent); color: #fff; border: 0; border-radius: 4px; cursor: pointer; }
.actions { display: flex; gap: 10px; align-items: center; }
.exports { display: flex; gap: 12px; align-items: center; margin: 10px 0 0; font-size: 14px; }
.cards { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: 12px; margin-top: 14px; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; }
.card .n { font-size: 26px; font-weight: 650; }
.card .label { color: var(--muted); font-size: 13px; }
.card.alert { border-color: var(--alert); background: #fdf1f1; }
.grid2 { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 20px; }
.grid3 { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 20px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; padding: 5px 8px; border-bottom: 1px solid var(--line); vertical-align: top; }
th { background: var(--panel); font-weight: 600; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
td.mono, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, monospace; font-size: 12.5px; }
td.nowrap, td.mono { white-space: nowrap; }
.scroll { overflow-x: auto; }
.muted { color: var(--muted); }
.badge { display: inline-block; padding: 1px 7px; border-radius: 10px; font-size: 12.5px; font-weight: 600; }
.badge.ok { background: #e3f3e8; color: var(--ok); }
.badge.bad { background: #fbe3e4; color: var(--alert); }
.badge.warn { background: var(--warn-bg); color: #7a4100; }
.anomalies li { margin: 4px 0; }
.problems { background: #fdf1f1; border: 1px solid var(--alert); padding: 10px 14px; border-radius: 6px; color: var(--alert); }
.chart { border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
.chart svg { width: 100%; height: 220px; display: block; }
.chart .bar { fill: var(--accent); }
.chart .bar.off { fill: #c2410c; }
.chart .axis { stroke: #7b8794; stroke-width: 1; }
.chart text { font-size: 11px; fill: var(--muted); }
.pager { margin: 10px 0; display: flex; gap: 14px; }
form.signin { max-width: 420px; margin: 60px auto; padding: 24px; border: 1px solid var(--line); border-radius: 8px; display: flex; flex-direction: column; gap: 14px; }
form.signin h1 { font-size: 20px; margin: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 1100px) { .grid3 { grid-template-columns: 1fr 1fr; } .cards { grid-template-columns: repeat(2, minmax(0, 1fr)); } }
`;

/** The tab icon (a shield), so browsers do not ask for /favicon.ico and log a 404. */
export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><path d="M16 2 4 7v8c0 7.5 5.1 13.4 12 15 6.9-1.6 12-7.5 12-15V7z" fill="#0b5cad"/></svg>`;
