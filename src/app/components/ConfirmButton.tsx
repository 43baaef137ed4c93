import type { ComponentChildren } from 'preact';
import { useRef, useState } from 'preact/hooks';
import { Button } from './nlds/Button.tsx';
import { Heading } from './nlds/Heading.tsx';
import { Paragraph } from './nlds/Paragraph.tsx';

/**
 * A button for what cannot simply be taken back (a delete): it asks first in a native modal
 * dialog, which keeps focus inside until answered and closes with Escape.
 */
export function ConfirmButton(props: {
  id: string;
  label: ComponentChildren;
  question: string;
  explain: string;
  confirm: string;
  cancel: string;
  onConfirm: () => Promise<void>;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [busy, setBusy] = useState(false);
  const confirm = async () => {
    setBusy(true);
    try {
      await props.onConfirm();
    } finally {
      setBusy(false);
      dialog.current?.close();
    }
  };
  return (
    <>
      <Button type="button" onClick={() => dialog.current?.showModal()}>
        {props.label}
      </Button>
      <dialog ref={dialog} class="dialog" aria-labelledby={`${props.id}-title`}>
        <Heading level={2} id={`${props.id}-title`}>
          {props.question}
        </Heading>
        <Paragraph>{props.explain}</Paragraph>
        <div class="button-row">
          <Button appearance="primary" type="button" disabled={busy} onClick={() => void confirm()}>
            {props.confirm}
          </Button>
          <Button type="button" onClick={() => dialog.current?.close()}>
            {props.cancel}
          </Button>
        </div>
      </dialog>
    </>
  );
}
