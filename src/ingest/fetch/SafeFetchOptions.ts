/** A resolved address for a host name: what `dns.lookup` yields. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

export interface SafeFetchOptions {
  /** Largest body accepted, counted both on the wire and after decompression. */
  readonly maxBytes: number;
  readonly maxRedirects: number;
  /** Budget for the whole fetch, redirects included. */
  readonly timeoutMs: number;
  /** Media types accepted (`text/html`, or `text/*`); the response's type must match one. */
  readonly allowedContentTypes: readonly string[];
  /** When given, only these hosts (exact, or `*.example.org` for subdomains) may be fetched. */
  readonly allowHosts?: readonly string[];
  readonly userAgent: string;
  readonly headers?: Readonly<Record<string, string>>;
  /**
   * Test mode: also allows loopback addresses (and nothing else that is refused), so tests can
   * run a local server. Off by default; never set it outside tests.
   */
  readonly allowLoopbackForTests?: boolean;
  /** Replaces DNS resolution (tests of rebinding and of connect-to-checked-address). */
  readonly resolveHost?: (hostname: string) => Promise<readonly ResolvedAddress[]>;
}

export interface SafeFetchResult {
  /** The final URL, after redirects. */
  readonly url: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: Uint8Array;
  /** The media type without parameters, lower case (`text/html`). */
  readonly contentType: string;
}
