import type { AuditEvent, AuditEventType } from '../../shared/events';
import type { PhiType } from '../../shared/phi-types';
import { REVEAL_REASONS } from '../../shared/reveal-reasons';

/** Words a person reads in the popup and the log viewer for PHI types and event types. */
export const PHI_TYPE_LABELS: Record<PhiType, string> = {
  NAME: 'Names',
  ADDRESS: 'Addresses',
  ZIP: 'ZIP codes',
  DATE: 'Dates',
  AGE_OVER_89: 'Ages over 89',
  PHONE: 'Phone numbers',
  FAX: 'Fax numbers',
  EMAIL: 'Email addresses',
  SSN: 'Social Security numbers',
  MRN: 'Medical record numbers',
  HEALTH_PLAN: 'Health plan numbers',
  ACCOUNT: 'Account numbers',
  DRIVERS_LICENSE: 'Driver’s licences',
  PASSPORT: 'Passports',
  VEHICLE: 'Vehicle identifiers',
  DEVICE: 'Device identifiers',
  URL: 'URLs',
  IP: 'IP addresses',
  ID: 'Other identifiers',
  PHOTO: 'Photos',
};

export const EVENT_TYPE_LABELS: Record<AuditEventType, string> = {
  page_protected: 'Page protected',
  value_revealed: 'Value revealed',
  page_revealed: 'Page revealed',
  reveal_ended: 'Reveal ended',
  panic_changed: 'Panic',
  site_protection_changed: 'Site protection',
  policy_changed: 'Settings changed',
  masking_failed: 'Masking failed',
  extension_installed: 'Installed or updated',
  presenting_started: 'Presenting started',
  presenting_stopped: 'Presenting stopped',
  reveal_refused: 'Reveal refused',
};

/** One line of detail for the log viewer, from the event's PHI-free fields. */
export function describeEvent(event: AuditEvent): string {
  switch (event.type) {
    case 'page_protected': {
      const counts = Object.entries(event.counts).filter(([, n]) => n > 0);
      return counts.length === 0 ? 'nothing masked' : counts.map(([type, n]) => `${PHI_TYPE_LABELS[type as PhiType]}: ${n}`).join(', ');
    }
    case 'value_revealed':
      return `${PHI_TYPE_LABELS[event.phiType]}; ${reasonText(event)}; value #${event.valueDigest.slice(0, 8)}`;
    case 'page_revealed':
      return reasonText(event);
    case 'reveal_ended':
      return `reveal #${event.revealSeq} masked again after ${(event.durationMs / 1000).toFixed(1)} s`;
    case 'panic_changed':
      return event.active ? 'everything masked' : 'released';
    case 'site_protection_changed':
      return event.enabled ? 'turned on' : 'turned off';
    case 'policy_changed':
      return `${event.source}: ${event.changed.join(', ')}`;
    case 'masking_failed':
      return `${event.failure.replaceAll('_', ' ')} × ${event.count}`;
    case 'presenting_started':
    case 'presenting_stopped':
      return PRESENTING_SOURCE_TEXT[event.source];
    case 'reveal_refused':
      return `${event.scope === 'page' ? 'whole page' : event.phiType ? PHI_TYPE_LABELS[event.phiType] : 'value'}: refused while presenting`;
    case 'extension_installed':
      return event.reason === 'install' ? `installed ${event.version}` : `updated ${event.previousVersion ?? '?'} → ${event.version}`;
  }
}

const PRESENTING_SOURCE_TEXT = { detected: 'screen sharing detected', manual: 'switched by hand', schedule: 'by schedule', policy: 'by policy' } as const;

function reasonText(event: { reason?: keyof typeof REVEAL_REASONS; ticket?: string; whilePresenting?: true }): string {
  const reason = event.reason ? REVEAL_REASONS[event.reason].label : 'no reason required';
  const text = event.ticket ? `${reason} (ticket ${event.ticket})` : reason;
  return event.whilePresenting ? `${text}, confirmed while presenting` : text;
}
