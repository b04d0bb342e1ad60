// Validates an add-in manifest offline against Microsoft's XSDs (vendored in test/manifest/schemas, see its README)
// with libxml2 compiled to WebAssembly, so it needs nothing outside npm. Also checks what the XSDs cannot: every
// resid names a resource. Usage: node scripts/validate-manifest.js [manifest.xml ...]
'use strict';
const fs = require('fs');
const path = require('path');
const { validateXML } = require('xmllint-wasm');

const schemaDir = path.join(__dirname, '..', 'test', 'manifest', 'schemas');
const schemaOrder = [
  'OfficeAppManifestV1_1.xsd',
  'OfficeAppBasicTypesV1_0.xsd',
  'TaskPaneAppVersionOverridesV1_0.xsd',
  'ContentAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_0.xsd',
  'MailAppVersionOverridesV1_1.xsd',
];

function schemaFile(name) {
  return { fileName: name, contents: fs.readFileSync(path.join(schemaDir, name), 'utf8') };
}

/** resid attributes that name no bt:Image / bt:Url / bt:String id. */
function unresolvedResids(xml) {
  const ids = new Set([...xml.matchAll(/<bt:(?:Image|Url|String)\s+id="([^"]+)"/g)].map((m) => m[1]));
  return [...xml.matchAll(/resid="([^"]+)"/g)].map((m) => m[1]).filter((id) => !ids.has(id));
}

async function validateManifest(file) {
  const xml = fs.readFileSync(file, 'utf8');
  const result = await validateXML({
    xml: [{ fileName: path.basename(file), contents: xml }],
    schema: [schemaFile(schemaOrder[0])],
    // The main schema imports the others by file name.
    preload: schemaOrder.slice(1).map(schemaFile),
  });
  const errors = result.errors.map((e) => e.rawMessage || e.message);
  for (const id of unresolvedResids(xml)) errors.push(`resid "${id}" names no resource in <Resources>`);
  return { valid: result.valid && errors.length === 0, errors };
}

async function main(files) {
  let failed = false;
  for (const file of files.length ? files : ['manifest.xml']) {
    const { valid, errors } = await validateManifest(file);
    if (valid) {
      console.log(`${file}: valid against the Office add-in manifest schema (v1.1) and every resid resolves`);
    } else {
      failed = true;
      console.error(`${file}: INVALID`);
      for (const error of errors) console.error(`  ${error.trim()}`);
    }
  }
  process.exitCode = failed ? 1 : 0;
}

module.exports = { validateManifest, unresolvedResids };
if (require.main === module) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(`validate-manifest: ${error.message}`);
    process.exitCode = 2;
  });
}
