/**
 * Versions that client and server compare. The protocol version changes when the shape of
 * the API changes in a way an old client cannot follow; the server answers "update required"
 * to clients below MIN_SUPPORTED_PROTOCOL_VERSION (see ARCHITECTURE.md, "Versions").
 */
export const PROTOCOL_VERSION = 2;
/**
 * 2: status changes carry an id, and the server sets who and when of every list entry. An
 * app of version 1 would refuse its own status step on a pulled initiative whose history holds
 * ids (its schema knows no such field), so it is asked to update; its outbox waits meanwhile
 * and the updated app sends it as it is (id-less entries are still accepted).
 */
export const MIN_SUPPORTED_PROTOCOL_VERSION = 2;
