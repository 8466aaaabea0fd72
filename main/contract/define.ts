// How the contract is declared: methods with zod input/output schemas, events with a payload schema.
import type { z } from 'zod';

export interface MethodSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** One line for the developer page and the generated method list. */
  readonly summary: string;
}

export type MethodMap = Readonly<Record<string, MethodSpec>>;
export type EventMap = Readonly<Record<string, z.ZodType>>;

export interface ContractPart<M extends MethodMap = MethodMap, E extends EventMap = EventMap> {
  readonly methods: M;
  readonly events: E;
}

export function method<I extends z.ZodType, O extends z.ZodType>(spec: MethodSpec<I, O>): MethodSpec<I, O> {
  return spec;
}

type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export interface Contract<M, E> {
  readonly methods: M;
  readonly events: E;
}

const METHOD_NAME = /^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/;
const EVENT_NAME = /^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/;

/**
 * Joins the domain parts into one contract. A name declared twice, or not in `domain.verb` form,
 * throws at start-up: the contract is wrong, not the input.
 */
export function defineContract<const P extends readonly ContractPart[]>(
  ...parts: P
): Contract<UnionToIntersection<P[number]["methods"]>, UnionToIntersection<P[number]["events"]>> {
  const methods: Record<string, MethodSpec> = {};
  const events: Record<string, z.ZodType> = {};
  for (const part of parts) {
    for (const [name, spec] of Object.entries(part.methods)) {
      if (!METHOD_NAME.test(name)) throw new Error(`contract: method name "${name}" is not of the form domain.verb`);
      if (Object.hasOwn(methods, name)) throw new Error(`contract: method "${name}" is declared twice`);
      methods[name] = spec;
    }
    for (const [name, schema] of Object.entries(part.events)) {
      if (!EVENT_NAME.test(name)) throw new Error(`contract: event name "${name}" is not of the form domain.pastTense`);
      if (Object.hasOwn(events, name)) throw new Error(`contract: event "${name}" is declared twice`);
      events[name] = schema;
    }
  }
  return { methods, events } as never;
}
