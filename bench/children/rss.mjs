// Preloaded (`node --import`) when /usr/bin/time is missing: writes this process's peak RSS and CPU
// time to $BENCH_RSS_OUT when it exits (worker threads included: they share the process).
import { writeFileSync } from "node:fs";

const out = process.env.BENCH_RSS_OUT;
if (out) {
  process.on("exit", () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage();
    writeFileSync(out, JSON.stringify({ maxRSS, userCPUTime, systemCPUTime }));
  });
}
