// Bundles the CLI (and with it the server and core) into dist/greenshore.mjs for `npm start`.
import { build } from 'esbuild';

await build({
  entryPoints: ['packages/cli/src/main.ts'],
  outfile: 'dist/greenshore.mjs',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: true,
  plugins: [
    {
      // Registry packages stay external (installed; some are native). Workspace packages export
      // TypeScript sources, which plain node cannot run, so those are bundled.
      name: 'external-registry-packages',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) =>
          args.path.startsWith('@greenshore/') ? undefined : { path: args.path, external: true },
        );
      },
    },
  ],
  logLevel: 'warning',
});
