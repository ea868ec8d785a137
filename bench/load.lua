-- wrk script for bench/load.sh: mixed static and search requests against `agendum serve`,
-- counting every status code. bench/load.sh writes the paths to $LOAD_PATHS (one a line,
-- static files first, then searches after a line "--searches--") before wrk starts.

local threads = {}
local counter = 0
local static, searches = {}, {}
counts = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  local list = static
  for line in io.lines(os.getenv("LOAD_PATHS")) do
    if line == "--searches--" then
      list = searches
    elseif line ~= "" then
      table.insert(list, line)
    end
  end
  math.randomseed(#threads + os.time())
end

-- Every other request is a search (the API, or the no-JavaScript results page); the rest
-- are files of the site: pages, feeds, calendars, assets, the static search index.
function request()
  counter = counter + 1
  local path
  if counter % 2 == 0 then
    path = searches[math.random(#searches)]
  else
    path = static[math.random(#static)]
  end
  return wrk.format("GET", path)
end

function response(status, headers, body)
  counts[status] = (counts[status] or 0) + 1
end

function done(summary, latency, requests)
  local total = {}
  for _, t in ipairs(threads) do
    for status, n in pairs(t:get("counts")) do
      total[status] = (total[status] or 0) + n
    end
  end
  local codes, other = {}, 0
  for status, n in pairs(total) do
    table.insert(codes, status .. "=" .. n)
    if status < 200 or status > 299 then
      other = other + n
    end
  end
  table.sort(codes)
  local e = summary.errors
  io.write(string.format("LOAD requests=%d duration_s=%.1f rps=%.0f non2xx=%d statuses=%s\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6),
    other, table.concat(codes, ",")))
  io.write(string.format("LOAD socket_errors connect=%d read=%d write=%d timeout=%d\n",
    e.connect, e.read, e.write, e.timeout))
  io.write(string.format("LOAD latency_ms p50=%.2f p90=%.2f p99=%.2f max=%.2f\n",
    latency:percentile(50) / 1000, latency:percentile(90) / 1000,
    latency:percentile(99) / 1000, latency.max / 1000))
end
