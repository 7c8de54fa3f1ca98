import { isIP } from 'node:net';
import { ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * The proxies (load balancer, ingress) whose `X-Forwarded-For` the gateway believes, as a
 * comma-separated list of addresses and CIDR ranges. Behind a proxy every client arrives from the
 * proxy's address: without this, all participants would share one self-service rate limit. Only the
 * listed peers are believed, so a client talking to the gateway directly cannot pick its own address.
 */
export function parseTrustedProxies(list: string): string[] {
  return list
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
}

export function isAddressOrRange(entry: string): boolean {
  const [address = '', prefix, ...rest] = entry.split('/');
  const version = isIP(address);
  if (version === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  if (!/^\d{1,3}$/.test(prefix)) return false;
  // Wider than 10.0.0.0/8 or fc00::/7 (private networks) would trust clients on the internet, who could
  // then name any address they like and escape the per-address limits.
  const [widest, narrowest] = version === 4 ? [8, 32] : [7, 128];
  return Number(prefix) >= widest && Number(prefix) <= narrowest;
}

export function IsTrustedProxyList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTrustedProxyList',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && parseTrustedProxies(value).every(isAddressOrRange),
        defaultMessage: () =>
          'TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges no wider than /8 (IPv4) or /7 (IPv6), e.g. 10.0.0.0/8,127.0.0.1',
      },
    },
    options,
  );
}
