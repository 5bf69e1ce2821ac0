import { BlockList, isIP } from 'node:net';

/** Why an address may not be fetched, or null when it is a public unicast address. */
export type AddressRefusal =
  | 'loopback'
  | 'private'
  | 'link_local'
  | 'multicast'
  | 'reserved'
  | 'unspecified'
  | 'not_an_address';

// One list per reason so a refusal can say which rule it hit. Ranges from the IANA special-purpose
// registries (RFC 6890 and successors); anything not listed and not global unicast is reserved.
const V4_RULES: readonly (readonly [AddressRefusal, string, number])[] = [
  ['unspecified', '0.0.0.0', 8],
  ['private', '10.0.0.0', 8],
  ['private', '100.64.0.0', 10], // carrier-grade NAT
  ['loopback', '127.0.0.0', 8],
  ['link_local', '169.254.0.0', 16],
  ['private', '172.16.0.0', 12],
  ['reserved', '192.0.0.0', 24],
  ['reserved', '192.0.2.0', 24],
  ['reserved', '192.88.99.0', 24],
  ['private', '192.168.0.0', 16],
  ['reserved', '198.18.0.0', 15],
  ['reserved', '198.51.100.0', 24],
  ['reserved', '203.0.113.0', 24],
  ['multicast', '224.0.0.0', 4],
  ['reserved', '240.0.0.0', 4],
];

const V6_RULES: readonly (readonly [AddressRefusal, string, number])[] = [
  ['unspecified', '::', 128],
  ['loopback', '::1', 128],
  ['reserved', '::', 96], // IPv4-compatible (deprecated)
  ['reserved', '64:ff9b:1::', 48],
  ['reserved', '100::', 64],
  ['reserved', '2001::', 23],
  ['reserved', '2001:db8::', 32],
  ['private', 'fc00::', 7],
  ['link_local', 'fe80::', 10],
  ['reserved', 'fec0::', 10],
  ['multicast', 'ff00::', 8],
];

function buildLists(rules: readonly (readonly [AddressRefusal, string, number])[], family: 'ipv4' | 'ipv6') {
  return rules.map(([reason, net, prefix]) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, family);
    return [reason, list] as const;
  });
}

const V4_LISTS = buildLists(V4_RULES, 'ipv4');
const V6_LISTS = buildLists(V6_RULES, 'ipv6');

/** The 8 sixteen-bit groups of an IPv6 address (zone id dropped), embedded dotted quads included. */
export function expandIpv6(address: string): number[] {
  let text = address.replace(/%.*$/, '');
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const q = dotted[1]!.split('.').map(Number);
    text = text.slice(0, dotted.index) + `${((q[0]! << 8) | q[1]!).toString(16)}:${((q[2]! << 8) | q[3]!).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const missing = tail === undefined ? 0 : 8 - left.length - right.length;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => parseInt(g, 16));
}

function v4FromGroups(hi: number, lo: number): string {
  return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
}

/** An IPv4 address carried inside an IPv6 one (mapped, NAT64, 6to4), or null. */
export function embeddedIpv4(address: string): string | null {
  const g = expandIpv6(address);
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return v4FromGroups(g[6]!, g[7]!);
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0)) return v4FromGroups(g[6]!, g[7]!);
  if (g[0] === 0x2002) return v4FromGroups(g[1]!, g[2]!);
  return null;
}

/**
 * Classifies a resolved address: null when it is public and may be connected to, otherwise the
 * reason it is refused. IPv6 addresses that carry an IPv4 address are judged by that address, and
 * IPv6 outside global unicast (2000::/3) is refused as reserved.
 */
export function classifyAddress(address: string): AddressRefusal | null {
  const family = isIP(address.replace(/%.*$/, ''));
  if (family === 4) return V4_LISTS.find(([, list]) => list.check(address, 'ipv4'))?.[0] ?? null;
  if (family !== 6) return 'not_an_address';
  const plain = address.replace(/%.*$/, '');
  const inner = embeddedIpv4(plain);
  if (inner !== null) return classifyAddress(inner);
  const hit = V6_LISTS.find(([, list]) => list.check(plain, 'ipv6'));
  if (hit) return hit[0];
  const first = expandIpv6(plain)[0]!;
  return first >= 0x2000 && first <= 0x3fff ? null : 'reserved';
}
