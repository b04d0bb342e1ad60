import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const root = path.resolve(__dirname, '../..');

/** What the production build writes for the custom functions: the script Excel loads and its metadata. */
export interface FunctionsBuild {
  readonly script: string;
  readonly metadata: FunctionsMetadata;
}

export interface FunctionsMetadata {
  functions: {
    id: string;
    name: string;
    description?: string;
    parameters: { name: string; type?: string; dimensionality?: string; optional?: boolean }[];
    result: { type?: string; dimensionality?: string };
  }[];
}

/**
 * Builds the functions entry exactly as `npm run build` does (the project's webpack config in production mode, with
 * its ts-loader rule and custom-functions-metadata-plugin), leaving out the other entries and plugins to save time.
 * Runs in a child process because webpack and jest's module system do not mix.
 */
export function buildFunctions(): FunctionsBuild {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'ops-review-functions-'));
  const script = `
    const webpack = require('webpack');
    const Plugin = require('custom-functions-metadata-plugin');
    (async () => {
      const config = await require('./webpack.config.js')({}, { mode: 'production' });
      config.entry = { functions: config.entry.functions };
      config.plugins = config.plugins.filter((p) => p instanceof Plugin);
      config.output = { ...config.output, path: process.argv[1], clean: true };
      webpack(config, (error, stats) => {
        if (error || stats.hasErrors()) {
          console.error(error ? error.message : stats.toString('errors-only'));
          process.exit(1);
        }
      });
    })();`;
  const result = spawnSync(process.execPath, ['-e', script, out], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`webpack failed: ${result.stderr}`);
  return {
    script: fs.readFileSync(path.join(out, 'functions.js'), 'utf8'),
    metadata: JSON.parse(fs.readFileSync(path.join(out, 'functions.json'), 'utf8')) as FunctionsMetadata,
  };
}
