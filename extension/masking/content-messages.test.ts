import { describe, expect, it } from 'vitest';
import { parseContentMessage } from './content-messages';

describe('parseContentMessage', () => {
  it.each([
    { kind: 'shield-command', command: 'panic-mask' },
    { kind: 'shield-command', command: 'toggle-reveal-mode' },
    { kind: 'settings-changed' },
    { kind: 'start-picker' },
  ])('accepts %j', (message) => {
    expect(parseContentMessage(message)).toEqual(message);
  });

  it('accepts a message built on a null prototype', () => {
    const message = Object.assign(Object.create(null) as object, { kind: 'start-picker' });
    expect(parseContentMessage(message)).toEqual({ kind: 'start-picker' });
  });

  it.each<[string, unknown]>([
    ['undefined', undefined],
    ['null', null],
    ['a string', 'settings-changed'],
    ['an array', [{ kind: 'settings-changed' }]],
    ['a class instance', new (class { kind = 'settings-changed'; })()],
    ['no kind', {}],
    ['an unknown kind', { kind: 'capture-alive', captureId: '00000000-0000-4000-8000-000000000000' }],
    ['a kind of another case', { kind: 'Settings-Changed' }],
    ['a kind that is not a string', { kind: 1 }],
    ['an unknown command', { kind: 'shield-command', command: 'reveal-all' }],
    ['a command that is not a string', { kind: 'shield-command', command: ['panic-mask'] }],
    ['a missing command', { kind: 'shield-command' }],
    ['an extra key on a command', { kind: 'shield-command', command: 'panic-mask', selector: 'body' }],
    ['an extra key on settings-changed', { kind: 'settings-changed', settings: {} }],
    ['an extra key on start-picker', { kind: 'start-picker', selector: '*' }],
  ])('refuses %s', (_label, raw) => {
    expect(parseContentMessage(raw)).toBeUndefined();
  });
});
