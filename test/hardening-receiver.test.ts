/**
 * Field hardening of the receiver and signing (issue 12: items 3, 5, 10, 11, 12, 16 and part of 24), over real
 * HTTP where the defect is about HTTP, with the real express and the official standardwebhooks package.
 */
import { Agent, request as httpRequest } from 'node:http';
import type { Socket } from 'node:net';
import express from 'express';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import * as protocol from '../generated/protocol/index.js';
import { deliver } from '../src/delivery/index.js';
import { InvalidReplyError } from '../src/receiver/errors.js';
import { compileContract, createReceiver, MemorySeenStore, type SeenStore, type StoredReply } from '../src/receiver/index.js';
import { signHmacSha256, signRequest, signStandardWebhooks, signTencentSha256, standardSignature, verifyHmacSha256, verifySignature, verifyStandardWebhooks, verifyTencentSha256 } from '../src/signing/index.js';
import { prepareVerify } from '../src/signing/verify.js';
import type { SignatureScheme } from '../src/spec/model.js';
import { loadContract } from '../src/spec/index.js';
import * as minimal from './fixtures/generated/minimal/index.js';
import { listen } from './helpers/server.js';

const SECRET = 'hardening-receiver-secret';
const quiet = { warn: () => undefined };

function signed(body: string, secret = SECRET): Record<string, string> {
  return { 'content-type': 'application/json', ...signRequest(protocol.contract.signature, { rawBody: body, secret }).headers };
}

function messageBody(id: string): string {
  return JSON.stringify({ ...(protocol.examples['message.created'][0]!.payload as object), id });
}

const stampedContract = compileContract(await loadContract('test/fixtures/stamped.yaml', { validation: 'conventions' }));
const STAMPED_SECRET = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw';

/** What a client streaming a body far past the limit saw, and how much it managed to send. */
interface StreamResult {
  status: number | undefined;
  connection: string | undefined;
  body: string;
  written: number;
  socketClosed: boolean;
}

/**
 * POST `total` bytes in 64 KiB chunks (chunked, or with the length declared), honouring backpressure, until the
 * server closes the connection or everything is sent; a keep-alive agent, as a platform's sender would use.
 */
function streamPast(url: string, total: number, agent: Agent, declareLength: boolean): Promise<StreamResult> {
  return new Promise((resolve) => {
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const result: StreamResult = { status: undefined, connection: undefined, body: '', written: 0, socketClosed: false };
    const req = httpRequest(`${url}/webhook`, {
      method: 'POST',
      agent,
      headers: { 'content-type': 'application/json', ...(declareLength ? { 'content-length': String(total) } : {}) },
    });
    req.on('socket', (socket: Socket) => socket.once('close', () => (result.socketClosed = true)));
    req.on('response', (res) => {
      result.status = res.statusCode;
      result.connection = res.headers.connection;
      res.setEncoding('utf8');
      res.on('data', (d: string) => (result.body += d));
    });
    // EPIPE / ECONNRESET once the server closes: expected; 'close' follows.
    req.on('error', () => undefined);
    req.on('close', () => setImmediate(() => resolve(result)));
    const pump = (): void => {
      while (result.written < total && !req.destroyed) {
        result.written += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

describe('item 3: a body past maxBodyBytes gets 413 and the connection is closed, the rest unread', () => {
  const limit = 64 * 1024;
  const total = 64 * 1024 * 1024;
  const receiver = createReceiver(protocol, { secret: SECRET, maxBodyBytes: limit, logger: quiet });
  let server: Awaited<ReturnType<typeof listen>>;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    server = await listen((req, res) => void receiver.node(req, res));
    server.server.on('connection', (socket: Socket) => sockets.push(socket));
  });
  afterAll(() => server.close());

  test.each([
    ['streamed without a length (chunked)', false],
    ['with a declared content-length', true],
  ])('%s: the client sees 413 and a closed socket; the server read far less than was sent', async (_how, declareLength) => {
    const agent = new Agent({ keepAlive: true });
    try {
      const before = sockets.length;
      const result = await streamPast(server.url, total, agent, declareLength);
      expect(result.status).toBe(413);
      expect(result.connection).toBe('close');
      expect(JSON.parse(result.body)).toMatchObject({ error: 'payload-too-large', limit });
      expect(result.socketClosed).toBe(true);
      // The client could not send it all: the server stopped reading and closed.
      expect(result.written).toBeLessThan(total);
      const serverSocket = sockets[before]!;
      // What the server read: the limit plus what was in flight, never the 64 MiB stream (a 16th of it at most).
      expect(serverSocket.bytesRead).toBeLessThan(total / 16);
      expect(serverSocket.destroyed).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  test('the server keeps serving after a 413, on a kept-alive connection', async () => {
    const body = messageBody('afterTheBigOne01');
    expect((await fetch(`${server.url}/webhook`, { method: 'POST', body, headers: signed(body) })).status).toBe(200);
    expect((await fetch(`${server.url}/webhook`, { method: 'POST', body: messageBody('afterTheBigOne02'), headers: signed(messageBody('afterTheBigOne02')) })).status).toBe(200);
  });
});
