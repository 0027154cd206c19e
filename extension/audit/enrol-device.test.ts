import { describe, expect, it } from 'vitest';
import { exportPublicKeyJwk } from '../../shared/device-auth';
import { AuditDb } from './audit-db';
import { deviceKeys } from './device-keys';
import { enrolDevice } from './enrol-device';

const freshDb = () => new AuditDb(`test-${crypto.randomUUID()}`);
const digestKey = 'ab'.repeat(32);

/** A stand-in for POST /v1/enrol (the real route is tested in workerd and end to end). */
function enrolServer(sent: unknown[], status = 201): typeof fetch {
  return async (_url, init) => {
    sent.push(JSON.parse(String(init!.body)));
    if (status !== 201) return Response.json({ error: { code: 'unauthorized', message: 'The enrolment code is unknown, used or expired.' } }, { status });
    return Response.json({ userId: 'tech-3', accessToken: 'pss_access', expiresInSeconds: 900, digestKey, serverTime: new Date().toISOString() }, { status });
  };
}

describe('enrolDevice', () => {
  it("registers the device key's public half and stores the token and the tenant digest key", async () => {
    const db = freshDb();
    const sent: { code: string; deviceId: string; publicKey: unknown }[] = [];
    const enrolment = await enrolDevice(db, 'http://127.0.0.1:8787/ignored/path', 'K7QX-M2PD-9TWA-HC4E', enrolServer(sent) as typeof fetch);
    expect(enrolment).toEqual({ serverUrl: 'http://127.0.0.1:8787', userId: 'tech-3', digestKey });
    expect(await db.getMeta('enrolment')).toEqual(enrolment);
    expect(sent[0]!.deviceId).toBe((await db.getMeta('device'))!.deviceId);
    expect(sent[0]!.publicKey).toEqual(await exportPublicKeyJwk((await deviceKeys(db)).publicKey));
    expect(JSON.stringify(sent[0])).not.toMatch(/"d"/); // no private key material
    const token = (await db.getMeta('accessToken'))!;
    expect(token.token).toBe('pss_access');
    expect(token.expiresAt - Date.now()).toBeGreaterThan(14 * 60_000);
  });

  it('stores nothing when the server refuses the code', async () => {
    const db = freshDb();
    await expect(enrolDevice(db, 'https://audit.example', 'AAAA-BBBB-CCCC-DDDD', enrolServer([], 401))).rejects.toThrow('The enrolment code is unknown, used or expired.');
    expect(await db.getMeta('enrolment')).toBeUndefined();
    expect(await db.getMeta('accessToken')).toBeUndefined();
  });

  it('refuses plain http except on loopback, before contacting the server', async () => {
    const sent: unknown[] = [];
    await expect(enrolDevice(freshDb(), 'http://audit.example', 'K7QX-M2PD-9TWA-HC4E', enrolServer(sent))).rejects.toThrow(/https/);
    expect(sent).toEqual([]);
  });

  it('keeps one key pair however many callers race for it', async () => {
    const db = freshDb();
    const pairs = await Promise.all([deviceKeys(db), deviceKeys(db), deviceKeys(db)]);
    const keys = await Promise.all(pairs.map((p) => exportPublicKeyJwk(p.publicKey)));
    expect(new Set(keys.map((k) => k.x)).size).toBe(1);
  });
});
