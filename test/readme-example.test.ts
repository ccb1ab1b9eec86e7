/** The README's complete receiver example, run as a user would run it, fed by the delivery engine. */
import { readFile } from 'node:fs/promises';
import { expect, test } from 'vitest';
import * as protocol from '../generated/protocol/index.js';
import { deliver } from '../src/delivery/index.js';
import { spawnUntil } from './helpers/cli.js';

const file = 'test/fixtures/examples/protocol-receiver.mjs';

test('the README shows the example verbatim', async () => {
  const [readme, example] = await Promise.all([readFile('README.md', 'utf8'), readFile(file, 'utf8')]);
  expect(readme).toContain(example);
});

test('the example receiver verifies, dispatches and answers real deliveries', async () => {
  const example = await spawnUntil([file], /listening on (\d+)/, {
    env: { PORT: '0', PROTOCOL_WEBHOOK_SECRET: 'example-secret' },
  });
  const port = example.match[1]!;
  try {
    const url = `http://127.0.0.1:${port}/webhook`;
    const created = await deliver(protocol, {
      url,
      event: 'message.created',
      payload: protocol.examples['message.created'][0]!.payload,
      secret: 'example-secret',
    });
    const deleted = await deliver(protocol, {
      url,
      event: 'contact.deleted',
      payload: protocol.examples['contact.deleted'][0]!.payload,
      secret: 'example-secret',
    });
    const forged = await deliver(protocol, {
      url,
      event: 'message.created',
      payload: protocol.examples['message.created'][1]!.payload,
      secret: 'guessed',
    });
    expect([created.outcome, deleted.outcome, forged.attempts[0]!.status]).toEqual(['delivered', 'delivered', 401]);
    const inbox = await (await fetch(`http://127.0.0.1:${port}/inbox`)).json();
    expect(inbox).toEqual([
      { conversation: 'xgQQXg3hrtjh7AvZ', text: 'I’m traveling with my dad. He’s at a meeting. I hate meetings.' },
      { forget: 'WAz8eIbvDR60rouK' },
    ]);
  } finally {
    await example.stop();
  }
});
