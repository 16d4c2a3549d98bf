import readline from 'node:readline';
import { toRpcError } from './errors.mjs';

/**
 * JSON-RPC 2.0 over newline-delimited JSON, as the Prisma CLI speaks it to a schema engine:
 * requests in on stdin, one reply line each on stdout. Requests run one at a time, in order.
 * The engine can itself send the CLI a `print` request, which the CLI answers on stdin.
 */
export class JsonRpcServer {
  /** @type {Map<string, { resolve: () => void, reject: (error: Error) => void }>} */
  #awaitingCli = new Map();
  #outgoing = 0;
  #panicked = false;

  /**
   * @param {NodeJS.ReadableStream} input
   * @param {NodeJS.WritableStream} output
   */
  constructor(input, output) {
    this.input = input;
    this.output = output;
  }

  /** Shows `content` to the user through the CLI, which may capture it (`migrate diff --output`). */
  print(/** @type {string} */ content) {
    return new Promise((resolve, reject) => {
      // Our ids live in their own space so they can never be mistaken for the CLI's.
      const id = `engine-${++this.#outgoing}`;
      this.#awaitingCli.set(id, { resolve: () => resolve(undefined), reject });
      this.#write({ id, jsonrpc: '2.0', method: 'print', params: { content } });
    });
  }

  /**
   * @param {(method: string, params: unknown) => Promise<unknown>} handle
   * @param {() => string | undefined} [panicMessage] what the wasm panic hook recorded
   * @returns {Promise<{ panicked: boolean }>} once the input has ended and every request is answered
   */
  serve(handle, panicMessage = () => undefined) {
    return new Promise((resolve) => {
      let queue = Promise.resolve();
      const lines = readline.createInterface({ input: this.input, crlfDelay: Infinity });
      lines.on('line', (line) => {
        if (line.trim() === '') return;
        let message;
        try {
          message = JSON.parse(line);
        } catch {
          this.#write({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
          return;
        }
        if (this.#settlesPrint(message)) return;
        queue = queue.then(() => this.#answer(message, handle, panicMessage));
      });
      lines.on('close', () => {
        for (const { reject } of this.#awaitingCli.values()) reject(new Error('The CLI closed the connection.'));
        queue.then(() => resolve({ panicked: this.#panicked }));
      });
    });
  }

  /** @param {any} message */
  #settlesPrint(message) {
    const waiter = message?.method === undefined ? this.#awaitingCli.get(message?.id) : undefined;
    if (!waiter) return false;
    this.#awaitingCli.delete(message.id);
    if (message.error) waiter.reject(new Error(`The CLI refused to print: ${JSON.stringify(message.error)}`));
    else waiter.resolve();
    return true;
  }

  /**
   * @param {{ id?: unknown, method?: unknown, params?: unknown }} request
   * @param {(method: string, params: unknown) => Promise<unknown>} handle
   * @param {() => string | undefined} panicMessage
   */
  async #answer({ id = null, method, params }, handle, panicMessage) {
    if (this.#panicked) {
      // A trapped wasm instance cannot be trusted with more work.
      const error = new WebAssembly.RuntimeError('The schema engine panicked on an earlier request.');
      this.#write({ jsonrpc: '2.0', id, error: toRpcError(error) });
      return;
    }
    if (typeof method !== 'string') {
      this.#write({ jsonrpc: '2.0', id, error: { code: -32600, message: 'Invalid request' } });
      return;
    }
    try {
      const result = await handle(method, params);
      this.#write({ jsonrpc: '2.0', id, result: result === undefined ? null : result });
    } catch (error) {
      const rpcError = toRpcError(error, panicMessage());
      this.#panicked = rpcError.data.is_panic;
      this.#write({ jsonrpc: '2.0', id, error: rpcError });
    }
  }

  #write(/** @type {object} */ message) {
    this.output.write(`${JSON.stringify(message)}\n`);
  }
}
