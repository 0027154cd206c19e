import { describe, expect, it } from 'vitest';
import { ONE_OF_EACH_TYPE, revealDraft, sendChain } from '../../tests/worker/audit-fixtures';
import { api, auditorToken, createTenant, enrolDevice } from '../../tests/worker/fixtures';
import { farAbovePeers, type RevealAggregates } from '../audit/reveal-aggregates';

const MONDAY_10H = new Date('2026-03-02T10:00:00.000Z');
const SATURDAY_10H = new Date('2026-03-07T10:00:00.000Z');
const MINUTE = 60_000;

/** Five users: tech-5 reveals six times as much as the others; tech-2 works Saturdays; only tech-1 gives tickets. */
async function seed(tenantId: string) {
  for (const [userId, n, start] of [
    ['tech-1', 10, MONDAY_10H],
    ['tech-2', 10, SATURDAY_10H],
    ['tech-3', 10, MONDAY_10H],
    ['tech-4', 10, MONDAY_10H],
    ['tech-5', 60, MONDAY_10H],
  ] as const) {
    const device = await enrolDevice(tenantId, userId);
    const reveals = Array.from({ length: n }, (_, i) => revealDraft(i % 2 ? 'SSN' : 'NAME', i % 5 ? 'treatment' : 'legal', userId === 'tech-1' ? 'INC-7' : undefined));
    // Other event types around the reveals must not count.
    await sendChain(device, [ONE_OF_EACH_TYPE[1]!, ...reveals, ONE_OF_EACH_TYPE[5]!], { userId, start, stepMs: 2 * MINUTE });
  }
}

async function aggregates(token: string, query = ''): Promise<RevealAggregates> {
  const res = await api(`/v1/audit/aggregates?${query}`, { token });
  expect(res.status).toBe(200);
  return res.json();
}

describe('GET /v1/audit/aggregates', () => {
  it('counts reveals by user and day, site, PHI type and reason, without tickets and off hours, and flags the outlier', async () => {
    const tenantId = await createTenant();
    await seed(tenantId);
    const result = await aggregates(await auditorToken(tenantId));
    expect(result).toMatchObject({ total: 100, withoutTicket: 90, offHours: 10, timelineUnit: 'day' });
    expect(result.timeline).toEqual([
      { bucket: '2026-03-02', reveals: 90 },
      { bucket: '2026-03-07', reveals: 10 },
    ]);
    expect(result.perUser[0]).toEqual({ userId: 'tech-5', reveals: 60, withoutTicket: 60, offHours: 0, devices: 1 });
    expect(result.perUser.find((u) => u.userId === 'tech-2')).toMatchObject({ offHours: 10 });
    expect(result.perUser.find((u) => u.userId === 'tech-1')).toMatchObject({ withoutTicket: 0 });
    expect(result.perUserPerDay).toContainEqual({ userId: 'tech-2', day: '2026-03-07', reveals: 10 });
    expect(result.perSite).toEqual([{ site: 'https://ehr.example.org', reveals: 100 }]);
    expect(result.perPhiType).toEqual([
      { phiType: 'NAME', reveals: 50 },
      { phiType: 'SSN', reveals: 50 },
    ]);
    expect(result.perReason).toEqual([
      { reason: 'treatment', reveals: 80 },
      { reason: 'legal', reveals: 20 },
    ]);
    expect(result.farAbovePeers).toEqual([{ userId: 'tech-5', reveals: 60, peerMedian: 10, score: expect.any(Number) }]);
  });

  it("applies the search filters, the tenant's working hours and hourly buckets for short ranges", async () => {
    const tenantId = await createTenant();
    await seed(tenantId);
    const token = await auditorToken(tenantId);
    expect((await aggregates(token, 'user=tech-5')).total).toBe(60);
    expect((await aggregates(token, 'reason=legal&phiType=NAME')).total).toBe(10);
    // At UTC-10, 10:00Z is midnight local: every reveal is off hours.
    expect((await aggregates(token, 'tzOffsetMinutes=-600')).offHours).toBe(100);
    const day = await aggregates(token, 'from=2026-03-02T00:00:00.000Z&to=2026-03-03T00:00:00.000Z');
    expect(day).toMatchObject({ total: 90, timelineUnit: 'hour' });
    expect(day.timeline.reduce((sum, b) => sum + b.reveals, 0)).toBe(90);
    expect(day.timeline.map((b) => b.bucket)).toEqual(['2026-03-02T10', '2026-03-02T11', '2026-03-02T12']);
  });

  it("shows one tenant nothing of another's and refuses inverted working hours", async () => {
    await seed(await createTenant('A'));
    const other = await auditorToken(await createTenant('B'));
    expect(await aggregates(other)).toMatchObject({ total: 0, perUser: [], timeline: [], farAbovePeers: [] });
    expect((await api('/v1/audit/aggregates?workStart=18&workEnd=8', { token: other })).status).toBe(400);
  });
});

describe('farAbovePeers', () => {
  const users = (counts: number[]) => counts.map((reveals, i) => ({ userId: `u${i}`, reveals }));
  it.each<[string, number[], string[]]>([
    ['one far above equal peers', [10, 10, 10, 10, 60], ['u4']],
    ['one far above spread peers', [8, 12, 9, 14, 11, 10, 95], ['u6']],
    ['nobody when all are similar', [20, 24, 19, 22, 25], []],
    ['nobody below the minimum count', [1, 1, 1, 1, 9], []],
    ['nobody among fewer than three users', [5, 500], []],
    ['nobody when everyone is equal', [30, 30, 30], []],
  ])('%s', (_, counts, flagged) => {
    expect(farAbovePeers(users(counts)).map((u) => u.userId)).toEqual(flagged);
  });
});
