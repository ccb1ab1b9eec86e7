/**
 * A framed request as a curl command a user can paste into a POSIX shell and get the same request: the body
 * goes through `printf` into `curl --data-binary @-`, written as a printf format in single quotes, which is exact
 * for any bytes (NUL, invalid UTF-8, a missing final newline: things a heredoc or `$'…'` quoting cannot carry).
 */
import type { FramedRequest } from '../delivery/deliver.js';

/**
 * `text` in single quotes for a POSIX shell (a quote inside is closed, escaped and reopened).
 *
 * @example
 * shellQuote("it's"); // "'it'\\''s'"
 */
export function shellQuote(text: string): string {
  return `'${text.replaceAll("'", `'\\''`)}'`;
}

/** Bytes printf writes back as they are, in a format string: printable ASCII except `%` and `\`. */
const PLAIN = (b: number): boolean => b >= 0x20 && b < 0x7f && b !== 0x25 && b !== 0x5c;
const NAMED = new Map<number, string>([
  [0x0a, '\\n'],
  [0x0d, '\\r'],
  [0x09, '\\t'],
  [0x25, '%%'],
  [0x5c, '\\\\'],
]);

/**
 * A printf format that prints exactly `bytes`: UTF-8 text stays readable (when the bytes are valid UTF-8),
 * everything else is an octal escape.
 *
 * @example
 * printfFormat(Buffer.from('{"a":"50%"}\n')); // '{"a":"50%%"}\\n'
 */
export function printfFormat(bytes: Uint8Array): string {
  const utf8 = isUtf8(bytes);
  let out = '';
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (PLAIN(b)) {
      out += String.fromCharCode(b);
      i++;
    } else if (NAMED.has(b)) {
      out += NAMED.get(b);
      i++;
    } else if (utf8 && b >= 0xc2) {
      // A whole multi-byte character, kept readable.
      const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
      out += Buffer.from(bytes.subarray(i, i + length)).toString('utf8');
      i += length;
    } else {
      out += `\\${b.toString(8).padStart(3, '0')}`;
      i++;
    }
  }
  // A format starting with "-" would read as an option of printf.
  return out.startsWith('-') ? `\\055${out.slice(1)}` : out;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * The exact body bytes of a framed request.
 *
 * @example
 * requestBytes(frameRequest(contract, { url, event, rawBody: bytes })); // bytes, as given
 */
export function requestBytes(request: FramedRequest): Uint8Array {
  return request.bytes ?? Buffer.from(request.body, 'utf8');
}

/**
 * The curl command that sends `request` as chathooks would: method, URL, every header (`Expect:` switched off
 * so curl waits for no 100-continue), the body's exact bytes on stdin.
 *
 * @example
 * curlCommand({ method: 'POST', url: 'http://127.0.0.1:8080/im', headers: { 'content-type': 'application/json' }, body: '{}' });
 * // "printf '{}' | curl -sS -i -X POST 'http://127.0.0.1:8080/im' -H 'content-type: application/json' -H 'Expect:' --data-binary @-"
 */
export function curlCommand(request: FramedRequest): string {
  const headers = Object.entries(request.headers).map(([k, v]) => `-H ${shellQuote(`${k}: ${v}`)}`);
  return [
    `printf ${shellQuote(printfFormat(requestBytes(request)))} |`,
    `curl -sS -i -X ${request.method} ${shellQuote(request.url)}`,
    ...headers,
    `-H 'Expect:' --data-binary @-`,
  ].join(' \\\n  ');
}
