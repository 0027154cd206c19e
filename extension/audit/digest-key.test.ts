import { describe, expect, it } from 'vitest';
import { AuditDb } from './audit-db';
import { digestKey } from './digest-key';

describe('digestKey', () => {
  it('creates one random 32-byte device key, even when asked concurrently, and keeps it', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    const keys = await Promise.all(Array.from({ length: 5 }, () => digestKey(db)));
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f]{64}$/);
    expect(await digestKey(new AuditDb(db.name))).toBe(keys[0]);
    expect(await digestKey(new AuditDb(`test-${crypto.randomUUID()}`))).not.toBe(keys[0]);
  });

  it('uses the tenant’s key once enrolment brings one', async () => {
    const db = new AuditDb(`test-${crypto.randomUUID()}`);
    await digestKey(db);
    await db.setMeta('enrolment', { serverUrl: 'https://audit.example', userId: 'u', digestKey: 'cd'.repeat(32) });
    expect(await digestKey(db)).toBe('cd'.repeat(32));
  });
});
