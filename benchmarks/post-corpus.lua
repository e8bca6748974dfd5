-- wrk script: posts every document of a generated corpus to ingest-service once (pipeline.sh, issue 13).
--
--   CORPUS_LIST=documents.txt wrk -t4 -c4 -d3600s --timeout 120s -s benchmarks/post-corpus.lua http://127.0.0.1:8080
--
-- CORPUS_LIST names the documents, one path a line, in the order to post them; SAGSSPOR_TOKEN, when set, goes as the
-- bearer token; CORPUS_BATCH (default 1) documents go in each request. One connection a thread (-t N -c N): thread i
-- posts documents i, i + N, i + 2N, ... one request after another, so its n-th answer is its n-th request's. A document answered other than 201 or 200 is named on stderr. Each
-- thread stops after its last answer and notes it in CORPUS_LIST.done; once all have, the caller interrupts wrk
-- (SIGINT, until it exits: only its main thread, which sleeps out -d, ends on it). done() prints
-- "posted=N refused=M" (refused counts documents not answered 201 or 200, and those never answered because of a
-- socket error or timeout).
--
-- Why wrk: the poster shares the 2-core machine with the pipeline it measures. Posting the 5,000 documents of the
-- 5,000-minute corpus to a stub server took the JDK's HTTP client (CorpusTool's post, C1 only) 8.2 CPU-seconds,
-- Python's http.client 4.1 and this script 1.4, most of it the kernel's (docs/performance.md). pipeline.sh gives it at
-- least one document a thread.

local threads = {}
local boundary = "sagsspor-corpus-7d1f0c"  -- in no document of the corpus

function setup(thread)
  thread:set("index", #threads)
  threads[#threads + 1] = thread
end

function init(args)
  local count = tonumber(os.getenv("CORPUS_THREADS"))
  documents, answered, refused, total = {}, 0, 0, 0
  local n = 0
  for path in io.lines(os.getenv("CORPUS_LIST")) do
    if n % count == index then documents[#documents + 1] = path end
    n = n + 1
  end
  total = #documents
  batch = tonumber(os.getenv("CORPUS_BATCH") or "1")
  headers = { ["Content-Type"] = "text/plain; charset=UTF-8" }
  batch_headers = { ["Content-Type"] = "multipart/form-data; boundary=" .. boundary }
  local token = os.getenv("SAGSSPOR_TOKEN")
  if token and token ~= "" then
    headers["Authorization"] = "Bearer " .. token:gsub("%s", "")
    batch_headers["Authorization"] = headers["Authorization"]
  end
end

-- With CORPUS_BATCH=N above 1, each request carries the thread's next N documents as one multipart/form-data body to
-- POST /documents/batch (a backfill's way: one transaction a batch), else one document to POST /documents.
local function read(path)
  local file = assert(io.open(path, "rb"))
  local body = file:read("*a")
  file:close()
  return body
end

function request()
  if batch <= 1 then
    return wrk.format("POST", "/documents", headers, read(documents[answered + 1]))
  end
  local parts = {}
  sending = math.min(batch, #documents - answered)
  for i = answered + 1, answered + sending do
    local name = documents[i]:match("[^/]+$")
    parts[#parts + 1] = "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\"document\"; filename=\"" .. name
      .. "\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\n" .. read(documents[i]) .. "\r\n"
  end
  parts[#parts + 1] = "--" .. boundary .. "--\r\n"
  return wrk.format("POST", "/documents/batch", batch_headers, table.concat(parts))
end

-- The thread is done: it stops, and notes it in CORPUS_LIST.done, a line a thread. wrk's main thread sleeps for -d
-- whatever its threads do; pipeline.sh interrupts it (SIGINT) once every thread has noted it is done.
local function finished()
  wrk.thread:stop()
  local file = assert(io.open(os.getenv("CORPUS_LIST") .. ".done", "a"))
  file:write(index, "\n")
  file:close()
end

function response(status, _, body)
  if batch <= 1 then
    answered = answered + 1
    if status ~= 201 and status ~= 200 then
      refused = refused + 1
      io.stderr:write(documents[answered], ": HTTP ", status, " ", body, "\n")
    end
  else
    -- Each part's own status follows its index ({"index":0,"status":201,...}); a part not taken is named.
    local taken = {}
    for index, part_status in body:gmatch('"index":(%d+),"status":(%d+)') do
      taken[tonumber(index)] = part_status == "201" or part_status == "200"
    end
    for i = 0, sending - 1 do
      if status ~= 200 or not taken[i] then
        refused = refused + 1
        io.stderr:write(documents[answered + i + 1], ": HTTP ", status, " ", body, "\n")
      end
    end
    answered = answered + sending
  end
  if answered == #documents then finished() end
end

function done(summary)
  local posted, refused_all, expected = 0, 0, 0
  for _, thread in ipairs(threads) do
    posted = posted + thread:get("answered")
    refused_all = refused_all + thread:get("refused")
    expected = expected + thread:get("total")
  end
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("posted=%d refused=%d\n", expected, refused_all + (expected - posted)))
  if errors > 0 then io.write(string.format("socket errors or timeouts: %d\n", errors)) end
end
