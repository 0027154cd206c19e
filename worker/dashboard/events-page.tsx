/** @jsxImportSource hono/jsx */
import type { EventPage } from '../audit/search-events';
import { viewQueryString, type DashboardQuery } from './dashboard-query';
import { EventsTable } from './events-table';
import { ExportLinks, FilterForm } from './filter-form';

export const EVENTS_PAGE_SIZE = 100;

/** The matching events, newest first, a keyset page at a time. */
export function EventsPage(props: { query: DashboardQuery; page: EventPage }) {
  const { query, page } = props;
  return (
    <>
      <h2 id="filters">Filters</h2>
      <FilterForm action="/audit/events" query={query} />
      <ExportLinks query={query} />
      <h2>Events, newest first</h2>
      {page.events.length === 0 ? <p class="muted">No events match these filters.</p> : <EventsTable events={page.events} caption="Matching events, newest first" />}
      <p class="pager">
        {query.after !== undefined && <a href={`/audit/events${viewQueryString(query)}`}>Newest events</a>}
        {page.nextCursor !== null && <a href={`/audit/events${viewQueryString(query, { after: page.nextCursor })}`}>Older events</a>}
      </p>
    </>
  );
}
