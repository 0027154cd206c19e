import { startEnrolSection } from './enrol-section';
import { startLogViewer } from './log-viewer';
import { startPresentingSchedule } from './presenting-schedule-section';
import { startSettingsForm } from './settings-form';
import { showManagedSettings } from '../../policy/managed-indicators';

await Promise.all([startEnrolSection(), startSettingsForm().then(() => showManagedSettings(document.querySelector('#settings-form')!, document.querySelector('#managed-summary')!)), startLogViewer(), startPresentingSchedule()]);
