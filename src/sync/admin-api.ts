import * as v from 'valibot';
import {
  AdminUserSchema,
  DeviceSessionSchema,
  InviteAnswerSchema,
  type AdminUser,
  type DeviceSession,
  type InviteAnswer,
  type InviteUserRequest,
  type UpdateUserRequest,
} from '../shared/auth-api.ts';
import type { FeedbackTerm } from '../shared/dates/feedback-deadline.ts';
import { FeedbackTermSchema } from '../shared/feedback-term.ts';
import {
  KernSchema,
  OrganisationKindSchema,
  type CreateKernRequest,
  type Kern,
  type OrganisationKind,
  type UpdateKernRequest,
  type UpdateOrganisationKindRequest,
} from '../shared/reference-data.ts';
import {
  AcceptAnswerSchema,
  QuarantineEntrySchema,
  type AcceptAnswer,
  type QuarantineEntry,
} from '../shared/quarantine-api.ts';
import type { AuthClient } from './auth-client.ts';

const SetupLinkSchema = v.strictObject({ setupLink: v.string(), setupLinkExpiresAt: v.number() });

/**
 * The beheer screens' calls. Managing accounts needs the server (it decides who may do what),
 * so these are online only; every answer is checked against the shared schema.
 */
export class AdminApi {
  constructor(private readonly auth: AuthClient) {}

  async users(): Promise<AdminUser[]> {
    return v.parse(v.array(AdminUserSchema), await this.auth.request('/api/admin/users'));
  }

  async invite(request: InviteUserRequest): Promise<InviteAnswer> {
    const answer = await this.auth.request('/api/admin/users', { method: 'POST', body: request });
    return v.parse(InviteAnswerSchema, answer);
  }

  async updateUser(id: string, change: UpdateUserRequest): Promise<AdminUser> {
    const answer = await this.auth.request(`/api/admin/users/${id}`, {
      method: 'PATCH',
      body: change,
    });
    return v.parse(AdminUserSchema, answer);
  }

  async newSetupLink(id: string): Promise<{ setupLink: string; setupLinkExpiresAt: number }> {
    const answer = await this.auth.request(`/api/admin/users/${id}/setup-link`, {
      method: 'POST',
      body: {},
    });
    return v.parse(SetupLinkSchema, answer);
  }

  async sessions(userId: string): Promise<DeviceSession[]> {
    const answer = await this.auth.request(`/api/admin/users/${userId}/sessions`);
    return v.parse(v.array(DeviceSessionSchema), answer);
  }

  async revokeSession(sessionId: string): Promise<void> {
    await this.auth.request(`/api/admin/sessions/${sessionId}/revoke`, {
      method: 'POST',
      body: {},
    });
  }

  async revokeAllSessions(userId: string): Promise<void> {
    await this.auth.request(`/api/admin/users/${userId}/revoke-sessions`, {
      method: 'POST',
      body: {},
    });
  }

  /** Outboxes of revoked devices, delivered for review (newest first). */
  async quarantine(): Promise<QuarantineEntry[]> {
    const answer = await this.auth.request('/api/admin/quarantine');
    return v.parse(v.array(QuarantineEntrySchema), answer);
  }

  async acceptQuarantined(id: string): Promise<AcceptAnswer> {
    const answer = await this.auth.request(`/api/admin/quarantine/${id}/accept`, {
      method: 'POST',
      body: {},
    });
    return v.parse(AcceptAnswerSchema, answer);
  }

  async discardQuarantined(id: string): Promise<void> {
    await this.auth.request(`/api/admin/quarantine/${id}/discard`, { method: 'POST', body: {} });
  }

  async kernen(): Promise<Kern[]> {
    return v.parse(v.array(KernSchema), await this.auth.request('/api/kernen'));
  }

  async createKern(request: CreateKernRequest): Promise<Kern> {
    const answer = await this.auth.request('/api/admin/kernen', { method: 'POST', body: request });
    return v.parse(KernSchema, answer);
  }

  async updateKern(id: string, change: UpdateKernRequest): Promise<Kern> {
    const answer = await this.auth.request(`/api/admin/kernen/${id}`, {
      method: 'PATCH',
      body: change,
    });
    return v.parse(KernSchema, answer);
  }

  async organisationKinds(): Promise<OrganisationKind[]> {
    const answer = await this.auth.request('/api/organisation-kinds');
    return v.parse(v.array(OrganisationKindSchema), answer);
  }

  async createOrganisationKind(name: string): Promise<OrganisationKind> {
    const answer = await this.auth.request('/api/admin/organisation-kinds', {
      method: 'POST',
      body: { name },
    });
    return v.parse(OrganisationKindSchema, answer);
  }

  async updateOrganisationKind(
    id: string,
    change: UpdateOrganisationKindRequest,
  ): Promise<OrganisationKind> {
    const answer = await this.auth.request(`/api/admin/organisation-kinds/${id}`, {
      method: 'PATCH',
      body: change,
    });
    return v.parse(OrganisationKindSchema, answer);
  }

  async feedbackTerm(): Promise<FeedbackTerm> {
    return v.parse(FeedbackTermSchema, await this.auth.request('/api/feedback-term'));
  }

  async setFeedbackTerm(term: FeedbackTerm): Promise<FeedbackTerm> {
    const answer = await this.auth.request('/api/admin/feedback-term', {
      method: 'PUT',
      body: term,
    });
    return v.parse(FeedbackTermSchema, answer);
  }
}
