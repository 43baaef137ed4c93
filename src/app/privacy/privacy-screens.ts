/**
 * The privacy screens as one lazy chunk: rarely opened, and one chunk keeps the first
 * bundle's list of chunks to preload (and so its size) short.
 */
export { PersonPrivacyScreen } from './PersonPrivacyScreen.tsx';
export { RetentionAdminScreen } from './RetentionAdminScreen.tsx';
