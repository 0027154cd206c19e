/**
 * A structural check of FHIR R4 Bundle and AuditEvent JSON against the specification
 * (https://hl7.org/fhir/R4/auditevent.html, bundle.html): the elements each may have, their
 * cardinalities and primitive formats, the required value sets for action, outcome and bundle
 * type, and the invariants that apply (sev-1, bdl-7). Returns what is wrong, one line per problem.
 */

type Json = Record<string, unknown>;
type Card = '0..1' | '1..1' | '0..*' | '1..*';
type Check = (value: unknown, path: string, problems: string[]) => void;
type Shape = Record<string, [Card, Check]>;

const INSTANT = /^([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])T([01][0-9]|2[0-3]):[0-5][0-9]:([0-5][0-9]|60)(\.[0-9]+)?(Z|[+-]((0[0-9]|1[0-3]):[0-5][0-9]|14:00))$/;
const ID = /^[A-Za-z0-9\-.]{1,64}$/;
const CODE = /^[^\s]+( [^\s]+)*$/;
const URI = /^[a-z][a-z0-9+.-]*:\S+$/i;
const UUID_URN = /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const AUDIT_EVENT_ACTIONS = ['C', 'R', 'U', 'D', 'E'];
export const AUDIT_EVENT_OUTCOMES = ['0', '4', '8', '12'];
const BUNDLE_TYPES = ['document', 'message', 'transaction', 'transaction-response', 'batch', 'batch-response', 'history', 'searchset', 'collection'];

const primitive =
  (test: (v: unknown) => boolean, what: string): Check =>
  (value, path, problems) => {
    if (!test(value)) problems.push(`${path}: must be ${what}`);
  };
const string = primitive((v) => typeof v === 'string' && v.length > 0 && v.trim() === v, 'a non-empty trimmed string');
const boolean = primitive((v) => typeof v === 'boolean', 'a boolean');
const instant = primitive((v) => typeof v === 'string' && INSTANT.test(v), 'an instant with time zone');
const uri = primitive((v) => typeof v === 'string' && URI.test(v), 'an absolute URI');
const code = primitive((v) => typeof v === 'string' && CODE.test(v), 'a code');
const id = primitive((v) => typeof v === 'string' && ID.test(v), 'an id');
const oneOf = (values: string[]): Check => primitive((v) => typeof v === 'string' && values.includes(v), `one of ${values.join(' ')}`);

const object =
  (shape: Shape, more?: (value: Json, path: string, problems: string[]) => void): Check =>
  (value, path, problems) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      problems.push(`${path}: must be an object`);
      return;
    }
    const json = value as Json;
    for (const key of Object.keys(json)) {
      if (!(key in shape) && !(key === 'extension' || key === 'id')) problems.push(`${path}.${key}: is not an element of this type`);
    }
    if ('extension' in json) checkElement(json.extension, '0..*', extension, `${path}.extension`, problems);
    for (const [key, [card, check]] of Object.entries(shape)) checkElement(json[key], card, check, `${path}.${key}`, problems);
    more?.(json, path, problems);
  };

function checkElement(value: unknown, card: Card, check: Check, path: string, problems: string[]) {
  const many = card.endsWith('*');
  const required = card.startsWith('1');
  if (value === undefined) {
    if (required) problems.push(`${path}: is required (${card})`);
    return;
  }
  if (many) {
    if (!Array.isArray(value)) return void problems.push(`${path}: must be an array (${card})`);
    if (value.length === 0) return void problems.push(`${path}: an array must not be empty (leave it out)`);
    value.forEach((item, i) => check(item, `${path}[${i}]`, problems));
  } else {
    if (Array.isArray(value)) return void problems.push(`${path}: must be a single value (${card})`);
    check(value, path, problems);
  }
}

const extension: Check = (value, path, problems) => {
  const json = value as Json;
  uri(json.url, `${path}.url`, problems);
  const values = Object.keys(json).filter((k) => k.startsWith('value'));
  if (values.length !== 1) problems.push(`${path}: must have exactly one value[x]`);
  if (Object.keys(json).some((k) => k !== 'url' && !k.startsWith('value'))) problems.push(`${path}: has unknown elements`);
};

const coding = object({ system: ['0..1', uri], version: ['0..1', string], code: ['0..1', code], display: ['0..1', string], userSelected: ['0..1', boolean] });
const codeableConcept = object({ coding: ['0..*', coding], text: ['0..1', string] });
const identifier = object({ use: ['0..1', code], type: ['0..1', codeableConcept], system: ['0..1', uri], value: ['0..1', string] });
const reference = object({ reference: ['0..1', string], type: ['0..1', uri], identifier: ['0..1', identifier], display: ['0..1', string] });

const agent = object({
  type: ['0..1', codeableConcept],
  role: ['0..*', codeableConcept],
  who: ['0..1', reference],
  altId: ['0..1', string],
  name: ['0..1', string],
  requestor: ['1..1', boolean],
  location: ['0..1', reference],
  policy: ['0..*', uri],
  media: ['0..1', coding],
  network: ['0..1', object({ address: ['0..1', string], type: ['0..1', code] })],
  purposeOfUse: ['0..*', codeableConcept],
});

const entityDetail = object({ type: ['1..1', string], valueString: ['0..1', string], valueBase64Binary: ['0..1', string] }, (json, path, problems) => {
  if (['valueString', 'valueBase64Binary'].filter((k) => k in json).length !== 1) problems.push(`${path}: must have exactly one of valueString, valueBase64Binary`);
});
const entity = object(
  {
    what: ['0..1', reference],
    type: ['0..1', coding],
    role: ['0..1', coding],
    lifecycle: ['0..1', coding],
    securityLabel: ['0..*', coding],
    name: ['0..1', string],
    description: ['0..1', string],
    query: ['0..1', string],
    detail: ['0..*', entityDetail],
  },
  (json, path, problems) => {
    if ('name' in json && 'query' in json) problems.push(`${path}: sev-1: either a name or a query (not both)`);
  },
);

const auditEvent = object({
  resourceType: ['1..1', oneOf(['AuditEvent'])],
  id: ['0..1', id],
  meta: ['0..1', object({ lastUpdated: ['0..1', instant], profile: ['0..*', uri] })],
  type: ['1..1', coding],
  subtype: ['0..*', coding],
  action: ['0..1', oneOf(AUDIT_EVENT_ACTIONS)],
  period: ['0..1', object({ start: ['0..1', instant], end: ['0..1', instant] })],
  recorded: ['1..1', instant],
  outcome: ['0..1', oneOf(AUDIT_EVENT_OUTCOMES)],
  outcomeDesc: ['0..1', string],
  purposeOfEvent: ['0..*', codeableConcept],
  agent: ['1..*', agent],
  source: ['1..1', object({ site: ['0..1', string], observer: ['1..1', reference], type: ['0..*', coding] })],
  entity: ['0..*', entity],
});

export function validateAuditEvent(resource: unknown, path = 'AuditEvent'): string[] {
  const problems: string[] = [];
  auditEvent(resource, path, problems);
  return problems;
}

/** A Bundle whose entries are AuditEvents; fullUrl is required here (we always write urn:uuid). */
export function validateAuditEventBundle(bundle: unknown): string[] {
  const problems: string[] = [];
  const entry = object({ fullUrl: ['1..1', uri], resource: ['1..1', (value, path, p) => auditEvent(value, path, p)] }, (json, path, p) => {
    if (typeof json.fullUrl === 'string' && json.fullUrl.startsWith('urn:uuid:') && !UUID_URN.test(json.fullUrl)) p.push(`${path}.fullUrl: not a urn:uuid`);
    const resourceId = (json.resource as Json | undefined)?.id;
    if (typeof json.fullUrl === 'string' && resourceId !== undefined && !json.fullUrl.endsWith(String(resourceId))) p.push(`${path}: fullUrl disagrees with resource.id`);
  });
  object(
    { resourceType: ['1..1', oneOf(['Bundle'])], type: ['1..1', oneOf(BUNDLE_TYPES)], timestamp: ['0..1', instant], total: ['0..1', primitive((v) => Number.isInteger(v), 'an unsignedInt')], entry: ['0..*', entry] },
    (json, path, p) => {
      if ('total' in json && json.type !== 'searchset' && json.type !== 'history') p.push(`${path}.total: only for searchset or history (bdl-1)`);
      const urls = ((json.entry as Json[] | undefined) ?? []).map((e) => e.fullUrl);
      if (new Set(urls).size !== urls.length) p.push(`${path}.entry: fullUrl must be unique (bdl-7)`);
    },
  )(bundle, 'Bundle', problems);
  return problems;
}
