import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * SSRF protection for webhook targets. A URL's host is resolved and every address it resolves to
 * is checked, not the name: loopback, private, shared (CGNAT), link-local (the cloud metadata
 * service 169.254.169.254 among them), unique-local, multicast, reserved and documentation ranges
 * are refused, IPv4 hidden in IPv6 (mapped, NAT64, 6to4) judged as the IPv4 it carries, unless an
 * allow-list names the network (`WEBHOOK_ALLOWED_NETWORKS`; the tests and `npm start` allow loopback).
 *
 * At delivery the same check runs inside the connection's own DNS lookup (`lookup`, given to
 * undici's connector), and the socket connects to the very address that was checked: a name that
 * resolves to a public address when checked and to 127.0.0.1 when connecting (DNS rebinding) gets
 * nowhere.
 */

/** Why an address is refused: names of IANA special-purpose ranges, for the attempts log and problems. */
export type RefusalReason =
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared-address-space'
  | 'link-local'
  | 'multicast'
  | 'reserved'
  | 'documentation'
  | 'benchmarking'
  | 'unique-local'
  | 'ietf-protocol'
  | 'unresolvable';

const IPV4_RANGES: readonly [string, number, RefusalReason][] = [
  ['0.0.0.0', 8, 'unspecified'], // "this network", 0.0.0.0 connects to the local host
  ['10.0.0.0', 8, 'private'],
  ['100.64.0.0', 10, 'shared-address-space'], // RFC 6598, carrier-grade NAT
  ['127.0.0.0', 8, 'loopback'],
  ['169.254.0.0', 16, 'link-local'], // 169.254.169.254: cloud metadata services
  ['172.16.0.0', 12, 'private'],
  ['192.0.0.0', 24, 'ietf-protocol'],
  ['192.0.2.0', 24, 'documentation'],
  ['192.88.99.0', 24, 'reserved'], // former 6to4 relay anycast
  ['192.168.0.0', 16, 'private'],
  ['198.18.0.0', 15, 'benchmarking'],
  ['198.51.100.0', 24, 'documentation'],
  ['203.0.113.0', 24, 'documentation'],
  ['224.0.0.0', 4, 'multicast'],
  ['240.0.0.0', 4, 'reserved'], // and 255.255.255.255, broadcast
];

const IPV6_RANGES: readonly [string, number, RefusalReason][] = [
  ['::', 128, 'unspecified'],
  ['::1', 128, 'loopback'],
  ['::', 96, 'reserved'], // IPv4-compatible addresses (deprecated)
  ['64:ff9b:1::', 48, 'private'], // local-use NAT64
  ['100::', 64, 'reserved'], // discard-only
  ['2001::', 23, 'ietf-protocol'], // Teredo, ORCHID, benchmarking…
  ['2001:db8::', 32, 'documentation'],
  ['3fff::', 20, 'documentation'],
  ['5f00::', 16, 'reserved'], // segment routing SIDs
  ['fc00::', 7, 'unique-local'],
  ['fe80::', 10, 'link-local'],
  ['fec0::', 10, 'link-local'], // deprecated site-local
  ['ff00::', 8, 'multicast'],
];

function blockListOf(ranges: readonly [string, number, RefusalReason][], type: 'ipv4' | 'ipv6') {
  return ranges.map(([network, prefix, reason]) => {
    const list = new BlockList();
    list.addSubnet(network, prefix, type);
    return { list, reason };
  });
}

const IPV4_REFUSED = blockListOf(IPV4_RANGES, 'ipv4');
const IPV6_REFUSED = blockListOf(IPV6_RANGES, 'ipv6');

/** The 16 bytes of an IPv6 address (any textual form, an embedded dotted quad included). */
function ipv6Bytes(address: string): Buffer {
  let text = address.toLowerCase().replace(/%.*$/, ''); // a zone id says nothing about the range
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = (dotted[1] as string).split('.').map(Number) as [number, number, number, number];
    text =
      text.slice(0, -(dotted[1] as string).length) +
      `${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? (text.split('::') as [string, string]) : [text, undefined];
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailGroups];
  const bytes = Buffer.alloc(16);
  groups.forEach((group, index) => bytes.writeUInt16BE(parseInt(group, 16), index * 2));
  return bytes;
}

const dottedQuad = (bytes: Buffer) => [...bytes].join('.');

/** The IPv4 address an IPv6 one carries and delivers to: IPv4-mapped, NAT64 (well-known prefix), 6to4. */
function embeddedIpv4(address: string): string | undefined {
  const bytes = ipv6Bytes(address);
  const zeros = (from: number, to: number) => bytes.subarray(from, to).every((byte) => byte === 0);
  if (zeros(0, 10) && bytes[10] === 0xff && bytes[11] === 0xff) return dottedQuad(bytes.subarray(12)); // ::ffff:a.b.c.d
  if (bytes.readUInt32BE(0) === 0x0064ff9b && zeros(4, 12)) return dottedQuad(bytes.subarray(12)); // 64:ff9b::/96
  if (bytes.readUInt16BE(0) === 0x2002) return dottedQuad(bytes.subarray(2, 6)); // 6to4
  return undefined;
}

export class TargetRefusedError extends Error {
  readonly code = 'ETARGETREFUSED';

  constructor(
    readonly host: string,
    readonly address: string | undefined,
    readonly reason: RefusalReason,
  ) {
    super(
      address
        ? `webhook target ${host} resolves to ${address} (${reason}), which is not allowed`
        : `webhook target ${host} does not resolve`,
    );
    this.name = 'TargetRefusedError';
  }
}

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

/** The system resolver (getaddrinfo, as connections use), every address, in its own order. */
export const systemResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) =>
      error ? reject(error) : resolve(addresses),
    ),
  );

export class TargetGuard {
  private readonly allowed = new BlockList();

  /**
   * @param allowedNetworks CIDRs (`127.0.0.0/8`, `::1/128`) or single addresses let through
   *   although private or local: a receiver inside the operator's own network, the tests.
   */
  constructor(
    allowedNetworks: readonly string[] = [],
    private readonly resolver: Resolver = systemResolver,
  ) {
    for (const entry of allowedNetworks) {
      const [network, prefix] = entry.split('/') as [string, string | undefined];
      const family = isIP(network);
      if (family === 0) throw new Error(`WEBHOOK_ALLOWED_NETWORKS: ${entry} is not an address or CIDR`);
      const type = family === 4 ? 'ipv4' : 'ipv6';
      const bits = prefix === undefined ? (family === 4 ? 32 : 128) : Number(prefix);
      if (!Number.isInteger(bits) || bits < 0 || bits > (family === 4 ? 32 : 128)) {
        throw new Error(`WEBHOOK_ALLOWED_NETWORKS: ${entry} has an invalid prefix length`);
      }
      this.allowed.addSubnet(network, bits, type);
    }
  }

  /** Why a literal address may not be a webhook target, or undefined when it may. */
  refusalOf(address: string): RefusalReason | undefined {
    const family = isIP(address);
    if (family === 0) return 'unresolvable';
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (this.allowed.check(address, type)) return undefined;
    if (family === 4) return IPV4_REFUSED.find(({ list }) => list.check(address, 'ipv4'))?.reason;
    const carried = embeddedIpv4(address);
    if (carried !== undefined) {
      return this.allowed.check(carried, 'ipv4')
        ? undefined
        : IPV4_REFUSED.find(({ list }) => list.check(carried, 'ipv4'))?.reason;
    }
    const normalised = address.replace(/%.*$/, '');
    return IPV6_REFUSED.find(({ list }) => list.check(normalised, 'ipv6'))?.reason;
  }

  /**
   * Resolves a host and returns its addresses when every one of them may be a target; throws
   * TargetRefusedError naming the first that may not (a name with one private address among public
   * ones is refused: the connection could pick it).
   */
  async resolve(host: string): Promise<LookupAddress[]> {
    const literal = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
    if (isIP(literal) !== 0) {
      const reason = this.refusalOf(literal);
      if (reason) throw new TargetRefusedError(host, literal, reason);
      return [{ address: literal, family: isIP(literal) }];
    }
    let addresses: LookupAddress[];
    try {
      addresses = await this.resolver(literal);
    } catch {
      throw new TargetRefusedError(host, undefined, 'unresolvable');
    }
    if (addresses.length === 0) throw new TargetRefusedError(host, undefined, 'unresolvable');
    for (const { address } of addresses) {
      const reason = this.refusalOf(address);
      if (reason) throw new TargetRefusedError(host, address, reason);
    }
    return addresses;
  }

  /**
   * A `lookup` for `net.connect` (undici: `new Agent({ connect: { lookup } })`): resolves, checks,
   * and hands the socket only the addresses checked. Node calls it for names only; a literal
   * address in a URL never reaches it, so callers check those with `resolve` first.
   */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    this.resolve(hostname).then(
      (all) => {
        const wanted = options.family === 4 || options.family === 6 ? options.family : undefined;
        const addresses = wanted ? all.filter((entry) => entry.family === wanted) : all;
        const first = addresses[0];
        if (!first) {
          callback(new TargetRefusedError(hostname, undefined, 'unresolvable'), '', 4);
        } else if (options.all) {
          (callback as unknown as (error: null, addresses: LookupAddress[]) => void)(null, addresses);
        } else {
          callback(null, first.address, first.family);
        }
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 4),
    );
  };
}
