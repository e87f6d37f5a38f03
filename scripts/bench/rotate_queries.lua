-- wrk script: each request is GET /search for the next query of a file, so the load is not one cached query.
-- usage: wrk -t2 -c16 -d10s -s rotate_queries.lua http://127.0.0.1:PORT -- QUERIES_FILE ["per_page=10&facets="]
--        wrk -t2 -c8 -d10s --latency -s rotate_queries.lua http://127.0.0.1:PORT -- MIX_FILE raw
-- With "raw", each line is a whole query string (the mixed file of mixed_queries.py), sent as it is.

local paths = {}
local next_path = 1
local threads_started = 0

-- Runs once per thread in the main Lua state: give each thread its own starting point in the list.
function setup(thread)
   thread:set("thread_number", threads_started)
   threads_started = threads_started + 1
end

local function url_encode(text)
   return (text:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

-- Runs in each thread's own Lua state, with the arguments after "--".
function init(args)
   local file = assert(io.open(args[1] or "", "r"), "cannot open the queries file " .. tostring(args[1]))
   local suffix = args[2] or "per_page=10&facets="
   for line in file:lines() do
      if line:match("%S") then
         if suffix == "raw" then
            paths[#paths + 1] = "/search?" .. line
         else
            paths[#paths + 1] = "/search?q=" .. url_encode(line) .. "&" .. suffix
         end
      end
   end
   file:close()
   assert(#paths > 0, "the queries file holds no query")
   next_path = (thread_number or 0) * 7919 % #paths + 1
end

function request()
   local path = paths[next_path]
   next_path = next_path % #paths + 1
   return wrk.format("GET", path)
end

-- After the run: one line of figures in searcher_loop's format, read by queries.py (wrk's own report
-- above it rounds latencies and changes units). Errors: connect/read/write/timeout and non-2xx/3xx.
function done(summary, latency, requests)
   local e = summary.errors
   local seconds = summary.duration / 1e6
   io.write(string.format("wrk: requests=%d seconds=%.2f qps=%.1f median_ms=%.3f p99_ms=%.3f errors=%d\n",
                          summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
                          latency:percentile(99) / 1000, e.connect + e.read + e.write + e.status + e.timeout))
end
