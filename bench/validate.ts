/**
 * Validation throughput of the generated (Ajv standalone) validators against the same schema compiled by
 * Ajv at run time, and against JSON.parse of the same payload — all in this process.
 */
import { readdirSync } from 'node:fs';
import { createAjv } from '../src/model/ajv.js';
import type { Contract } from '../src/model/model.js';
import { fmt, measure, row } from './lib.js';

interface Generated {
  contract: Contract;
  validators: Record<string, (data: unknown) => boolean>;
}

export async function benchValidate(): Promise<void> {
  const ids = readdirSync('generated', { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  console.log('\n## validation (median ns/op of 5×100k after warm-up; the largest example of each spec)\n');
  const widths = [14, 36, 8, 12, 12, 12, 10, 12];
  console.log(
    row(['spec', 'event / example', 'bytes', 'JSON.parse', 'runtime ajv', 'generated', 'vs ajv', 'vs parse'], widths),
  );
  for (const id of ids) {
    const mod = (await import(`../generated/${id}/index.js`)) as Generated;
    let best: { event: string; example: string; payload: unknown; text: string } | undefined;
    for (const event of mod.contract.events) {
      for (const ex of event.examples) {
        const text = JSON.stringify(ex.payload);
        if (!best || text.length > best.text.length)
          best = { event: event.name, example: ex.name, payload: ex.payload, text };
      }
    }
    if (!best) continue;
    const { event, payload, text } = best;
    const generated = mod.validators[event]!;
    const runtime = createAjv().compile(mod.contract.events.find((e) => e.name === event)!.payload as object);
    if (!generated(payload) || !runtime(payload)) throw new Error(`${id}/${event}: example does not validate`);
    const parse = measure('JSON.parse', () => JSON.parse(text));
    const rt = measure('runtime ajv', () => runtime(payload));
    const gen = measure('generated', () => generated(payload));
    console.log(
      row(
        [
          id,
          `${event} / ${best.example}`.slice(0, 35),
          text.length,
          fmt(parse.nsPerOp),
          fmt(rt.nsPerOp),
          fmt(gen.nsPerOp),
          `${fmt(rt.nsPerOp / gen.nsPerOp, 2)}×`,
          `${fmt(gen.nsPerOp / parse.nsPerOp, 2)}×`,
        ],
        widths,
      ),
    );
  }
  console.log(
    '\n"vs ajv": how many times faster than runtime-compiled Ajv (target ≥ 1); "vs parse": validation cost relative to JSON.parse of the same payload (target ≤ 1.5).',
  );
}
