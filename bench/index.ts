/**
 * `npm run bench`: every benchmark, each against its baseline measured in the same process;
 * `npm run bench -- docs codegen` runs only the named ones.
 */
import { benchCodegen } from './codegen.js';
import { benchContract } from './contract.js';
import { benchDocs } from './docs.js';
import { benchImport } from './import.js';
import { benchInstall } from './install.js';
import { benchMock } from './mock.js';
import { benchReceiver } from './receiver.js';
import { benchValidate } from './validate.js';

const benches: Record<string, () => Promise<void>> = {
  validate: benchValidate,
  codegen: benchCodegen,
  receiver: benchReceiver,
  mock: benchMock,
  docs: benchDocs,
  contract: benchContract,
  install: benchInstall,
  import: benchImport,
};
const wanted = process.argv.slice(2);
const unknown = wanted.filter((name) => !(name in benches));
if (unknown.length) {
  console.error(`bench: unknown benchmark ${unknown.join(', ')}; choose from ${Object.keys(benches).join(', ')}.`);
  process.exit(2);
}

console.log(`chathooks benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
for (const [name, run] of Object.entries(benches)) if (wanted.length === 0 || wanted.includes(name)) await run();
