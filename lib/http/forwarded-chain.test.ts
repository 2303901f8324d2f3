import { describe, expect, it } from "vitest";
import { addressFromForwardedChain } from "./forwarded-chain";

describe("the client address behind our server and trusted proxies", () => {
  it("is the socket's peer when no proxy is trusted, whatever the client claims", () => {
    // The client sent "X-Forwarded-For: 10.0.0.1"; our server appended the real peer.
    expect(addressFromForwardedChain("10.0.0.1, 203.0.113.5", 0)).toBe("203.0.113.5");
    expect(addressFromForwardedChain("203.0.113.5", 0)).toBe("203.0.113.5");
  });

  it("is what the one trusted proxy saw, not what the client wrote before it", () => {
    // client forged "1.2.3.4", nginx appended the client's real address, our server nginx's.
    expect(addressFromForwardedChain("1.2.3.4, 198.51.100.7, 127.0.0.1", 1)).toBe("198.51.100.7");
  });

  it("walks back through several trusted proxies", () => {
    expect(addressFromForwardedChain("198.51.100.7, 10.0.0.2, 10.0.0.3", 2)).toBe("198.51.100.7");
  });

  it("takes the first entry when fewer proxies than configured added one", () => {
    expect(addressFromForwardedChain("198.51.100.7", 2)).toBe("198.51.100.7");
  });

  it("says unknown when there is nothing to go on", () => {
    expect(addressFromForwardedChain(null, 0)).toBe("unknown");
    expect(addressFromForwardedChain(" , ", 0)).toBe("unknown");
  });
});
