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
