"use client";

import {
  createContext,
  type ReactNode,
  type RefObject,
  useContext,
  useEffect,
  useMemo,
  useState,
} from "react";
import type { SectionField } from "@/lib/case-studies/rules";

/** What the sections form tells its siblings: which sections hold unsaved text, and the form. */
type SharedSections = {
  unsaved: readonly SectionField[];
  form: RefObject<HTMLFormElement | null> | null;
};

type SectionsContext = SharedSections & { publish: (shared: SharedSections) => void };

const NOTHING: SharedSections = { unsaved: [], form: null };
const Context = createContext<SectionsContext>({ ...NOTHING, publish: () => {} });

/**
 * Wraps a study's page so that the forms beside the sections form (submit for review, the
 * reviewer's steps) know when it holds unsaved text. The sections form stays the owner of that
 * state and publishes it here; without a provider (or without the form) nothing is unsaved.
 */
export function UnsavedSectionsProvider({ children }: { children: ReactNode }) {
  const [shared, setShared] = useState<SharedSections>(NOTHING);
  const value = useMemo(() => ({ ...shared, publish: setShared }), [shared]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

/** The sections form's side: publish what is unsaved whenever it changes; nothing once gone. */
export function usePublishUnsavedSections(
  unsaved: readonly SectionField[],
  form: RefObject<HTMLFormElement | null>,
) {
  const { publish } = useContext(Context);
  useEffect(() => {
    publish({ unsaved, form });
  }, [publish, unsaved, form]);
  useEffect(() => () => publish(NOTHING), [publish]);
}

/** The other forms' side: what is unsaved now, and the sections form to save it with. */
export function useSharedUnsavedSections(): SharedSections {
  const { unsaved, form } = useContext(Context);
  return { unsaved, form };
}
