/** Code snippets shown on the docs pages: a chathooks receiver and a by-hand verification, per platform. */
import type { Contract, EventContract } from '../../model/model.js';
import { schemeModule } from '../../signing/registry.js';

const camel = (id: string): string => {
  const words = id.split(/[^A-Za-z0-9]+/).filter(Boolean);
  const joined = words.map((w, i) => (i ? w[0]!.toUpperCase() + w.slice(1) : w.toLowerCase())).join('');
  return /^[A-Za-z_$]/.test(joined) ? joined : `spec${joined}`;
};
const envName = (id: string, what: string): string => `${id.toUpperCase().replace(/[^A-Z0-9]+/g, '_')}_${what}`;
const q = (s: string): string => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

/** The event a snippet handles: the first before-event (its reply matters), else the first event. */
export function sampleEvent(contract: Contract): EventContract | undefined {
  return contract.events.find((e) => e.kind === 'before') ?? contract.events[0];
}

/**
 * A node:http receiver for the platform with createReceiver, as in the README.
 *
 * @example
 * receiverSnippet(tencent); // import * as tencentChat from 'chathooks/generated/tencent-chat'; …
 */
export function receiverSnippet(contract: Contract, event = sampleEvent(contract)): string {
  const mod = camel(contract.id);
  const s = contract.signature;
  const lines = [
    `import http from 'node:http';`,
    `import { createReceiver } from 'chathooks/receiver';`,
    `import * as ${mod} from ${q(`chathooks/generated/${contract.id}`)}; // or your \`chathooks generate --out\` directory`,
    '',
    `const receiver = createReceiver(${mod}, {`,
  ];
  if (schemeModule(s).signs) {
    lines.push(
      `  // ${(s.secret ?? 'The signing secret').replace(/\s+/g, ' ')}; several for rotation: [next, current]`,
    );
    lines.push(`  secret: process.env.${envName(contract.id, 'WEBHOOK_SECRET')}!,`);
  }
  if (contract.appId)
    lines.push(
      `  appId: process.env.${envName(contract.id, 'APP_ID')}!, // checked against ${contract.appId.in} ${contract.appId.name}`,
    );
  if (event) {
    lines.push('  on: {', `    ${q(event.name)}: async (event, ctx) => {`);
    lines.push('      // verified, validated and typed by the time it gets here');
    if (event.kind === 'before')
      lines.push('      // return the reply fields that change the outcome, or nothing to allow');
    lines.push('    },', '  },');
  }
  lines.push(
    `  onUnknownEvent: ${contract.eventSet === 'open' ? "'warn'" : "'reject'"},`,
    '});',
    '',
    'http.createServer(receiver.node).listen(8080);',
    '',
  );
  return lines.join('\n');
}

/** Verifying a request by hand with chathooks/signing, for apps that do not use the receiver. */
export function verifySnippet(contract: Contract): string | undefined {
  if (!schemeModule(contract.signature).signs) return undefined;
  return [
    `import { verifySignature, SignatureVerificationError } from 'chathooks/signing';`,
    `import { contract } from ${q(`chathooks/generated/${contract.id}`)};`,
    '',
    '// rawBody: the bytes exactly as received (never re-serialised JSON)',
    'try {',
    '  verifySignature(',
    '    contract.signature,',
    '    { rawBody, headers: req.headers, query: url.searchParams },',
    `    [process.env.${envName(contract.id, 'WEBHOOK_SECRET')}!], // several for rotation`,
    '  );',
    '} catch (error) {',
    '  // error.reason: missing | malformed | mismatch | stale | future',
    '  if (error instanceof SignatureVerificationError) return reply(401, error.reason);',
    '  throw error;',
    '}',
    '// then parse rawBody and check it with validators[eventName] from the same generated module',
    '',
  ].join('\n');
}
