import { generate } from "../generator/index.js";
const t = performance.now();
const r = await generate(process.argv[2]!);
console.log(JSON.stringify(Object.fromEntries(Object.entries(r.timings).map(([k,v])=>[k,Math.round(v)]))), Math.round(performance.now()-t), "ms", Math.round(process.memoryUsage().rss/1e6), "MB");
