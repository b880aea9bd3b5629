// The local API server of the client-overhead benchmark: answers every request with the JSON body in
// the file given as argument (200, application/json, keep-alive) and prints its port.
import { readFileSync } from "node:fs";
import { createServer } from "node:http";

const body = readFileSync(process.argv[2] ?? "", "utf8");
const length = String(Buffer.byteLength(body));
const server = createServer((request, response) => {
  request.resume();
  request.on("end", () => {
    response.writeHead(200, { "content-type": "application/json", "content-length": length });
    response.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => {
  const address = server.address();
  process.stdout.write(`${typeof address === "object" && address ? address.port : 0}\n`);
});
process.on("disconnect", () => process.exit(0));
process.stdin.on("end", () => process.exit(0));
