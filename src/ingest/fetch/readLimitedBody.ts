import type { IncomingMessage } from 'node:http';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { Readable } from 'node:stream';
import { ParallaxError } from '../../lib/errors.js';

function decoderFor(encoding: string): Readable & NodeJS.WritableStream | null {
  if (encoding === 'gzip' || encoding === 'x-gzip') return createGunzip();
  if (encoding === 'deflate') return createInflate();
  if (encoding === 'br') return createBrotliDecompress();
  return null;
}

function tooLarge(stage: 'wire' | 'decompressed', maxBytes: number): ParallaxError {
  return new ParallaxError('fetch_refused', `Response is larger than ${maxBytes} bytes${stage === 'decompressed' ? ' once decompressed' : ''}.`, {
    reason: stage === 'wire' ? 'too_large' : 'decompressed_too_large',
    maxBytes,
  });
}

/**
 * Reads a response body, stopping as soon as either the bytes on the wire or the decompressed
 * bytes pass `maxBytes` (a small gzip bomb is refused after at most maxBytes of output).
 */
export function readLimitedBody(res: IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const encoding = String(res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  const decoder = encoding === 'identity' || encoding === '' ? null : decoderFor(encoding);
  if (decoder === null && encoding !== 'identity' && encoding !== '') {
    return Promise.reject(new ParallaxError('fetch_refused', 'Unsupported content encoding.', { reason: 'encoding', encoding }));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let wire = 0;
    let out = 0;
    let settled = false;
    const fail = (err: Error): void => {
      if (settled) return;
      settled = true;
      res.destroy();
      decoder?.destroy();
      reject(err instanceof ParallaxError ? err : new ParallaxError('fetch_failed', 'Response could not be read.', { reason: 'read', cause: err.message }));
    };
    const collect = (chunk: Buffer): void => {
      out += chunk.length;
      if (out > maxBytes) return fail(tooLarge(decoder ? 'decompressed' : 'wire', maxBytes));
      chunks.push(chunk);
    };
    const finish = (): void => {
      if (settled) return;
      settled = true;
      resolve(new Uint8Array(Buffer.concat(chunks)));
    };
    res.on('data', (chunk: Buffer) => {
      wire += chunk.length;
      if (wire > maxBytes) return fail(tooLarge('wire', maxBytes));
      if (decoder) decoder.write(chunk);
      else collect(chunk);
    });
    res.on('error', fail);
    res.on('aborted', () => fail(new Error('connection aborted')));
    if (decoder) {
      decoder.on('data', collect);
      decoder.on('error', (err: Error) => fail(new ParallaxError('fetch_failed', 'Compressed response is corrupt.', { reason: 'decode', cause: err.message })));
      decoder.on('end', finish);
      res.on('end', () => decoder.end());
    } else {
      res.on('end', finish);
    }
  });
}
