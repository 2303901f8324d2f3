const VARIANTS = {
  primary: "bg-teal-800 text-white hover:bg-teal-900 disabled:bg-teal-800/60",
  secondary: "border border-slate-400 bg-white text-slate-900 hover:bg-slate-100",
  danger: "bg-red-700 text-white hover:bg-red-800 disabled:bg-red-700/60",
} as const;

/** Shared by buttons and by links styled as buttons (server and client components alike). */
export const buttonClasses = (variant: keyof typeof VARIANTS = "primary") =>
  `inline-flex min-h-11 items-center justify-center gap-2 rounded-md px-4 py-2 text-base font-medium focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-amber-500 disabled:cursor-not-allowed ${VARIANTS[variant]}`;

export type ButtonVariant = keyof typeof VARIANTS;
