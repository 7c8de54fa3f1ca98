import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Agent, request } from 'undici';
import { TargetGuard, TargetRefusedError, type Resolver } from './target-guard';

const guard = new TargetGuard();

describe('webhook target guard', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.254', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'shared-address-space'],
    ['100.127.255.254', 'shared-address-space'],
    ['169.254.169.254', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['198.18.0.1', 'benchmarking'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fd12:3456::1', 'unique-local'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['ff02::1', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['::ffff:169.254.169.254', 'link-local'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a9fe:a9fe', 'link-local'], // NAT64 of 169.254.169.254
    ['2002:0a00:0001::1', 'private'], // 6to4 of 10.0.0.1
    ['::127.0.0.1', 'reserved'],
  ])('should refuse %s as %s', (address, reason) => {
    expect(guard.refusalOf(address)).toBe(reason);
  });

  it.each([
    '93.184.216.34',
    '100.63.255.255',
    '100.128.0.1',
    '172.32.0.1',
    '8.8.8.8',
    '2a00:1450:4001::1',
    '::ffff:8.8.8.8',
  ])('should let the public address %s through', (address) => {
    expect(guard.refusalOf(address)).toBeUndefined();
  });

  it('should let allow-listed networks through, and only those', () => {
    const allowing = new TargetGuard(['127.0.0.0/8', '::1', '10.20.0.0/16']);
    expect(allowing.refusalOf('127.0.0.1')).toBeUndefined();
    expect(allowing.refusalOf('::1')).toBeUndefined();
    expect(allowing.refusalOf('::ffff:127.0.0.1')).toBeUndefined();
    expect(allowing.refusalOf('10.20.3.4')).toBeUndefined();
    expect(allowing.refusalOf('10.21.0.1')).toBe('private');
    expect(allowing.refusalOf('169.254.169.254')).toBe('link-local');
    expect(() => new TargetGuard(['localhost'])).toThrow('not an address or CIDR');
    expect(() => new TargetGuard(['10.0.0.0/33'])).toThrow('prefix length');
  });

  it('should judge a name by every address it resolves to', async () => {
    const resolver: Resolver = async (name) =>
      name === 'mixed.test'
        ? [
            { address: '93.184.216.34', family: 4 },
            { address: '10.0.0.5', family: 4 },
          ]
        : name === 'public.test'
          ? [{ address: '93.184.216.34', family: 4 }]
          : [];
    const resolving = new TargetGuard([], resolver);
    await expect(resolving.resolve('public.test')).resolves.toEqual([
      { address: '93.184.216.34', family: 4 },
    ]);
    await expect(resolving.resolve('mixed.test')).rejects.toMatchObject({
      address: '10.0.0.5',
      reason: 'private',
    });
    await expect(resolving.resolve('nothing.test')).rejects.toMatchObject({ reason: 'unresolvable' });
    await expect(resolving.resolve('[::1]')).rejects.toMatchObject({ reason: 'loopback' });
    await expect(resolving.resolve('169.254.169.254')).rejects.toBeInstanceOf(TargetRefusedError);
  });

  it('should resolve real names with the system resolver', async () => {
    await expect(guard.resolve('localhost')).rejects.toMatchObject({ reason: 'loopback' });
    await expect(new TargetGuard(['127.0.0.0/8', '::1']).resolve('localhost')).resolves.not.toHaveLength(0);
  });

  describe('at connection time (undici)', () => {
    let server: Server;
    let port: number;
    let hits = 0;

    beforeAll(async () => {
      server = createServer((_request, response) => {
        hits += 1;
        response.end('ok');
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      port = (server.address() as AddressInfo).port;
    });
    afterAll(async () => {
      await new Promise((resolve) => server.close(resolve));
    });

    it('should connect to the address it checked, so DNS rebinding cannot reach a local server', async () => {
      // The first answer (when the subscription was checked) is public, every later one loopback.
      let answers = 0;
      const rebinding: Resolver = async () =>
        answers++ === 0 ? [{ address: '93.184.216.34', family: 4 }] : [{ address: '127.0.0.1', family: 4 }];
      const rebindGuard = new TargetGuard([], rebinding);
      await expect(rebindGuard.resolve('rebind.test')).resolves.toHaveLength(1);
      const dispatcher = new Agent({ connect: { lookup: rebindGuard.lookup } });
      const before = hits;
      await expect(request(`http://rebind.test:${port}/`, { dispatcher })).rejects.toMatchObject({
        code: 'ETARGETREFUSED',
        reason: 'loopback',
      });
      expect(hits).toBe(before);
      await dispatcher.close();
    });

    it('should connect through the guard when the network is allow-listed', async () => {
      const local: Resolver = async () => [{ address: '127.0.0.1', family: 4 }];
      const dispatcher = new Agent({ connect: { lookup: new TargetGuard(['127.0.0.1'], local).lookup } });
      const response = await request(`http://receiver.test:${port}/`, { dispatcher });
      expect([response.statusCode, await response.body.text()]).toEqual([200, 'ok']);
      await dispatcher.close();
    });
  });
});
