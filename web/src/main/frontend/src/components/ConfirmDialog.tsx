import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal, ModalOverlay } from 'react-aria-components';
import './actions.css';

/**
 * A button that asks before it does something that cannot be undone: a modal alert dialog
 * (react-aria-components: focus moves into it and back, Escape cancels) with the question, what it
 * means, and the two answers.
 */
export function ConfirmDialog({
  id,
  label,
  question,
  detail,
  confirmLabel,
  cancelLabel,
  onConfirm,
}: {
  /** The trigger's id; the confirming button is `${id}-confirm`. */
  id: string;
  label: ReactNode;
  question: ReactNode;
  detail: ReactNode;
  confirmLabel: ReactNode;
  cancelLabel: ReactNode;
  onConfirm: () => void | Promise<void>;
}) {
  return (
    <DialogTrigger>
      <Button id={id} className="button button-secondary">
        {label}
      </Button>
      <ModalOverlay className="dialog-overlay" isDismissable>
        <Modal className="dialog-modal">
          <Dialog role="alertdialog" className="dialog" id={`${id}-dialog`}>
            {({ close }) => (
              <>
                <Heading slot="title" className="dialog-title">
                  {question}
                </Heading>
                <p>{detail}</p>
                <div className="actions">
                  <Button
                    id={`${id}-confirm`}
                    className="button button-danger"
                    onPress={() => {
                      close();
                      void onConfirm();
                    }}
                  >
                    {confirmLabel}
                  </Button>
                  <Button className="button button-secondary" onPress={close}>
                    {cancelLabel}
                  </Button>
                </div>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
