// @ts-check
// The Patch JSON Dash applies, built without a page: what `new dash_clientside.Patch()` builds
// (Dash 4.4.1 dash-renderer, PatchBuilder), operation for operation and key for key, so node can
// build and test patches; the browser test compares the two. dash.Patch (Python) emits the same
// operations; only Insert's params differ in key order there ({value, index}).

/** @typedef {(string | number)[]} Location */
/** @typedef {{operation: string, location: Location, params: Record<string, unknown>}} Operation */

export const PATCH_MARKER = "__dash_patch_update";

export class PatchBuilder {
  constructor() {
    /** @type {Operation[]} */
    this.operations = [];
  }

  /** @param {string} operation @param {Location} location @param {Record<string, unknown>} params */
  push(operation, location, params) {
    this.operations.push({ operation, location: [...location], params });
    return this;
  }

  /** @param {Location} location @param {unknown} value */
  assign(location, value) {
    return this.push("Assign", location, { value });
  }

  /** @param {Location} location @param {unknown} value */
  merge(location, value) {
    return this.push("Merge", location, { value });
  }

  /** @param {Location} location @param {unknown[]} value */
  extend(location, value) {
    return this.push("Extend", location, { value });
  }

  /** @param {Location} location */
  delete(location) {
    return this.push("Delete", location, {});
  }

  /** @param {Location} location @param {number} index @param {unknown} value */
  insert(location, index, value) {
    return this.push("Insert", location, { index, value });
  }

  /** @param {Location} location @param {unknown} value */
  append(location, value) {
    return this.push("Append", location, { value });
  }

  /** @param {Location} location @param {unknown} value */
  prepend(location, value) {
    return this.push("Prepend", location, { value });
  }

  /** @param {Location} location @param {number} value */
  add(location, value) {
    return this.push("Add", location, { value });
  }

  /** @param {Location} location */
  clear(location) {
    return this.push("Clear", location, {});
  }

  /** @param {Location} location @param {unknown} value */
  remove(location, value) {
    return this.push("Remove", location, { value });
  }

  build() {
    return { [PATCH_MARKER]: PATCH_MARKER, operations: this.operations };
  }
}
