#!/usr/bin/env bash
# The contract-verify action's one step (action.yml passes its inputs as INPUT_*): runs the verifier against the
# server, appends the Markdown matrix to the job summary, and exits as the verifier did. Credentials come from the
# step's environment (CONTRACT_VERIFY_*), which the verifier reads and masks in every output.
set -euo pipefail

args=(--brand "${INPUT_BRAND:?the brand input is required}" --server "${INPUT_SERVER:?the server input is required}")
args+=(--rate "${INPUT_RATE:-5}" --timeout "${INPUT_TIMEOUT:-15000}" --out "${INPUT_OUT:=contract-verify-report}")
if [ -n "${INPUT_ALLOW_NOT_ATTEMPTED:-}" ]; then args+=(--allow-not-attempted "$INPUT_ALLOW_NOT_ATTEMPTED"); fi
if [ "${INPUT_ALLOW_EFFECTS:-false}" = true ]; then args+=(--allow-effects); fi

# A built cli.js runs with node; anything else is an npm package spec. By default, the verifier package at the
# version of the package.json that sits in this action's own commit: the action and the verifier release together.
verifier=${INPUT_VERIFIER:-}
case "$verifier" in
  *.js) command=(node "$verifier") ;;
  *)
    manifest="$(dirname "${BASH_SOURCE[0]}")/../../../packages/contract-verify/package.json"
    read -r name version bin < <(node -p "const p = require('$(realpath "$manifest")'); [p.name, p.version, Object.keys(p.bin)[0]].join(' ')")
    command=(npx --yes --package "${verifier:-$name@$version}" -- "$bin")
    ;;
esac

status=0
"${command[@]}" "${args[@]}" || status=$?

summary=${GITHUB_STEP_SUMMARY:-/dev/null}
if [ -f "$INPUT_OUT/contract-verify.md" ]; then
  cat "$INPUT_OUT/contract-verify.md" >>"$summary"
else
  printf '## Contract verification\n\nThe verifier of %s at %s did not run to the end (exit code %s): see the log.\n' \
    "$INPUT_BRAND" "$INPUT_SERVER" "$status" >>"$summary"
fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then echo "report=$INPUT_OUT" >>"$GITHUB_OUTPUT"; fi
exit "$status"
