import { type Server, startServer } from "../bench-live/server";
import { freePort } from "../db/postgres-host";
import { type Balancer, startBalancer } from "./balancer";
import { type Pooler, startPooler } from "./pooler";

export type ScaleOut = {
  /** The balancer's URL, which is also the app's APP_URL. */
  url: string;
  servers: Server[];
  balancer: Balancer;
  pooler: Pooler | null;
  stop(): Promise<void>;
};

/**
 * `instances` × `next start` on the production build in `distDir`, nginx in front of them, and
 * with `pooler` PgBouncer in transaction mode between them and the database: DATABASE_URL is the
 * pooler's, DIRECT_DATABASE_URL (LISTEN) PostgreSQL's own.
 */
export async function startScaleOut(options: {
  databaseUrl: string;
  distDir: string;
  instances: number;
  pooler: boolean;
}): Promise<ScaleOut> {
  const balancerPort = await freePort();
  const url = `http://127.0.0.1:${balancerPort}`;
  const servers: Server[] = [];
  let pooler: Pooler | null = null;
  let balancer: Balancer | null = null;
  const stop = async () => {
    await balancer?.stop().catch((error: unknown) => console.error(error));
    await Promise.all(servers.map((server) => server.stop().catch(() => {})));
    await pooler?.stop().catch((error: unknown) => console.error(error));
  };
  try {
    if (options.pooler) pooler = await startPooler(options.databaseUrl);
    const env = { APP_URL: url, DIRECT_DATABASE_URL: options.databaseUrl, TRUSTED_PROXY_HOPS: "1" };
    // One at a time: two production servers booting at once on a small machine time out.
    for (let i = 0; i < options.instances; i++) {
      servers.push(await startServer(pooler?.url ?? options.databaseUrl, options.distDir, env));
    }
    balancer = await startBalancer(
      servers.map((server) => server.url.replace("http://", "")),
      balancerPort,
    );
    return { url, servers, balancer, pooler, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The stack seen as one server, for the bench: the balancer's URL, every instance's error lines,
 * and stop() for everything.
 */
export function asOneServer(stack: ScaleOut): Server {
  return {
    url: stack.url,
    pid: stack.servers[0]?.pid ?? 0,
    get errorLines() {
      return stack.servers.flatMap((server) => server.errorLines);
    },
    tail: () => stack.servers.map((server) => server.tail()).join("\n---\n"),
    stop: () => stack.stop(),
  };
}
