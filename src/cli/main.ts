import { asksForHelp, COMMAND_USAGE, isCommandName, USAGE, type CommandName } from './commandHelp';
import { type CliIO, processIO } from './CliIO';
import { packageVersion } from './packageVersion';

type Command = (argv: string[], io: CliIO) => Promise<number>;

/**
 * Each command is loaded only when it runs: `--version` and `--help` load none of them, `inspect` and `schema` never
 * load the forecast engine, and only the commands that open a workbook load ExcelJS.
 */
const commands: Record<CommandName, () => Promise<Command>> = {
  analyze: async () => (await import('./analyze')).analyzeCommand,
  inspect: async () => (await import('./inspect')).inspectCommand,
  pack: async () => (await import('./pack')).packCommand,
  schema: async () => (await import('./schemaCommand')).schemaCommand,
};

/** Entry point of the `ops-review` command; returns the exit status. Never throws. */
export async function main(argv: string[], io: CliIO = processIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(usage(name === 'help' ? rest[0] : undefined));
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-V' || name === 'version') {
    io.stdout(`${packageVersion()}\n`);
    return 0;
  }
  if (!isCommandName(name)) {
    io.stderr(`ops-review: unknown command "${name}". Try: ops-review --help\n`);
    return 2;
  }
  if (asksForHelp(rest)) {
    io.stdout(COMMAND_USAGE[name]);
    return 0;
  }
  try {
    const command = await commands[name]();
    return await command(rest, io);
  } catch (error) {
    io.stderr(`ops-review ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

/** `ops-review help analyze` is `ops-review analyze --help`. */
function usage(command: string | undefined): string {
  return command !== undefined && isCommandName(command) ? COMMAND_USAGE[command] : USAGE;
}
