import { PERMISSION_REASONS, type PermissionReason, type Refusal } from './write-permission.ts';

/**
 * How a refusal travels in a rejected mutation's `detail`: the reason code, then the field it
 * concerns ("outside-your-kernen", "fixed-field: authorId"). The author's device reads the
 * code back to say in words why the server refused.
 */
export function refusalDetail(refusal: Refusal): string {
  return refusal.field ? `${refusal.reason}: ${refusal.field}` : refusal.reason;
}

/** The permission reason of a rejection's detail; null when it holds none (an older server). */
export function refusalReasonOf(detail: string): PermissionReason | null {
  const code = detail.split(':', 1)[0] ?? '';
  return (PERMISSION_REASONS as readonly string[]).includes(code)
    ? (code as PermissionReason)
    : null;
}
