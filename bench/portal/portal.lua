-- wrk script of bench/portal/run (issue #7). The path template comes from WRK_PATH:
--   {page} → a random page in WRK_PAGES ("first-last"), {id} → a random line of WRK_IDS, {q} → a random line of WRK_TERMS
--   (already URL-encoded). WRK_BUST=1 appends a query string no other request of the run uses: the server's output cache
--   never hits (the honest, cache-defeated figure); without it the fixed template (first id, first term, first page)
--   is requested again and again (cache hits after the first request).
-- done() prints one RESULT line: p50/p95/p99 in ms, requests/s, errors and non-2xx/3xx answers.
local template = os.getenv("WRK_PATH")
local bust = os.getenv("WRK_BUST") == "1"

local function lines(file)
  local t = {}
  if file and file ~= "" then
    for l in io.lines(file) do
      if l ~= "" then t[#t + 1] = l end
    end
  end
  return t
end

local ids = lines(os.getenv("WRK_IDS"))
local terms = lines(os.getenv("WRK_TERMS"))
local first, last = string.match(os.getenv("WRK_PAGES") or "1-1", "(%d+)-(%d+)")
first, last = tonumber(first), tonumber(last)

local threads = {}
function setup(thread)
  thread:set("tid", #threads + 1)
  threads[#threads + 1] = thread
end

local counter = 0
function init(args)
  math.randomseed(os.time() * 100 + (tid or 0))
end

function request()
  local p = template
  if bust then
    -- function replacements: URL-encoded terms hold '%', which a replacement string would read as a capture
    p = p:gsub("{page}", function() return tostring(math.random(first, last)) end)
    if #ids > 0 then p = p:gsub("{id}", function() return ids[math.random(#ids)] end) end
    if #terms > 0 then p = p:gsub("{q}", function() return terms[math.random(#terms)] end) end
    counter = counter + 1
    p = p .. (p:find("?", 1, true) and "&" or "?") .. "_=" .. tostring(tid) .. "-" .. tostring(counter)
  else
    p = p:gsub("{page}", function() return tostring(first) end)
    if #ids > 0 then p = p:gsub("{id}", function() return ids[1] end) end
    if #terms > 0 then p = p:gsub("{q}", function() return terms[1] end) end
  end
  return wrk.format("GET", p)
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT p50=%.1f p95=%.1f p99=%.1f rps=%.0f requests=%d errors=%d bad_status=%d\n",
    latency:percentile(50) / 1000, latency:percentile(95) / 1000, latency:percentile(99) / 1000,
    summary.requests / (summary.duration / 1e6), summary.requests, e.connect + e.read + e.write + e.timeout, e.status))
end
