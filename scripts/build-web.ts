// `npm run build:web`: bundles the page (web/client) into web/public/dist with esbuild, and
// writes web/neo4j-browser.grass from the shared palette so Neo4j Browser shows the page's colors.
import { build, type BuildOptions } from 'esbuild';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { runCli } from '../src/cli/run-cli.js';
import { renderGrass } from '../web/shared/grass.js';

const root = (path: string) => fileURLToPath(new URL(`../${path}`, import.meta.url));

const WEB_BUILD: BuildOptions = {
  entryPoints: [root('web/client/main.ts')],
  outfile: root('web/public/dist/app.js'),
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: ['es2022'],
  sourcemap: true,
  minify: true,
  legalComments: 'linked',
  logLevel: 'warning',
  // graphology and sigma read process.env.NODE_ENV for their dev checks.
  define: { 'process.env.NODE_ENV': '"production"' },
};

const GRASS_PATH = root('web/neo4j-browser.grass');

runCli('build:web', async () => {
  const watch = process.argv.includes('--watch');
  await writeFile(GRASS_PATH, renderGrass());
  if (watch) {
    const { context } = await import('esbuild');
    const ctx = await context(WEB_BUILD);
    await ctx.watch();
    process.stderr.write('build:web: watching web/client for changes\n');
    return new Promise<number>(() => {});
  }
  await build(WEB_BUILD);
  process.stderr.write('build:web: wrote web/public/dist/app.js and web/neo4j-browser.grass\n');
  return 0;
});
