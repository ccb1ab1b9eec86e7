/** Mock consumer endpoints: the native HTTP mock server, a real Prism process, and the scenario vocabulary they share. */
export { startMockServer, type MockServer, type MockServerOptions } from './server.js';
export {
  SCENARIO_HEADER,
  DEFAULT_MAX_RECORDED,
  DEFAULT_MAX_RECORDED_BYTES,
  type Action,
  type Play,
  type MockOptions,
  type MockRequest,
  type RecordedDelivery,
  type Reply,
} from './core.js';
export type { RecordFilter } from './record.js';
export { DEFAULT_MOCK_SECRET, DEFAULT_STANDARD_WEBHOOKS_MOCK_SECRET, defaultMockSecret } from './secret.js';
export { parseScenario, ScenarioError, type Sequence, type Step } from './scenario.js';
export { startPrism, preferHeader, type PrismOptions, type PrismServer } from './prism.js';
export { loadPreset, type ScenarioPreset } from './preset.js';
