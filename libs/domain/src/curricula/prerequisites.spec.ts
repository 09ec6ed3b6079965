import { describe, expect, it } from '@jest/globals';
import { checkCurriculumOrder, cycleIfPrerequisitesSet, findPrerequisiteCycle, prerequisiteOrder, transitivePrerequisites, type PrerequisiteNode } from './prerequisites.js';

const node = (code: string, ...prerequisiteCodes: string[]): PrerequisiteNode => ({ code, prerequisiteCodes });
const graph = (...nodes: PrerequisiteNode[]) => new Map(nodes.map((n) => [n.code, n]));

describe('findPrerequisiteCycle', () => {
  it('finds none in a DAG', () => {
    expect(findPrerequisiteCycle([node('AGR-101'), node('AGR-201', 'AGR-101'), node('AGR-301', 'AGR-201', 'AGR-101')])).toBeNull();
  });
  it('names every module on a three-module cycle, closing the path', () => {
    const cycle = findPrerequisiteCycle([node('A-10', 'C-10'), node('B-10', 'A-10'), node('C-10', 'B-10'), node('D-10', 'A-10')]);
    expect(cycle).toEqual(['A-10', 'C-10', 'B-10', 'A-10']);
  });
  it('finds a two-module cycle and a self-prerequisite', () => {
    expect(findPrerequisiteCycle([node('A-10', 'B-10'), node('B-10', 'A-10')])).toEqual(['A-10', 'B-10', 'A-10']);
    expect(findPrerequisiteCycle([node('A-10', 'A-10')])).toEqual(['A-10', 'A-10']);
  });
  it('ignores prerequisites outside the graph', () => {
    expect(findPrerequisiteCycle([node('A-10', 'ZZ-99')])).toBeNull();
  });
  it('tells whether a proposed prerequisite change would close a cycle', () => {
    const catalogue = [node('AGR-101'), node('AGR-201', 'AGR-101')];
    expect(cycleIfPrerequisitesSet(catalogue, 'AGR-101', ['AGR-201'])).toEqual(['AGR-101', 'AGR-201', 'AGR-101']);
    expect(cycleIfPrerequisitesSet(catalogue, 'AGR-301', ['AGR-201'])).toBeNull();
  });
});

describe('checkCurriculumOrder', () => {
  const modules = graph(node('AGR-101'), node('AGR-201', 'AGR-101'), node('FAC-101'), node('FAC-201', 'FAC-101', 'AGR-101'));
  it('accepts prerequisites taught first', () => {
    expect(checkCurriculumOrder(['AGR-101', 'FAC-101', 'AGR-201', 'FAC-201'], modules)).toEqual({ errors: [], warnings: [] });
  });
  it('refuses a module taught before its prerequisite, naming both', () => {
    expect(checkCurriculumOrder(['AGR-201', 'AGR-101'], modules).errors).toEqual([{ kind: 'PREREQUISITE_AFTER', moduleCode: 'AGR-201', prerequisiteCode: 'AGR-101' }]);
  });
  it('only warns about a prerequisite the curriculum does not hold', () => {
    const check = checkCurriculumOrder(['FAC-101', 'FAC-201'], modules);
    expect(check.errors).toEqual([]);
    expect(check.warnings).toEqual([{ kind: 'PREREQUISITE_MISSING', moduleCode: 'FAC-201', prerequisiteCode: 'AGR-101' }]);
  });
  it('refuses duplicates and unknown modules', () => {
    expect(checkCurriculumOrder(['AGR-101', 'AGR-101', 'XX-11'], modules).errors).toEqual([
      { kind: 'DUPLICATE_MODULE', moduleCode: 'AGR-101' },
      { kind: 'UNKNOWN_MODULE', moduleCode: 'XX-11' },
    ]);
  });
});

describe('prerequisiteOrder and transitivePrerequisites', () => {
  const modules = graph(node('A-10'), node('B-10', 'A-10'), node('C-10', 'B-10'), node('D-10'));
  it('puts prerequisites first, otherwise keeping the given order', () => {
    expect(prerequisiteOrder(['C-10', 'D-10', 'B-10', 'A-10'], modules)).toEqual(['D-10', 'A-10', 'B-10', 'C-10']);
  });
  it('returns null for a cycle', () => {
    expect(prerequisiteOrder(['A-10', 'B-10'], graph(node('A-10', 'B-10'), node('B-10', 'A-10')))).toBeNull();
  });
  it('collects prerequisites transitively', () => {
    expect([...transitivePrerequisites('C-10', modules)].sort()).toEqual(['A-10', 'B-10']);
  });
});
