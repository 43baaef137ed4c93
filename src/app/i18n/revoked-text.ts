import type { FailureReason } from '../../sync/api-client.ts';
import { translate, useI18n } from './i18n.tsx';
import type { MessageKey } from './messages-nl.ts';
import { revokedEn } from './revoked-messages-en.ts';
import { revokedNl, type RevokedMessageKey } from './revoked-messages-nl.ts';

export type RevokedTextKey = MessageKey | RevokedMessageKey;

const isRevokedKey = (key: RevokedTextKey): key is RevokedMessageKey =>
  Object.hasOwn(revokedNl, key);

/** Why a delivery failed, in the revoked screen's own words. */
export const DELIVERY_FAILURES: Partial<Record<FailureReason, RevokedMessageKey>> = {
  'delivery-refused': 'revoked.failure.deliveryRefused',
  'delivery-expired': 'revoked.failure.deliveryExpired',
  'already-delivered': 'revoked.failure.alreadyDelivered',
  'payload-too-large': 'revoked.failure.tooMuchToDeliver',
};

/**
 * `t` of the revoked-device screen: the main catalogue plus its own words. Few devices ever
 * show it, so its words stay out of the first bundle.
 */
export function useRevokedText() {
  const i18n = useI18n();
  const messages = i18n.language === 'en' ? revokedEn : revokedNl;
  const t = (key: RevokedTextKey, values?: Record<string, string>): string =>
    isRevokedKey(key) ? translate(messages, key, values) : i18n.t(key, values);
  return { ...i18n, t };
}
