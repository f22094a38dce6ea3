// @ts-check
/**
 * Option schemas: what each function accepts, written once in its JS module and carried to Python
 * by spec.json, so both halves validate the same way (Python at bind time, JS once per binding).
 *
 * An option's schema is a plain object:
 *
 *     { type, default, nullable?, enum?, min?, max?, cache?, doc? }
 *
 * `type` names a checker: a generic one below (string, integer, number, boolean, enum, json,
 * array, object) or a domain type a pattern module exports in its TYPES (locale, currency, ...).
 * A checker returns the normalised value ("eur" -> "EUR") or throws a TypeError whose message is
 * the phrase after "must be". `nullable` lets null through unchecked. A function may add
 * cross-option `constraints`: `{not_all_null: ["date_style", "time_style"]}`, or `{check: name}`
 * naming a domain check (a pattern module's CHECKS, gathered under `types.$checks`): a check sees
 * every option and returns whether they hold together; its `option` and `expected` phrase word
 * the message, as for a type. `cache: false` marks
 * an option whose value is new on every call (a prop's current value, bound to a State): the
 * binding layer never uses it as a cache key (binding.js, dashclient/_action.py).
 */

/**
 * @typedef {{type: string, default: unknown, nullable?: boolean, enum?: unknown[], min?: number,
 *   max?: number, cache?: boolean, doc?: string}} OptionSchema
 * @typedef {{not_all_null?: string[], check?: string}} Constraint
 * @typedef {{option: string, expected: string, check: (options: Record<string, any>) => boolean}} CheckDef
 * @typedef {(value: unknown, schema: OptionSchema) => unknown} Checker
 * @typedef {{check: Checker, expected: string}} TypeDef  expected: the phrase after "must be", where
 *   {min}, {max} and {enum} stand for the schema's own (Python fills the same template)
 */

/** A value as Python's repr() writes it, so messages read the same in both halves. */
const repr = (/** @type {unknown} */ value) => {
  if (typeof value === "string") return `'${value}'`;
  if (value === null || value === undefined) return "None";
  if (typeof value === "boolean") return value ? "True" : "False";
  try {
    return JSON.stringify(value) ?? String(value);
  } catch (_) {
    return String(value);
  }
};

/** @type {Record<string, TypeDef>} */
export const GENERIC_TYPES = {
  string: {
    expected: "a string",
    check: (value) => {
      if (typeof value !== "string") throw new TypeError();
      return value;
    },
  },
  integer: {
    expected: "an integer from {min} to {max}",
    check: (value, s) => {
      if (typeof value !== "number" || !Number.isInteger(value)) throw new TypeError();
      if ((s.min !== undefined && value < s.min) || (s.max !== undefined && value > s.max)) throw new TypeError();
      return value;
    },
  },
  number: {
    expected: "a number from {min} to {max}",
    check: (value, s) => {
      if (typeof value !== "number" || !Number.isFinite(value)) throw new TypeError();
      if ((s.min !== undefined && value < s.min) || (s.max !== undefined && value > s.max)) throw new TypeError();
      return value;
    },
  },
  boolean: {
    expected: "true or false",
    check: (value) => {
      if (typeof value !== "boolean") throw new TypeError();
      return value;
    },
  },
  enum: {
    expected: "one of {enum}",
    check: (value, s) => {
      if (!(s.enum || []).includes(value)) throw new TypeError();
      return value;
    },
  },
  json: {
    expected: "a JSON value",
    check: (value) => {
      if (value === undefined || typeof value === "function" || typeof value === "symbol") throw new TypeError();
      return value;
    },
  },
  array: {
    expected: "a list",
    check: (value) => {
      if (!Array.isArray(value)) throw new TypeError();
      return value;
    },
  },
  object: {
    expected: "a dict",
    check: (value) => {
      if (value === null || typeof value !== "object" || Array.isArray(value)) throw new TypeError();
      return value;
    },
  },
};

/**
 * The phrase after "must be" for an option's schema.
 * @param {Record<string, TypeDef>} types @param {OptionSchema} schema
 */
export function expectedOf(types, schema) {
  const phrase = types[schema.type].expected
    .replace("{min}", String(schema.min ?? "-inf"))
    .replace("{max}", String(schema.max ?? "inf"))
    .replace("{enum}", (schema.enum || []).map(repr).join(", "));
  return schema.nullable ? `${phrase} or None` : phrase;
}

/** One option that failed: the message names the option, as Python's ValueError does. */
export class OptionError extends Error {
  /** @param {string} where @param {string} option @param {string} message */
  constructor(where, option, message) {
    super(`${where}: ${message}`);
    this.option = option;
  }
}

/**
 * Check and normalise one option value against its schema.
 * @param {Record<string, TypeDef>} types @param {string} where e.g. "dc.format.currency"
 * @param {string} name @param {OptionSchema} schema @param {unknown} value
 */
export function checkOption(types, where, name, schema, value) {
  if (value === null && schema.nullable) return null;
  const type = types[schema.type];
  try {
    return type.check(value, schema);
  } catch (_) {
    throw new OptionError(where, name, `option '${name}' must be ${expectedOf(types, schema)}, got ${repr(value)}`);
  }
}

/**
 * Check cross-option constraints on merged, checked options.
 * @param {string} where @param {Constraint[] | undefined} constraints @param {Record<string, unknown>} options
 * @param {Record<string, CheckDef>} [checks] domain checks by name
 */
export function checkConstraints(where, constraints, options, checks = {}) {
  for (const constraint of constraints || []) {
    if (constraint.check) {
      const named = checks[constraint.check];
      if (!named) throw new OptionError(where, "", `unknown check '${constraint.check}'`);
      let holds = false;
      try {
        holds = named.check(options);
      } catch (_) {
        holds = false;
      }
      if (!holds) {
        const value = options[named.option];
        throw new OptionError(where, named.option, `option '${named.option}' must be ${named.expected}, got ${repr(value)}`);
      }
      continue;
    }
    const names = constraint.not_all_null;
    if (names && names.every((n) => options[n] === null || options[n] === undefined)) {
      const quoted = names.map((n) => `'${n}'`).join(" and ");
      throw new OptionError(where, names[0], `options ${quoted} cannot ${names.length === 2 ? "both" : "all"} be None`);
    }
  }
}

/**
 * Merge options over the defaults and check every one.
 * Unknown names are an error (a typo must not be ignored silently).
 * @param {Record<string, TypeDef>} types @param {string} where
 * @param {Record<string, OptionSchema>} schemas @param {Constraint[] | undefined} constraints
 * @param {Record<string, unknown>} given
 * @returns {Record<string, unknown>}
 */
export function validateOptions(types, where, schemas, constraints, given) {
  /** @type {Record<string, unknown>} */
  const options = {};
  for (const name of Object.keys(given)) {
    if (!Object.prototype.hasOwnProperty.call(schemas, name)) {
      throw new OptionError(where, name, `unknown option '${name}'; options are ${Object.keys(schemas).sort().join(", ")}`);
    }
  }
  for (const [name, schema] of Object.entries(schemas)) {
    const value = Object.prototype.hasOwnProperty.call(given, name) && given[name] !== undefined ? given[name] : schema.default;
    options[name] = checkOption(types, where, name, schema, value);
  }
  checkConstraints(where, constraints, options, /** @type {any} */ (types).$checks);
  return options;
}

/** @param {Record<string, OptionSchema>} schemas */
export function defaultsOf(schemas) {
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, schema.default]));
}
