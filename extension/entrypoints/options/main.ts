import { startEnrolSection } from './enrol-section';
import { startLogViewer } from './log-viewer';
import { startSettingsForm } from './settings-form';

await Promise.all([startEnrolSection(), startSettingsForm(), startLogViewer()]);
