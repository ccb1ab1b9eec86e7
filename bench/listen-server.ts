/**
 * The listener process of the listen benchmark: `startListener` for Protocol forwarding to the receiver process
 * whose port is the first argument; reports its own port over IPC. A process of its own, as `chathooks listen` is.
 */
import * as protocol from '../generated/protocol/index.js';
import { startListener } from '../src/traffic/listen.js';
import { SECRET } from './receiver.js';

const target = Number(process.argv[2]);
process.on('disconnect', () => process.exit(0));
process.on('message', (m) => m === 'cpu' && process.send!({ cpu: process.cpuUsage() }));
const listener = await startListener(protocol, { forwardTo: `http://127.0.0.1:${target}/webhook`, secret: SECRET });
process.send!({ port: listener.port });
