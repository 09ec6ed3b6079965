import { randomUUID } from 'node:crypto';
import { ADMIN_EMAIL, ADMIN_PASSWORD, type TestApp } from './test-app.js';

/** A plain framework input: `domains` domains of `perDomain` competencies named D1-C1 … */
export function buildFrameworkInput(code = `FW${Math.floor(Math.random() * 1e6)}`, domains = 2, perDomain = 3) {
  return {
    code,
    name: { th: 'กรอบทดสอบ', en: 'Test framework' },
    domains: Array.from({ length: domains }, (_, d) => ({
      code: `D${d + 1}`,
      name: { th: `หมวด ${d + 1}`, en: `Domain ${d + 1}` },
      competencies: Array.from({ length: perDomain }, (_, c) => ({ code: `D${d + 1}-C${c + 1}`, name: { th: `สมรรถนะ ${d + 1}.${c + 1}` } })),
    })),
  };
}

export async function adminToken(t: TestApp): Promise<string> {
  return t.login(ADMIN_EMAIL, ADMIN_PASSWORD);
}

/** A published framework, persisted through the API. */
export async function createPublishedFramework(t: TestApp, input = buildFrameworkInput()): Promise<{ id: string; codes: string[] }> {
  const token = await adminToken(t);
  const created = await t.gql<{ createFramework: { id: string } }>('mutation($i: CreateFrameworkInput!) { createFramework(input: $i) { id } }', { i: input }, { token });
  if (!created.data) throw new Error(JSON.stringify(created.errors));
  const id = created.data.createFramework.id;
  const published = await t.gql('mutation($id: ID!) { publishFramework(id: $id) { status } }', { id }, { token });
  if (published.errors) throw new Error(JSON.stringify(published.errors));
  return { id, codes: input.domains.flatMap((d) => d.competencies.map((c) => c.code)) };
}

export async function createCampaign(
  t: TestApp,
  overrides: Partial<{ frameworkId: string; instrument: string; provinceCodes: string[]; sectors: string[]; opensAt: string; closesAt: string; minGroupSize: number }> = {},
): Promise<{ id: string; codes: string[] }> {
  const framework = overrides.frameworkId ? { id: overrides.frameworkId, codes: [] } : await createPublishedFramework(t);
  const token = await adminToken(t);
  const result = await t.gql<{ createCampaign: { id: string } }>(
    'mutation($i: CreateCampaignInput!) { createCampaign(input: $i) { id } }',
    {
      i: {
        frameworkId: framework.id,
        title: 'Test campaign',
        instrument: 'BORICH',
        provinceCodes: ['94'],
        opensAt: new Date(Date.now() - 86_400_000).toISOString(),
        closesAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
        ...overrides,
      },
    },
    { token },
  );
  if (!result.data) throw new Error(JSON.stringify(result.errors));
  return { id: result.data.createCampaign.id, codes: framework.codes };
}

export async function consent(t: TestApp, token: string): Promise<void> {
  const current = await t.gql<{ currentConsent: { version: string } }>('{ currentConsent { version } }', {}, { token });
  const result = await t.gql('mutation($v: String!) { giveConsent(version: $v) { acceptedAt } }', { v: current.data?.currentConsent.version }, { token });
  if (result.errors) throw new Error(JSON.stringify(result.errors));
}

export const SUBMIT = `mutation($i: SubmitAssessmentInput!) { submitAssessment(input: $i) { id clientSubmissionId ratings { competencyCode target current } } }`;

export function buildSubmission(campaignId: string, codes: string[], rate: (code: string, index: number) => [number, number] = () => [4, 2]) {
  return {
    campaignId,
    clientSubmissionId: randomUUID(),
    ratings: codes.map((code, i) => {
      const [target, current] = rate(code, i);
      return { competencyCode: code, target, current };
    }),
  };
}
