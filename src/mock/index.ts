/** Mock consumer endpoints: the native HTTP mock server and the scenario vocabulary. */
export { startMockServer, SCENARIO_HEADER, DEFAULT_MOCK_SECRET, type MockServer, type MockServerOptions, type RecordedDelivery } from './server.js';
export { parseScenario, formatStep, ScenarioError, type Step } from './scenario.js';
