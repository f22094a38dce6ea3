// @ts-check
// dashclient_patch: registered now so the namespace exists; its functions land with the patch issue.

/** Definitions of the namespace's functions, by their public (snake_case) names. */
export const DEFINITIONS = {};

/** The domain types of their options. */
export const TYPES = {};
