import type { IncomingMessage, ServerResponse } from 'node:http';

/** A Node request handler, as Next's getRequestHandler() returns and each server layer wraps. */
export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => unknown;
