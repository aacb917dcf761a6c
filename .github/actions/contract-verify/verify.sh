#!/usr/bin/env bash
# The contract-verify action's one step (action.yml passes its inputs as INPUT_*): runs the verifier against the
# server, appends the Markdown matrix to the job summary, and exits as the verifier did. Credentials come from the
# step's environment (CONTRACT_VERIFY_*), which the verifier reads and masks in every output.
set -euo pipefail

args=(--brand "${INPUT_BRAND:?the brand input is required}" --server "${INPUT_SERVER:?the server input is required}")
args+=(--rate "${INPUT_RATE:-5}" --timeout "${INPUT_TIMEOUT:-15000}" --out "${INPUT_OUT:=contract-verify-report}")
if [ -n "${INPUT_ALLOW_NOT_ATTEMPTED:-}" ]; then args+=(--allow-not-attempted "$INPUT_ALLOW_NOT_ATTEMPTED"); fi
if [ "${INPUT_ALLOW_EFFECTS:-false}" = true ]; then args+=(--allow-effects); fi

# A built cli.js runs with node; anything else is an npm package spec, run by npx.
verifier=${INPUT_VERIFIER:?the verifier input names the verifier to run: an npm package spec or a built cli.js}
case "$verifier" in
  *.js) command=(node "$verifier") ;;
  *) command=(npx --yes --package "$verifier" -- contract-verify) ;;
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
