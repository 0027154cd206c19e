import type { SpanSink } from '../span';

const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"'`]{2,2048}/gi;
const TRAILING_PUNCTUATION = /[.,;:!?)\]}]+$/;
/** A URL's scheme and host; group 1 is the host. */
const HOST_AT = /^(?:https?:\/\/)?([^/?#]*)/i;

/**
 * FHIR's definitional resources (code systems, value sets, profiles, identifier systems): the same
 * canonical URL for every patient, "http://terminology.hl7.org/CodeSystem/v2-0203". No query.
 */
const DEFINITION_PATH = /^[^?#]*\/(?:CodeSystem|ValueSet|StructureDefinition|NamingSystem|ConceptMap|SearchParameter|OperationDefinition|sid)\/[^?#]*$/;

function isDefinitionUrl(afterHost: string): boolean {
  return DEFINITION_PATH.test(afterHost);
}

/**
 * Sites whose pages are a person's: fundraisers, care journals, obituaries, social profiles and
 * payment handles. Any path on one ("gofundme.com/f/help-ann-lee") is about someone.
 */
const PERSONAL_PAGE_HOST = /(?:^|\.)(?:gofundme\.com|gofund\.me|givesendgo\.com|caringbridge\.org|mealtrain\.com|lotsahelpinghands\.com|legacy\.com|findagrave\.com|facebook\.com|fb\.com|instagram\.com|twitter\.com|x\.com|tiktok\.com|linkedin\.com|venmo\.com|cash\.app|paypal\.me)$/i;

/**
 * A URL is PHI when it can point at a person: a path segment or query value with digits or an
 * id-like token ("/Patient/8a3f...", "?mrn=123"), or a personal page (PERSONAL_PAGE_HOST, "/~ann").
 * Bare sites and the terminology/identifier-system URIs EHRs print as labels
 * ("http://hl7.org/fhir/sid/us-ssn") are not.
 */
export function findUrls(text: string, sink: SpanSink, labelled = false, offset = 0): void {
  URL_PATTERN.lastIndex = 0;
  for (let m = URL_PATTERN.exec(text); m; m = URL_PATTERN.exec(text)) {
    const url = m[0].replace(TRAILING_PUNCTUATION, '');
    const [schemeAndHost, host] = HOST_AT.exec(url)!;
    const afterHost = url.slice(schemeAndHost.length);
    const personal =
      labelled ||
      (afterHost.length > 1 && PERSONAL_PAGE_HOST.test(host!)) ||
      (/[?#&][^=]*=|\d{3}|\/~|\/(?:patients?|members?|users?|profile|chart)\b/i.test(afterHost) && !isDefinitionUrl(afterHost));
    if (personal) sink.push({ start: offset + m.index, end: offset + m.index + url.length, type: 'URL', confidence: labelled ? 0.9 : 0.8 });
  }
}
