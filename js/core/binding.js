// @ts-check
/**
 * The binding layer: turns a function definition (schema + compile, see define.js) into what
 * callers use, and is the only place that knows about Dash.
 *
 * - `publicFunction` is `dash_clientside.<namespace>.<name>`: `fn(...values, options, context)`,
 *   for users' own code and Dash.jl/R apps. Options are validated once per options object (or per
 *   distinct JSON of them) and the compiled function is cached.
 * - `boundFunction` is what a bound name resolves to (bind.js): constant options validated once,
 *   options bound to page Inputs/States (`{"$arg": i}`) taken out of the arguments and validated
 *   per distinct value, the context snapshotted before anything else, calls gated by
 *   `$debounce`/`$throttle`, and the pure function's sentinels swapped for Dash's.
 *
 * Nothing here throws into Dash: invalid options give the function's invalid result (a
 * formatter's fallback, else `no_update`) and one console warning per binding; an exception
 * inside a function does the same.
 *
 * An option whose schema says `cache: false` (a prop's current value, large and new on every
 * call) is never a cache key: options holding it are validated and compiled on every call, and
 * their warnings still come once per binding.
 */
import { validateOptions } from "./schema.js";
import { NO_UPDATE, PREVENT_UPDATE } from "./sentinels.js";
import { snapshot } from "./context.js";
import { debounce, throttle, SKIPPED } from "./gate.js";

/**
 * What the binding needs from its surroundings, read at call time (the page's `no_update`
 * appears only once the first clientside callback ran).
 * @typedef {{noUpdate: () => unknown, preventUpdate: () => unknown, warn: (message: string) => void,
 *   liveContext: () => unknown, lookup: (namespace: string, name: string) => unknown}} Host
 *   lookup: a function of `dash_clientside` at call time (a user's own, or a bound name)
 */

/** A host for node and for calls outside a page: sentinels stay dashclient's own. */
export const PURE_HOST = {
  noUpdate: () => NO_UPDATE,
  preventUpdate: () => PREVENT_UPDATE,
  warn: (/** @type {string} */ message) => console.warn(message),
  liveContext: () => undefined,
  lookup: () => undefined,
};

const MAX_CACHED = 256;

/**
 * A Map capped at MAX_CACHED entries (oldest out first): options from the page can take many values.
 * @template V
 */
class Cache {
  constructor() {
    /** @type {Map<string, V>} */
    this.map = new Map();
  }
  /** @param {string} key @param {() => V} make */
  get(key, make) {
    let value = this.map.get(key);
    if (value === undefined) {
      value = make();
      if (this.map.size >= MAX_CACHED) this.map.delete(/** @type {string} */ (this.map.keys().next().value));
      this.map.set(key, value);
    }
    return value;
  }
}

/**
 * @typedef {{run: (...args: unknown[]) => unknown, error: string | null, warned: boolean, options: Record<string, unknown>}} Compiled
 */

/**
 * Validate and compile one set of options. Never throws: an invalid set keeps its message.
 * @param {any} def @param {Record<string, any>} types @param {Record<string, unknown>} given
 * @returns {Compiled}
 */
export function compileOptions(def, types, given) {
  try {
    const options = validateOptions(types, def.where, def.options, def.constraints, given);
    return { run: def.compile(options), error: null, warned: false, options };
  } catch (error) {
    return { ...invalidCompiled(error instanceof Error ? error.message : String(error)), options: given };
  }
}

/**
 * Compile for one call only (an uncached option is set), keeping one warning per binding: the
 * returned object reads and writes `warned` through `shared`.
 * @param {any} def @param {Record<string, any>} types @param {Record<string, unknown>} given
 * @param {{warned: boolean}} shared
 * @returns {Compiled}
 */
function compileForOneCall(def, types, given, shared) {
  const compiled = compileOptions(def, types, given);
  Object.defineProperty(compiled, "warned", { get: () => shared.warned, set: (value) => { shared.warned = value; } });
  return compiled;
}

/** @param {any} def @returns {Set<string>} the options never used as a cache key */
const uncachedOf = (def) =>
  new Set(Object.entries(def.options).filter(([, schema]) => schema && schema.cache === false).map(([name]) => name));

/** @param {string} message @returns {Compiled} */
function invalidCompiled(message) {
  return { run: () => NO_UPDATE, error: message, warned: false, options: {} };
}

/**
 * The result of a call that cannot run: the function's own choice (a formatter's fallback) or
 * no_update.
 * @param {any} def @param {Record<string, unknown>} given the options as given
 */
function invalidResult(def, given) {
  return def.invalid ? def.invalid(given) : NO_UPDATE;
}

/**
 * Swap dashclient's sentinels for the host's: NO_UPDATE anywhere in an output array, and a top-level
 * NO_UPDATE of a callback with several outputs becomes one per output.
 * @param {unknown} result @param {Host} host @param {unknown} outputsList
 */
export function toDash(result, host, outputsList) {
  if (result === SKIPPED || result === PREVENT_UPDATE) throw host.preventUpdate();
  if (result === NO_UPDATE) {
    return Array.isArray(outputsList) ? outputsList.map(() => host.noUpdate()) : host.noUpdate();
  }
  if (Array.isArray(result) && result.some((item) => item === NO_UPDATE || Array.isArray(item))) {
    return result.map((item) =>
      item === NO_UPDATE ? host.noUpdate() : Array.isArray(item) ? item.map((x) => (x === NO_UPDATE ? host.noUpdate() : x)) : item,
    );
  }
  return result;
}

/**
 * What a call that threw gives: the invalid result and one warning per binding (or, for a chain
 * step that reports it, the exception again: `raise`).
 * @param {any} def @param {Compiled} compiled @param {unknown} error @param {Host} host @param {boolean} raise
 */
function failed(def, compiled, error, host, raise) {
  if (raise) throw error;
  if (!compiled.warned) {
    compiled.warned = true;
    host.warn(`dashclient: ${def.where} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  return invalidResult(def, compiled.options);
}

/**
 * Run a compiled function; an exception becomes the invalid result and one warning (or, for a
 * chain step that reports it, is thrown: `raise`).
 * @param {any} def @param {Compiled} compiled @param {unknown[]} args @param {Host} host
 * @param {boolean} [raise]
 */
function runSafely(def, compiled, args, host, raise = false) {
  if (compiled.error !== null && raise) throw new Error(compiled.error);
  if (compiled.error !== null) {
    if (!compiled.warned) {
      compiled.warned = true;
      host.warn(`dashclient: ${compiled.error}`);
    }
    return invalidResult(def, compiled.options);
  }
  const fail = (/** @type {unknown} */ error) => failed(def, compiled, error, host, raise);
  try {
    const result = compiled.run(...args);
    return isPromise(result) ? result.catch(fail) : result;
  } catch (error) {
    return fail(error);
  }
}

/**
 * `dash_clientside.<namespace>.<name>(...values, options, context)`.
 * With a fixed number of values, options and context may be left out (defaults; the live
 * callback context). With any number of values, options are required after them (and the
 * context after those, when the function reads it).
 * @param {any} def @param {Record<string, any>} types @param {Host} host
 */
export function publicFunction(def, types, host) {
  const byObject = new WeakMap();
  /** @type {Cache<Compiled>} */
  const byJson = new Cache();
  const uncached = uncachedOf(def);
  const perCall = { warned: false };
  const compiledFor = (/** @type {unknown} */ given) => {
    if (given === undefined || given === null) given = {};
    if (typeof given !== "object" || Array.isArray(given)) {
      return invalidCompiled(`${def.where}: options must be an object, got ${safeKey(given)}`);
    }
    const options = /** @type {Record<string, unknown>} */ (given);
    if (Object.keys(options).some((name) => uncached.has(name) && options[name] !== undefined)) {
      return compileForOneCall(def, types, options, perCall);
    }
    let compiled = byObject.get(given);
    if (!compiled) {
      compiled = byJson.get(safeKey(given), () => compileOptions(def, types, /** @type {any} */ (given)));
      byObject.set(given, compiled);
    }
    return compiled;
  };
  const { values, context: wantsContext } = def.signature;
  return (/** @type {unknown[]} */ ...args) => {
    let given, context, valueArgs;
    if (values === "any") {
      const tail = wantsContext ? 2 : 1;
      valueArgs = args.slice(0, Math.max(0, args.length - tail));
      given = args[valueArgs.length];
      context = args[valueArgs.length + 1];
    } else {
      valueArgs = args.slice(0, values);
      while (valueArgs.length < values) valueArgs.push(undefined);
      given = args[values];
      context = args[values + 1];
    }
    const compiled = compiledFor(given);
    if (wantsContext) valueArgs.push(context === undefined ? snapshot(host.liveContext()) : context);
    // Called from a user's own clientside callback, the result must carry Dash's own sentinels.
    return settled(runSafely(def, compiled, valueArgs, host), host, undefined);
  };
}

/** A cache key for an options object; distinct for anything JSON cannot tell apart is fine (a miss). */
function safeKey(/** @type {unknown} */ value) {
  try {
    return JSON.stringify(value) ?? "undefined";
  } catch (_) {
    return `unserialisable:${Math.random()}`;
  }
}

/** @param {unknown} value */
const isArgRef = (value) =>
  value !== null && typeof value === "object" && !Array.isArray(value) && Object.keys(value).length === 1 && Number.isInteger(/** @type {any} */ (value).$arg);

/**
 * The definition a bound name with `"$role"` stands for: the same schema, the role's compile
 * (define.js), given the bound name's `$` settings. An unknown role is an invalid binding.
 * @param {any} def @param {Record<string, any>} bound
 */
function roleDefinition(def, bound) {
  const role = def.roles && Object.prototype.hasOwnProperty.call(def.roles, bound.$role) ? def.roles[bound.$role] : null;
  const settings = Object.fromEntries(Object.entries(bound).filter(([name]) => name.startsWith("$")));
  const compile = role
    ? (/** @type {any} */ options) => role(options, settings)
    : () => {
        throw new Error(`${def.where} has no role ${JSON.stringify(bound.$role)}`);
      };
  return { ...def, compile };
}

/**
 * What a bound name resolves to: `name:{...options, "$debounce"?: ms, "$throttle"?: ms, "$id"?: ...,
 * "$role"?: name}` where an option may be `{"$arg": i}`: the i-th argument Dash passes (an Input or
 * State the Python side appended for that option). A role (define.js) receives every argument.
 * @param {any} def @param {Record<string, any>} types @param {Host} host @param {Record<string, any>} bound
 */
export function boundFunction(def, types, host, bound) {
  const hasRole = typeof bound.$role === "string";
  if (hasRole) def = roleDefinition(def, bound);
  /** @type {Record<string, unknown>} */
  const constants = {};
  /** @type {[string, number][]} */
  const fromPage = [];
  for (const [name, value] of Object.entries(bound)) {
    if (name.startsWith("$")) continue;
    if (isArgRef(value)) fromPage.push([name, /** @type {any} */ (value).$arg]);
    else constants[name] = value;
  }
  const pageIndexes = new Set(fromPage.map(([, i]) => i));
  const fixed = fromPage.length === 0 ? compileOptions(def, types, constants) : null;
  /** @type {Cache<Compiled>} */
  const perPage = new Cache();
  const uncached = uncachedOf(def);
  const everyCall = fromPage.some(([name]) => uncached.has(name));
  const perCall = { warned: false };
  const gate = bound.$debounce > 0 ? debounce(bound.$debounce) : bound.$throttle > 0 ? throttle(bound.$throttle) : null;

  const general = (/** @type {unknown[]} */ ...args) => {
    // Only a function reading the context, or a gate (which runs later), needs the snapshot: page
    // values can be large (a figure), and cloning them on every call is what they must not cost.
    const context = def.signature.context || gate ? snapshot(host.liveContext()) : null;
    let compiled = fixed;
    let valueArgs = args;
    if (compiled === null) {
      /** @type {Record<string, unknown>} */
      const options = { ...constants };
      // An unset prop arrives as undefined here and as None in Python: both halves see null.
      for (const [name, index] of fromPage) options[name] = args[index] === undefined ? null : args[index];
      compiled = everyCall
        ? compileForOneCall(def, types, options, perCall)
        : perPage.get(safeKey(fromPage.map(([name]) => options[name])), () => compileOptions(def, types, options));
      if (!hasRole) valueArgs = args.filter((_, i) => !pageIndexes.has(i));
    }
    const callArgs = def.signature.context ? [...valueArgs, context] : valueArgs;
    const outputs = context ? context.outputs_list : host.liveContext() && /** @type {any} */ (host.liveContext()).outputs_list;
    const run = () => runSafely(def, /** @type {Compiled} */ (compiled), callArgs, host, bound.$raise === true);
    return settled(gate ? gate(run) : run(), host, outputs);
  };
  if (fixed === null || fixed.error !== null || gate || def.signature.context || hasRole || bound.$raise === true) {
    return general;
  }
  // The common case, a table cell or a label: constant, valid options and one value. Its per-call
  // path is the compiled function and one type check (benchmarks/binding_overhead.py).
  const run = /** @type {(value: unknown) => unknown} */ (fixed.run);
  return function bound(/** @type {unknown} */ value) {
    if (arguments.length !== 1) return general(...arguments);
    let result;
    try {
      result = run(value);
    } catch (error) {
      result = failed(def, /** @type {Compiled} */ (fixed), error, host, false);
    }
    if (typeof result === "string") return result;
    if (isPromise(result)) result = result.catch((error) => failed(def, /** @type {Compiled} */ (fixed), error, host, false));
    const live = host.liveContext();
    return settled(result, host, live && /** @type {any} */ (live).outputs_list);
  };
}

/** @param {unknown} value @returns {value is Promise<unknown>} */
const isPromise = (value) => Boolean(value) && typeof (/** @type {any} */ (value).then) === "function";

/**
 * A result as Dash takes it (toDash), once it is there.
 * @param {unknown} result @param {Host} host @param {unknown} outputs
 */
function settled(result, host, outputs) {
  return isPromise(result) ? result.then((value) => toDash(value, host, outputs)) : toDash(result, host, outputs);
}
