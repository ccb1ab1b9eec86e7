/**
 * The runtime form of a contract: the Contract plus a validator per event payload and reply, and the examples.
 * A generated module (`import * as x from 'chathooks/generated/<id>'`) is one as it is; a plain Contract (loaded
 * from YAML) becomes one through `toRuntime`, the one way every feature turns its input into this form.
 */
import type { Ajv } from 'ajv';
import { createAjv, toIssues } from './ajv.js';
import { batchGuard, type BatchValidator } from './batch.js';
import type { Contract, Example, JsonSchema } from './model.js';

/** A validator (generated/<id>/validators.js, or compiled by `toRuntime`): a type guard with JSON-pointer issues. */
export interface GuardValidator<T> {
  (data: unknown): data is T;
  errors: readonly { readonly pointer: string; readonly keyword: string; readonly message: string }[] | null;
}

/** A named example as the runtime form lists it. */
export type RuntimeExample = Readonly<Pick<Example, 'name' | 'payload'>> & { readonly summary?: string };

/** A contract ready to validate what it describes: generated modules have this shape, `toRuntime` gives it to a plain Contract. */
export interface RuntimeContract {
  contract: Contract;
  validators: { readonly [event: string]: GuardValidator<unknown> };
  replyValidators: { readonly [event: string]: GuardValidator<unknown> | undefined };
  /** Valid example payloads by event name (generated modules and `toRuntime` have them; hand-made objects may not). */
  examples?: { readonly [event: string]: readonly RuntimeExample[] };
  /** Reply examples by event name. */
  replyExamples?: { readonly [event: string]: readonly RuntimeExample[] };
  /** The validator of a whole batch body (envelope, then each item by its event), for a contract with `batch`. */
  batchValidator?: BatchValidator;
}

/** The earlier name of `RuntimeContract`, kept for generated code and users' imports. */
export type GeneratedContract = RuntimeContract;

/**
 * Whether `source` is in runtime form already (a generated module, or `toRuntime`'s output).
 *
 * @example
 * isRuntime(sendbird); // true: import * as sendbird from 'chathooks/generated/sendbird'
 * isRuntime(sendbird.contract); // false
 */
export function isRuntime(source: Contract | RuntimeContract): source is RuntimeContract {
  return 'validators' in source;
}

/**
 * The Contract of either form, without compiling anything (docs, framing and CLI summaries need no validators).
 *
 * @example
 * contractOf(sendbird) === sendbird.contract; // a generated module
 * contractOf(await loadContract('spec/sendbird.yaml')); // the Contract itself
 */
export function contractOf(source: Contract | RuntimeContract): Contract {
  return isRuntime(source) ? source.contract : source;
}

// One runtime form per Contract object: every feature given the same Contract shares its compiled validators, and
// the entry goes with the Contract.
const runtimes = new WeakMap<Contract, RuntimeContract>();

/**
 * The runtime form of a contract: a generated module as it is; a plain Contract with validators compiled by the
 * Ajv configuration codegen uses, each on first use (Ajv itself loads only then), memoised per Contract object.
 *
 * @example
 * const runtime = toRuntime(await loadContract('spec/my.yaml'));
 * runtime.validators['message.created']?.(payload); // compiled now, once
 */
export function toRuntime(source: Contract | RuntimeContract): RuntimeContract {
  if (isRuntime(source)) return source;
  let runtime = runtimes.get(source);
  if (!runtime) runtimes.set(source, (runtime = compileOnUse(source)));
  return runtime;
}

/**
 * Compile every validator now (a receiver does, so that no request pays for a compile), and return the contract.
 *
 * @example
 * const receiverReady = precompile(toRuntime(contract));
 */
export function precompile(runtime: RuntimeContract): RuntimeContract {
  for (const event of runtime.contract.events) {
    void runtime.validators[event.name];
    void runtime.replyValidators[event.name];
  }
  void runtime.batchValidator?.envelope;
  return runtime;
}

function compileOnUse(contract: Contract): RuntimeContract {
  let ajv: Ajv | undefined;
  const compile = (schema: JsonSchema) => (): GuardValidator<unknown> => guard((ajv ??= createAjv()), schema);
  // No prototype: an event named "constructor" or "__proto__" is looked up like any other.
  const validators: Record<string, GuardValidator<unknown>> = Object.create(null) as Record<
    string,
    GuardValidator<unknown>
  >;
  const replyValidators: Record<string, GuardValidator<unknown> | undefined> = Object.create(null) as Record<
    string,
    GuardValidator<unknown> | undefined
  >;
  const examples: Record<string, readonly RuntimeExample[]> = Object.create(null) as Record<
    string,
    readonly RuntimeExample[]
  >;
  const replyExamples: Record<string, readonly RuntimeExample[]> = Object.create(null) as Record<
    string,
    readonly RuntimeExample[]
  >;
  for (const event of contract.events) {
    onFirstRead(validators, event.name, compile(event.payload));
    if (event.reply) onFirstRead(replyValidators, event.name, compile(event.reply.schema));
    else replyValidators[event.name] = undefined;
    examples[event.name] = event.examples;
    replyExamples[event.name] = event.reply?.examples ?? [];
  }
  const runtime: RuntimeContract = { contract, validators, replyValidators, examples, replyExamples };
  const { batch } = contract;
  if (batch)
    onFirstRead(runtime as unknown as Record<string, unknown>, 'batchValidator', () =>
      batchGuard(contract, compile(batch.envelope)(), validators),
    );
  return runtime;
}

/** Define `key` on `target` as the value `make` gives when first read; later reads get that value. */
function onFirstRead<T>(target: Record<string, T>, key: string, make: () => T): void {
  Object.defineProperty(target, key, {
    enumerable: true,
    configurable: true,
    get() {
      const value = make();
      Object.defineProperty(target, key, { value, enumerable: true, writable: false, configurable: false });
      return value;
    },
  });
}

function guard(ajv: Ajv, schema: JsonSchema): GuardValidator<unknown> {
  const fn = ajv.compile(schema as object);
  const validate = ((data: unknown) => {
    const ok = fn(data);
    validate.errors = ok ? null : toIssues(fn.errors);
    return ok;
  }) as GuardValidator<unknown>;
  validate.errors = null;
  return validate;
}

/**
 * A plain Contract in runtime form with every validator compiled now (a schema Ajv refuses throws here, not on
 * the first request).
 *
 * @example
 * const receiver = createReceiver(compileContract(await loadContract('spec/my.yaml')), { secret });
 */
export function compileContract(contract: Contract): RuntimeContract {
  return precompile(toRuntime(contract));
}
