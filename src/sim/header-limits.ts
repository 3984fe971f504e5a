// BIG-IP's HTTP profile limits on a request's headers, applied to traffic as it is read: a request
// that a real virtual server would discard (resetting the connection) is refused with the limit named,
// instead of being simulated as if BIG-IP had accepted it. Defaults of the http profile (reverse
// mode), from F5's AS3 schema reference, HTTP_Profile maxHeaderSize / maxHeaderCount ("When the total
// size in octets of the headers of an incoming HTTP request exceeds this value, discard the request
// and reset the client connection"):
// https://clouddocs.f5.com/products/extensions/f5-appsvcs-extension/latest/refguide/schemaref/HTTP_Profile.schema.json.html
// (docs/behaviour.md, "Request header limits").

const MAX_HEADER_SIZE = 32768;
const MAX_HEADER_COUNT = 64;

/**
 * The problem with a request's headers, or null. The size is counted as `name: value` plus CRLF per
 * header, the request line left out: what BIG-IP counts exactly is not documented, so only a request
 * over the limit by this lower count is refused (inferred to be discarded, never a false refusal).
 */
export function headerLimitProblem(headers: readonly (readonly [string, string])[]): string | null {
  if (headers.length > MAX_HEADER_COUNT) {
    return `${headers.length} headers, more than BIG-IP's limit of ${MAX_HEADER_COUNT} (http profile "Maximum Header Count" default): BIG-IP discards such a request and resets the connection`;
  }
  let size = 0;
  for (const [name, value] of headers) size += Buffer.byteLength(name) + Buffer.byteLength(value) + 4;
  if (size > MAX_HEADER_SIZE) {
    return `the headers take ${size} bytes, more than BIG-IP's limit of ${MAX_HEADER_SIZE} bytes (http profile "Maximum Header Size" default, 32 KB): BIG-IP discards such a request and resets the connection`;
  }
  return null;
}
