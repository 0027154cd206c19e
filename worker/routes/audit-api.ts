import { Hono } from 'hono';
import type { AppEnv } from '../env';
import { auditAccessLogRoute } from './audit-access-log';
import { auditAggregatesRoute } from './audit-aggregates';
import { auditChainRoute } from './audit-chain';
import { auditExportRoute } from './audit-export';

/** The auditor's API beyond the event search (GET /v1/events): one registration in app.ts. */
export const auditApiRoutes = new Hono<AppEnv>().route('/', auditExportRoute).route('/', auditChainRoute).route('/', auditAggregatesRoute).route('/', auditAccessLogRoute);
