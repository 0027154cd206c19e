#!/usr/bin/env bash
# `npm test`: every suite (unit, extension, worker in workerd, end-to-end in Chromium) after a type
# check and a fresh extension build. Installs what a fresh machine lacks.
set -euo pipefail
cd "$(dirname "$0")/.."
export WRANGLER_SEND_METRICS=false CLOUDFLARE_CF_FETCH_ENABLED=false

bash scripts/ensure-system-deps.sh
# A node_modules that is a link to another checkout's install is that checkout's to update: npm ci
# here would empty the linked folder for every checkout sharing it (it did, from a fresh worktree
# whose package-lock.json was newer than the shared install).
if [ -L node_modules ]; then
  echo "node_modules links to $(readlink node_modules): not reinstalled here"
elif [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi

npm run --silent typecheck
npm run --silent build >/dev/null
results=$(mktemp)
status=0
npx vitest run --reporter=default --reporter=json --outputFile.json="$results" || status=$?
# One plain closing line, whatever the runner printed above it.
# A file that fails to load has no failed test of its own; it counts as one failure.
node -e '
  const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const brokenFiles = r.testResults.filter((f) => f.status === "failed" && !f.assertionResults.some((a) => a.status === "failed")).length;
  console.log(`tests: ${r.numPassedTests} passed, ${r.numFailedTests + brokenFiles} failed`);
' "$results" || true
rm -f "$results"
exit $status
