import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * Loads Prisma's schema engine compiled to WebAssembly.
 *
 * The package's entry imports the `.wasm` file as an ES module, which Node does not support
 * without a flag, so the glue module is wired to a manually instantiated module instead.
 *
 * @returns {Promise<typeof import('@prisma/schema-engine-wasm')>}
 */
export async function loadSchemaEngineWasm() {
  installPanicRegistry();
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue = await import(pathToFileURL(gluePath).href);
  const bytes = await readFile(gluePath.replace(/\.js$/, '.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  /** @type {() => void} */ (instance.exports.__wbindgen_start)();
  return glue;
}

/**
 * The wasm panic hook reports the Rust panic message through this global before trapping;
 * without it the hook itself would throw and the message would be lost.
 */
export const panics = { message: '' };

function installPanicRegistry() {
  /** @type {any} */ (globalThis).PRISMA_WASM_PANIC_REGISTRY = {
    set_message(/** @type {string} */ message) {
      panics.message = message;
    },
  };
}
