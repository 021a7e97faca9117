import type { Kysely, Transaction } from 'kysely';
import { appendAudit } from '../audit/audit.repository.ts';
import type { Clock } from '../auth/auth.service.ts';
import type { UserRow } from '../auth/users.repository.ts';
import type { DB } from '../db/database.types.ts';
import { type Database, isUniqueViolation } from '../db/dialect.ts';
import { etagOf } from '../http/etag.ts';
import { HttpError, notFound } from '../http/http-errors.ts';
import { assertEnterpriseAccess } from '../http/tenant-access.ts';
import { type EnterpriseDto, toEnterpriseDto, toEnterpriseSummaryDto } from './enterprise.dto.ts';
import { certificationColumns, enterpriseColumns, placeColumns } from './enterprise-columns.ts';
import type {
  CreateEnterpriseInput,
  EnterpriseListQuery,
  EnterprisePatch,
} from './enterprise-input.schemas.ts';
import { assertMayPatch, mergedState, staleEnterprise } from './enterprise-patch.rules.ts';
import { profileIssues, resolvePlace, throwIfIssues } from './enterprise-rules.ts';
import * as repo from './enterprises.repository.ts';

export interface EnterpriseView {
  dto: EnterpriseDto;
  etag: string;
}

const duplicateUscc = (err: unknown): never => {
  if (!isUniqueViolation(err)) throw err;
  throw new HttpError(409, 'an enterprise with this credit code exists', [
    { path: 'uscc', message: 'already registered to another enterprise' },
  ]);
};

/** Enterprise profiles: list, read, register (admin) and update (bureau or the enterprise's own filer). */
export class EnterprisesService {
  constructor(
    private readonly database: Database,
    private readonly clock: Clock,
  ) {}

  async list(query: EnterpriseListQuery) {
    const { limit, offset, sort, order, ...filter } = query;
    const [rows, total] = await Promise.all([
      repo.listEnterprises(this.database.db, filter, { limit, offset, sort, order }),
      repo.countEnterprises(this.database.db, filter),
    ]);
    return { items: rows.map(toEnterpriseSummaryDto), total };
  }

  async get(actor: UserRow, id: number): Promise<EnterpriseView> {
    assertEnterpriseAccess(actor, id);
    return this.load(this.database.db, id);
  }

  async create(actor: UserRow, input: CreateEnterpriseInput): Promise<EnterpriseView> {
    throwIfIssues(profileIssues({ ...input, hasFdi: input.fdi !== null }));
    const now = this.clock().toISOString();
    return this.database.db.transaction().execute(async (trx) => {
      const place = await resolvePlace(trx, input.districtCode, input.parkId);
      const columns = { ...enterpriseColumns(input), ...placeColumns(place) };
      const id = await repo
        .insertEnterprise(trx, {
          ...columns,
          uscc: input.uscc,
          name_zh: input.nameZh,
          name_en: input.nameEn,
          ownership: input.ownership,
          main_service_code: input.mainServiceCode,
          district_id: place.districtId,
          city_code: place.cityCode,
          created_at: now,
          updated_at: now,
        })
        .catch(duplicateUscc);
      await repo.replaceCertifications(trx, id, certificationColumns(input.certifications));
      await this.audit(trx, actor, now, 'enterprise.created', id, { uscc: input.uscc, rowVersion: 1 });
      return this.load(trx, id);
    });
  }

  async update(
    actor: UserRow,
    id: number,
    patch: EnterprisePatch,
    checkEtag: (currentEtag: string) => void,
  ): Promise<EnterpriseView> {
    assertEnterpriseAccess(actor, id);
    assertMayPatch(actor, patch);
    const now = this.clock().toISOString();
    return this.database.db.transaction().execute(async (trx) => {
      const row = await repo.findEnterprise(trx, id);
      if (!row) throw notFound();
      checkEtag(etagOf('enterprise', id, row.row_version));
      throwIfIssues(profileIssues(mergedState(row, patch)));
      const moved = patch.districtCode !== undefined || patch.parkId !== undefined;
      const parkId = patch.parkId !== undefined ? patch.parkId : row.park_id;
      const place = moved
        ? placeColumns(await resolvePlace(trx, patch.districtCode ?? row.district_code, parkId))
        : {};
      const changes = { ...enterpriseColumns(patch), ...place, updated_at: now };
      const won = await repo
        .updateEnterpriseIfVersion(trx, id, row.row_version, changes)
        .catch(duplicateUscc);
      if (!won) throw staleEnterprise();
      if (patch.certifications)
        await repo.replaceCertifications(trx, id, certificationColumns(patch.certifications));
      const fields = Object.keys(patch).sort();
      await this.audit(trx, actor, now, 'enterprise.updated', id, {
        fields,
        rowVersion: row.row_version + 1,
      });
      return this.load(trx, id);
    });
  }

  private async load(db: Kysely<DB>, id: number): Promise<EnterpriseView> {
    const row = await repo.findEnterprise(db, id);
    if (!row) throw notFound();
    const dto = toEnterpriseDto(row, await repo.listCertifications(db, id));
    return { dto, etag: etagOf('enterprise', id, row.row_version) };
  }

  private audit(
    trx: Transaction<DB>,
    actor: UserRow,
    at: string,
    action: string,
    id: number,
    detail: object,
  ) {
    return appendAudit(trx, this.database.kind, {
      at,
      actorUserId: actor.id,
      action,
      entity: 'enterprise',
      entityId: String(id),
      detail: { ...detail },
    });
  }
}
