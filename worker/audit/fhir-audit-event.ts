import type { AuditEventOf } from '../../shared/events';
import { REVEAL_REASONS } from '../../shared/reveal-reasons';
import { sha256Hex } from '../../shared/sha256';
import type { StoredEvent } from './search-events';

/**
 * Maps stored events onto FHIR R4 AuditEvent (https://hl7.org/fhir/R4/auditevent.html): DICOM event
 * types, action, outcome, purposeOfEvent from the reveal reason, the user and device as agents, the
 * device as the observing source, and the site, PHI type and value digest as entities. No value of
 * PHI exists in an event, so none can reach the export.
 */

export interface Coding {
  system: string;
  code: string;
  display?: string;
}

interface Reference {
  identifier: { system: string; value: string };
  display?: string;
}

interface EntityDetail {
  type: string;
  valueString: string;
}

export interface FhirAuditEvent {
  resourceType: 'AuditEvent';
  id: string;
  extension?: ({ url: string; valueInstant: string } | { url: string; valueString: string })[];
  type: Coding;
  subtype: Coding[];
  action: AuditAction;
  recorded: string;
  outcome: AuditOutcome;
  outcomeDesc?: string;
  purposeOfEvent?: { coding: Coding[]; text: string }[];
  agent: { type: { coding: Coding[] }; who: Reference; requestor: boolean }[];
  source: { site?: string; observer: Reference; type: Coding[] };
  entity?: { what: Reference; type: Coding; detail?: EntityDetail[] }[];
}

export interface FhirBundle {
  resourceType: 'Bundle';
  type: 'collection';
  timestamp: string;
  /** Absent when empty: FHIR JSON has no empty arrays. */
  entry?: { fullUrl: string; resource: FhirAuditEvent }[];
}

export const AUDIT_ACTIONS = ['C', 'R', 'U', 'D', 'E'] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];
/** 0 success, 4 minor failure, 8 serious failure, 12 major failure. */
export const AUDIT_OUTCOMES = ['0', '4', '8', '12'] as const;
export type AuditOutcome = (typeof AUDIT_OUTCOMES)[number];

const DCM = 'http://dicom.nema.org/resources/ontology/DCM';
const EVENT_TYPE = {
  applicationActivity: { system: DCM, code: '110100', display: 'Application Activity' },
  patientRecord: { system: DCM, code: '110110', display: 'Patient Record' },
  securityAlert: { system: DCM, code: '110113', display: 'Security Alert' },
} satisfies Record<string, Coding>;

/** Our own identifiers and codes, as URNs: they name things in this product, not on the web. */
const SYSTEM = {
  eventType: 'urn:phi-screen-shield:event-type',
  user: 'urn:phi-screen-shield:user',
  device: 'urn:phi-screen-shield:device',
  site: 'urn:ietf:rfc:3986',
  valueDigest: 'urn:phi-screen-shield:value-digest',
  receivedAt: 'urn:phi-screen-shield:received-at',
  server: 'urn:phi-screen-shield:server',
  chainHash: 'urn:phi-screen-shield:chain-hash',
  chainSeq: 'urn:phi-screen-shield:chain-seq',
};
const ACT_REASON = 'http://terminology.hl7.org/CodeSystem/v3-ActReason';
const ENTITY_TYPE = 'http://terminology.hl7.org/CodeSystem/audit-entity-type';
const USER_AGENT_TYPE: Coding = { system: 'http://terminology.hl7.org/CodeSystem/extra-security-role-type', code: 'humanuser', display: 'human user' };
const DEVICE_AGENT_TYPE: Coding = { system: DCM, code: '110150', display: 'Application' };
const SERVER_SOURCE: Coding = { system: 'http://terminology.hl7.org/CodeSystem/security-source-type', code: '4', display: 'Application Server' };
const USER_DEVICE_SOURCE: Coding = { system: 'http://terminology.hl7.org/CodeSystem/security-source-type', code: '1', display: 'User Device' };

interface Classification {
  type: Coding;
  action: AuditAction;
  outcome: AuditOutcome;
  outcomeDesc?: string;
}

/** Reveals are reads of a patient record; failures to mask and protection turned off are alerts. */
function classify(event: StoredEvent): Classification {
  switch (event.type) {
    case 'value_revealed':
    case 'page_revealed':
      return { type: EVENT_TYPE.patientRecord, action: 'R', outcome: '0' };
    case 'masking_failed':
      return { type: EVENT_TYPE.securityAlert, action: 'E', outcome: '8', outcomeDesc: `Masking could not reach: ${event.failure}` };
    case 'site_protection_changed':
      return event.enabled ? { type: EVENT_TYPE.applicationActivity, action: 'U', outcome: '0' } : { type: EVENT_TYPE.securityAlert, action: 'U', outcome: '0' };
    case 'policy_changed':
      return { type: EVENT_TYPE.applicationActivity, action: 'U', outcome: '0' };
    case 'reveal_refused':
      return { type: EVENT_TYPE.patientRecord, action: 'R', outcome: '4', outcomeDesc: `Refused: ${event.cause}` };
    case 'presenting_started':
    case 'presenting_stopped':
    case 'page_protected':
    case 'reveal_ended':
    case 'panic_changed':
    case 'extension_installed':
      return { type: EVENT_TYPE.applicationActivity, action: 'E', outcome: '0' };
  }
}

/** The entities an event is about: where it happened and what kind of value, never the value. */
function entities(event: StoredEvent): FhirAuditEvent['entity'] {
  const site = (origin: string, route = '', detail: EntityDetail[] = []) => ({
    what: { identifier: { system: SYSTEM.site, value: `${origin}${route}` } },
    // 4 = Other: a web application location, neither a person nor a system object we model.
    type: { system: ENTITY_TYPE, code: '4', display: 'Other' },
    ...(detail.length ? { detail } : {}),
  });
  switch (event.type) {
    case 'value_revealed':
      return [site(event.site.origin, event.site.route, revealDetail(event)), digestEntity(event)];
    case 'page_revealed':
      return [site(event.site.origin, event.site.route, revealDetail(event))];
    case 'page_protected':
      return [site(event.site.origin, event.site.route, [...Object.entries(event.counts).map(([phiType, n]) => ({ type: `count:${phiType}`, valueString: String(n) })), { type: 'detectorVersion', valueString: event.detectorVersion }])];
    case 'masking_failed':
      return [site(event.site.origin, event.site.route, [{ type: 'failure', valueString: event.failure }, { type: 'count', valueString: String(event.count) }])];
    case 'site_protection_changed':
      return [site(event.origin, '', [{ type: 'protection', valueString: event.enabled ? 'on' : 'off' }])];
    case 'policy_changed':
      return [
        {
          what: { identifier: { system: SYSTEM.eventType, value: 'policy' } },
          type: { system: ENTITY_TYPE, code: '2', display: 'System Object' },
          detail: [{ type: 'source', valueString: event.source }, { type: 'changed', valueString: event.changed.join(',') }, ...(event.origin ? [{ type: 'origin', valueString: event.origin }] : [])],
        },
      ];
    case 'reveal_ended':
      return [
        {
          what: { identifier: { system: SYSTEM.chainSeq, value: `${event.deviceId}/${event.revealSeq}` }, display: 'the reveal that ended' },
          type: { system: ENTITY_TYPE, code: '2', display: 'System Object' },
          detail: [{ type: 'durationMs', valueString: String(event.durationMs) }],
        },
      ];
    case 'panic_changed':
      return [site(event.site.origin, event.site.route, [{ type: 'panic', valueString: event.active ? 'on' : 'off' }])];
    case 'reveal_refused':
      return [site(event.site.origin, event.site.route, [{ type: 'scope', valueString: event.scope }, ...(event.phiType ? [{ type: 'phiType', valueString: event.phiType }] : [])])];
    case 'presenting_started':
    case 'presenting_stopped':
      return [
        {
          what: { identifier: { system: SYSTEM.device, value: event.deviceId } },
          type: { system: ENTITY_TYPE, code: '2', display: 'System Object' },
          detail: [{ type: 'source', valueString: event.source }],
        },
      ];
    case 'extension_installed':
      return [
        {
          what: { identifier: { system: SYSTEM.device, value: event.deviceId } },
          type: { system: ENTITY_TYPE, code: '2', display: 'System Object' },
          detail: [{ type: event.reason, valueString: event.version }, ...(event.previousVersion ? [{ type: 'previousVersion', valueString: event.previousVersion }] : [])],
        },
      ];
  }
}

function revealDetail(event: AuditEventOf<'value_revealed'> | AuditEventOf<'page_revealed'>): EntityDetail[] {
  return [
    ...(event.type === 'value_revealed' ? [{ type: 'phiType', valueString: event.phiType }] : []),
    ...(event.ticket ? [{ type: 'ticket', valueString: event.ticket }] : []),
    ...(event.whilePresenting ? [{ type: 'whilePresenting', valueString: 'confirmed' }] : []),
  ];
}

/** The revealed value by its keyed digest: the same value revealed twice has the same identifier. */
function digestEntity(event: AuditEventOf<'value_revealed'>) {
  return {
    what: { identifier: { system: SYSTEM.valueDigest, value: event.valueDigest } },
    type: { system: ENTITY_TYPE, code: '4', display: 'Other' },
    detail: [{ type: 'phiType', valueString: event.phiType }],
  };
}

function purposeOfEvent(event: StoredEvent): FhirAuditEvent['purposeOfEvent'] {
  if ((event.type !== 'value_revealed' && event.type !== 'page_revealed') || !event.reason) return undefined;
  const reason = REVEAL_REASONS[event.reason];
  return [{ coding: [{ system: ACT_REASON, code: reason.purposeOfUse, display: reason.label }], text: reason.label }];
}

/** A UUID made from a hex digest, so the same record always has the same resource id. */
function uuidFromHex(h: string): string {
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export function toFhirAuditEvent(event: StoredEvent): FhirAuditEvent {
  const { type, action, outcome, outcomeDesc } = classify(event);
  const device: Reference = { identifier: { system: SYSTEM.device, value: event.deviceId } };
  const agents: FhirAuditEvent['agent'] = [];
  if (event.userId) agents.push({ type: { coding: [USER_AGENT_TYPE] }, who: { identifier: { system: SYSTEM.user, value: event.userId } }, requestor: true });
  // Events recorded before enrolment name no user: the device is then the one who acted.
  agents.push({ type: { coding: [DEVICE_AGENT_TYPE] }, who: device, requestor: !event.userId });
  const purpose = purposeOfEvent(event);
  return {
    resourceType: 'AuditEvent',
    id: uuidFromHex(event.hash),
    extension: [
      { url: SYSTEM.receivedAt, valueInstant: event.receivedAt },
      { url: SYSTEM.chainSeq, valueString: String(event.seq) },
      { url: SYSTEM.chainHash, valueString: event.hash },
    ],
    type,
    subtype: [{ system: SYSTEM.eventType, code: event.type }],
    action,
    recorded: event.occurredAt,
    outcome,
    ...(outcomeDesc ? { outcomeDesc } : {}),
    ...(purpose ? { purposeOfEvent: purpose } : {}),
    agent: agents,
    source: { observer: device, type: [USER_DEVICE_SOURCE] },
    entity: entities(event),
  };
}

/** A batch the Worker refused at ingest because it broke the device's chain (security_events). */
export interface ChainRefusal {
  id: number;
  tenantId: string;
  deviceId: string;
  kind: string;
  /** Written by the Worker ("gap at seq 12"): never request content. */
  detail: string;
  at: string;
}

/** A chain problem found at ingest as a security alert: the device acted, the server observed. */
export function chainRefusalToFhir(refusal: ChainRefusal): FhirAuditEvent {
  const device: Reference = { identifier: { system: SYSTEM.device, value: refusal.deviceId } };
  return {
    resourceType: 'AuditEvent',
    id: uuidFromHex(sha256Hex(`security_event:${refusal.tenantId}:${refusal.id}`)),
    type: EVENT_TYPE.securityAlert,
    subtype: [{ system: SYSTEM.eventType, code: refusal.kind }],
    action: 'C',
    recorded: refusal.at,
    outcome: '8',
    outcomeDesc: `Batch refused: ${refusal.detail}`,
    agent: [{ type: { coding: [DEVICE_AGENT_TYPE] }, who: device, requestor: true }],
    source: { observer: { identifier: { system: SYSTEM.server, value: 'audit-worker' } }, type: [SERVER_SOURCE] },
    entity: [{ what: device, type: { system: ENTITY_TYPE, code: '2', display: 'System Object' }, detail: [{ type: 'chain', valueString: refusal.kind }] }],
  };
}
