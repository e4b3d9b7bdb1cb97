# Shared by the benchmark scripts (source it): small helpers, no side effects.

# write_rotation LUA_FILE PATHS_FILE: a wrk script that GETs each address of PATHS_FILE (one a line), in turn.
write_rotation() {
  cat > "$1" <<LUA
local paths = {}
for line in io.lines("$2") do paths[#paths + 1] = line end
local i = 0
request = function()
  i = (i % #paths) + 1
  return wrk.format("GET", paths[i])
end
LUA
}

# wait_for URL [SECONDS]: returns once URL answers 2xx (a server starting), fails after SECONDS (60).
wait_for() {
  local url=$1 seconds=${2:-60} i
  for i in $(seq 1 $((seconds * 5))); do
    curl -sf -o /dev/null "$url" && return 0
    sleep 0.2
  done
  echo "$url did not answer within $seconds s" >&2
  return 1
}
