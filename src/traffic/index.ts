/**
 * chathooks/traffic: real deliveries as files — recordings (chathooks' JSON form or HAR 1.2) that `listen`,
 * `send --record` and `mock --record` write and `drift` and `replay --from` read.
 *
 * @example
 * import { readRecordings } from 'chathooks/traffic';
 * const { recordings, problems } = await readRecordings(['recordings/'], { spec: 'line' });
 */
export {
  bodyBytes,
  DEFAULT_MAX_RECORDING_FILE_BYTES,
  type Har,
  parseRecordings,
  RECORDING_FORMAT,
  type RecordedBody,
  type RecordedFailure,
  type RecordedReply,
  type RecordedRequest,
  type Recording,
  type RecordingInput,
  type RecordingProblem,
  type RecordingSource,
  readRecordings,
  recordBody,
  recordingFromRequest,
  redactRecording,
  REDACTED,
  signatureFieldNames,
  toHar,
  toJson,
  writeRecording,
} from './recording.js';
