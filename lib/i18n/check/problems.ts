export type ProblemKind =
  | "missing file"
  | "extra file"
  | "missing key"
  | "extra key"
  | "not a message"
  | "does not parse"
  | "arguments differ"
  | "plural category missing"
  | "unused key"
  | "dynamic key undeclared"
  | "dynamic prefix unused";

export type Problem = { kind: ProblemKind; where: string; detail?: string };

export function describeProblem(problem: Problem): string {
  return `${problem.kind}: ${problem.where}${problem.detail ? ` (${problem.detail})` : ""}`;
}
