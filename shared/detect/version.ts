/** Bumped whenever detection behaviour changes; recorded in audit events. */
export const DETECTOR_VERSION = '1.1.0';
