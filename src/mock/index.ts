/** Mock consumer endpoints: the native HTTP mock server, the mock core, and the scenario vocabulary. */
export { startMockServer, type MockServer, type MockServerOptions } from './server.js';
export { MockCore, SCENARIO_HEADER, DEFAULT_MOCK_SECRET, type Action, type MockOptions, type MockRequest, type RecordedDelivery, type Reply } from './core.js';
export { parseScenario, formatStep, ScenarioError, type Step } from './scenario.js';
export { startPrism, preferHeader, type PrismOptions, type PrismServer } from './prism.js';
export { loadPreset, type ScenarioPreset } from './preset.js';
