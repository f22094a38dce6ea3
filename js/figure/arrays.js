// @ts-check
// A trace attribute's values as a plain list: a JSON list, or a typed array as plotly.py (6+)
// writes numpy arrays into a figure's JSON, {"dtype": "f8", "bdata": "<base64>", "shape": "3"}
// (little-endian, as plotly.js reads it). Twin: dashclient/_figure/arrays.py.

/** @type {Record<string, any>} */
const TYPED = {
  i1: Int8Array, u1: Uint8Array, u1c: Uint8ClampedArray, i2: Int16Array, u2: Uint16Array,
  i4: Int32Array, u4: Uint32Array, f4: Float32Array, f8: Float64Array,
};

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** @param {unknown} value */
const isDict = (value) => value !== null && typeof value === "object" && !Array.isArray(value);

/** @param {unknown} value */
export const isTypedArraySpec = (value) =>
  isDict(value) && typeof (/** @type {any} */ (value).dtype) === "string" && typeof (/** @type {any} */ (value).bdata) === "string";

/**
 * The values of a typed array spec; throws for an unknown dtype, bad base64, a byte count that is
 * not a whole number of items, or more than one dimension.
 * @param {{dtype: string, bdata: string, shape?: unknown}} spec
 * @returns {number[]}
 */
export function decodeTypedArray(spec) {
  const Kind = TYPED[spec.dtype];
  if (!Kind) throw new Error(`typed array dtype ${JSON.stringify(spec.dtype)} is not one of ${Object.keys(TYPED).join(", ")}`);
  if (spec.shape !== undefined && String(spec.shape).includes(",")) {
    throw new Error(`typed array of shape ${JSON.stringify(spec.shape)}: only one dimension is formatted`);
  }
  // Strict base64, as Python's b64decode(validate=True) reads it (atob alone forgives missing padding).
  if (spec.bdata.length % 4 !== 0 || !BASE64.test(spec.bdata)) throw new Error(`typed array ${spec.dtype}: bad base64`);
  const text = atob(spec.bdata);
  if (text.length % Kind.BYTES_PER_ELEMENT !== 0) throw new Error(`typed array ${spec.dtype}: ${text.length} bytes`);
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return Array.from(new Kind(bytes.buffer));
}

/**
 * A trace attribute as a list of values, or null when it holds none (missing, or not a list).
 * @param {unknown} value @returns {unknown[] | null}
 */
export function valuesOf(value) {
  if (Array.isArray(value)) return value;
  if (isTypedArraySpec(value)) return decodeTypedArray(/** @type {any} */ (value));
  return null;
}
