/** Mock consumer endpoints: the native HTTP mock server, the mock core, and the scenario vocabulary. */
export { startMockServer, type MockServer, type MockServerOptions } from './server.js';
export {
  MockCore,
  SCENARIO_HEADER,
  DEFAULT_MAX_RECORDED,
  DEFAULT_MAX_RECORDED_BYTES,
  MAX_REQUEST_SEQUENCES,
  type Action,
  type Play,
  type MockOptions,
  type MockRequest,
  type RecordedDelivery,
  type Reply,
} from './core.js';
export { REFUSED_BODY_PREFIX_BYTES, type RecordFilter } from './record.js';
export { DEFAULT_MOCK_SECRET, DEFAULT_STANDARD_WEBHOOKS_MOCK_SECRET, defaultMockSecret, describeDefaultSecrets } from './secret.js';
export { parseScenario, parseSequence, parseScenarioHeader, formatStep, ScenarioError, MAX_SCENARIO_STEPS, MAX_SCENARIO_HEADER_BYTES, type Sequence, type Step } from './scenario.js';
export { startPrism, preferHeader, type PrismOptions, type PrismServer } from './prism.js';
export { loadPreset, type ScenarioPreset } from './preset.js';
