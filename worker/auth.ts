import { createMiddleware } from 'hono/factory';
import { authenticate, type Role } from './credentials';
import type { AppEnv } from './env';
import { ApiError } from './errors';

/** Requires a bearer token of one of `roles`; puts its credential on the context. */
export function requireRole(...roles: Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const header = c.req.header('Authorization') ?? '';
    const match = /^Bearer (\S{1,200})$/.exec(header);
    if (!match) throw new ApiError('unauthorized', 'A bearer token is required.');
    const credential = await authenticate(c.env.DB, match[1]!);
    if (!roles.includes(credential.role)) throw new ApiError('forbidden', `This route needs the ${roles.join(' or ')} role.`);
    c.set('credential', credential);
    await next();
  });
}
