import type { DemoCity } from '@greenshore/core';
import type { Transaction } from 'kysely';
import { chunks } from '../db/batch.ts';
import type { DB } from '../db/database.types.ts';

export interface PlaceIds {
  district: Map<string, number>;
  park: Map<string, number>;
  enterprise: Map<string, number>;
  institute: Map<string, number>;
}

const must = <K, V>(map: Map<K, V>, key: K, what: string): V => {
  const v = map.get(key);
  if (v === undefined) throw new Error(`demo data refers to unknown ${what} ${String(key)}`);
  return v;
};

export { must };

/** Districts, parks, enterprises (with certifications) and institutes; returns their ids by demo key. */
export async function seedPlaces(trx: Transaction<DB>, city: DemoCity, now: string): Promise<PlaceIds> {
  const district = new Map<string, number>();
  for (const d of city.districts) {
    const row = await trx
      .insertInto('districts')
      .values({
        code: d.code,
        city_code: city.cityCode,
        province_code: city.provinceCode,
        name_zh: d.nameZh,
        name_en: d.nameEn,
        is_zone: d.isZone ? 1 : 0,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    district.set(d.key, row.id);
  }
  const park = new Map<string, number>();
  for (const p of city.parks) {
    const row = await trx
      .insertInto('parks')
      .values({
        district_id: must(district, p.districtKey, 'district'),
        name_zh: p.nameZh,
        name_en: p.nameEn,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    park.set(p.key, row.id);
  }
  const enterprise = await seedEnterprises(trx, city, district, park, now);
  const institute = new Map<string, number>();
  for (const i of city.institutes) {
    const row = await trx
      .insertInto('institutes')
      .values({
        uscc: i.uscc,
        name_zh: i.nameZh,
        name_en: i.nameEn,
        district_id: must(district, i.districtKey, 'district'),
        city_code: city.cityCode,
        created_at: now,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    institute.set(i.key, row.id);
  }
  return { district, park, enterprise, institute };
}

async function seedEnterprises(
  trx: Transaction<DB>,
  city: DemoCity,
  district: Map<string, number>,
  park: Map<string, number>,
  now: string,
): Promise<Map<string, number>> {
  const rows = city.enterprises.map((e) => ({
    uscc: e.uscc,
    name_zh: e.nameZh,
    name_en: e.nameEn,
    district_id: must(district, e.districtKey, 'district'),
    park_id: e.parkKey ? must(park, e.parkKey, 'park') : null,
    city_code: city.cityCode,
    ownership: e.ownership,
    investor_country: e.investorCountry,
    registered_capital_fen: e.registeredCapitalFen,
    fdi_currency: e.fdi?.currency ?? null,
    fdi_amount_minor: e.fdi?.amountMinor ?? null,
    fdi_amount_fen: e.fdi?.amountFen ?? null,
    fdi_rate_to_cny: e.fdi?.rateToCny ?? null,
    founded_on: e.foundedOn,
    tase: e.tase ? 1 : 0,
    main_service_code: e.mainServiceCode,
    created_at: now,
    updated_at: now,
  }));
  for (const batch of chunks(rows, 100)) await trx.insertInto('enterprises').values(batch).execute();
  // RETURNING order is not guaranteed for multi-row inserts, so map ids by the unique credit code.
  const byUscc = new Map(
    (await trx.selectFrom('enterprises').select(['id', 'uscc']).execute()).map((r) => [r.uscc, r.id]),
  );
  const ids = new Map(city.enterprises.map((e) => [e.key, must(byUscc, e.uscc, 'enterprise')]));
  const certs = city.enterprises.flatMap((e) =>
    e.certifications.map((c) => ({
      enterprise_id: must(ids, e.key, 'enterprise'),
      kind: c.kind,
      level: c.level,
      valid_from: c.validFrom,
      valid_to: c.validTo,
    })),
  );
  for (const batch of chunks(certs)) await trx.insertInto('certifications').values(batch).execute();
  return ids;
}
