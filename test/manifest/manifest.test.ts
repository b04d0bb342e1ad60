import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { unresolvedResids, validateManifest } from '../../scripts/validate-manifest';

const root = path.resolve(__dirname, '../..');
const manifestPath = path.join(root, 'manifest.xml');
const manifest = fs.readFileSync(manifestPath, 'utf8');

function writeVariant(xml: string): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'manifest-')), 'manifest.xml');
  fs.writeFileSync(file, xml);
  return file;
}

describe('manifest.xml', () => {
  it("validates against Microsoft's add-in manifest XSDs", async () => {
    const result = await validateManifest(manifestPath);
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
  }, 30000);

  it('is rejected by the validator when it breaks the schema', async () => {
    const broken = writeVariant(manifest.replace('<Permissions>ReadWriteDocument', '<Permissions>Everything'));
    const result = await validateManifest(broken);
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toMatch(/Permissions/);
  }, 30000);

  it('resolves every resid to a resource', () => {
    expect(unresolvedResids(manifest)).toEqual([]);
    // The shared runtime, the custom functions' page and the ribbon all name Taskpane.Url, so it is missed each time.
    expect(new Set(unresolvedResids(manifest.replace(' id="Taskpane.Url"', ' id="Taskpane.Renamed"')))).toEqual(
      new Set(['Taskpane.Url']),
    );
  });

  it('is a Workbook task pane that needs ExcelApi 1.9 and may read and write the document', () => {
    expect(manifest).toContain('xsi:type="TaskPaneApp"');
    expect(manifest).toMatch(/<Host Name="Workbook"\s*\/>/);
    expect(manifest).toMatch(/<Set Name="ExcelApi" MinVersion="1.9"\s*\/>/);
    expect(manifest).toContain('<Permissions>ReadWriteDocument</Permissions>');
    expect(manifest).toMatch(/<OfficeTab id="TabHome">[\s\S]*xsi:type="ShowTaskpane"/);
  });

  it('points at icons that exist in assets/ for every size Office asks for', () => {
    for (const size of [16, 32, 64, 80]) {
      expect(fs.existsSync(path.join(root, 'assets', `icon-${size}.png`))).toBe(true);
    }
    const referenced = [...manifest.matchAll(/assets\/(icon-\d+\.png)/g)].map((m) => m[1]);
    for (const file of referenced) expect(fs.existsSync(path.join(root, 'assets', file))).toBe(true);
  });
});
