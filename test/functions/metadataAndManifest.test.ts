import * as fs from 'fs';
import * as path from 'path';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { validateXML } from 'xmllint-wasm';
import * as entryPoints from '../../src/functions/functions';
import { validateManifest } from '../../scripts/validate-manifest';

const root = path.resolve(__dirname, '../..');
const FUNCTIONS_FILE = path.join(root, 'src/functions/functions.ts');
const manifest = fs.readFileSync(path.join(root, 'manifest.xml'), 'utf8');
const schemaDir = path.join(root, 'test/manifest/schemas');

interface Generated {
  metadataJson: string;
  associate: { id: string; functionName: string }[];
  errors: string[];
}

/** The one function per id the build associates, with its declared parameters (name, optional) in order. */
const EXPECTED: Record<string, { fn: string; params: [string, boolean][]; matrix: boolean }> = {
  FORECAST: {
    fn: 'forecast',
    params: [
      ['values', false],
      ['horizon', true],
      ['seasonality', true],
      ['confidence', true],
    ],
    matrix: true,
  },
  'FORECAST.STAT': {
    fn: 'forecastStatistic',
    params: [
      ['values', false],
      ['statistic', false],
      ['seasonality', true],
      ['horizon', true],
    ],
    matrix: false,
  },
  VARIANCE: {
    fn: 'variance',
    params: [
      ['actual', false],
      ['budget', false],
      ['type', true],
      ['threshold', true],
      ['absoluteThreshold', true],
    ],
    matrix: true,
  },
  PHASE: {
    fn: 'phase',
    params: [
      ['annualTarget', false],
      ['profile', false],
      ['reference', true],
    ],
    matrix: true,
  },
  IFE: {
    fn: 'ife',
    params: [
      ['weights', false],
      ['ratings', false],
      ['categories', true],
    ],
    matrix: false,
  },
  IECELL: {
    fn: 'iecell',
    params: [
      ['ife', false],
      ['efe', false],
      ['show', true],
    ],
    matrix: false,
  },
};

function resource(id: string): string | undefined {
  return new RegExp(`<bt:(?:Url|String) id="${id.replace('.', '\\.')}" DefaultValue="([^"]+)"`).exec(manifest)?.[1];
}

describe('custom functions metadata', () => {
  let generated: Generated;
  beforeAll(async () => {
    generated = (await generateCustomFunctionsMetadata([FUNCTIONS_FILE], true)) as Generated;
  }, 60000);

  it('is generated from the JSDoc without errors, one entry per function, each associated with its own code', () => {
    expect(generated.errors).toEqual([]);
    const { functions } = JSON.parse(generated.metadataJson) as {
      functions: {
        id: string;
        name: string;
        parameters: { name: string; optional?: boolean; dimensionality?: string }[];
        result: { dimensionality?: string };
      }[];
    };
    expect(functions.map((f) => f.id)).toEqual(Object.keys(EXPECTED));
    for (const f of functions) {
      const expected = EXPECTED[f.id];
      expect(f.name).toBe(f.id);
      expect(f.parameters.map((p) => [p.name, p.optional === true])).toEqual(expected.params);
      expect(f.result.dimensionality === 'matrix').toBe(expected.matrix);
      const exported = (entryPoints as Record<string, unknown>)[expected.fn];
      expect(typeof exported).toBe('function');
      expect((exported as (...a: unknown[]) => unknown).length).toBe(expected.params.length);
    }
    expect(generated.associate.map((a) => [a.id, a.functionName])).toEqual(
      Object.entries(EXPECTED).map(([id, e]) => [id, e.fn]),
    );
  });

  it('is listed in README with a worked example each', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    for (const id of Object.keys(EXPECTED)) expect(readme).toContain(`=OPSREVIEW.${id}(`);
  });
});

describe('manifest.xml with the custom functions', () => {
  it('declares them in the shared runtime, under the OPSREVIEW namespace, at the URLs the build writes', () => {
    expect(resource('Functions.Namespace')).toBe('OPSREVIEW');
    expect(resource('Functions.Script.Url')).toBe('https://localhost:3000/functions.js');
    expect(resource('Functions.Metadata.Url')).toBe('https://localhost:3000/functions.json');
    const webpackConfig = fs.readFileSync(path.join(root, 'webpack.config.js'), 'utf8');
    expect(webpackConfig).toContain("filename: 'functions.js'");
    expect(webpackConfig).toContain("output: 'functions.json'");
    // One runtime for the pane, the ribbon and the functions: every part points at the task pane page.
    expect(manifest).toMatch(/<Runtime resid="Taskpane.Url" lifetime="long"\/>/);
    expect(manifest).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(manifest).toContain('<FunctionFile resid="Taskpane.Url"/>');
    expect(manifest).toMatch(/<bt:Set Name="SharedRuntime" MinVersion="1.1"\/>/);
    expect(manifest).toMatch(/<bt:Set Name="CustomFunctionsRuntime" MinVersion="1.2"\/>/);
  });

  it("validates offline against Microsoft's XSDs, and without <Runtimes> against the 2019 upstream file as it was", async () => {
    const result = await validateManifest(path.join(root, 'manifest.xml'));
    expect(result.errors).toEqual([]);
    const files = fs.readdirSync(schemaDir).filter((f) => f.endsWith('.xsd'));
    const upstream = (name: string): string => {
      const text = fs.readFileSync(path.join(schemaDir, name), 'utf8');
      return text.replace(/[ \t]*<!-- ops-review:runtimes:start[\s\S]*?ops-review:runtimes:end -->\n\n?/g, '');
    };
    const schema = (name: string): { fileName: string; contents: string } => ({
      fileName: name,
      contents: upstream(name),
    });
    const validate = async (xml: string): Promise<boolean> =>
      (
        await validateXML({
          xml: [{ fileName: 'manifest.xml', contents: xml }],
          schema: [schema('OfficeAppManifestV1_1.xsd')],
          preload: files.filter((f) => f !== 'OfficeAppManifestV1_1.xsd').map(schema),
        })
      ).valid;
    expect(upstream('TaskPaneAppVersionOverridesV1_0.xsd')).not.toContain('Runtimes');
    expect(await validate(manifest)).toBe(false);
    expect(await validate(manifest.replace(/\s*<Runtimes>[\s\S]*?<\/Runtimes>/, ''))).toBe(true);
  }, 60000);
});
