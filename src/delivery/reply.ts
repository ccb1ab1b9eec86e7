/**
 * Reading a reply with a bound in bytes. A receiver's reply is a few hundred bytes of JSON; one that streams
 * 600 MB (or announces 10 GB) must not take the sender down with it, so every transport under `deliver` keeps
 * at most `maxReplyBytes`, stops reading past it and drops the connection.
 */
import { OptionError } from '../model/errors.js';

/** The reply bytes kept by default: 1 MiB, a thousand times any documented reply. */
export const DEFAULT_MAX_REPLY_BYTES = 1_048_576;

/** How a reply longer than the bound was cut (absent when the whole reply was read). */
export interface ReplyCut {
  truncated: true;
  /** Bytes received before reading stopped (0 when content-length announced too many to start). */
  replyBytesSeen: number;
  /** The reply's content-length, when it announced one. */
  replyBytesAnnounced?: number;
}

/** A reply body as text, and how it was cut when it was. */
export type BoundedText = { text: string } & Partial<ReplyCut>;

/**
 * Check a `maxReplyBytes` option: a positive whole number of bytes (undefined: the default).
 *
 * @example
 * maxReplyBytesOption(undefined, 'deliver'); // 1048576
 * maxReplyBytesOption(0, 'deliver');         // throws OptionError naming the option
 */
export function maxReplyBytesOption(value: unknown, where: string): number {
  if (value === undefined) return DEFAULT_MAX_REPLY_BYTES;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) {
    throw new OptionError(
      `${where}: maxReplyBytes must be a positive whole number of bytes, got ${typeof value === 'string' ? `"${value}"` : String(value)}; leave it out for the default ${DEFAULT_MAX_REPLY_BYTES} (1 MiB).`,
    );
  }
  return value;
}

/**
 * The content-length a reply announces, when it is a number.
 *
 * @example
 * announcedLength('10737418240'); // 10737418240
 * announcedLength(undefined);     // undefined (chunked)
 */
export function announcedLength(header: string | null | undefined): number | undefined {
  if (header === null || header === undefined || !/^\d+$/.test(header.trim())) return undefined;
  return Number(header.trim());
}

/**
 * Collects reply chunks up to a bound. `add` returns false once the reply has passed the bound: the caller
 * stops reading and drops the connection; what was kept is the reply's first `max` bytes.
 *
 * @example
 * const body = new BoundedBody(4);
 * body.add(Buffer.from('{"a"')); // true
 * body.add(Buffer.from(':1}'));  // false: past 4 bytes
 * body.cut(undefined);           // { text: '{"a"', truncated: true, replyBytesSeen: 7 }
 */
export class BoundedBody {
  private readonly chunks: Uint8Array[] = [];
  private kept = 0;
  /** Every byte received, kept or not. */
  seen = 0;

  constructor(private readonly max: number) {}

  /** Keep what fits of a chunk; false when the reply is longer than the bound. */
  add(chunk: Uint8Array): boolean {
    this.seen += chunk.byteLength;
    const room = this.max - this.kept;
    const part = chunk.byteLength <= room ? chunk : chunk.subarray(0, room);
    if (part.byteLength > 0) {
      this.chunks.push(part);
      this.kept += part.byteLength;
    }
    return this.seen <= this.max;
  }

  /** The whole reply as text. */
  text(): string {
    return this.bytes().toString('utf8');
  }

  /** The whole reply as bytes (a proxy relays them as they came, whatever their encoding). */
  bytes(): Buffer {
    const only = this.chunks.length === 1 ? this.chunks[0]! : undefined;
    // One chunk (most replies) is viewed, not copied.
    return only ? Buffer.from(only.buffer, only.byteOffset, only.byteLength) : Buffer.concat(this.chunks);
  }

  /** The kept prefix as text, without a character the cut split in two, and how the reply was cut. */
  cut(announced: number | undefined): { text: string } & ReplyCut {
    const text = new TextDecoder('utf-8').decode(Buffer.concat(this.chunks), { stream: true });
    return {
      text,
      truncated: true,
      replyBytesSeen: this.seen,
      ...(announced !== undefined ? { replyBytesAnnounced: announced } : {}),
    };
  }
}

/**
 * Read a fetch `Response` body as text, at most `max` bytes: a content-length above the bound is not read
 * at all, a stream that passes it is cancelled there (which closes the connection under undici).
 *
 * @example
 * const { text, truncated } = await readBoundedText(await fetch(url), 1024);
 */
export async function readBoundedText(res: Response, max: number): Promise<BoundedText> {
  const announced = announcedLength(res.headers.get('content-length'));
  if (announced !== undefined && announced > max) {
    // Not awaited: a handler's stream may never settle its cancel.
    res.body?.cancel().catch(() => undefined);
    return { text: '', truncated: true, replyBytesSeen: 0, replyBytesAnnounced: announced };
  }
  if (!res.body) return { text: '' };
  const reader = res.body.getReader();
  const body = new BoundedBody(max);
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: body.text() };
    if (!body.add(value)) {
      reader.cancel().catch(() => undefined);
      return body.cut(announced);
    }
  }
}

/**
 * One line saying how a reply was cut, for transcripts and contract reports.
 *
 * @example
 * describeCut({ truncated: true, replyBytesSeen: 0, replyBytesAnnounced: 10737418240 }, 1048576);
 * // 'the reply announced 10737418240 bytes (content-length), more than maxReplyBytes (1048576): not read'
 */
export function describeCut(cut: ReplyCut, max: number): string {
  if (cut.replyBytesSeen === 0 && cut.replyBytesAnnounced !== undefined) {
    return `the reply announced ${cut.replyBytesAnnounced} bytes (content-length), more than maxReplyBytes (${max}): not read`;
  }
  return `the reply passed maxReplyBytes (${max}): reading stopped after ${cut.replyBytesSeen} bytes${cut.replyBytesAnnounced !== undefined ? ` of ${cut.replyBytesAnnounced} announced` : ''}, the first ${max} kept`;
}
