/**
 * Name-based UUIDs (RFC 9562 §5.5, version 5: SHA-1 of a namespace and a name), so an object made
 * from the dataset has the same id in every export and an analyst's platform merges it with the
 * last one. SHA-1 comes from Web Crypto, which browsers and Node both have; no library needed.
 */

const HEX = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const bytesOf = (uuid: string): Uint8Array => {
  if (!HEX.test(uuid)) throw new Error(`not a UUID: ${uuid}`);
  return Uint8Array.from(uuid.replace(/-/g, '').match(/../g) as string[], (h) => parseInt(h, 16));
};

const format = (bytes: Uint8Array): string => {
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

/** The version 5 UUID of `name` in `namespace` (a UUID, lower case). */
export async function uuidV5(namespace: string, name: string): Promise<string> {
  const ns = bytesOf(namespace);
  const text = new TextEncoder().encode(name);
  const input = new Uint8Array(ns.length + text.length);
  input.set(ns);
  input.set(text, ns.length);
  const hash = new Uint8Array(await globalThis.crypto.subtle.digest('SHA-1', input));
  const bytes = hash.slice(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50; // version 5
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80; // the RFC's variant
  return format(bytes);
}
