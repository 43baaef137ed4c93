import type { PersonExport } from './privacy-api.ts';

type Data = Record<string, unknown>;

const escape = (value: unknown): string =>
  (typeof value === 'string' || typeof value === 'number' ? String(value) : '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');

const dateTime = (ms: number) =>
  new Intl.DateTimeFormat('nl-NL', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Amsterdam',
  }).format(ms);

const row = (label: string, value: unknown) =>
  `<tr><th scope="row">${escape(label)}</th><td>${escape(value) || '—'}</td></tr>`;

const section = (title: string, body: string, empty: string) =>
  `<section><h2>${escape(title)}</h2>${body || `<p>${escape(empty)}</p>`}</section>`;

const notesOf = (visit: Data) => {
  const revisions = (visit['noteRevisions'] ?? []) as Data[];
  return revisions.map((r) => `<p class="note">${escape(r['text'])}</p>`).join('');
};

/**
 * The export as one self-contained, printable page in plain Dutch (B1): what the person (or
 * the municipality on their behalf) reads. No scripts, no outside resources.
 */
export function exportHtml(data: PersonExport): string {
  const person = data.person;
  const memberships = ((person['memberships'] ?? []) as Data[])
    .map(
      (m) =>
        `<li>${escape(data.organisations[String(m['organisationId'])] ?? 'een organisatie')}: ` +
        `${escape(m['role'])}${m['startDate'] ? ` vanaf ${escape(m['startDate'])}` : ''}` +
        `${m['endDate'] ? ` tot ${escape(m['endDate'])}` : ''}</li>`,
    )
    .join('');
  const visits = data.visits
    .map(
      ({ present, visit }) =>
        `<article><h3>Bezoek op ${escape(visit['date'])}</h3>` +
        `<p>${present ? 'Je was erbij.' : 'Je naam of gegevens staan in de aantekeningen.'}</p>` +
        `${notesOf(visit)}</article>`,
    )
    .join('');
  const initiatives = data.initiatives
    .map(
      ({ started, initiative }) =>
        `<article><h3>${escape(initiative['title'])}</h3>` +
        `<p>${started ? 'Jij bent de initiatiefnemer.' : 'Je naam of gegevens staan erin.'} ` +
        `Status: ${escape(initiative['status'])}.</p>` +
        `<p>${escape(initiative['description'])}</p></article>`,
    )
    .join('');
  const feedback = data.feedback
    .map(({ entry }) => `<li>${escape(entry['date'])}: ${escape(entry['summary'])}</li>`)
    .join('');
  const actions = data.actions
    .map((a) => `<li>${escape(a['what'])} (uiterlijk ${escape(a['dueDate'])})</li>`)
    .join('');
  const access = data.access
    .map(
      (a) =>
        `<tr><td>${escape(a.day)}</td><td>${escape(a.userName)}</td>` +
        `<td>${a.via === 'export' ? 'inzage-export' : 'synchronisatie'}</td><td>${a.rows}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="nl"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Gegevens van ${escape(person['name'])}</title>
<style>
body{font:16px/1.5 system-ui,sans-serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a}
h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #888}
h3{font-size:1.05rem;margin-bottom:.25rem}table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #ccc;vertical-align:top}
.note{white-space:pre-wrap;margin:.25rem 0 .75rem}
@media print{body{margin:0}section{break-inside:avoid-page}}
</style></head><body>
<h1>Wat de gemeente over ${escape(person['name'])} bewaart</h1>
<p>Dit overzicht is gemaakt op ${escape(dateTime(data.generatedAt))} door
${escape(data.generatedBy)}, met alles wat Noaber over je bewaart (AVG, artikel 15).</p>
${section(
  'Je gegevens',
  `<table>${row('Naam', person['name'])}${row('Telefoon', person['phone'])}` +
    `${row('E-mail', person['email'])}${row('Waarom we dit bewaren', person['dataBasis'])}` +
    row('Vastgelegd op', dateTime(Number(person['createdAt']))) +
    row('Laatst gewijzigd op', dateTime(Number(person['updatedAt']))) +
    '</table>',
  '',
)}
${section('Organisaties', memberships && `<ul>${memberships}</ul>`, 'Geen.')}
${section('Bezoeken', visits, 'Geen.')}
${section('Initiatieven', initiatives, 'Geen.')}
${section('Terugkoppeling aan jou', feedback && `<ul>${feedback}</ul>`, 'Geen.')}
${section('Acties', actions && `<ul>${actions}</ul>`, 'Geen.')}
${section(
  'Wie je gegevens kreeg',
  access &&
    `<table><thead><tr><th>Dag</th><th>Account</th><th>Hoe</th><th>Aantal</th></tr></thead>` +
      `<tbody>${access}</tbody></table>`,
  'Niemand volgens het toegangslogboek.',
)}
</body></html>`;
}
