-- wrk script: each request is GET /search?LINE for the next line of a file of query strings (the mixed
-- file of mixed_queries.py), so the load is the mix and not one cached query.
-- usage: wrk -t2 -c8 -d10s --latency -s rotate_query_strings.lua http://127.0.0.1:PORT -- MIX_FILE

local paths = {}
local next_path = 1
local threads_started = 0

function setup(thread)
   thread:set("thread_number", threads_started)
   threads_started = threads_started + 1
end

function init(args)
   local file = assert(io.open(args[1] or "", "r"), "cannot open the query strings file " .. tostring(args[1]))
   for line in file:lines() do
      if line:match("%S") then paths[#paths + 1] = "/search?" .. line end
   end
   file:close()
   assert(#paths > 0, "the file holds no query string")
   next_path = (thread_number or 0) * 7919 % #paths + 1
end

function request()
   local path = paths[next_path]
   next_path = next_path % #paths + 1
   return wrk.format("GET", path)
end
