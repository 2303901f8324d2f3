"use client";

import { type FormEvent, startTransition, useActionState, useEffect, useRef } from "react";

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

type ResultState = { ok: true } | { ok: false; fieldErrors: Record<string, string[]> };

/**
 * useFormAction for forms that add one thing after another (a note, a reply, an organisation):
 * a saved submission clears the form for the next one, a refused one keeps what was typed.
 * Spread `formProps` on the <form>: it carries the ref too.
 */
export function useClearingFormAction<State extends ResultState>(
  action: (previous: State | null, formData: FormData) => Promise<State>,
) {
  const { state, pending, formProps } = useFormAction(action);
  const ref = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state?.ok) ref.current?.reset();
  }, [state]);
  const fieldErrors = state && !state.ok ? state.fieldErrors : {};
  return { state, pending, fieldErrors, formProps: { ...formProps, ref } };
}
