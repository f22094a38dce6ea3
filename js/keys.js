// @ts-check
// dashclient_keys: registered now so the namespace exists; its functions land with the keys issue.

/** Definitions of the namespace's functions, by their public (snake_case) names. */
export const DEFINITIONS = {};

/** The domain types of their options. */
export const TYPES = {};
