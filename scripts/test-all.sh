#!/usr/bin/env bash
# Sets up everything the tests need on a fresh machine (Debian packages, npm packages), then runs
# every test: types, lint, unit and integration tests, the production build, browser journeys.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# Chinese text must render in screenshots and printed documents.
{ command -v fc-list >/dev/null 2>&1 && fc-list :lang=zh | grep -q .; } || missing+=(fonts-noto-cjk)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
# Two server instances behind a real proxy (e2e/src/two-instances.spec.ts).
command -v caddy >/dev/null 2>&1 || missing+=(caddy)
# certutil: the HTTPS journey trusts the server's local CA in a throw-away NSS database, as a tablet would.
command -v certutil >/dev/null 2>&1 || missing+=(libnss3-tools)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

npm ci --no-audit --no-fund
npm run typecheck
npm run lint

reports=$(mktemp -d)
status=0
npx vitest run --reporter=default --reporter=json --outputFile="$reports/unit.json" || status=$?
npm run build
npm run e2e -w e2e -- --reporter=default --reporter=json --outputFile="$reports/e2e.json" || status=$?

# One plain closing line over both runs, for people and for CI.
node -e '
  const fs = require("fs");
  let passed = 0, failed = 0, skipped = 0;
  for (const f of process.argv.slice(1)) {
    if (!fs.existsSync(f)) { failed += 1; console.log(`missing report ${f}`); continue; }
    const r = JSON.parse(fs.readFileSync(f, "utf8"));
    passed += r.numPassedTests; failed += r.numFailedTests + (r.numTotalTestSuites > 0 && r.numTotalTests === 0 ? 1 : 0);
    skipped += r.numPendingTests + r.numTodoTests;
  }
  console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
  process.exitCode = failed > 0 ? 1 : 0;
' "$reports/unit.json" "$reports/e2e.json" || status=1
exit $status
