import { existsSync } from "node:fs";
import { chmod, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { freePort } from "../db/postgres-host";
import { nginxSiteConfig, nginxTestConfig } from "./configs";
import { startDaemon } from "./daemon";

/** Send `PIN_HEADER: a` (or b, …) to reach one instance; SERVED_BY names the one that answered. */
export const PIN_HEADER = "X-Wise-Instance";
export const SERVED_BY_HEADER = "X-Served-By";

export type Balancer = { url: string; stop(): Promise<void> };

function nginxBinary(): string {
  for (const path of ["/usr/sbin/nginx", "/usr/local/sbin/nginx"])
    if (existsSync(path)) return path;
  throw new Error("nginx is not installed: `apt-get install -y nginx` (Debian) and try again.");
}

/**
 * nginx from the system's package in front of `instances` (`host:port`), on `port` (else a free
 * one) of 127.0.0.1, with the site configuration of docs/deploy/nginx.conf plus pinning for tests.
 */
export async function startBalancer(instances: string[], port?: number): Promise<Balancer> {
  const binary = nginxBinary();
  const listenPort = port ?? (await freePort());
  const workDir = await mkdtemp(join(tmpdir(), "wise-focus-nginx-"));
  // As root, nginx's workers run as `nobody` and must reach their temporary folders.
  await chmod(workDir, 0o755);
  const site = nginxSiteConfig({
    listen: `127.0.0.1:${listenPort}`,
    instances,
    pinning: { header: PIN_HEADER, servedByHeader: SERVED_BY_HEADER },
  });
  await writeFile(join(workDir, "nginx.conf"), nginxTestConfig(workDir, site));
  try {
    // -e stderr: the error log compiled in (/var/log/nginx) is never opened.
    const daemon = await startDaemon(
      binary,
      ["-p", workDir, "-c", join(workDir, "nginx.conf"), "-e", "stderr", "-g", "daemon off;"],
      [listenPort],
      "SIGTERM",
    );
    return {
      url: `http://127.0.0.1:${listenPort}`,
      stop: async () => {
        await daemon.stop();
        await rm(workDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await rm(workDir, { recursive: true, force: true });
    throw error;
  }
}
