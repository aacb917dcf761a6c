# shellcheck shell=bash
# Sourced by .ci/run: its steps, each one's wall time kept in `timings` for the run's closing table. Needs `scratch`, a
# folder for the output of the steps started side by side. Tested by .ci/steps.test.mjs.

: "${scratch:?steps.sh needs scratch, a folder for the output of the steps started side by side}"

# Runs one step in the foreground.
timings=()
step() {
  local name=$1 started=$SECONDS
  shift
  "$@"
  timings+=("$(printf '%5ss  %s' "$((SECONDS - started))" "$name")")
}

# Steps started with `start_step` run side by side, each one's output kept in a file; `wait_steps` waits for them
# all, prints each one's output whole, in the order they started, and fails when one of them failed.
started_steps=()
start_step() {
  local name=$1 out="$scratch/step.${#started_steps[@]}"
  shift
  [ "${#started_steps[@]}" -gt 0 ] || side_by_side_since=$SECONDS
  (
    started=$SECONDS status=0
    "$@" >"$out.log" 2>&1 || status=$?
    echo "$((SECONDS - started))" >"$out.seconds"
    exit "$status"
  ) &
  started_steps+=("$!|$name|$out")
}
wait_steps() {
  local failed=0 entry pid name out status
  for entry in "${started_steps[@]}"; do
    IFS='|' read -r pid name out <<<"$entry"
    status=0
    wait "$pid" || status=$?
    echo "── $name ──"
    cat "$out.log"
    [ "$status" -eq 0 ] || { echo "$name failed (exit $status)" >&2; failed=1; }
    timings+=("$(printf '%5ss  %s (side by side)' "$(cat "$out.seconds")" "$name")")
  done
  started_steps=()
  timings+=("$(printf '%5ss  the steps side by side, together' "$((SECONDS - side_by_side_since))")")
  return "$failed"
}
