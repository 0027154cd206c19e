import { DEFAULT_PRESENTATION_POLICY, type PresentationPolicy } from '../../shared/policy';
import type { PageSettings } from '../messages';

/**
 * The presentation policy laid over a page's settings while the screen is shared: it only ever
 * masks more (provider names too, solid blocks instead of a blur a camera or a zoomed recording
 * could partly read) and tells the page how reveals behave.
 */
export function withPresentationOverlay(settings: PageSettings, policy: PresentationPolicy = DEFAULT_PRESENTATION_POLICY): PageSettings {
  return {
    ...settings,
    maskProviderNames: settings.maskProviderNames || policy.maskProviderNames,
    maskStyle: policy.solidBlocks && settings.maskStyle === 'blur' ? 'block' : settings.maskStyle,
    presenting: { reveal: policy.reveal },
  };
}
