/**
 * Versions that client and server compare. The protocol version changes when the shape of
 * the API changes in a way an old client cannot follow; the server answers "update required"
 * to clients below MIN_SUPPORTED_PROTOCOL_VERSION (see ARCHITECTURE.md, "Versions").
 */
export const PROTOCOL_VERSION = 1;
export const MIN_SUPPORTED_PROTOCOL_VERSION = 1;
