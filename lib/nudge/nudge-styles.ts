/**
 * Styles live in the nudge's shadow root, so page rules cannot reach inside. `all: initial` cuts inheritance from the
 * page; the palette is components/tokens.css's, light and dark (dark follows the page around the box, see
 * nudge-host.ts). Text is 14 px, buttons are real buttons, focus is always visible.
 */
export const nudgeStyles = `
* { box-sizing: border-box; }
.nudge {
  --bg: #ffffff; --bg-2: #f4efe7; --border: #e4dccf; --text: #26231f; --muted: #5f574d;
  --accent: #9a4a22; --accent-strong: #7d3a18; --accent-soft: #f7e7dc; --on-accent: #ffffff;
  --success: #2f6b3a; --success-soft: #e3f1e5; --focus: rgb(154 74 34 / 55%);
  display: flex; flex-direction: column; max-width: min(360px, calc(100vw - 16px)); max-height: inherit;
  background: var(--bg); color: var(--text); border: 1px solid var(--border); border-radius: 12px;
  box-shadow: 0 6px 24px rgb(38 35 31 / 16%), 0 1px 3px rgb(38 35 31 / 10%);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; text-align: start;
  pointer-events: auto; user-select: none; overflow: hidden;
}
.nudge[data-theme="dark"] {
  --bg: #25221e; --bg-2: #2e2a25; --border: #3d3831; --text: #f0ebe4; --muted: #b9b0a4;
  --accent: #e8956a; --accent-strong: #f2ab85; --accent-soft: #3a2a20; --on-accent: #1b1916;
  --success: #8fd19c; --success-soft: #20331f; --focus: rgb(232 149 106 / 65%);
  box-shadow: 0 6px 24px rgb(0 0 0 / 45%);
}
.nudge[data-state="chip"] { flex-direction: row; align-items: center; flex-wrap: wrap; gap: 4px; padding: 5px 5px 5px 12px; border-radius: 18px; max-width: min(600px, calc(100vw - 16px)); }
.chip-actions { display: flex; align-items: center; gap: 2px; flex-wrap: nowrap; margin-inline-start: auto; }
.nudge[data-state="card"] { width: 340px; }
.line { flex: 1 1 auto; margin: 0 6px 0 0; color: var(--text); font-weight: 600; }
.line::before { content: ""; display: inline-block; width: 8px; height: 8px; margin-inline-end: 8px; border-radius: 50%; background: var(--accent); vertical-align: 1px; }
[data-tone="light"] .line { font-weight: 400; color: var(--muted); }
[data-tone="light"] .line::before { background: var(--border); }
[data-tone="good"] .line::before { background: var(--success); }
header { display: flex; align-items: flex-start; gap: 8px; padding: 12px 12px 4px 16px; }
h2 { flex: 1; margin: 0; font-size: 15px; font-weight: 650; color: var(--accent-strong); }
.body { overflow-y: auto; overscroll-behavior: contain; padding: 0 16px 8px; min-height: 0; }
.body p { margin: 0 0 8px; }
.lead { color: var(--text); }
.good { padding: 8px 10px; border-radius: 8px; background: var(--success-soft); color: var(--success); font-weight: 600; }
h3 { margin: 10px 0 4px; font-size: 13px; font-weight: 650; color: var(--muted); text-transform: none; }
ol, ul { margin: 0 0 6px; padding: 0; list-style: none; }
li { margin: 0 0 8px; padding: 8px 10px; border-radius: 8px; background: var(--bg-2); }
li strong { display: block; font-weight: 600; margin-bottom: 2px; }
li .row { display: flex; gap: 8px; align-items: flex-end; justify-content: space-between; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; padding: 8px 16px 12px; border-top: 1px solid var(--border); }
.actions p { flex-basis: 100%; margin: 0 0 4px; }
form { display: flex; flex-wrap: wrap; gap: 6px; align-items: flex-end; flex-basis: 100%; margin: 0; }
label { display: flex; flex-direction: column; gap: 4px; flex-basis: 100%; font-size: 14px; }
input { font: inherit; color: var(--text); background: var(--bg); padding: 6px 8px; border: 1px solid var(--border); border-radius: 8px; }
button {
  font: inherit; font-size: 14px; line-height: 1.2; padding: 6px 12px; border-radius: 999px; cursor: pointer; white-space: nowrap;
  border: 1px solid var(--border); background: var(--bg); color: var(--text); user-select: none;
}
button:hover { background: var(--bg-2); }
button.primary { background: var(--accent); border-color: var(--accent); color: var(--on-accent); }
button.primary:hover { background: var(--accent-strong); }
button.quiet { border-color: transparent; background: transparent; color: var(--muted); padding: 6px 8px; }
button.quiet:hover { background: var(--bg-2); }
button.icon { border-color: transparent; background: transparent; color: var(--muted); width: 30px; height: 30px; padding: 0; border-radius: 50%; }
button:disabled { opacity: 0.6; cursor: default; }
button:focus-visible, input:focus-visible, .nudge:focus-visible { outline: 3px solid var(--focus); outline-offset: 1px; }
.sr { position: absolute; width: 1px; height: 1px; margin: -1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-reduced-motion: no-preference) { .nudge { transition: opacity 120ms ease-out; } }
`;
