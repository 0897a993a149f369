// CSV export of the dashboard table: same filters and visibility as the JSON, a UTF-8 BOM, RFC 4180
// quoting, and a guard against cells a spreadsheet would run as formulas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../server/http/index.ts';
import { bearer, registerUser, type TestUser } from '../helpers/api.ts';
import type { TestServer } from '../helpers/test-server.ts';
import { addDealMember, openDeal } from '../deals/deal-helpers.ts';
import { startDashboardServer } from './dashboard-helpers.ts';

describe('dashboard CSV export', () => {
  let server: TestServer;
  let owner: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    server = await startDashboardServer();
    [owner, manager] = await Promise.all(['Owner Olu', 'Manager Mak'].map((name) => registerUser(server.url, name)));
    for (const [title, type] of [['=HYPERLINK("http://evil.example","click")', 'supply'], ['深圳無人機, "歐盟" 分銷\n第二行', 'market-entry'], ['Not managed', 'other']]) {
      const deal = await openDeal(server, owner, { title, type });
      if (title !== 'Not managed') await addDealMember(server, owner, deal.id, manager, 'manager');
    }
  });
  afterAll(() => server.close());

  async function csv(user: TestUser, query = ''): Promise<{ status: number; type: string | null; bytes: Buffer }> {
    const response = await fetch(`${server.url}/api/dashboard.csv${query}`, { headers: bearer(user) });
    return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
  }

  it('starts with a UTF-8 BOM, quotes commas, quotes and newlines, and keeps Chinese intact', async () => {
    const { status, type, bytes } = await csv(manager);
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/csv; charset=utf-8/);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toMatch(/^id,title,type,stage,days in stage,stalled,/);
    expect(text).toContain('"深圳無人機, ""歐盟"" 分銷\n第二行"');
    expect(text).not.toContain('Not managed');
  });

  it('defuses cells that start with = + - @', async () => {
    const text = (await csv(manager)).bytes.toString('utf8');
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""click"")"`);
    expect(text).not.toMatch(/(^|,)=HYPERLINK/m);
    expect(csvCell('+1 555')).toBe("'+1 555");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell(-2)).toBe('-2');
    expect(csvCell('plain')).toBe('plain');
  });

  it('applies the same filters and refuses bad ones', async () => {
    const text = (await csv(manager, '?type=market-entry')).bytes.toString('utf8');
    expect(text.trim().split('\r\n')).toHaveLength(2);
    expect(text).not.toContain('HYPERLINK');
    expect((await csv(manager, '?stalledDays=0')).status).toBe(400);
    expect((await csv(owner)).bytes.toString('utf8').trim().split('\r\n')).toHaveLength(1);
  });
});
