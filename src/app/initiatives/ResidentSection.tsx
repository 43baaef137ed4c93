import { useEffect, useState } from 'preact/hooks';
import { formatDateTime } from '../../shared/dutch-format.ts';
import { isFromResidentForm, UNKNOWN_KERN_ID } from '../../shared/ideas/form-author.ts';
import { leadsTeam } from '../../shared/permissions/account.ts';
import type { Initiative } from '../../shared/records/initiative.ts';
import { useAuth } from '../auth/auth-context.tsx';
import { FormMessage } from '../components/form/FormMessage.tsx';
import { Button } from '../components/nlds/Button.tsx';
import { Heading } from '../components/nlds/Heading.tsx';
import { Select } from '../components/form/Select.tsx';
import { Field } from '../components/form/TextField.tsx';
import { useKernen } from '../data/useReference.ts';
import { useRecordText } from '../i18n/record-text.ts';

/**
 * What a resident sent through the idea form (issue 16): where it came from, their messages
 * and withdrawal, their photos (fetched from the server when online, never kept on the
 * device), their satisfaction; and the connector's "this is spam".
 */
export function ResidentSection({
  initiative,
  mayJudge,
}: {
  initiative: Initiative;
  mayJudge: boolean;
}) {
  const { t, language } = useRecordText();
  const { client, state } = useAuth();
  const kernen = useKernen().filter((kern) => kern.active && kern.id !== UNKNOWN_KERN_ID);
  const [place, setPlace] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [failure, setFailure] = useState<string>();
  const photoIds = initiative.residentPhotoIds ?? [];

  useEffect(() => {
    let cancelled = false;
    void Promise.all(
      photoIds.map(async (id) => {
        const photo = (await client.request(`/api/ideas/photos/${id}`)) as {
          type: string;
          data: string;
        };
        return `data:${photo.type};base64,${photo.data}`;
      }),
    ).then(
      (urls) => !cancelled && setPhotos(urls),
      () => undefined, // offline: the photos show when the screen opens online
    );
    return () => {
      cancelled = true;
    };
  }, [client, photoIds.join()]);

  if (!isFromResidentForm(initiative)) return null;
  const markSpam = async () => {
    if (!confirm(t('initiative.markSpamConfirm'))) return;
    try {
      await client.request(`/api/ideas/spam/${initiative.id}`, { method: 'POST' });
    } catch {
      setFailure(t('initiative.markSpamFailed'));
    }
  };
  // "Weet ik niet": the teamleider places the idea (and the resident) in its kern, online.
  const placeable =
    initiative.kernId === UNKNOWN_KERN_ID && state.status === 'signed-in' && leadsTeam(state.user);
  const placeInKern = async (event: Event) => {
    event.preventDefault();
    if (!place) return;
    try {
      await client.request(`/api/ideas/place/${initiative.id}`, {
        method: 'POST',
        body: { kernId: place },
      });
    } catch {
      setFailure(t('initiative.placeKernFailed'));
    }
  };
  const messages = initiative.residentMessages ?? [];
  return (
    <section class="screen-section" aria-labelledby="resident-title">
      <Heading level={2} id="resident-title">
        {t('initiative.fromResidentForm')}
      </Heading>
      {initiative.residentSatisfaction && (
        <p>
          {t('initiative.residentSatisfaction', {
            score: String(initiative.residentSatisfaction.score),
          })}
        </p>
      )}
      {initiative.residentSatisfaction?.comment && <p>{initiative.residentSatisfaction.comment}</p>}
      {messages.length > 0 && (
        <>
          <Heading level={3}>{t('initiative.residentMessages')}</Heading>
          <ul class="plain-list">
            {messages.map((message) => (
              <li key={message.id} class="list-row">
                <span>
                  <span class="item-title">{message.text}</span>
                  <span class="item-meta muted">
                    {formatDateTime(new Date(message.at), language)}
                    {message.kind === 'withdrawn' ? ` · ${t('initiative.residentWithdrew')}` : ''}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {photos.length > 0 && (
        <>
          <Heading level={3}>{t('initiative.residentPhotos')}</Heading>
          {photos.map((url, index) => (
            <img
              key={url.slice(-32)}
              class="resident-photo"
              src={url}
              alt={t('initiative.residentPhoto', { number: String(index + 1) })}
            />
          ))}
        </>
      )}
      {placeable && (
        <form class="form" onSubmit={(event) => void placeInKern(event)} noValidate>
          <Field id="place-kern" label={t('initiative.placeKern')}>
            <Select id="place-kern" value={place} onChange={(e) => setPlace(e.currentTarget.value)}>
              <option value="">{t('initiative.chooseKern')}</option>
              {kernen.map((kern) => (
                <option key={kern.id} value={kern.id}>
                  {kern.name}
                </option>
              ))}
            </Select>
          </Field>
          <Button type="submit">{t('initiative.placeKernSave')}</Button>
        </form>
      )}
      <FormMessage text={failure} kind="error" />
      {mayJudge && initiative.status === 'ingediend' && (
        <Button appearance="secondary" type="button" onClick={() => void markSpam()}>
          {t('initiative.markSpam')}
        </Button>
      )}
    </section>
  );
}
