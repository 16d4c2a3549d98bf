import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Which inline scripts of a page are the framework's own. Next and React write a fixed set of
 * inline scripts into every page:
 *
 * - the page data the client hydrates from: `(self.__next_f=self.__next_f||[]).push([0])` and
 *   `self.__next_f.push([1,"…"])`, one per chunk of the stream;
 * - Turbopack's list of chunks: `(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push({…})`;
 * - React's streaming runtime (`$RC=function…`, `$RS=…`, `$RX=…`, `$RR=…`, `requestAnimationFrame(…$RT…)`),
 *   constant strings of React's server renderer, and the calls into it (`$RC("B:1","S:1")`).
 *
 * A script is the framework's when it is nothing but such statements, and every argument they pass
 * is a JSON value (checked with JSON.parse, so it is data and cannot run anything). The runtime's
 * definitions are compared character for character with the strings in Next's compiled server
 * runtime. Any other inline script (one injected into the markup) gets no hash and is blocked.
 */

/** Next's server runtimes for app pages: the renderer that writes the inline scripts is bundled in each. */
const APP_PAGE_RUNTIMES = [
  'next/dist/compiled/next-server/app-page-turbo.runtime.prod.js',
  'next/dist/compiled/next-server/app-page.runtime.prod.js',
  'next/dist/compiled/next-server/app-page-turbo-experimental.runtime.prod.js',
  'next/dist/compiled/next-server/app-page-experimental.runtime.prod.js',
] as const;

/** A quoted string literal in minified code whose text starts like one of React's runtime scripts. */
const RUNTIME_LITERAL = /(["'])((?:\$R[A-Z]{1,2}=|requestAnimationFrame\(function\(\)\{\$RT=)(?:(?!\1)[^\\\n]|\\.)*)\1/g;

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', v: '\v', '0': '\0' };

/** The value of a JavaScript string literal's body (escapes resolved). */
export function unescapeStringLiteral(body: string): string {
  return body.replace(/\\(u\{([0-9a-fA-F]+)\}|u([0-9a-fA-F]{4})|x([0-9a-fA-F]{2})|\r\n|[\s\S])/g, (_all, escape: string, codePoint?: string, unit?: string, byte?: string) => {
    if (codePoint) return String.fromCodePoint(parseInt(codePoint, 16));
    if (unit) return String.fromCharCode(parseInt(unit, 16));
    if (byte) return String.fromCharCode(parseInt(byte, 16));
    if (escape === '\n' || escape === '\r\n' || escape === '\r') return '';
    return SIMPLE_ESCAPES[escape] ?? escape;
  });
}

/** React's runtime scripts found as string literals in a piece of compiled code. */
export function runtimeScriptsIn(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(RUNTIME_LITERAL)) found.add(unescapeStringLiteral(match[2] ?? ''));
  return [...found];
}

/** React's runtime scripts as the installed Next bundles them; throws when none is found. */
export function readReactRuntimeScripts(resolveFrom: string = import.meta.url): string[] {
  const require = createRequire(resolveFrom);
  const found = new Set<string>();
  for (const runtime of APP_PAGE_RUNTIMES) {
    let code: string;
    try {
      code = readFileSync(require.resolve(runtime), 'utf8');
    } catch {
      continue;
    }
    for (const script of runtimeScriptsIn(code)) found.add(script);
  }
  if (found.size === 0) throw new Error("React's inline runtime scripts were not found in Next's server runtime: the CSP could not allow them");
  return [...found].sort((a, b) => b.length - a.length);
}

/** Index just past the `)` closing the parenthesis opened before `start`, skipping JSON strings; -1 if none. */
function closingParenthesis(text: string, start: number): number {
  let depth = 0;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (char === '"') {
      index++;
      while (index < text.length && text[index] !== '"') index += text[index] === '\\' ? 2 : 1;
      if (index >= text.length) return -1;
    } else if (char === '(' || char === '[' || char === '{') {
      depth++;
    } else if (char === ']' || char === '}') {
      depth--;
      if (depth < 0) return -1;
    } else if (char === ')') {
      if (depth === 0) return index + 1;
      depth--;
    }
  }
  return -1;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Statement heads whose parenthesised rest must be exactly one JSON value. */
const DATA_PUSHES = ['(self.__next_f=self.__next_f||[]).push(', 'self.__next_f.push(', '(globalThis["TURBOPACK"] || (globalThis["TURBOPACK"] = [])).push('] as const;

/** A call into React's runtime: `$RC(`, `$RS(`, `$RX(`, `$RR(`… */
const RUNTIME_CALL = /^\$R[A-Z]{1,2}\(/;

/** Length of one framework statement at the start of `text`, or 0 when there is none. */
function frameworkStatementLength(text: string, runtimeScripts: readonly string[]): number {
  for (const script of runtimeScripts) if (text.startsWith(script)) return script.length;
  for (const head of DATA_PUSHES) {
    if (!text.startsWith(head)) continue;
    const end = closingParenthesis(text, head.length);
    return end !== -1 && isJson(text.slice(head.length, end - 1)) ? end : 0;
  }
  const call = RUNTIME_CALL.exec(text);
  if (call) {
    const end = closingParenthesis(text, call[0].length);
    return end !== -1 && isJson(`[${text.slice(call[0].length, end - 1)}]`) ? end : 0;
  }
  return 0;
}

/** Whether an inline script consists of framework statements only (see the top of this file). */
export function isFrameworkScript(text: string, runtimeScripts: readonly string[]): boolean {
  let rest = text.trim();
  if (rest === '') return false;
  while (rest !== '') {
    const length = frameworkStatementLength(rest, runtimeScripts);
    if (length === 0) return false;
    rest = rest.slice(length).replace(/^[\s;]+/, '');
  }
  return true;
}
