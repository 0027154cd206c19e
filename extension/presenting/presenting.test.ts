import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY_SETTINGS, DEFAULT_PRESENTATION_POLICY, policySettingsSchema } from '../../shared/policy';
import type { MessageOf } from '../messages';
import { DEFAULT_LOCAL_SETTINGS } from '../settings/local-settings';
import { resolvePageSettings } from '../settings/resolve-page-settings';
import { isScheduledAt, presentingScheduleSchema } from './presenting-schedule';
import { refusalWhilePresenting } from './reveal-while-presenting';
import { liveCaptures, presentingReason, type PresentingState } from './presenting-state';

const KEY = 'ab'.repeat(32);
const URL_ = 'https://ehr.example.org/Patient/1';
const site = { origin: 'https://ehr.example.org', route: '/Patient/:id' };
const resolve = (presenting: boolean, maskStyle: 'block' | 'blur' | 'placeholder' = 'blur', presentation = DEFAULT_PRESENTATION_POLICY) =>
  resolvePageSettings(URL_, { local: { ...DEFAULT_LOCAL_SETTINGS, maskStyle }, managed: { presentation }, digestKey: KEY, presenting });

describe('the presentation overlay in PageSettings', () => {
  it('changes nothing while not presenting', () => {
    expect(resolve(false)).toMatchObject({ maskStyle: 'blur', maskProviderNames: false });
    expect(resolve(false).presenting).toBeUndefined();
  });

  it.each([
    ['blur becomes solid blocks', 'blur', 'block'],
    ['placeholders stay placeholders', 'placeholder', 'placeholder'],
    ['blocks stay blocks', 'block', 'block'],
  ] as const)('masks provider names too and %s', (_name, own, presented) => {
    expect(resolve(true, own)).toMatchObject({ maskStyle: presented, maskProviderNames: true, presenting: { reveal: 'refuse' } });
  });

  it('follows the tenant’s presentation policy, which can only add masking', () => {
    const lenient = { ...DEFAULT_PRESENTATION_POLICY, maskProviderNames: false, solidBlocks: false, reveal: 'confirm' as const };
    expect(resolve(true, 'blur', lenient)).toMatchObject({ maskStyle: 'blur', maskProviderNames: false, presenting: { reveal: 'confirm' } });
  });

  it('is part of a policy saved before it existed, with the defaults', () => {
    const { presentation: _, ...older } = DEFAULT_POLICY_SETTINGS;
    expect(policySettingsSchema.parse(older).presentation).toEqual(DEFAULT_PRESENTATION_POLICY);
  });
});

describe('presentingReason', () => {
  const state = (over: Partial<PresentingState>): PresentingState => ({ captures: {}, manual: false, dismissed: [], active: false, reason: null, ...over });
  const capture = { tabId: 1, frameId: 0 };
  it.each([
    ['nothing', state({}), false, false, null],
    ['a capture', state({ captures: { a: capture } }), false, false, 'detected'],
    ['a dismissed capture only', state({ captures: { a: capture }, dismissed: ['a'] }), false, false, null],
    ['one of two captures dismissed', state({ captures: { a: capture, b: capture }, dismissed: ['a'] }), false, false, 'detected'],
    ['the switch', state({ manual: true }), false, false, 'manual'],
    ['the schedule', state({}), false, true, 'schedule'],
    ['policy over everything', state({ captures: { a: capture }, manual: true }), true, true, 'policy'],
  ] as const)('%s', (_name, s, alwaysOn, scheduled, reason) => {
    expect(presentingReason(s, { alwaysOn }, scheduled)).toBe(reason);
  });

  it('counts only captures not dismissed', () => {
    expect(liveCaptures(state({ captures: { a: capture, b: capture }, dismissed: ['b'] }))).toEqual(['a']);
  });
});

describe('refusalWhilePresenting', () => {
  const reveal = (over: Partial<MessageOf<'reveal'>> = {}): MessageOf<'reveal'> => ({ kind: 'reveal', scope: 'value', phiType: 'SSN', valueDigest: 'cd'.repeat(32), reason: 'treatment', ...over });
  const settings = (reveal?: 'refuse' | 'confirm') => ({ ...resolve(false), ...(reveal ? { presenting: { reveal } } : {}) });

  it('lets a reveal through when not presenting', () => {
    expect(refusalWhilePresenting(settings(), reveal(), site)).toBeNull();
  });

  it.each([
    ['refuse', {}],
    ['refuse', { confirmedWhilePresenting: true as const }],
    ['confirm', {}],
  ] as const)('refuses under "%s" with %o, recording type and scope but never the digest', (policy, extra) => {
    const refusal = refusalWhilePresenting(settings(policy), reveal(extra), site);
    expect(refusal?.draft).toEqual({ type: 'reveal_refused', site, scope: 'value', phiType: 'SSN', cause: 'presenting' });
  });

  it('lets a reveal confirmed a second time through under "confirm"', () => {
    expect(refusalWhilePresenting(settings('confirm'), reveal({ confirmedWhilePresenting: true }), site)).toBeNull();
  });

  it('records a page reveal without a PHI type', () => {
    expect(refusalWhilePresenting(settings('refuse'), reveal({ scope: 'page', phiType: undefined, valueDigest: undefined }), site)?.draft).toEqual({ type: 'reveal_refused', site, scope: 'page', cause: 'presenting' });
  });
});

describe('isScheduledAt', () => {
  // Wednesday 25 November 2026, local time.
  const at = (hours: number, minutes: number) => new Date(2026, 10, 25, hours, minutes);
  const standUp = [{ days: [1, 2, 3, 4, 5], start: '09:00', end: '09:30' }];
  it.each([
    ['before the window', at(8, 59), false],
    ['its first minute', at(9, 0), true],
    ['inside', at(9, 29), true],
    ['its end minute', at(9, 30), false],
    ['another day', new Date(2026, 10, 29, 9, 10), false], // a Sunday
  ])('%s', (_name, date, scheduled) => {
    expect(isScheduledAt(standUp, date)).toBe(scheduled);
  });

  it.each([
    ['no day', { days: [], start: '09:00', end: '10:00' }],
    ['an end before the start', { days: [1], start: '10:00', end: '09:00' }],
    ['a time that is not one', { days: [1], start: '9am', end: '10:00' }],
    ['a day that is not one', { days: [7], start: '09:00', end: '10:00' }],
  ])('refuses a window with %s', (_name, window) => {
    expect(presentingScheduleSchema.safeParse([window]).success).toBe(false);
  });
});
