-- wrk script: GET the paths listed in $PATHS_FILE (one per line) in random order, so that (with many more
-- paths than the page cache holds) nearly every request renders its page: the uncached path of issue 17.
local paths = {}
for line in io.lines(os.getenv("PATHS_FILE")) do
  if #line > 0 then paths[#paths + 1] = line end
end
math.randomseed(os.time())

request = function()
  return wrk.format("GET", paths[math.random(#paths)])
end
