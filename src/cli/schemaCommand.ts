import { z } from 'zod';
import { AnalysisResultSchema } from '../engine';
import type { CliIO } from './CliIO';

/** `ops-review schema`: the JSON Schema of the `analyze --json` document. Takes no options but --help. */
export async function schemaCommand(argv: string[], io: CliIO): Promise<number> {
  if (argv.length > 0) {
    io.stderr(`ops-review schema: takes no file or option ("${argv[0]}"). Try: ops-review schema --help\n`);
    return 2;
  }
  io.stdout(`${JSON.stringify(z.toJSONSchema(AnalysisResultSchema), null, 2)}\n`);
  return 0;
}
