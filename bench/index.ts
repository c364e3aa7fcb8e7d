import { cpus, loadavg } from 'node:os';

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
  typing: () => import('./typing'),
  editor: () => import('./editor'),
  spelling: () => import('./spelling'),
  import: () => import('./import'),
};

const filter = process.argv[2];
// Figures on a shared machine mean little without its load: print it with them.
const machineLoad = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(' ');
console.log(`${cpus().length} CPUs (${cpus()[0]?.model ?? '?'}), load average ${machineLoad()}`);
for (const [name, load] of Object.entries(modules)) {
  if (filter && !name.includes(filter)) continue;
  console.log(`\n=== ${name} ===`);
  const module = await load();
  await module.run();
  console.log(`(load average now ${machineLoad()})`);
}
