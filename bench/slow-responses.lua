-- wrk script: every response slower than 2 ms, with the wall-clock time it ended (ms since the
-- epoch) and its latency (µs), one a line in bench/out/slow-responses.txt, to set beside a GC log
-- (bench/slow-responses.sh). LuaJIT's FFI reads the clock: wrk gives its scripts no timer.
local ffi = require("ffi")
ffi.cdef[[
typedef struct { long tv_sec; long tv_nsec; } timespec;
int clock_gettime(int clk_id, timespec *tp);
]]
local ts = ffi.new("timespec")
local function now_us()
  ffi.C.clock_gettime(0, ts)
  return tonumber(ts.tv_sec) * 1000000 + tonumber(ts.tv_nsec) / 1000
end
local sent = 0
local log = nil
request = function()
  sent = now_us()
  return wrk.format(nil, wrk.path)
end
response = function(status, headers, body)
  local now = now_us()
  if now - sent > 2000 then
    if log == nil then log = io.open("bench/out/slow-responses.txt", "a") end
    log:write(string.format("%.3f %.0f\n", now / 1000, now - sent))
    log:flush()
  end
end
