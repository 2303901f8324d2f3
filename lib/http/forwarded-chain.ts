/**
 * Picks the client's address from an X-Forwarded-For chain whose last entry is the socket's peer
 * (appended by scripts/serve.mjs) and whose `trustedProxyHops` entries before that were appended
 * by proxies we run. Everything further left was sent by the client and proves nothing, so it is
 * never chosen: with 0 hops the answer is the peer itself, with 1 hop the address our proxy saw.
 * A chain shorter than expected (a proxy missing) yields its first entry.
 */
export function addressFromForwardedChain(header: string | null, trustedProxyHops: number): string {
  const chain = (header ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return "unknown";
  return chain[Math.max(chain.length - 1 - trustedProxyHops, 0)];
}
