/** The words of a command line sorted into files, flags and options with their values. */
export interface SplitArgv {
  readonly files: string[];
  readonly flags: Set<string>;
  readonly values: Map<string, string>;
}

/** The options a command knows: flags stand alone (`--json`), value options take the next word or `=value`. */
export interface ArgvSpec {
  readonly flags: readonly string[];
  readonly values: readonly string[];
}

/**
 * Splits `argv` by `spec`, accepting `--name value` and `--name=value`; a string is the usage error in words. The
 * values are checked afterwards, by each command's zod schema.
 */
export function splitArgv(argv: readonly string[], spec: ArgvSpec): SplitArgv | string {
  const out: SplitArgv = { files: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (spec.flags.includes(name)) {
      if (eq > 0) return `${name} takes no value ("${arg}").`;
      out.flags.add(name);
    } else if (spec.values.includes(name)) {
      const next = argv[i + 1];
      const value = eq > 0 ? arg.slice(eq + 1) : next !== undefined && !next.startsWith('--') ? next : null;
      if (value === null || value === '') return `${name} needs a value.`;
      if (eq <= 0) i++;
      out.values.set(name, value);
    } else if (arg.startsWith('-') && arg !== '-') return `unknown option "${arg}".`;
    else out.files.push(arg);
  }
  return out;
}
