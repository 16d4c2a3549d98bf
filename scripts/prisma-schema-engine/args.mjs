/**
 * Command-line arguments the Prisma CLI passes to a schema engine binary.
 *
 * @typedef {object} EngineArgs
 * @property {boolean} version            `--version`: print the engine version and exit.
 * @property {string[]} datamodels        absolute paths of the Prisma schema files.
 * @property {{ url?: string, shadowDatabaseUrl?: string } | null} datasource  the config's datasource.
 * @property {string | null} cliCommand   `cli <command>` one-shot mode (e.g. `can-connect-to-database`).
 */

/**
 * @param {string[]} argv arguments after the script path
 * @returns {EngineArgs}
 */
export function parseEngineArgs(argv) {
  /** @type {EngineArgs} */
  const args = { version: false, datamodels: [], datasource: null, cliCommand: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    // Both `--flag value` and `--flag=value` reach us depending on who spawns the engine.
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? splitOnce(arg, '=') : [arg, undefined];
    const value = () => inline ?? argv[++i] ?? missingValue(flag);
    switch (flag) {
      case '--version':
      case '-V':
        args.version = true;
        break;
      case '--datamodels':
        args.datamodels.push(value());
        break;
      case '--datasource':
        args.datasource = parseDatasource(value());
        break;
      case '--enabled-preview-features':
      case '--extension-types':
        // The wasm engine takes neither; SQLite has no extensions or relevant preview features.
        value();
        break;
      case 'cli':
        args.cliCommand = argv[++i] ?? missingValue('cli');
        break;
      default:
        throw new Error(`Unknown argument: ${arg}`);
    }
  }
  return args;
}

/** @param {string} json */
function parseDatasource(json) {
  const parsed = JSON.parse(json);
  if (parsed === null || typeof parsed !== 'object') throw new Error('--datasource must be a JSON object');
  return parsed;
}

/** @param {string} text @param {string} separator @returns {[string, string]} */
function splitOnce(text, separator) {
  const at = text.indexOf(separator);
  return [text.slice(0, at), text.slice(at + 1)];
}

/** @param {string} flag @returns {never} */
function missingValue(flag) {
  throw new Error(`Missing value after ${flag}`);
}
