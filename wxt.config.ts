import { defineConfig } from 'wxt';

// The extension lives in extension/; the worker and shared engine are outside WXT's view.
export default defineConfig({
  srcDir: 'extension',
  // PHI_OUT_DIR lets parallel work build and test separate copies; everything else uses .output.
  outDir: process.env.PHI_OUT_DIR ?? '.output',
  // Copied into the build as is (managed_schema.json).
  publicDir: 'extension/public',
  manifestVersion: 3,
  // Chrome/Edge by default; `-b firefox` builds the Firefox package (npm run zip, npm run lint:firefox).
  browser: 'chrome',
  // Explicit imports everywhere: a newcomer can follow every name to its file.
  imports: false,
  manifest: {
    name: 'PHI Screen Shield',
    description: 'Masks protected health information on screen in web-based EHRs and keeps an audit log of every reveal.',
    // storage: settings; alarms: sync survives the service worker stopping; unlimitedStorage: the audit log must not be evicted.
    permissions: ['storage', 'alarms', 'unlimitedStorage'],
    // IT's browser policy for the extension (chrome.storage.managed) follows this schema (extension/policy/managed-storage.ts).
    storage: { managed_schema: 'managed_schema.json' },
    // Shortcuts (no permission needed): the background forwards them to the active tab's content script.
    commands: {
      'panic-mask': { suggested_key: { default: 'Alt+Shift+M' }, description: 'Panic: mask the whole page at once (again to undo)' },
      'toggle-reveal-mode': { suggested_key: { default: 'Alt+Shift+R' }, description: 'Reveal the whole page, with a reason (again to mask)' },
      // Handled by the background itself (background/handle-presenting.ts), for presenting from a native app it cannot see.
      'toggle-presenting': { suggested_key: { default: 'Alt+Shift+P' }, description: 'Presenting: stricter masking in every tab (again to stop)' },
    },
  },
  hooks: {
    // Firefox only (Chrome warns on the unknown key): an add-on ID is required for MV3, and data collection
    // is declared: audit events (site origin + route template, never page content) go to the
    // organisation's own audit server. 142: the CSS Custom Highlight API (140) and
    // data_collection_permissions on desktop and Android (142).
    'build:manifestGenerated': (wxt, manifest) => {
      if (wxt.config.browser !== 'firefox') return;
      manifest.browser_specific_settings = {
        gecko: { id: 'phi-screen-shield@phi-audit', strict_min_version: '142.0', data_collection_permissions: { required: ['websiteActivity'] } },
      };
    },
  },
  // WXT checks for these two before the hook above adds them.
  suppressWarnings: { firefoxId: true, firefoxDataCollection: true },
  // The Firefox sources zip (for add-on review) holds what git tracks; WXT already leaves out hidden
  // dirs, node_modules and tests. These are gitignored local outputs.
  zip: { excludeSources: ['test-results/**', 'dist/**', '**/*.log'] },
  vite: () => ({
    build: { sourcemap: false },
  }),
});
