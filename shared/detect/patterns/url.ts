import type { SpanSink } from '../span';

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`]{2,2048}/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;

/**
 * FHIR's definitional resources (code systems, value sets, profiles, identifier systems): the same
 * canonical URL for every patient, "http://terminology.hl7.org/CodeSystem/v2-0203". No query.
 */
const DEFINITION_PATH = /^[^?#]*\/(?:CodeSystem|ValueSet|StructureDefinition|NamingSystem|ConceptMap|SearchParameter|OperationDefinition|sid)\/[^?#]*$/;

function isDefinitionUrl(afterHost: string): boolean {
  return DEFINITION_PATH.test(afterHost);
}

/**
 * A URL is PHI when it can point at a person: a path segment or query value with digits or an
 * id-like token ("/Patient/8a3f...", "?mrn=123"), or a personal page. Bare sites and the
 * terminology/identifier-system URIs EHRs print as labels ("http://hl7.org/fhir/sid/us-ssn") are not.
 */
export function findUrls(text: string, sink: SpanSink, labelled = false, offset = 0): void {
  URL_PATTERN.lastIndex = 0;
  for (let m = URL_PATTERN.exec(text); m; m = URL_PATTERN.exec(text)) {
    const url = m[0].replace(TRAILING_PUNCTUATION, '');
    const afterHost = url.replace(/^(?:https?:\/\/)?[^/?#]*/i, '');
    const personal = labelled || (/[?#&][^=]*=|\d{3}|\/~|\/(?:patients?|members?|users?|profile|chart)\b/i.test(afterHost) && !isDefinitionUrl(afterHost));
    if (personal) sink.push({ start: offset + m.index, end: offset + m.index + url.length, type: 'URL', confidence: labelled ? 0.9 : 0.8 });
  }
}
