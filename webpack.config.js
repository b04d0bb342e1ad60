/* Webpack for the task pane and ribbon commands, in the shape of the yo office React template.
 * Production: office.js from Microsoft's CDN (Microsoft's guidance: never bundle it), no certificates, manifest
 * rewritten to ADDIN_URL when given. Development (`npm start`): HTTPS with office-addin-dev-certs where that works,
 * plain HTTP otherwise, and office.js served from the @microsoft/office-js package because the preview and the
 * browser tests have no internet. */
'use strict';
const path = require('path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CustomFunctionsMetadataPlugin = require('custom-functions-metadata-plugin');
const webpack = require('webpack');

const devUrl = 'https://localhost:3000/';
const cdnOfficeJs = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';
const localOfficeJs = '/office-js/office.js';
const officeJsDist = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

async function httpsOptions() {
  if (process.env.OPS_REVIEW_HTTP === '1') return undefined;
  try {
    const devCerts = require('office-addin-dev-certs');
    return await devCerts.getHttpsServerOptions();
  } catch (error) {
    console.warn(`office-addin-dev-certs could not provide certificates (${error.message}); serving over http.`);
    return undefined;
  }
}

module.exports = async (env, options) => {
  const dev = options.mode !== 'production';
  const prodUrl = process.env.ADDIN_URL || devUrl;
  const officeJs = dev || process.env.OPS_REVIEW_LOCAL_OFFICE_JS === '1' ? localOfficeJs : cdnOfficeJs;
  const https = dev && options.env && options.env.WEBPACK_SERVE ? await httpsOptions() : undefined;
  return {
    devtool: dev ? 'source-map' : false,
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
      // The analysis Web Worker, at a fixed URL the pane starts it from (src/taskpane/host/createRunner.ts). An entry
      // rather than `new Worker(new URL(..., import.meta.url))` because the project's tsconfig targets CommonJS.
      'analysis-worker': { import: './src/taskpane/worker/analysis.worker.ts', filename: 'analysis-worker.js' },
      // The OPSREVIEW custom functions, at the fixed URL manifest.xml names (Functions.Script.Url). They run in the
      // shared runtime, the task pane's page, which loads this chunk too (see the taskpane HtmlWebpackPlugin).
      functions: { import: './src/functions/functions.ts', filename: 'functions.js' },
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].[contenthash:8].js',
      chunkFilename: '[name].[contenthash:8].js',
      clean: { keep: /^node\// },
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // ExcelJS is lazy-loaded for the preview only; these Node built-ins have no browser use in it.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, zlib: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'es2020' } } },
        },
        {
          // The engine's index only re-exports: marked free of side effects, webpack takes each import from the module
          // that defines it, so the pane's first bundle holds what the pane uses and the analysis stays in the worker.
          test: /src[\\/]engine[\\/]index\.ts$/,
          sideEffects: false,
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      // functions.json (the metadata manifest.xml names) from the JSDoc of src/functions/functions.ts, plus the
      // CustomFunctions.associate call of each function appended to that file.
      new CustomFunctionsMetadataPlugin({ output: 'functions.json', input: './src/functions/functions.ts' }),
      // The preview's download runs the .xlsx writer (src/workbook/xlsx) in the browser; its `node:fs` import serves
      // only file paths, never used there, so `node:x` is read as `x` and falls back to nothing like the others above.
      new webpack.NormalModuleReplacementPlugin(/^node:/, (resource) => {
        resource.request = resource.request.replace(/^node:/, '');
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['functions', 'taskpane'],
        officeJs,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        officeJs,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          { from: 'examples/*.xlsx', to: 'examples/[name][ext]', noErrorOnMissing: true },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform: (content) => (dev ? content : content.toString().replaceAll(devUrl, prodUrl)),
          },
        ],
      }),
    ],
    devServer: {
      hot: false,
      port: Number(process.env.npm_package_config_dev_server_port || 3000),
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: https ? { type: 'https', options: https } : 'http',
      static: [{ directory: officeJsDist, publicPath: '/office-js' }],
      client: { overlay: { warnings: false } },
    },
  };
};
