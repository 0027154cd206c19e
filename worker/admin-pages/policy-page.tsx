/** @jsxImportSource hono/jsx */
import { PHI_TYPES } from '../../shared/phi-types';
import { LOCKABLE_SETTINGS, MASK_STYLES, type PolicySettings } from '../../shared/policy';
import { Notice } from '../dashboard/layout';

const STYLE_LABELS = { block: 'Solid block', blur: 'Blur', placeholder: 'Placeholder label (e.g. [NAME])' } as const;
const LOCK_LABELS = { maskStyle: 'Masking style', maskProviderNames: 'Mask clinicians’ names' } as const;

/**
 * The policy editor: one form over every setting. On a refused save it shows each problem and the
 * values as submitted, and says the policy in force is unchanged. Plain form controls throughout,
 * so it is usable by keyboard alone.
 */
export function PolicyPage(props: { settings: PolicySettings; version: number; updatedAt: string | null; problems?: string[]; done?: string | undefined }) {
  const s = props.settings;
  const rules = [...s.siteRules, { pattern: '', selectors: [], terms: [] }];
  return (
    <>
      <p class="muted">
        Version {props.version}
        {props.updatedAt ? `, saved ${props.updatedAt}` : ' (the defaults: never saved)'}. Devices fetch it on their next sync, within a minute.
      </p>
      <Notice done={props.done} />
      {props.problems && props.problems.length > 0 && (
        <div class="problems" role="alert">
          <p>Not saved: the policy in force is unchanged (version {props.version}). Fix these and save again:</p>
          <ul>
            {props.problems.map((p) => (
              <li>{p}</li>
            ))}
          </ul>
        </div>
      )}
      <form method="post" action="/admin/policy" class="policy">
        <input type="hidden" name="version" value={String(props.version)} />
        <fieldset>
          <legend>Protected sites</legend>
          <label>
            <input type="radio" name="sitesMode" value="all" checked={s.protectedSites.mode === 'all'} /> Every site except those never protected
          </label>
          <label>
            <input type="radio" name="sitesMode" value="listed" checked={s.protectedSites.mode === 'listed'} /> Only the sites listed
          </label>
          <label>
            Sites to protect (one pattern a line, e.g. ehr.example.org, https://*.example.org)
            <textarea name="sitesAllow" rows={3}>
              {s.protectedSites.allow.join('\n')}
            </textarea>
          </label>
          <label>
            Sites never protected
            <textarea name="sitesDeny" rows={3}>
              {s.protectedSites.deny.join('\n')}
            </textarea>
          </label>
        </fieldset>
        <fieldset>
          <legend>PHI types masked</legend>
          {PHI_TYPES.map((type) => (
            <label class="inline">
              <input type="checkbox" name="phiTypes" value={type} checked={s.phiTypes.includes(type)} /> {type}
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Masking</legend>
          {MASK_STYLES.map((style) => (
            <label>
              <input type="radio" name="maskStyle" value={style} checked={s.maskStyle === style} /> {STYLE_LABELS[style]}
            </label>
          ))}
          <label>
            <input type="checkbox" name="maskProviderNames" checked={s.maskProviderNames} /> Mask clinicians’ names
          </label>
        </fieldset>
        <fieldset>
          <legend>Reveals</legend>
          <label>
            <input type="checkbox" name="reasonRequired" checked={s.reasonRequired} /> A reason is required
          </label>
          <label>
            <input type="checkbox" name="ticketRequired" checked={s.ticketRequired} /> A ticket reference is required
          </label>
          <label>
            Mask again after (seconds, 5 to 3600)
            <input type="number" name="revealTimeoutSeconds" min={5} max={3600} required value={String(s.revealTimeoutMs / 1000)} />
          </label>
        </fieldset>
        <fieldset>
          <legend>What people may change on their devices</legend>
          <label>
            <input type="checkbox" name="usersMayDisableProtection" checked={s.usersMayDisableProtection} /> People may switch protection off for a site
          </label>
          {LOCKABLE_SETTINGS.map((key) => (
            <label>
              <input type="checkbox" name="locked" value={key} checked={s.locked.includes(key)} /> Lock “{LOCK_LABELS[key]}” to the value above
            </label>
          ))}
        </fieldset>
        <fieldset>
          <legend>Site rules: extra masking on matching sites</legend>
          {rules.map((rule, i) => (
            <fieldset>
              <legend>{rule.pattern ? `Rule ${i + 1}` : 'New rule'}</legend>
              <label>
                Site pattern
                <input name="rulePattern" value={rule.pattern} maxlength={260} />
              </label>
              <label>
                CSS selectors masked whole (one a line)
                <textarea name="ruleSelectors" rows={2}>
                  {rule.selectors.join('\n')}
                </textarea>
              </label>
              <label>
                Terms masked (one a line)
                <textarea name="ruleTerms" rows={2}>
                  {rule.terms.join('\n')}
                </textarea>
              </label>
            </fieldset>
          ))}
          <p class="muted">Clear a rule’s fields to remove it.</p>
        </fieldset>
        <button type="submit" class="primary">
          Save policy
        </button>
      </form>
    </>
  );
}
