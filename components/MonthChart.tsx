interface MonthChartProps {
  months: ReadonlyArray<{ month: string; count: number }>;
  /** Accessible name; the numbers are also in a table for screen readers. */
  label: string;
  monthLabel(month: string): string;
}

const BAR = 28;
const GAP = 10;
const HEIGHT = 120;

/** Repairs per month as plain SVG bars: no chart library, no canvas; the same numbers are in a visually hidden table. */
export function MonthChart({ months, label, monthLabel }: MonthChartProps) {
  const shown = months.slice(-12);
  const max = Math.max(1, ...shown.map((m) => m.count));
  const width = shown.length * (BAR + GAP) + GAP;
  return (
    <div className="month-chart">
      <svg role="img" aria-label={label} viewBox={`0 0 ${width} ${HEIGHT + 36}`} width={width} height={HEIGHT + 36}>
        {shown.map((m, index) => {
          const height = Math.max(2, (m.count / max) * HEIGHT);
          const x = GAP + index * (BAR + GAP);
          return (
            <g key={m.month}>
              <rect x={x} y={HEIGHT - height + 14} width={BAR} height={height} rx={4} className="bar" />
              <text x={x + BAR / 2} y={HEIGHT - height + 10} textAnchor="middle" className="bar-value">
                {m.count}
              </text>
              <text x={x + BAR / 2} y={HEIGHT + 30} textAnchor="middle" className="bar-label">
                {monthLabel(m.month)}
              </text>
            </g>
          );
        })}
      </svg>
      <table className="visually-hidden">
        <caption>{label}</caption>
        <tbody>
          {shown.map((m) => (
            <tr key={m.month}>
              <th scope="row">{monthLabel(m.month)}</th>
              <td>{m.count}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
