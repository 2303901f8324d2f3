/**
 * One simulated device: fetch (Node's undici) plus the cookies the server set, as a phone's
 * browser would keep them. Cookie attributes (path, expiry) do not matter on one loopback host.
 */
export type JsonResponse<T> = { status: number; body: T; headers: Headers };

export class Device {
  private readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    private readonly timeoutMs: number,
    /** Sent with every request, e.g. a load balancer's header that pins the device to an instance. */
    private readonly headers: Record<string, string> = {},
  ) {}

  cookieHeader(): string {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join("; ");
  }

  hasCookie(name: string): boolean {
    return this.cookies.has(name);
  }

  keepCookies(response: Response): void {
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const separator = pair.indexOf("=");
      if (separator <= 0) continue;
      const name = pair.slice(0, separator).trim();
      const value = pair.slice(separator + 1).trim();
      // An emptied cookie is the server deleting it.
      if (value === "") this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
  }

  /** Any request; the caller reads the body. Throws on network errors and on the timeout. */
  async fetch(path: string, init: RequestInit & { timeoutMs?: number } = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    for (const [name, value] of Object.entries(this.headers)) headers.set(name, value);
    const cookie = this.cookieHeader();
    if (cookie) headers.set("cookie", cookie);
    const signal = init.signal ?? timeoutSignal(init.timeoutMs ?? this.timeoutMs);
    const response = await fetch(new URL(path, this.baseUrl), {
      ...init,
      headers,
      signal,
      redirect: "manual",
    });
    this.keepCookies(response);
    return response;
  }

  async getJson<T>(path: string): Promise<JsonResponse<T>> {
    const response = await this.fetch(path, { headers: { accept: "application/json" } });
    return {
      status: response.status,
      body: (await readJson(response)) as T,
      headers: response.headers,
    };
  }

  async postJson<T>(path: string, payload: unknown): Promise<JsonResponse<T>> {
    const response = await this.fetch(path, {
      method: "POST",
      // A browser's fetch sends its Origin with every POST; state-changing routes may check it.
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        origin: new URL(this.baseUrl).origin,
      },
      body: JSON.stringify(payload),
    });
    return {
      status: response.status,
      body: (await readJson(response)) as T,
      headers: response.headers,
    };
  }
}

/**
 * Aborts after `ms`, body included. Not AbortSignal.timeout(): undici holds a request's signal
 * only weakly, and under load a garbage-collected timeout signal never fired (seen here: requests
 * that hung forever). The timer keeps this controller alive until it has fired.
 */
function timeoutSignal(ms: number): AbortSignal {
  const controller = new AbortController();
  setTimeout(() => controller.abort(new DOMException("request timed out", "TimeoutError")), ms);
  return controller.signal;
}

/** The body as JSON, or `{ raw }` when the server answered something else (an HTML error page). */
async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return { raw: text.slice(0, 200) };
  }
}
