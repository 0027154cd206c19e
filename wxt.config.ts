import { defineConfig } from 'wxt';

// The extension lives in extension/; the worker and shared engine are outside WXT's view.
export default defineConfig({
  srcDir: 'extension',
  // PHI_OUT_DIR lets parallel work build and test separate copies; everything else uses .output.
  outDir: process.env.PHI_OUT_DIR ?? '.output',
  manifestVersion: 3,
  // Chromium-family first; Firefox packaging is its own issue.
  browser: 'chrome',
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  manifest: {
    name: 'PHI Screen Shield',
    description: 'Masks protected health information on screen in web-based EHRs and keeps an audit log of every reveal.',
    // storage: settings; alarms: sync survives the service worker stopping; unlimitedStorage: the audit log must not be evicted.
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // Shortcuts (no permission needed): the background forwards them to the active tab's content script.
    commands: {
      'panic-mask': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Panic: mask the whole page at once (again to undo)' },
      'toggle-reveal-mode': { suggested_key: { default: 'Alt+Shift+R' }, description: 'Reveal the whole page, with a reason (again to mask)' },
    },
  },
  vite: () => ({
    build: { sourcemap: false },
  }),
});
