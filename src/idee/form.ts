import * as v from 'valibot';
import { newIdeaCode } from '../shared/ideas/idea-code.ts';
import {
  IDEA_HELP_KINDS,
  IDEA_INVOLVED,
  IDEA_LIMITS,
  ideaProblems,
  IdeaSubmissionSchema,
  UNKNOWN_KERN,
  type IdeaPhoto,
} from '../shared/ideas/idea-schema.ts';
import { newId } from '../shared/ids.ts';
import { h, show } from './dom.ts';
import { preparePhoto } from './photos.ts';
import {
  askBackgroundSync,
  enqueue,
  flushQueue,
  rememberedKernen,
  rememberKernen,
} from './queue.ts';
import type { IdeeLanguage, IdeeText } from './text.ts';

interface KernList {
  mail: boolean;
  kernen: { id: string; name: string }[];
}

async function loadKernen(): Promise<KernList> {
  try {
    const response = await fetch('/api/ideas/kernen');
    if (response.ok) {
      const list = (await response.json()) as KernList;
      await rememberKernen(list);
      return list;
    }
  } catch {
    // Offline: the list from the last visit.
  }
  return ((await rememberedKernen()) as KernList | undefined) ?? { mail: false, kernen: [] };
}

const field = (id: string, label: string, control: HTMLElement, hint?: string) =>
  h(
    'div',
    { class: 'idee-field', id: `field-${id}` },
    h('label', { for: id }, label),
    hint ? h('p', { class: 'idee-hint', id: `hint-${id}` }, hint) : null,
    h('p', { class: 'idee-error', id: `error-${id}`, hidden: true }),
    control,
  );

function choices(
  id: string,
  legend: string,
  type: 'checkbox' | 'radio',
  options: readonly string[],
  labels: Record<string, string>,
  hint?: string,
) {
  return h(
    'fieldset',
    { class: 'idee-field', id: `field-${id}`, 'aria-describedby': hint ? `hint-${id}` : undefined },
    h('legend', {}, legend),
    hint ? h('p', { class: 'idee-hint', id: `hint-${id}` }, hint) : null,
    h('p', { class: 'idee-error', id: `error-${id}`, hidden: true }),
    ...options.map((value, i) =>
      h(
        'div',
        { class: 'idee-choice' },
        h('input', { type, id: `${id}-${i}`, name: id, value }),
        h('label', { for: `${id}-${i}` }, labels[value] ?? value),
      ),
    ),
  );
}

/** The idea form: few plain questions, checked with the server's own schema before sending. */
export async function showForm(
  root: HTMLElement,
  t: IdeeText,
  language: IdeeLanguage,
): Promise<void> {
  const openedAt = Date.now();
  const list = await loadKernen();
  const preselect = new URLSearchParams(location.search).get('kern');
  const kern = h(
    'select',
    { id: 'kern', name: 'kern', required: true },
    h('option', { value: '' }, t.choose),
    ...list.kernen.map((k) => h('option', { value: k.id, selected: k.id === preselect }, k.name)),
    h('option', { value: UNKNOWN_KERN }, t.kernUnknown),
  );
  const input = (id: string, type: string, max: number, extra: Record<string, string> = {}) =>
    h('input', { id, name: id, type, maxlength: max, ...extra });
  const summary = h('div', { class: 'idee-summary', role: 'alert', hidden: true });
  const photos = h('input', {
    id: 'photos',
    name: 'photos',
    type: 'file',
    accept: 'image/*',
    multiple: true,
  });
  const button = h('button', { type: 'submit', class: 'idee-button' }, t.send);
  const form = h(
    'form',
    { novalidate: true, onsubmit: (event: Event) => void submit(event) },
    summary,
    field('kern', t.kern, kern),
    field(
      'title',
      t.title,
      input('title', 'text', IDEA_LIMITS.title, { 'aria-describedby': 'hint-title' }),
      t.titleHint,
    ),
    field(
      'description',
      t.description,
      h('textarea', {
        id: 'description',
        name: 'description',
        rows: 5,
        maxlength: IDEA_LIMITS.description,
      }),
    ),
    choices('help', t.help, 'checkbox', IDEA_HELP_KINDS, t.helpKinds, t.helpHint),
    field('helpOther', t.helpOther, input('helpOther', 'text', IDEA_LIMITS.helpOther)),
    choices('involved', t.involved, 'radio', IDEA_INVOLVED, t.involvedKinds),
    field('name', t.name, input('name', 'text', IDEA_LIMITS.name, { autocomplete: 'name' })),
    h('p', { class: 'idee-hint', id: 'hint-contact' }, t.contactHint),
    field(
      'email',
      t.email,
      input('email', 'email', IDEA_LIMITS.email, {
        autocomplete: 'email',
        'aria-describedby': 'hint-contact',
      }),
    ),
    field(
      'phone',
      t.phone,
      input('phone', 'tel', IDEA_LIMITS.phone, {
        autocomplete: 'tel',
        'aria-describedby': 'hint-contact',
      }),
    ),
    field('photos', t.photos, photos, t.photosHint),
    h(
      'div',
      { class: 'idee-hp', 'aria-hidden': 'true' },
      h('label', { for: 'website' }, t.website),
      input('website', 'text', 200, { tabindex: '-1', autocomplete: 'off' }),
    ),
    h('h2', {}, t.privacyTitle),
    h('p', {}, t.privacy),
    h(
      'div',
      { class: 'idee-field idee-choice', id: 'field-consent' },
      h('p', { class: 'idee-error', id: 'error-consent', hidden: true }),
      h('input', { type: 'checkbox', id: 'consent', name: 'consent' }),
      h('label', { for: 'consent' }, t.consent),
    ),
    button,
  );
  show(root, h('h1', {}, t.formTitle), h('p', {}, t.formIntro), form);

  const value = (id: string) =>
    (form.querySelector<HTMLInputElement>(`#${id}`)?.value ?? '').trim();
  const checked = (name: string) =>
    [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
      (el) => el.value,
    );

  function showProblems(
    problems: { field: string; reason: keyof IdeeText['reasons'] | 'photo' }[],
  ) {
    for (const el of form.querySelectorAll<HTMLElement>('.idee-error')) el.hidden = true;
    for (const el of form.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
    summary.hidden = problems.length === 0;
    summary.replaceChildren(
      h('p', {}, t.fixFirst),
      h(
        'ul',
        {},
        ...problems.map(({ field: name, reason }) => {
          const words = reason === 'photo' ? t.photoFailed : t.reasons[reason];
          const error = form.querySelector<HTMLElement>(`#error-${name}`);
          if (error) {
            error.textContent = words;
            error.hidden = false;
          }
          const control = form.querySelector(`#${name}, [name="${name}"]`);
          control?.setAttribute('aria-invalid', 'true');
          const described = control?.getAttribute('aria-describedby') ?? '';
          if (control && !described.includes(`error-${name}`)) {
            control.setAttribute('aria-describedby', `${described} error-${name}`.trim());
          }
          return h('li', {}, h('a', { href: `#field-${name}` }, words));
        }),
      ),
    );
    if (problems.length > 0) summary.focus();
  }
  summary.setAttribute('tabindex', '-1');

  async function submit(event: Event) {
    event.preventDefault();
    if (button.hasAttribute('disabled')) return;
    const idea = {
      id: newId(),
      code: newIdeaCode(),
      kern: value('kern'),
      title: value('title'),
      description: value('description'),
      help: checked('help'),
      helpOther: value('helpOther'),
      involved: checked('involved')[0] ?? '',
      name: value('name'),
      email: value('email'),
      phone: value('phone'),
      consent: form.querySelector<HTMLInputElement>('#consent')?.checked === true,
      photos: [] as IdeaPhoto[],
      language,
      website: value('website'),
      fillMs: Date.now() - openedAt,
    };
    const files = [...((photos as HTMLInputElement).files ?? [])];
    const problems: Parameters<typeof showProblems>[0] = ideaProblems({
      ...idea,
      photos: files.map(() => ({ type: 'image/jpeg', data: '' })),
    });
    if (problems.length > 0) {
      showProblems(problems);
      return;
    }
    button.setAttribute('disabled', '');
    try {
      idea.photos = await Promise.all(files.map(preparePhoto));
    } catch {
      button.removeAttribute('disabled');
      showProblems([{ field: 'photos', reason: 'photo' }]);
      return;
    }
    const ready = v.safeParse(IdeaSubmissionSchema, idea);
    if (!ready.success) {
      button.removeAttribute('disabled');
      showProblems(ideaProblems(idea));
      return;
    }
    await enqueue(ready.output);
    const waiting = await flushQueue();
    if (waiting > 0) await askBackgroundSync();
    showReceipt(root, t, idea.code, waiting === 0, list.mail && idea.email !== '');
  }
}

/** The code at once, with the honest state of the sending. */
function showReceipt(root: HTMLElement, t: IdeeText, code: string, sent: boolean, mailed: boolean) {
  const link = `${location.origin}/idee/${code}`;
  show(
    root,
    h('h1', {}, t.thanks),
    h('p', { class: 'idee-state', role: 'status' }, sent ? t.sent : t.waiting),
    h('p', {}, t.yourCode),
    h('p', { class: 'idee-code', 'data-testid': 'idea-code' }, code),
    h('p', {}, mailed ? t.mailCode : t.saveCode),
    h(
      'p',
      {},
      h('a', { href: `/idee/${code}` }, t.statusLink),
      h('br'),
      h('span', { class: 'idee-link' }, link),
    ),
    h('p', {}, h('a', { href: '/idee' }, t.anotherIdea)),
  );
}
