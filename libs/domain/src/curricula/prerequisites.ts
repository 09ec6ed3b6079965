/**
 * Prerequisite rules for training modules and curricula. Prerequisites must form a DAG; a
 * curriculum teaches every module after the prerequisites it holds.
 *
 * A prerequisite that the curriculum does not hold at all is a WARNING, not a refusal: the
 * target group may have completed it elsewhere (another curriculum, an earlier round), and the
 * scheduler checks each cohort's actual history. A prerequisite held but taught later is an
 * ERROR, because the curriculum itself then contradicts its order.
 */

export interface PrerequisiteNode {
  readonly code: string;
  readonly prerequisiteCodes: readonly string[];
}

/**
 * A cycle in the prerequisite graph as the path of module codes, first code repeated at the
 * end (e.g. ["AGR-101", "AGR-201", "AGR-101"]); null when the graph is acyclic. Prerequisites
 * naming modules outside `modules` are ignored. Deterministic: nodes are visited in code order.
 */
export function findPrerequisiteCycle(modules: readonly PrerequisiteNode[]): string[] | null {
  const edges = new Map<string, string[]>();
  for (const m of modules) edges.set(m.code, [...m.prerequisiteCodes].sort());
  const state = new Map<string, 'VISITING' | 'DONE'>();
  const path: string[] = [];

  const visit = (code: string): string[] | null => {
    state.set(code, 'VISITING');
    path.push(code);
    for (const next of edges.get(code) ?? []) {
      if (!edges.has(next)) continue;
      const seen = state.get(next);
      if (seen === 'VISITING') return [...path.slice(path.indexOf(next)), next];
      if (seen === undefined) {
        const cycle = visit(next);
        if (cycle) return cycle;
      }
    }
    path.pop();
    state.set(code, 'DONE');
    return null;
  };

  for (const code of [...edges.keys()].sort()) {
    if (state.has(code)) continue;
    const cycle = visit(code);
    if (cycle) return cycle;
  }
  return null;
}

/**
 * The cycle that giving `code` the prerequisites `prerequisiteCodes` would close, or null.
 * `modules` is the rest of the catalogue (its entry for `code`, if any, is replaced).
 */
export function cycleIfPrerequisitesSet(
  modules: readonly PrerequisiteNode[],
  code: string,
  prerequisiteCodes: readonly string[],
): string[] | null {
  const graph = modules.filter((m) => m.code !== code).concat({ code, prerequisiteCodes });
  return findPrerequisiteCycle(graph);
}

export type CurriculumProblem =
  | { readonly kind: 'DUPLICATE_MODULE'; readonly moduleCode: string }
  | { readonly kind: 'UNKNOWN_MODULE'; readonly moduleCode: string }
  | { readonly kind: 'SELF_PREREQUISITE'; readonly moduleCode: string }
  /** `prerequisiteCode` is in the curriculum but taught after (or at the same time as) `moduleCode`. */
  | { readonly kind: 'PREREQUISITE_AFTER'; readonly moduleCode: string; readonly prerequisiteCode: string }
  /** `prerequisiteCode` is not in the curriculum at all (a warning). */
  | { readonly kind: 'PREREQUISITE_MISSING'; readonly moduleCode: string; readonly prerequisiteCode: string };

export interface CurriculumCheck {
  /** Refusals: the curriculum cannot be saved as it is. */
  readonly errors: CurriculumProblem[];
  /** Worth showing, saved anyway: prerequisites the group must have met elsewhere. */
  readonly warnings: CurriculumProblem[];
}

/**
 * Checks a curriculum's teaching order against the modules' prerequisites.
 * `modules` maps a code to its prerequisites; codes not in it are UNKNOWN_MODULE errors.
 */
export function checkCurriculumOrder(orderedCodes: readonly string[], modules: ReadonlyMap<string, PrerequisiteNode>): CurriculumCheck {
  const errors: CurriculumProblem[] = [];
  const warnings: CurriculumProblem[] = [];
  const position = new Map<string, number>();
  orderedCodes.forEach((code, i) => {
    if (position.has(code)) errors.push({ kind: 'DUPLICATE_MODULE', moduleCode: code });
    else position.set(code, i);
  });
  for (const [code, at] of position) {
    const node = modules.get(code);
    if (!node) {
      errors.push({ kind: 'UNKNOWN_MODULE', moduleCode: code });
      continue;
    }
    for (const prerequisiteCode of node.prerequisiteCodes) {
      if (prerequisiteCode === code) {
        errors.push({ kind: 'SELF_PREREQUISITE', moduleCode: code });
        continue;
      }
      const prerequisiteAt = position.get(prerequisiteCode);
      if (prerequisiteAt === undefined) warnings.push({ kind: 'PREREQUISITE_MISSING', moduleCode: code, prerequisiteCode });
      else if (prerequisiteAt > at) errors.push({ kind: 'PREREQUISITE_AFTER', moduleCode: code, prerequisiteCode });
    }
  }
  return { errors, warnings };
}

/**
 * Orders `codes` so every prerequisite comes first (Kahn's algorithm), keeping the given order
 * wherever the prerequisites allow it. Null when the codes' prerequisites form a cycle.
 */
export function prerequisiteOrder(codes: readonly string[], modules: ReadonlyMap<string, PrerequisiteNode>): string[] | null {
  const inSet = new Set(codes);
  const rank = new Map(codes.map((c, i) => [c, i]));
  const pending = new Map<string, number>();
  const dependants = new Map<string, string[]>();
  for (const code of inSet) {
    const prerequisites = (modules.get(code)?.prerequisiteCodes ?? []).filter((p) => inSet.has(p) && p !== code);
    pending.set(code, prerequisites.length);
    for (const p of prerequisites) dependants.set(p, [...(dependants.get(p) ?? []), code]);
  }
  const ready = [...inSet].filter((c) => pending.get(c) === 0);
  const result: string[] = [];
  while (ready.length > 0) {
    ready.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
    const next = ready.shift() as string;
    result.push(next);
    for (const d of dependants.get(next) ?? []) {
      const left = (pending.get(d) ?? 0) - 1;
      pending.set(d, left);
      if (left === 0) ready.push(d);
    }
  }
  return result.length === inSet.size ? result : null;
}

/** Every prerequisite of `code`, transitively, that is in `modules` (not `code` itself). */
export function transitivePrerequisites(code: string, modules: ReadonlyMap<string, PrerequisiteNode>): Set<string> {
  const found = new Set<string>();
  const stack = [...(modules.get(code)?.prerequisiteCodes ?? [])];
  while (stack.length > 0) {
    const next = stack.pop() as string;
    if (next === code || found.has(next) || !modules.has(next)) continue;
    found.add(next);
    stack.push(...(modules.get(next)?.prerequisiteCodes ?? []));
  }
  return found;
}
