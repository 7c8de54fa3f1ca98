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
  return Number(prefix) <= (version === 4 ? 32 : 128);
}

export function IsTrustedProxyList(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isTrustedProxyList',
      validator: {
        validate: (value: unknown) =>
          typeof value === 'string' && parseTrustedProxies(value).every(isAddressOrRange),
        defaultMessage: () =>
          'TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges, e.g. 10.0.0.0/8,127.0.0.1',
      },
    },
    options,
  );
}
