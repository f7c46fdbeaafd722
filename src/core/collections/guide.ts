import type { NodeIndex } from '../nodes/node-index.ts';
import { inside, type Problems } from '../problems.ts';
import { CONTACT_ALLOWLIST, type ReportGuide } from '../schemas/report-guide.ts';
import type { Located } from '../sources.ts';

/** The report guide; every plan node it cites must exist, and every law statement must concern a problem it lists. */
export function checkGuide(r: Located<ReportGuide>, nodes: NodeIndex, problems: Problems): ReportGuide {
  const guide = r.record;
  const cited = [
    ...guide.problems.flatMap((p, i) => p.plan.map((id) => ({ id, at: inside(r, 'problems', i, 'plan') }))),
    ...guide.afterReport.map((a, i) => ({ id: a.source, at: inside(r, 'afterReport', i) })),
    ...guide.takePart.map((a, i) => ({ id: a.source, at: inside(r, 'takePart', i) })),
  ];
  for (const { id, at } of cited) if (!nodes.has(id)) problems.at(at, `no plan node ${id}`);
  const ids = new Set(guide.problems.map((p) => p.id));
  if (ids.size !== guide.problems.length) problems.at(r, 'two problems share an id');
  // No contact the allowlist does not hold (with its source).
  const allowed = new Set<string>(CONTACT_ALLOWLIST.map((c) => c.value));
  guide.emergency?.numbers.forEach((n, i) => allowed.has(n.number) || problems.at(inside(r, 'emergency', 'numbers', i), `${n.number} is not on the contact allowlist (src/core/schemas/report-guide.ts)`));
  guide.law.forEach((l, i) => l.problems.forEach((p) => ids.has(p) || problems.at(inside(r, 'law', i), `law, article ${l.article}: no problem ${p}`)));
  guide.problems.forEach((p, i) => {
    const prompts = new Set(p.prompts.map((x) => x.id));
    if (prompts.size !== p.prompts.length) problems.at(inside(r, 'problems', i), `${p.id}: two prompts share an id`);
  });
  return guide;
}
