import "server-only";
import { serverEnv } from "@/lib/env";
import { addressFromForwardedChain } from "./forwarded-chain";

/** Set by scripts/serve.mjs on every request it hands to Next, with this process's secret. */
const PEER_MARK_HEADER = "x-wise-peer-mark";
let warned = false;

/**
 * The address a request came from, for throttling: the socket's peer, or, behind
 * TRUSTED_PROXY_HOPS trusted proxies, the address the outermost of them saw. Never an entry a
 * client can choose by sending X-Forwarded-For itself (see forwarded-chain.ts).
 */
export function clientAddress(headers: Headers): string {
  const { trustedProxyHops, peerMark } = serverEnv();
  const passedOurServer = peerMark !== undefined && headers.get(PEER_MARK_HEADER) === peerMark;
  if (!passedOurServer && !warned) {
    warned = true;
    console.warn(
      "[http] requests reach the app without scripts/serve.mjs (npm start): client addresses for throttling come from X-Forwarded-For as received, which a client can set",
    );
  }
  return addressFromForwardedChain(headers.get("x-forwarded-for"), trustedProxyHops);
}
