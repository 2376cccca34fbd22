/** Styles live in the nudge's shadow root, so neither the page nor Amends can restyle the other. */
export const nudgeStyles = `
:host { all: initial; }
.nudge {
  box-sizing: border-box;
  width: 280px;
  padding: 12px 14px;
  border-radius: 12px;
  background: #fffdf8;
  color: #2b2a33;
  border: 1px solid #e6dccb;
  box-shadow: 0 6px 24px rgba(43, 42, 51, 0.16);
  font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif;
}
.nudge h2 { margin: 0 0 4px; font-size: 14px; color: #7a3e1d; }
.nudge p { margin: 0 0 8px; }
.nudge h3 { margin: 8px 0 2px; font-size: 13px; }
.nudge ul { margin: 0 0 8px; padding-left: 18px; }
.nudge li { margin-bottom: 4px; }
.nudge .actions { display: flex; flex-wrap: wrap; gap: 6px; justify-content: flex-end; }
.nudge .actions p { flex-basis: 100%; margin: 0; }
.nudge form { display: flex; flex-wrap: wrap; gap: 6px; align-items: flex-end; }
.nudge label { display: flex; flex-direction: column; gap: 2px; flex-basis: 100%; }
.nudge input { font: inherit; padding: 3px 6px; border: 1px solid #c9b79c; border-radius: 6px; }
.nudge button {
  font: inherit;
  padding: 4px 10px;
  border-radius: 8px;
  border: 1px solid #c9b79c;
  background: #fff;
  color: #2b2a33;
  cursor: pointer;
}
.nudge button:focus-visible { outline: 2px solid #7a3e1d; outline-offset: 1px; }
`;
