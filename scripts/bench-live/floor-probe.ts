import type { Metrics } from "./metrics";

const EVERY_MS = 1000;

/**
 * Every second, `GET /api/auth/csrf`: a route that touches no database. Its time is the floor
 * of any answer from this server at this moment (routing, the Node event loop, a busy CPU), to
 * set beside the time to acknowledge a score.
 */
/** The app server's CPU for one request that does nearly nothing, measured alone, in ms. */
export async function calibrateFloorCpu(
  baseUrl: string,
  serverCpuSeconds: () => number,
): Promise<number> {
  const requests = 100;
  const before = serverCpuSeconds();
  for (let i = 0; i < requests; i++) {
    const response = await fetch(`${baseUrl}/api/auth/csrf`, {
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
  }
  return ((serverCpuSeconds() - before) * 1000) / requests;
}

export function startFloorProbe(baseUrl: string, metrics: Metrics): () => void {
  let stopped = false;
  const loop = async () => {
    while (!stopped) {
      const started = performance.now();
      try {
        const response = await fetch(`${baseUrl}/api/auth/csrf`, {
          signal: AbortSignal.timeout(10_000),
        });
        await response.arrayBuffer();
        if (response.ok) metrics.floorMs.push(performance.now() - started);
      } catch {
        // not what is measured here; score requests count errors
      }
      await new Promise((resolve) => setTimeout(resolve, EVERY_MS));
    }
  };
  void loop();
  return () => {
    stopped = true;
  };
}
