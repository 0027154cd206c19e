/** @jsxImportSource hono/jsx */

const WIDTH = 1200;
const HEIGHT = 220;
const PAD = { left: 44, right: 10, top: 12, bottom: 26 };
/** More buckets than this are drawn as they come, without filling empty hours or days. */
const MAX_FILLED_BUCKETS = 800;

export interface TimelineBucket {
  bucket: string;
  reveals: number;
}

/**
 * Reveals over time as an inline SVG bar chart: no script, so the CSP forbids all. Empty hours or
 * days between the first and last are drawn as gaps, so the time axis is honest. Each bar has a
 * title (hover), and the numbers are also in a table for screen readers and keyboard users.
 */
export function TimelineChart(props: { buckets: TimelineBucket[]; unit: 'hour' | 'day' }) {
  const buckets = fillGaps(props.buckets, props.unit);
  if (buckets.length === 0) return <p class="muted">No reveals match these filters.</p>;
  const max = Math.max(...buckets.map((b) => b.reveals));
  const plotWidth = WIDTH - PAD.left - PAD.right;
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = plotWidth / buckets.length;
  const barWidth = Math.min(48, Math.max(1, step * 0.8));
  const r = (n: number) => Math.round(n * 10) / 10;
  const y = (n: number) => r(PAD.top + plotHeight - (n / max) * plotHeight);
  const label = (b: string) => (props.unit === 'hour' ? `${b.slice(5, 10)} ${b.slice(11, 13)}:00` : b);
  const ticks = [...new Set([0, Math.floor(buckets.length / 2), buckets.length - 1])];
  const total = buckets.reduce((sum, b) => sum + b.reveals, 0);
  return (
    <div class="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={`Reveals per ${props.unit}: ${total} in ${buckets.length} ${props.unit}s, at most ${max} in one ${props.unit}.`}>
        <line class="axis" x1={PAD.left} y1={PAD.top + plotHeight} x2={WIDTH - PAD.right} y2={PAD.top + plotHeight} />
        <line class="axis" x1={PAD.left} y1={PAD.top} x2={PAD.left} y2={PAD.top + plotHeight} />
        <text x={PAD.left - 6} y={PAD.top + 4} text-anchor="end">
          {max}
        </text>
        <text x={PAD.left - 6} y={PAD.top + plotHeight} text-anchor="end">
          0
        </text>
        {buckets.map((b, i) =>
          b.reveals === 0 ? null : (
            <rect class="bar" x={r(PAD.left + i * step + (step - barWidth) / 2)} y={y(b.reveals)} width={r(barWidth)} height={r(PAD.top + plotHeight - y(b.reveals))}>
              <title>{`${label(b.bucket)}: ${b.reveals} reveal${b.reveals === 1 ? '' : 's'}`}</title>
            </rect>
          ),
        )}
        {ticks.map((i) => (
          <text x={r(PAD.left + i * step + step / 2)} y={HEIGHT - 6} text-anchor={buckets.length === 1 ? 'middle' : i === 0 ? 'start' : i === buckets.length - 1 ? 'end' : 'middle'}>
            {label(buckets[i]!.bucket)}
          </text>
        ))}
      </svg>
      <details>
        <summary>Reveals per {props.unit} as a table</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{props.unit === 'hour' ? 'Hour (UTC)' : 'Day (UTC)'}</th>
              <th scope="col" class="num">
                Reveals
              </th>
            </tr>
          </thead>
          <tbody>
            {props.buckets.map((b) => (
              <tr>
                <td>{label(b.bucket)}</td>
                <td class="num">{b.reveals}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}

/** Buckets are "YYYY-MM-DD" or "YYYY-MM-DDTHH"; fills the empty ones between the first and the last. */
function fillGaps(buckets: TimelineBucket[], unit: 'hour' | 'day'): TimelineBucket[] {
  if (buckets.length < 2) return buckets;
  const stepMs = unit === 'hour' ? 3600_000 : 86_400_000;
  const toMs = (b: string) => Date.parse(unit === 'hour' ? `${b}:00:00Z` : `${b}T00:00:00Z`);
  const first = toMs(buckets[0]!.bucket);
  const last = toMs(buckets.at(-1)!.bucket);
  if ((last - first) / stepMs + 1 > MAX_FILLED_BUCKETS) return buckets;
  const byBucket = new Map(buckets.map((b) => [b.bucket, b.reveals]));
  const filled: TimelineBucket[] = [];
  for (let t = first; t <= last; t += stepMs) {
    const bucket = new Date(t).toISOString().slice(0, unit === 'hour' ? 13 : 10);
    filled.push({ bucket, reveals: byBucket.get(bucket) ?? 0 });
  }
  return filled;
}
