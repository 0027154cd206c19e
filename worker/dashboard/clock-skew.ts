/** Below this the difference is network and processing delay, not a wrong clock. */
const IN_STEP_MS = 2000;

/**
 * A device's clock skew for people: "5 h 3 min behind", "40 s ahead", "in step". Skew is the
 * server's receipt time minus the device's send time, so positive means the device is behind.
 */
export function describeClockSkew(ms: number): string {
  const abs = Math.abs(ms);
  if (abs < IN_STEP_MS) return 'in step';
  const hours = Math.floor(abs / 3600_000);
  const minutes = Math.floor((abs % 3600_000) / 60_000);
  const seconds = Math.floor((abs % 60_000) / 1000);
  const amount = hours > 0 ? `${hours} h ${minutes} min` : minutes > 0 ? `${minutes} min ${seconds} s` : `${seconds} s`;
  return `${amount} ${ms > 0 ? 'behind' : 'ahead'}`;
}
