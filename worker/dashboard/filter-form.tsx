/** @jsxImportSource hono/jsx */
import { AUDIT_EVENT_TYPES } from '../../shared/events';
import { PHI_TYPES } from '../../shared/phi-types';
import { REVEAL_REASONS, REVEAL_REASON_CODES } from '../../shared/reveal-reasons';
import { EXPORT_FORMATS, type ExportFormat } from '../audit/export-response';
import { viewQueryString, type DashboardQuery } from './dashboard-query';

const EXPORT_LABELS: Record<ExportFormat, string> = { csv: 'CSV', ndjson: 'NDJSON', fhir: 'FHIR R4 Bundle' };

/** The filter form: a GET form, so a view is a link, and Back and bookmarks work. */
export function FilterForm(props: { action: string; query: DashboardQuery; sites?: string[] }) {
  const q = props.query;
  const select = (name: keyof DashboardQuery, label: string, options: readonly (readonly [string, string])[]) => (
    <label>
      {label}
      <select name={name}>
        <option value="">Any</option>
        {options.map(([value, text]) => (
          <option value={value} selected={q[name] === value}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <form class="filters" method="get" action={props.action} aria-label="Filters">
      <label>
        User
        <input name="user" value={q.user ?? ''} autocomplete="off" spellcheck={false} />
      </label>
      <label>
        Device id
        <input name="device" value={q.device ?? ''} autocomplete="off" spellcheck={false} />
      </label>
      {select('type', 'Event type', AUDIT_EVENT_TYPES.map((t) => [t, t.replace(/_/g, ' ')] as const))}
      {select('phiType', 'PHI type', PHI_TYPES.map((t) => [t, t] as const))}
      <label>
        Site (origin)
        <input name="site" value={q.site ?? ''} list="known-sites" placeholder="https://ehr.example.org" autocomplete="off" spellcheck={false} />
      </label>
      <datalist id="known-sites">
        {(props.sites ?? []).map((site) => (
          <option value={site} />
        ))}
      </datalist>
      {select('reason', 'Reason', REVEAL_REASON_CODES.map((r) => [r, REVEAL_REASONS[r].label] as const))}
      <label>
        From (UTC day)
        <input type="date" name="from" value={q.from ?? ''} />
      </label>
      <label>
        To (UTC day)
        <input type="date" name="to" value={q.to ?? ''} />
      </label>
      <div class="actions">
        <button type="submit" class="primary">
          Apply
        </button>
        <a href={props.action}>Clear</a>
      </div>
    </form>
  );
}

/** One-click export of exactly the events the current filters select. */
export function ExportLinks(props: { query: DashboardQuery }) {
  return (
    <p class="exports">
      <span>Export these events:</span>
      {(Object.keys(EXPORT_FORMATS) as ExportFormat[]).map((format) => (
        <a href={`/audit/export${viewQueryString(props.query, { format })}`} download>
          {EXPORT_LABELS[format]}
        </a>
      ))}
    </p>
  );
}

export function QueryProblems(props: { problems: string[] }) {
  return (
    <div class="problems" role="alert">
      <strong>These filters cannot be applied:</strong>
      <ul>
        {props.problems.map((p) => (
          <li>{p}</li>
        ))}
      </ul>
    </div>
  );
}
