import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * Every error the API returns has this one shape:
 *   { "error": { "code": "chain_gap", "message": "...", "requestId": "..." } }
 * Messages never echo request values: a request body may carry PHI by mistake.
 */
export type ErrorCode =
  | 'bad_request'
  | 'validation_failed'
  | 'unauthorized'
  | 'token_expired'
  | 'device_revoked'
  | 'forbidden'
  | 'not_found'
  | 'payload_too_large'
  | 'conflict'
  | 'chain_gap'
  | 'chain_broken'
  | 'rate_limited'
  | 'internal_error';

const STATUS: Record<ErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  validation_failed: 400,
  unauthorized: 401,
  token_expired: 401,
  device_revoked: 401,
  forbidden: 403,
  not_found: 404,
  payload_too_large: 413,
  conflict: 409,
  chain_gap: 409,
  chain_broken: 409,
  rate_limited: 429,
  internal_error: 500,
};

export class ApiError extends Error {
  readonly status: ContentfulStatusCode;
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Sent as Retry-After: how long the caller must wait before trying again. */
    readonly retryAfterSeconds?: number,
  ) {
    super(message);
    this.status = STATUS[code];
  }
}

export interface ErrorBody {
  error: { code: ErrorCode; message: string; requestId: string };
}
