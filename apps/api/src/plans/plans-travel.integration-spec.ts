import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILT_IN_PLANS, type Agenda } from '@kindred/content';
import type { ImportedPlan, PlanFile, PlanRefused } from '@kindred/session';
import { aFacilitator, aSession, facilitatorDevice } from '../test-support/builders';
import { HttpClient } from '../test-support/clients';
import { bootTestServer, type TestServer } from '../test-support/test-server';

const NOT_OK = join(__dirname, '../../../../libs/content/src/__fixtures__/plans/not-ok');
const refusal = (name: string) => readFileSync(join(NOT_OK, `${name}.json`), 'utf8');

/** What a session runs: its sections' segments and their lengths. */
/** A plan's items with each skip list as a set (its order means nothing). */
const items = (plan: PlanFile) => plan.items.map((item) => ('skip' in item && item.skip ? { ...item, skip: [...item.skip].sort() } : item));
const shape = (agenda: Agenda) => agenda.sections.map((s) => `${s.id}[${s.segments.map((g) => `${g.id}:${g.durationSec}`).join(',')}]`);

describe('plans that travel, and duplicating a session', () => {
  let server: TestServer;
  let http: HttpClient;

  beforeAll(async () => {
    server = await bootTestServer();
    http = new HttpClient(server.url);
  });
  afterAll(async () => {
    await server.close();
  });

  it.each(BUILT_IN_PLANS.map((plan) => plan.id))('exports the shipped plan %s and imports it back as the same plan', async (planId) => {
    const exported = await http.post<PlanFile>('/api/plans/export', { planId });
    expect(exported.status).toBe(200);
    expect(exported.body.schemaVersion).toBe(3);
    const imported = await http.post<ImportedPlan>('/api/plans/import', { file: JSON.stringify(exported.body) });
    expect(imported.status).toBe(200);
    expect(imported.body.planId).toBe(planId);
    const again = await http.post<PlanFile>('/api/plans/export', { planId, customization: imported.body.customization });
    expect(items(again.body)).toEqual(items(exported.body));
  });

  it('carries a customization across: reordered, a segment off, a longer talk', async () => {
    const customization = {
      order: ['opening', 'shared-moments', 'emotional-needs', 'stretch', 'growing-conversations', 'closing'],
      disabledSegments: ['shared-moments.poll', 'emotional-needs.deeper', 'shared-moments.deeper', 'emotional-needs.commitment', 'shared-moments.commitment', 'growing-conversations.deeper'],
      durations: { 'shared-moments.talk': 420, stretch: 600 },
    };
    const exported = await http.post<PlanFile>('/api/plans/export', { planId: 'taster', customization });
    expect(exported.status).toBe(200);
    expect(exported.body.basedOn).toBe('taster');
    const imported = await http.post<ImportedPlan>('/api/plans/import', { file: JSON.stringify(exported.body, null, 2) });
    expect(imported.status).toBe(200);
    const again = await http.post<PlanFile>('/api/plans/export', { planId: 'taster', customization: imported.body.customization });
    expect(again.body).toEqual(exported.body);
  });

  it.each([
    ['unknown-topic', 'unknown topic "feelings"'],
    ['segment-too-long', 'lasts at most 600 s'],
    ['future-schema-version', 'schemaVersion: unknown version 9'],
  ])('refuses the %s file whole, listing its problem', async (name, problem) => {
    const res = await http.post<PlanRefused>('/api/plans/import', { file: refusal(name) });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe('plan/invalid');
    expect(res.body.problems.join('\n')).toContain(problem);
  });

  it('refuses a valid plan this server cannot run from the console, saying why', async () => {
    const custom = readFileSync(join(NOT_OK, '../ok/custom-reordered-v2.json'), 'utf8');
    const res = await http.post<PlanRefused>('/api/plans/import', { file: custom });
    expect(res.status).toBe(400);
    expect(res.body.problems).toEqual(expect.arrayContaining([expect.stringContaining('added segments')]));
  });

  it('duplicates a session with all its settings into a new one with a new code and no pairs', async () => {
    const facilitator = await aFacilitator(server);
    const original = await aSession(server, {
      facilitator,
      body: {
        ageBand: 'adult',
        customization: { disabledSegments: ['emotional-needs.poll'], durations: { 'shared-moments.talk': 300 } },
        timerStart: 'onOpen',
        minGroupSize: 4,
        localResources: ['Family line: 0800 123 456'],
      },
    });
    const copy = await facilitator.http.post<{ id: string; code: string; title: string; ageBand: string; projectorToken: string }>(`/api/sessions/${original.id}/duplicate`, {
      title: 'Second group',
    });
    expect(copy.status).toBe(201);
    expect(copy.body).toMatchObject({ title: 'Second group', ageBand: 'adult' });
    expect(copy.body.code).not.toBe(original.code);

    const [before, after] = await Promise.all([facilitatorDevice(server, original), facilitatorDevice(server, { ...copy.body, facilitator })]);
    await before.until((c) => c.agenda !== null && c.facilitatorView !== null, 5000, 'original agenda');
    await after.until((c) => c.agenda !== null && c.facilitatorView !== null, 5000, 'copy agenda');
    expect(shape(after.agenda!)).toEqual(shape(before.agenda!));
    expect(after.agenda!.localResources).toEqual(['Family line: 0800 123 456']);
    expect(after.facilitatorView!.timerStart).toBe('onOpen');
    expect(after.facilitatorView!.minGroupSize).toBe(4);
    expect(after.facilitatorView!.pairs).toEqual([]);
    before.close();
    after.close();

    // Only the owner can copy a session.
    const stranger = await aFacilitator(server);
    expect((await stranger.http.post(`/api/sessions/${original.id}/duplicate`, {})).status).toBe(404);
  });
});
