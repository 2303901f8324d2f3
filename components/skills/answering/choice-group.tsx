"use client";

import type { ReactNode } from "react";

export type Choice = { value: number; label: string; icon?: ReactNode };

const OPTION =
  "flex cursor-pointer items-center gap-3 rounded-md border border-slate-500 bg-white p-3 has-checked:border-2 has-checked:border-teal-800 has-checked:bg-teal-50 has-focus-visible:outline-3 has-focus-visible:outline-amber-500";

/**
 * One rating question as native radios (arrow keys, screen readers). `large`: the easy-read
 * version's big touch targets with a picture beside each label.
 */
export function ChoiceGroup({
  name,
  legend,
  choices,
  value,
  onChoose,
  large = false,
  disabled = false,
}: {
  name: string;
  legend: ReactNode;
  choices: Choice[];
  value: number | null;
  onChoose: (value: number) => void;
  large?: boolean;
  disabled?: boolean;
}) {
  return (
    <fieldset className="mb-4" disabled={disabled}>
      <legend className={large ? "mb-3 text-xl font-bold" : "mb-2 font-semibold"}>{legend}</legend>
      <div className={large ? "grid gap-3" : "grid gap-2"}>
        {choices.map((choice) => (
          <label
            key={choice.value}
            className={`${OPTION} ${large ? "min-h-16 text-lg font-semibold" : "min-h-12"}`}
          >
            <input
              type="radio"
              name={name}
              value={choice.value}
              checked={value === choice.value}
              onChange={() => onChoose(choice.value)}
              className={`${large ? "size-6" : "size-5"} shrink-0 accent-teal-800`}
            />
            {choice.icon}
            <span>{choice.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
