/** Scenario presets: JSON files (see mocks/scenarios/) naming a global scenario and per-event ones. */
import { OptionError } from '../model/errors.js';
import { readFile } from 'node:fs/promises';
import { parseSequence } from './scenario.js';

export interface ScenarioPreset {
  description?: string;
  scenario?: string;
  events?: Record<string, string>;
}

/**
 * Read and check a preset file; every scenario in it must parse.
 *
 * @example
 * const preset = await loadPreset('mocks/scenarios/flaky-receiver.json');
 * await startMockServer(contracts, preset);
 */
export async function loadPreset(path: string): Promise<ScenarioPreset> {
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new OptionError(
      `Preset ${path}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}.`,
    );
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    throw new OptionError(`Preset ${path}: expected a JSON object with "scenario" and/or "events".`);
  const { description, scenario, events, ...rest } = data as Record<string, unknown>;
  const unknown = Object.keys(rest).filter((k) => k !== '$comment');
  if (unknown.length)
    throw new OptionError(
      `Preset ${path}: unknown key${unknown.length > 1 ? 's' : ''} ${unknown.join(', ')}; a preset has description, scenario and events.`,
    );
  const preset: ScenarioPreset = {};
  if (typeof description === 'string') preset.description = description;
  if (scenario !== undefined) {
    if (typeof scenario !== 'string') throw new OptionError(`Preset ${path}: "scenario" must be a string.`);
    check(path, 'scenario', scenario);
    preset.scenario = scenario;
  }
  if (events !== undefined) {
    if (events === null || typeof events !== 'object' || Array.isArray(events))
      throw new OptionError(`Preset ${path}: "events" maps event names to scenarios.`);
    preset.events = {};
    for (const [name, value] of Object.entries(events)) {
      if (typeof value !== 'string')
        throw new OptionError(`Preset ${path}: events["${name}"] must be a scenario string.`);
      check(path, `events["${name}"]`, value);
      preset.events[name] = value;
    }
  }
  return preset;
}

function check(path: string, where: string, scenario: string): void {
  try {
    parseSequence(scenario);
  } catch (error) {
    throw new OptionError(`Preset ${path}: ${where}: ${(error as Error).message}`);
  }
}
