import * as v from 'valibot';
import type {
  AccessLogLine,
  ErasureRequest,
  ErasureResponse,
  MentionsResponse,
  RetentionPreview,
  RetentionSettings,
} from '../shared/privacy/privacy-api.ts';
import type { AuthClient } from './auth-client.ts';

const MentionSchema = v.object({
  table: v.string(),
  recordId: v.string(),
  field: v.string(),
  entryId: v.nullable(v.string()),
  text: v.string(),
  current: v.boolean(),
});
const MentionsSchema = v.object({
  person: v.object({ id: v.string(), name: v.string(), kernId: v.string() }),
  mentions: v.array(MentionSchema),
});
const AccessSchema = v.array(
  v.object({
    userId: v.string(),
    userName: v.string(),
    day: v.string(),
    via: v.picklist(['pull', 'export']),
    rows: v.number(),
  }),
);
const TermSchema = v.nullable(v.number());
const PreviewSchema = v.object({
  settings: v.object({
    inactivePeopleMonths: TermSchema,
    visitNotesMonths: TermSchema,
    finishedInitiativeMonths: TermSchema,
    accessLogMonths: v.number(),
  }),
  lastRun: v.nullable(v.number()),
  due: v.object({
    people: v.array(v.object({ id: v.string(), name: v.string() })),
    visitNotes: v.number(),
    initiatives: v.number(),
    accessLogEntries: v.number(),
  }),
});

/** The privacy screens' calls (online only: the server holds what devices never see). */
export class PrivacyClient {
  constructor(private readonly auth: AuthClient) {}

  async mentions(personId: string): Promise<MentionsResponse> {
    const answer = await this.auth.request(`/api/privacy/people/${personId}/mentions`);
    return v.parse(MentionsSchema, answer) as MentionsResponse;
  }

  async erase(personId: string, request: ErasureRequest): Promise<ErasureResponse> {
    const answer = await this.auth.request(`/api/privacy/people/${personId}/erase`, {
      method: 'POST',
      body: request,
    });
    return v.parse(v.object({ records: v.number() }), answer);
  }

  async access(personId: string): Promise<AccessLogLine[]> {
    return v.parse(AccessSchema, await this.auth.request(`/api/privacy/people/${personId}/access`));
  }

  /** The export as JSON (the HTML version is made from it on the device, exportHtml). */
  async exportData(personId: string): Promise<unknown> {
    return this.auth.request(`/api/privacy/people/${personId}/export`);
  }

  async retention(): Promise<RetentionPreview> {
    return v.parse(PreviewSchema, await this.auth.request('/api/admin/retention'));
  }

  async setRetention(settings: RetentionSettings): Promise<RetentionPreview> {
    const answer = await this.auth.request('/api/admin/retention', {
      method: 'PUT',
      body: settings,
    });
    return v.parse(PreviewSchema, answer);
  }
}
