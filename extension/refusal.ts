/**
 * An action refused on purpose (policy, missing reason, PHI in a ticket): shown to the person as
 * is, and unlike a storage failure it raises no alarm.
 */
export class Refusal extends Error {
  override readonly name = 'Refusal';
}
