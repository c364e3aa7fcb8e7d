/**
 * `npm run bench`: runs every benchmark module in turn and prints figures.
 * Speed is reported here, as numbers and ratios against a peer measured in
 * the same run, never asserted in tests (this machine is noisy).
 *
 * `npm run bench -- <name>` runs only the modules whose name contains <name>.
 */
const modules: Record<string, () => Promise<{ run: () => Promise<void> }>> = {
  'file-format': () => import('./file-format'),
  export: () => import('./export'),
  pdf: () => import('./pdf'),
  editor: () => import('./editor'),
  spelling: () => import('./spelling'),
};

const filter = process.argv[2];
// Top-level await needs this file to be a module.
export {};
for (const [name, load] of Object.entries(modules)) {
  if (filter && !name.includes(filter)) continue;
  console.log(`\n=== ${name} ===`);
  const module = await load();
  await module.run();
}
