/** `npm run bench`: every benchmark, each against its baseline measured in the same process. */
import { benchCodegen } from './codegen.js';
import { benchMock } from './mock.js';
import { benchReceiver } from './receiver.js';
import { benchValidate } from './validate.js';

console.log(`chathooks benchmarks — node ${process.version}, ${process.platform}/${process.arch}`);
await benchValidate();
await benchCodegen();
await benchReceiver();
await benchMock();
