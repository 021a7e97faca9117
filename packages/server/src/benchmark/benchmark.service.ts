import { findServiceCode } from '@greenshore/core';
import type { UserRow } from '../auth/users.repository.ts';
import type { AppContext } from '../http/app-context.ts';
import { notFound } from '../http/http-errors.ts';
import { assertEnterpriseAccess } from '../http/tenant-access.ts';
import { findLatestApprovedYearOf, findMainServiceCode, listApprovedOfYear } from './benchmark.repository.ts';
import {
  BENCHMARK_MIN_PEERS,
  type BenchmarkReport,
  type EnterpriseYear,
  enterpriseYears,
  type PeerQuartiles,
  peerQuartiles,
} from './peer-stats.ts';

export interface BenchmarkAnswer {
  enterpriseId: number;
  year: number;
  focusArea: string;
  own: EnterpriseYear | null;
  peerCount: number;
  minPeers: number;
  peers: PeerQuartiles | null;
}

const focusOf = (code: string) => findServiceCode(code)?.focusArea ?? 'other';

function toBenchmarkReport(row: { enterprise_id: number; period_type: string; result_json: string }) {
  const result = JSON.parse(row.result_json);
  return {
    enterpriseId: row.enterprise_id,
    periodType: row.period_type,
    totalLocationKgCo2e: result.emissions.totalLocationKgCo2e,
    totalMarketKgCo2e: result.emissions.totalMarketKgCo2e,
    valueAddedCny: result.valueAdded.valueAddedCny,
  } satisfies BenchmarkReport;
}

/** An enterprise's own yearly figures next to anonymised quartiles of its focus-area peers. */
export class BenchmarkService {
  constructor(private readonly ctx: AppContext) {}

  async forEnterprise(user: UserRow, enterpriseId: number, year?: number): Promise<BenchmarkAnswer> {
    assertEnterpriseAccess(user, enterpriseId);
    const db = this.ctx.database.db;
    const enterprise = await findMainServiceCode(db, enterpriseId);
    if (!enterprise) throw notFound();
    const focusArea = focusOf(enterprise.main_service_code);
    const theYear =
      year ?? (await findLatestApprovedYearOf(db, enterpriseId)) ?? this.ctx.clock().getUTCFullYear();
    const rows = (await listApprovedOfYear(db, theYear)).filter(
      (r) => focusOf(r.main_service_code) === focusArea,
    );
    const years = enterpriseYears(rows.map(toBenchmarkReport));
    const own = years.get(enterpriseId) ?? null;
    years.delete(enterpriseId);
    // Only figures leave this function: peer ids are dropped here, names were never read.
    const peers = [...years.values()];
    return {
      enterpriseId,
      year: theYear,
      focusArea,
      own,
      peerCount: peers.length,
      minPeers: BENCHMARK_MIN_PEERS,
      peers: peerQuartiles(peers),
    };
  }
}
