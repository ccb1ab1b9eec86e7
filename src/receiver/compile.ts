/**
 * A contract loaded from YAML has schemas but no generated validators: compile them with the same Ajv
 * configuration codegen uses, so `createReceiver` and the mock server take either form.
 */
import { createAjv, toIssues } from '../model/ajv.js';
import type { Contract, JsonSchema } from '../model/model.js';
import type { GeneratedContract, GuardValidator } from './types.js';

function guard(ajv: ReturnType<typeof createAjv>, schema: JsonSchema): GuardValidator<unknown> {
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
 * Validators for a Contract, compiled at run time.
 *
 * @example
 * const receiver = createReceiver(compileContract(await loadContract('spec/my.yaml')), { secret });
 */
export function compileContract(contract: Contract): GeneratedContract {
  const ajv = createAjv();
  const validators: Record<string, GuardValidator<unknown>> = {};
  const replyValidators: Record<string, GuardValidator<unknown> | undefined> = {};
  for (const event of contract.events) {
    validators[event.name] = guard(ajv, event.payload);
    replyValidators[event.name] = event.reply ? guard(ajv, event.reply.schema) : undefined;
  }
  return { contract, validators, replyValidators };
}

/** A generated module as is; a plain Contract compiled. */
export function asGenerated(source: Contract | GeneratedContract): GeneratedContract {
  return 'validators' in source ? source : compileContract(source);
}
