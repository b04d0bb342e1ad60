import { main } from '../../src/cli/main';
import type { CliIO } from '../../src/cli/CliIO';

function captureIO(): CliIO & { out: string; err: string } {
  const io = {
    out: '',
    err: '',
    stdout: (text: string) => {
      io.out += text;
    },
    stderr: (text: string) => {
      io.err += text;
    },
  };
  return io;
}

describe('ops-review', () => {
  it('prints usage with --help and exits 0', async () => {
    const io = captureIO();
    expect(await main(['--help'], io)).toBe(0);
    expect(io.out).toMatch(/^Usage: ops-review <command>/);
  });

  it('exits 2 with a one-line error for an unknown command', async () => {
    const io = captureIO();
    expect(await main(['analyse'], io)).toBe(2);
    expect(io.err).toBe('ops-review: unknown command "analyse". Try: ops-review --help\n');
  });

  it('prints the JSON Schema of the analyze document', async () => {
    const io = captureIO();
    expect(await main(['schema'], io)).toBe(0);
    const schema = JSON.parse(io.out) as { properties: Record<string, unknown>; required: string[] };
    expect(schema.required).toEqual(expect.arrayContaining(['period', 'variance', 'kpis', 'swot', 'diagnostics']));
    expect(Object.keys(schema.properties)).toContain('variance');
  });
});
