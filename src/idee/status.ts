import { normaliseIdeaCode } from '../shared/ideas/idea-code.ts';
import type { IdeaStatusView } from '../shared/ideas/idea-status.ts';
import { newId } from '../shared/ids.ts';
import { h, show } from './dom.ts';
import { rememberedStatus, rememberStatus } from './queue.ts';
import { longDate, type IdeeLanguage, type IdeeText } from './text.ts';

type Fetched =
  | { kind: 'view'; view: IdeaStatusView; at: number; offline: boolean }
  | { kind: 'unknown' | 'too-many' | 'offline' };

async function post(path: string, body: object): Promise<Response> {
  return fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
}

/** The state now, or offline the last one this phone fetched (with that moment's date). */
async function fetchStatus(code: string): Promise<Fetched> {
  try {
    const response = await post('/api/ideas/status', { code });
    if (response.status === 404) return { kind: 'unknown' };
    if (response.status === 429) return { kind: 'too-many' };
    if (response.ok) {
      const view = (await response.json()) as IdeaStatusView;
      const at = Date.now();
      await rememberStatus(code, view, at);
      return { kind: 'view', view, at, offline: false };
    }
  } catch {
    // Offline: below.
  }
  const remembered = await rememberedStatus(code);
  return remembered
    ? { kind: 'view', view: remembered.view as IdeaStatusView, at: remembered.at, offline: true }
    : { kind: 'offline' };
}

/** The status page at /idee/<code>, or the code box at /idee/code. */
export async function showStatus(
  root: HTMLElement,
  t: IdeeText,
  language: IdeeLanguage,
  typed: string,
): Promise<void> {
  const code = normaliseIdeaCode(decodeURIComponent(typed));
  const lookup = h(
    'form',
    {
      onsubmit: (event: Event) => {
        event.preventDefault();
        const entered = (lookup.querySelector('input')?.value ?? '').trim();
        location.assign(`/idee/${encodeURIComponent(entered)}`);
      },
    },
    h('label', { for: 'code' }, t.lookupLabel),
    h('input', {
      id: 'code',
      name: 'code',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
    }),
    h('button', { type: 'submit', class: 'idee-button' }, t.lookup),
  );
  const result = code ? await fetchStatus(code) : ({ kind: 'unknown' } as const);
  if (result.kind !== 'view' || !code) {
    const words =
      result.kind === 'too-many'
        ? t.tooMany
        : result.kind === 'offline'
          ? t.offlineAction
          : t.unknownCode;
    show(root, h('h1', {}, t.statusTitle), typed ? h('p', { role: 'alert' }, words) : null, lookup);
    return;
  }
  const { view } = result;
  const date = (d: string) => longDate(d, language);
  const feedback = h('p', { role: 'status', class: 'idee-state' });
  const act = async (path: string, body: object, done: string) => {
    try {
      const response = await post(path, { code, ...body });
      if (!response.ok) throw new Error(String(response.status));
      feedback.textContent = done;
      setTimeout(() => void showStatus(root, t, language, code), 1200);
    } catch {
      feedback.textContent = navigator.onLine ? t.failed : t.offlineAction;
    }
  };
  const open = view.state === 'open';
  const textarea = (id: string, max: number) =>
    h('textarea', { id, name: id, rows: 3, maxlength: max });
  show(
    root,
    h('h1', {}, view.title || t.statusTitle),
    result.offline
      ? h(
          'p',
          { class: 'idee-offline', role: 'status' },
          `${t.offlineState} ${new Date(result.at).toLocaleString(language === 'en' ? 'en-GB' : 'nl-NL')}.`,
        )
      : null,
    view.state === 'duplicate' ? h('p', {}, t.duplicate) : null,
    h('h2', {}, t.steps),
    h(
      'ol',
      { class: 'idee-steps' },
      ...view.steps.map((step) =>
        h('li', {}, h('strong', {}, t.stepNames[step.status]), ` – ${date(step.date)}`),
      ),
    ),
    view.state !== 'duplicate'
      ? h(
          'div',
          {},
          h('h2', {}, t.contact),
          h(
            'p',
            {},
            view.contact
              ? `${view.contact.firstName}, ${t.connectorOf} ${view.contact.kern ?? view.kern ?? ''}`.replace(
                  /,? $/,
                  '',
                )
              : t.noContactYet,
          ),
          open ? h('p', {}, `${t.hearBack} ${date(view.hearBackBy)}.`) : null,
        )
      : null,
    view.feedback.length > 0
      ? h(
          'div',
          {},
          h('h2', {}, t.news),
          h(
            'ul',
            { class: 'idee-news' },
            ...view.feedback.map((f) =>
              h('li', {}, h('strong', {}, date(f.date)), h('br'), f.summary),
            ),
          ),
        )
      : null,
    view.messages.length > 0
      ? h(
          'div',
          {},
          h('h2', {}, t.yourMessages),
          h(
            'ul',
            { class: 'idee-news' },
            ...view.messages.map((m) =>
              h('li', {}, h('strong', {}, date(m.date)), h('br'), m.text),
            ),
          ),
        )
      : null,
    feedback,
    open
      ? h(
          'form',
          {
            onsubmit: (event: Event) => {
              event.preventDefault();
              const text = (
                root.querySelector<HTMLTextAreaElement>('#message')?.value ?? ''
              ).trim();
              if (text) void act('/api/ideas/message', { id: newId(), text }, t.messageSent);
            },
          },
          h('label', { for: 'message' }, t.message),
          textarea('message', 1000),
          h('button', { type: 'submit', class: 'idee-button' }, t.sendMessage),
        )
      : null,
    open
      ? h(
          'details',
          {},
          h('summary', {}, t.withdraw),
          h(
            'form',
            {
              onsubmit: (event: Event) => {
                event.preventDefault();
                const reason = (
                  root.querySelector<HTMLTextAreaElement>('#reason')?.value ?? ''
                ).trim();
                void act('/api/ideas/withdraw', { reason }, t.withdrawn);
              },
            },
            h('label', { for: 'reason' }, t.withdrawReason),
            textarea('reason', 1000),
            h('button', { type: 'submit', class: 'idee-button idee-secondary' }, t.withdrawConfirm),
          ),
        )
      : null,
    view.asksSatisfaction
      ? h(
          'form',
          {
            onsubmit: (event: Event) => {
              event.preventDefault();
              const score = Number(
                root.querySelector<HTMLInputElement>('input[name="score"]:checked')?.value ?? 0,
              );
              const comment = (
                root.querySelector<HTMLTextAreaElement>('#comment')?.value ?? ''
              ).trim();
              if (score > 0)
                void act('/api/ideas/satisfaction', { score, comment }, t.thanksAnswer);
            },
          },
          h(
            'fieldset',
            {},
            h('legend', {}, t.satisfaction),
            ...t.scores.map((label, i) =>
              h(
                'div',
                { class: 'idee-choice' },
                h('input', { type: 'radio', name: 'score', id: `score-${i + 1}`, value: i + 1 }),
                h('label', { for: `score-${i + 1}` }, label),
              ),
            ),
          ),
          h('label', { for: 'comment' }, t.comment),
          textarea('comment', 1000),
          h('button', { type: 'submit', class: 'idee-button' }, t.sendAnswer),
        )
      : null,
    view.satisfaction ? h('p', {}, t.thanksAnswer) : null,
  );
}
