-- wrk script for the search load over HTTP: each connection is a closed-loop client sending
-- GET /api/v1/search?size=10&q=... with the queries of the evaluation set (second column of
-- queries.tsv, every family mixed, shuffled once with a fixed seed), each thread starting at its
-- own place in the list. Prints the rate, the latency quantiles and the errors in the format of
-- SearchLoad.java. wrk is a C client: on the two cores the application shares with it, it takes a
-- tenth of the CPU per request that a Java client does.
--
--   wrk -t 2 -c 16 -d 30s -s bench/search/search.lua http://127.0.0.1:18080 -- queries.tsv

local paths = {}
local next_path = 0
local thread_count = 0

local function encode(text)
  return (text:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function setup(thread)
  thread:set("id", thread_count)
  thread_count = thread_count + 1
end

function init(args)
  for line in io.lines(args[1]) do
    local query = line:match("^[^\t]*\t([^\t]*)")
    if query then
      paths[#paths + 1] = "/api/v1/search?size=10&q=" .. encode(query)
    end
  end
  math.randomseed(7)
  for i = #paths, 2, -1 do
    local j = math.random(i)
    paths[i], paths[j] = paths[j], paths[i]
  end
  -- threads start far apart in the list, whatever their number (golden-ratio spacing)
  next_path = math.floor((id or 0) * 0.6180339887 * #paths) % #paths
end

function request()
  next_path = next_path % #paths + 1
  return wrk.format("GET", paths[next_path])
end

function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write
    + summary.errors.status + summary.errors.timeout
  io.write(string.format(
    "target=http-wrk requests=%d seconds=%.1f rate=%.0f/s p50=%.2fms p95=%.2fms p99=%.2fms max=%.2fms errors=%d\n",
    summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
    latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, errors))
end
