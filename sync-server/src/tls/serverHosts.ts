import { hostname, networkInterfaces } from 'node:os';
import { isIP } from 'node:net';

/** What a server certificate must name: DNS names and IP addresses, each listed once. */
export interface ServerHosts {
  names: string[];
  addresses: string[];
}

/** TLS_HOSTS: a comma list of names and addresses (the town server's DNS name, a fixed LAN address). */
export function parseTlsHosts(list: string | undefined): string[] {
  return (list ?? '').split(',').map((s) => s.trim().toLowerCase()).filter((s) => s.length > 0);
}

/**
 * The names and addresses tablets may use to reach this machine: TLS_HOSTS first (the address to
 * show and encode in the QR code), then the host name (and its .local mDNS form), every interface
 * address, and localhost. IPv6 link-local addresses are left out: a URL cannot carry their zone.
 */
export function serverHosts(extra: readonly string[], machine = { hostname: hostname(), interfaces: networkInterfaces() }): ServerHosts {
  const names: string[] = [];
  const addresses: string[] = [];
  const add = (host: string) => {
    const list = isIP(host) ? addresses : names;
    if (!list.includes(host)) list.push(host);
  };
  for (const host of extra) add(host);
  const own = machine.hostname.toLowerCase();
  if (/^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(own)) {
    add(own);
    if (!own.includes('.')) add(`${own}.local`);
  }
  for (const infos of Object.values(machine.interfaces)) {
    for (const info of infos ?? []) if (!info.address.toLowerCase().startsWith('fe80:')) add(info.address);
  }
  add('localhost');
  add('127.0.0.1');
  return { names, addresses };
}

/** The host a person should type (or scan): the first name given in TLS_HOSTS, else the first non-loopback address. */
export function primaryHost(hosts: ServerHosts, extra: readonly string[]): string {
  const isLoopback = (h: string) => h === 'localhost' || h.startsWith('127.') || h === '::1';
  return extra[0] ?? hosts.addresses.find((a) => !isLoopback(a) && !a.includes(':')) ?? hosts.addresses.find((a) => !isLoopback(a)) ?? hosts.names[0] ?? 'localhost';
}
