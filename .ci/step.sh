# Sourced by the CI scripts: `step NAME` prints a header with the UTC time, so a log shows when each step began.
step() { echo; echo "=== $(date -u +%Y-%m-%dT%H:%M:%SZ) $*"; }
