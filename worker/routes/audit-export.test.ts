import { describe, expect, it } from 'vitest';
import { appendToChain, verifyChain, type AuditEvent } from '../../shared/events';
import { ONE_OF_EACH_TYPE, revealDraft, sendChain } from '../../tests/worker/audit-fixtures';
import { AUDIT_EVENT_ACTIONS, AUDIT_EVENT_OUTCOMES, validateAuditEvent, validateAuditEventBundle } from '../../tests/worker/fhir-r4-audit-event';
import { api, auditorToken, createTenant, enrolDevice } from '../../tests/worker/fixtures';
import type { FhirAuditEvent, FhirBundle } from '../audit/fhir-audit-event';

async function exportText(token: string, query: string): Promise<{ res: Response; text: string }> {
  const res = await api(`/v1/audit/export?${query}`, { token });
  return { res, text: await res.text() };
}

/** RFC 4180 with the formula guard undone: what a careful reader of the CSV does. */
function parseCsv(text: string): Record<string, string>[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') row.push(cell), (cell = '');
    else if (ch === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else cell += ch;
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header!.map((name, i) => [name, cells[i]!.replace(/^\t(?=[=+\-@])/, '')])));
}

/** Rebuilds the device's event from a CSV row: its columns plus the details JSON. */
function eventFromCsv(row: Record<string, string>): AuditEvent {
  const { receivedAt: _received, origin, route, details, seq, ...columns } = row;
  const own = Object.fromEntries(Object.entries(columns).filter(([, value]) => value !== ''));
  return { ...own, seq: Number(seq), ...(origin ? { site: { origin, route } } : {}), ...JSON.parse(details!) } as AuditEvent;
}

const withoutReceivedAt = ({ receivedAt: _r, ...event }: AuditEvent & { receivedAt?: string }) => event;

describe('GET /v1/audit/export', () => {
  it('round-trips every event type through NDJSON and CSV, hashes and chain intact', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    const sent = await sendChain(device, ONE_OF_EACH_TYPE);
    const token = await auditorToken(tenantId);

    const ndjson = await exportText(token, 'format=ndjson');
    expect(ndjson.res.headers.get('Content-Type')).toBe('application/x-ndjson');
    expect(ndjson.res.headers.get('Content-Disposition')).toMatch(/^attachment; filename="audit-events-\d{8}T\d{6}\.ndjson"$/);
    const fromNdjson = ndjson.text.trimEnd().split('\n').map((line) => JSON.parse(line) as AuditEvent & { receivedAt: string });
    expect(fromNdjson.every((e) => !Number.isNaN(Date.parse(e.receivedAt)))).toBe(true);
    expect(fromNdjson.map(withoutReceivedAt)).toEqual(sent);
    expect(verifyChain(fromNdjson.map(withoutReceivedAt), null)).toBeNull();

    const csv = await exportText(token, 'format=csv');
    expect(csv.res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8');
    const rows = parseCsv(csv.text);
    expect(rows[2]).toMatchObject({ type: 'value_revealed', phiType: 'SSN', reason: 'treatment', ticket: 'INC-1042', userId: 'tech-1', origin: 'https://ehr.example.org' });
    const fromCsv = rows.map(eventFromCsv);
    expect(fromCsv).toEqual(sent);
    expect(verifyChain(fromCsv, null)).toBeNull();
  });

  it('keeps a null user apart from an absent one, so pre-enrolment events still verify from CSV', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    const sent = await sendChain(device, ONE_OF_EACH_TYPE.slice(0, 2), { userId: null });
    const csv = await exportText(await auditorToken(tenantId), 'format=csv');
    expect(parseCsv(csv.text).map(eventFromCsv)).toEqual(sent);
  });

  it('streams a filtered export across many pages without losing or repeating an event', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    const drafts = Array.from({ length: 1100 }, (_, i) => (i % 11 === 0 ? ONE_OF_EACH_TYPE[1]! : revealDraft('NAME', 'payment')));
    const sent = await sendChain(device, drafts);
    const token = await auditorToken(tenantId);
    const { text } = await exportText(token, 'format=ndjson&type=value_revealed');
    const lines = text.trimEnd().split('\n').map((line) => withoutReceivedAt(JSON.parse(line)));
    expect(lines).toEqual(sent.filter((e) => e.type === 'value_revealed'));

    const fhir = await exportText(token, 'format=fhir&type=page_protected');
    const bundle = JSON.parse(fhir.text) as FhirBundle;
    expect(bundle.entry!.map((e) => e.resource.extension!.find((x) => x.url.endsWith('chain-seq'))).map((x) => x && 'valueString' in x && Number(x.valueString))).toEqual(
      sent.filter((e) => e.type === 'page_protected').map((e) => e.seq),
    );
  });

  it('writes a FHIR R4 Bundle of AuditEvents that meets the structure, with DICOM types and reason codes', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    await sendChain(device, ONE_OF_EACH_TYPE, { userId: 'tech-9' });
    const { res, text } = await exportText(await auditorToken(tenantId), 'format=fhir');
    expect(res.headers.get('Content-Type')).toBe('application/fhir+json');
    const bundle = JSON.parse(text) as FhirBundle;
    expect(validateAuditEventBundle(bundle)).toEqual([]);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.entry!).toHaveLength(ONE_OF_EACH_TYPE.length);

    const bySubtype = (type: string) => bundle.entry!.map((e) => e.resource).find((r) => r.subtype[0]!.code === type)!;
    const reveal = bySubtype('value_revealed');
    expect(reveal).toMatchObject({ type: { code: '110110', system: 'http://dicom.nema.org/resources/ontology/DCM' }, action: 'R', outcome: '0' });
    expect(reveal.purposeOfEvent![0]!.coding[0]).toMatchObject({ system: 'http://terminology.hl7.org/CodeSystem/v3-ActReason', code: 'TREAT' });
    expect(reveal.agent).toEqual([
      expect.objectContaining({ who: { identifier: { system: 'urn:phi-screen-shield:user', value: 'tech-9' } }, requestor: true }),
      expect.objectContaining({ who: { identifier: { system: 'urn:phi-screen-shield:device', value: device.deviceId } }, requestor: false }),
    ]);
    expect(reveal.source.observer.identifier.value).toBe(device.deviceId);
    expect(reveal.entity).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ what: { identifier: { system: 'urn:ietf:rfc:3986', value: 'https://ehr.example.org/Patient/:id/chart' } } }),
        expect.objectContaining({ what: { identifier: { system: 'urn:phi-screen-shield:value-digest', value: 'ab'.repeat(32) } }, detail: [{ type: 'phiType', valueString: 'SSN' }] }),
      ]),
    );
    const reasonless = bundle.entry!.map((e) => e.resource).filter((r) => r.subtype[0]!.code === 'value_revealed' && !r.purposeOfEvent);
    expect(reasonless).toHaveLength(1);
    expect(bySubtype('page_revealed').purposeOfEvent![0]!.coding[0]!.code).toBe('HSYSADMIN');
    expect(bySubtype('masking_failed')).toMatchObject({ type: { code: '110113' }, outcome: '8' });
    expect(bySubtype('site_protection_changed')).toMatchObject({ type: { code: '110113' }, action: 'U' });
    expect(bySubtype('page_protected')).toMatchObject({ type: { code: '110100' }, action: 'E' });
    expect(bySubtype('page_protected').purposeOfEvent).toBeUndefined();
    for (const { resource } of bundle.entry!) {
      expect(AUDIT_EVENT_ACTIONS).toContain(resource.action);
      expect(AUDIT_EVENT_OUTCOMES).toContain(resource.outcome);
    }
  });

  it('names a device as the requestor when the event has no user', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    await sendChain(device, ONE_OF_EACH_TYPE.slice(0, 1), { userId: null });
    const bundle = JSON.parse((await exportText(await auditorToken(tenantId), 'format=fhir')).text) as FhirBundle;
    expect(validateAuditEventBundle(bundle)).toEqual([]);
    expect(bundle.entry![0]!.resource.agent).toEqual([expect.objectContaining({ requestor: true, who: { identifier: { system: 'urn:phi-screen-shield:device', value: device.deviceId } } })]);
  });

  it('adds batches refused at ingest as chain-problem security alerts to the FHIR bundle only', async () => {
    const tenantId = await createTenant();
    const device = await enrolDevice(tenantId);
    const sent = await sendChain(device, ONE_OF_EACH_TYPE.slice(0, 2));
    const skipping = appendToChain(ONE_OF_EACH_TYPE[1]!, device.deviceId, { seq: sent.at(-1)!.seq + 3, hash: sent.at(-1)!.hash }, new Date());
    expect((await api('/v1/events', { method: 'POST', token: device.token, json: { events: [skipping] } })).status).toBe(409);
    const token = await auditorToken(tenantId);

    const bundle = JSON.parse((await exportText(token, 'format=fhir')).text) as FhirBundle;
    expect(validateAuditEventBundle(bundle)).toEqual([]);
    expect(bundle.entry).toHaveLength(3);
    expect(bundle.entry![2]!.resource).toMatchObject({
      type: { code: '110113' },
      subtype: [{ code: 'chain_gap' }],
      outcome: '8',
      outcomeDesc: 'Batch refused: gap at seq 6',
      agent: [{ who: { identifier: { value: device.deviceId } }, requestor: true }],
    });
    // A refusal has no user, type or PHI type: filtering on those leaves it out; NDJSON holds events only.
    expect(JSON.parse((await exportText(token, 'format=fhir&user=tech-1')).text).entry).toHaveLength(2);
    expect((await exportText(token, 'format=ndjson')).text.trimEnd().split('\n')).toHaveLength(2);
  });

  it('writes an empty but valid bundle for an empty selection, and refuses an unknown format', async () => {
    const token = await auditorToken(await createTenant());
    const bundle = JSON.parse((await exportText(token, 'format=fhir')).text);
    expect(bundle).not.toHaveProperty('entry');
    expect(validateAuditEventBundle(bundle)).toEqual([]);
    expect((await exportText(token, 'format=xml')).res.status).toBe(400);
  });
});

describe('the R4 AuditEvent structural validator', () => {
  const valid: FhirAuditEvent = {
    resourceType: 'AuditEvent',
    id: 'a1',
    extension: [],
    type: { system: 'http://dicom.nema.org/resources/ontology/DCM', code: '110110' },
    subtype: [{ system: 'urn:x', code: 'value_revealed' }],
    action: 'R',
    recorded: '2026-03-02T10:00:00.000Z',
    outcome: '0',
    agent: [{ type: { coding: [{ system: 'urn:x', code: 'u' }] }, who: { identifier: { system: 'urn:x', value: 'u' } }, requestor: true }],
    source: { observer: { identifier: { system: 'urn:x', value: 'd' } }, type: [{ system: 'urn:x', code: '1' }] },
  };
  const { extension: _empty, ...base } = valid;

  it.each<[string, (r: Record<string, unknown>) => void, RegExp]>([
    ['missing type', (r) => delete r.type, /type: is required/],
    ['missing recorded', (r) => delete r.recorded, /recorded: is required/],
    ['recorded without time zone', (r) => (r.recorded = '2026-03-02T10:00:00'), /recorded: must be an instant/],
    ['no agent', (r) => (r.agent = []), /agent: an array must not be empty/],
    ['agent without requestor', (r) => (r.agent = [{ who: { display: 'x' } }]), /agent\[0\]\.requestor: is required/],
    ['missing source', (r) => delete r.source, /source: is required/],
    ['source without observer', (r) => (r.source = { type: [] }), /source\.observer: is required/],
    ['two types', (r) => (r.type = [valid.type, valid.type]), /type: must be a single value/],
    ['action outside the value set', (r) => (r.action = 'X'), /action: must be one of C R U D E/],
    ['outcome outside the value set', (r) => (r.outcome = '1'), /outcome: must be one of 0 4 8 12/],
    ['unknown element', (r) => (r.patientName = 'x'), /patientName: is not an element/],
    ['detail without a value', (r) => (r.entity = [{ detail: [{ type: 'x' }] }]), /exactly one of valueString/],
    ['entity with name and query', (r) => (r.entity = [{ name: 'a', query: 'b' }]), /sev-1/],
  ])('finds %s', (_, spoil, problem) => {
    expect(validateAuditEvent(base)).toEqual([]);
    const spoiled = structuredClone(base) as Record<string, unknown>;
    spoil(spoiled);
    expect(validateAuditEvent(spoiled).join('\n')).toMatch(problem);
  });

  it('finds bundle problems: missing fullUrl, duplicate fullUrl, wrong type', () => {
    const entry = { fullUrl: 'urn:uuid:00000000-0000-8000-8000-000000000001', resource: { ...base, id: '00000000-0000-8000-8000-000000000001' } };
    expect(validateAuditEventBundle({ resourceType: 'Bundle', type: 'collection', entry: [entry] })).toEqual([]);
    expect(validateAuditEventBundle({ resourceType: 'Bundle', type: 'collection', entry: [{ resource: entry.resource }] }).join()).toMatch(/fullUrl: is required/);
    expect(validateAuditEventBundle({ resourceType: 'Bundle', type: 'collection', entry: [entry, entry] }).join()).toMatch(/bdl-7/);
    expect(validateAuditEventBundle({ resourceType: 'Bundle', type: 'list', entry: [entry] }).join()).toMatch(/type: must be one of/);
  });
});
