"use client";

import { type FormEvent, startTransition, useActionState } from "react";

/**
 * useActionState for forms that must keep what the person typed when the server refuses it.
 * React resets a form after every `action` submission, which would wipe a rejected form; here
 * a submission with JavaScript goes through onSubmit (no reset), while `action` stays as the
 * fallback that works without JavaScript.
 */
export function useFormAction<State>(
  action: (previous: State | null, formData: FormData) => Promise<State>,
) {
  const [state, formAction, pending] = useActionState<State | null, FormData>(action, null);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formAction(formData));
  };
  return { state, pending, formProps: { action: formAction, onSubmit } };
}
