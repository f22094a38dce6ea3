// @ts-check
// dashclient_dispatch: registered now so the namespace exists; its functions land with the dispatch issue.

/** Functions of the namespace, by their public (snake_case) names. */
export const FUNCTIONS = {};

/** Default options of each function. */
export const DEFAULTS = {};
