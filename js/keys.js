// @ts-check
// dashclient_keys: registered now so the namespace exists; its functions land with the keys issue.

/** Functions of the namespace, by their public (snake_case) names. */
export const FUNCTIONS = {};

/** Default options of each function. */
export const DEFAULTS = {};
