// generated from spec/line.yaml by chathooks; do not edit
const __names = ["message","unsend","follow","unfollow","join","leave","memberJoined","memberLeft","postback","videoPlayComplete","beacon","accountLink","membership","module","activated","deactivated","botSuspended","botResumed","delivery"];
// Loaded on the first read of a strict validator, never at import (see strict-validators.cjs).
function __load() {
  const nodeModule = globalThis.process?.getBuiltinModule?.('node:module');
  if (!nodeModule) {
    throw new Error("The strict validators of line load strict-validators.cjs with Node's require, which this runtime lacks. Generate with --emit ts for a bundler or a browser.");
  }
  return nodeModule.createRequire(import.meta.url)('./strict-validators.cjs');
}
let __loaded;
function __lazy(pick) {
  const map = Object.create(null);
  for (const name of __names) {
    Object.defineProperty(map, name, { enumerable: true, get: () => pick((__loaded ??= __load()))[name] });
  }
  return Object.freeze(map);
}

/** Strict validators of event payloads (the documented shape: closed objects and enums, documented-required fields), by event name. */
export const strictValidators = __lazy((m) => m.validators);

/** Strict validators of the reply each event expects, by event name. */
export const strictReplyValidators = __lazy((m) => m.replyValidators);
