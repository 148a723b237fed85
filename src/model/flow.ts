/** Walking the KNMG afwegingskader (or any yes/no flow of the dataset). */
import type { FlowOutcome, FlowQuestion } from '../data/types.js';

export interface FlowPosition {
  /** Questions answered so far, in order, with the answer given. */
  path: { question: FlowQuestion; answer: boolean }[];
  /** The question to answer now, if the flow has not ended. */
  current?: FlowQuestion;
  /** The outcome, once reached. */
  outcome?: FlowOutcome;
}

/** Replays a list of answers from the first question. Extra answers after an outcome are ignored. */
export function walkFlow(questions: readonly FlowQuestion[], answers: readonly boolean[]): FlowPosition {
  const byId = new Map(questions.map((q) => [q.id, q]));
  let current: FlowQuestion | undefined = questions[0];
  const path: FlowPosition['path'] = [];
  for (const answer of answers) {
    if (!current) break;
    path.push({ question: current, answer });
    const branch: FlowQuestion['yes'] = answer ? current.yes : current.no;
    if ('outcome' in branch) return { path, outcome: branch.outcome };
    current = byId.get(branch.next);
  }
  return { path, current };
}
