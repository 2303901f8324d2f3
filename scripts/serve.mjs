/**
 * `npm start`: the production build served by Next inside a thin Node HTTP server whose one job
 * is to record where each request came from. It appends the socket's address to
 * X-Forwarded-For (as a proxy would) and marks the request with this process's secret, so that
 * lib/http/client-address.ts knows the last entry is the real peer and not a header a client made
 * up. Behind trusted proxies, TRUSTED_PROXY_HOPS says how many entries before it they added.
 *
 * Usage as `next start`: --port/-p (or PORT, default 3000), --hostname/-H (or HOSTNAME).
 */
import { randomUUID } from "node:crypto";
import { createServer } from "node:http";
import next from "next";

process.env.NODE_ENV ??= "production";
const PEER_MARK_HEADER = "x-wise-peer-mark";
const peerMark = randomUUID();
// Read by lib/env.ts in this same process: requests carrying it passed through this server.
process.env.WISE_PEER_MARK = peerMark;

const args = process.argv.slice(2);
const option = (...names) => {
  const index = args.findIndex((arg) => names.includes(arg));
  return index >= 0 ? args[index + 1] : undefined;
};
const port = Number(option("--port", "-p") ?? process.env.PORT ?? 3000);
const hostname = option("--hostname", "-H") ?? process.env.HOSTNAME ?? "0.0.0.0";

const app = next({ dev: false, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((request, response) => {
  const peer = request.socket.remoteAddress ?? "unknown";
  const forwarded = request.headers["x-forwarded-for"];
  request.headers["x-forwarded-for"] = forwarded ? `${forwarded}, ${peer}` : peer;
  request.headers[PEER_MARK_HEADER] = peerMark;
  handle(request, response);
});
server.listen(port, hostname, () => {
  console.log(`▲ WISE Focus on http://${hostname}:${port} (production)`);
});
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    void app.close?.().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 5000).unref();
  });
}
