import type { IncomingMessage } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { decideMethod, pathOfTarget } from '@/lib/http-methods';
import { methodAnswer } from './method-gate';

/** A complete HTTP/1.1 response, closing the connection, for answers written straight to a socket. */
function rawResponse(status: number, headers: Record<string, string>, body: string): string {
  const lines = [`HTTP/1.1 ${status} ${STATUS_CODES[status]}`, ...Object.entries(headers).map(([name, value]) => `${name}: ${value}`), 'connection: close'];
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}

/** The request target of a request line (`FOO /api/revalidate HTTP/1.1`), when it arrived whole. */
export function targetOfRequestLine(rawPacket: Buffer | undefined): string | undefined {
  if (!rawPacket) return undefined;
  const line = rawPacket.subarray(0, 8_192).toString('latin1').split('\r\n', 1)[0] ?? '';
  const match = /^\S+ (\S+) HTTP\/\d\.\d$/.exec(line);
  return match?.[1];
}

/** Node's own answers to requests it could not parse, as it sends them without a clientError listener. */
const NODE_DEFAULT_ANSWERS: Readonly<Record<string, string>> = {
  HPE_HEADER_OVERFLOW: 'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n',
  HPE_CHUNK_EXTENSIONS_OVERFLOW: 'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n',
  ERR_HTTP_REQUEST_TIMEOUT: 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n',
};
const NODE_BAD_REQUEST = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';

type ClientError = Error & { code?: string; rawPacket?: Buffer };

/**
 * The server's clientError listener. Node's HTTP parser knows a fixed list of method names and
 * rejects any other (`BREW`, `TRACK`, lower-case `get`) before a request exists; such a request
 * gets the gate's 405 here. Every other parse error keeps Node's own answer (400, 408, 413, 431).
 */
export function answerClientError(error: ClientError, socket: Duplex & { bytesWritten?: number }): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  if ((socket.bytesWritten ?? 0) === 0) {
    if (error.code === 'HPE_INVALID_METHOD') {
      const decision = decideMethod(undefined, pathOfTarget(targetOfRequestLine(error.rawPacket)));
      if (decision.action !== 'pass') {
        const { status, headers, body } = methodAnswer(decision);
        socket.end(rawResponse(status, headers, body));
        return;
      }
    }
    socket.write(NODE_DEFAULT_ANSWERS[error.code ?? ''] ?? NODE_BAD_REQUEST);
  }
  socket.destroy(error);
}

/**
 * The server's connect listener: CONNECT asks for a tunnel, which Node hands to this event instead
 * of the request handler (without a listener it drops the connection unanswered). Refused as any
 * other method a page does not take.
 */
export function answerConnect(req: IncomingMessage, socket: Duplex): void {
  const decision = decideMethod(req.method, pathOfTarget(req.url));
  if (decision.action === 'pass') {
    socket.destroy();
    return;
  }
  const { status, headers, body } = methodAnswer(decision);
  socket.end(rawResponse(status, headers, body));
}
