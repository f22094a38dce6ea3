// @ts-check
// dashclient_patch: registered now so the namespace exists; its functions land with the patch issue.

/** Functions of the namespace, by their public (snake_case) names. */
export const FUNCTIONS = {};

/** Default options of each function. */
export const DEFAULTS = {};
