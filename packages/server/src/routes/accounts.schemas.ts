import { ACCOUNT_ROLES } from '@greenshore/core';
import { z } from 'zod';
import type { ApiTokenListing } from '../auth/api-tokens.repository.ts';
import type { UserRow } from '../auth/users.repository.ts';
import { listQuery } from '../http/common.schemas.ts';

const role = z.enum(ACCOUNT_ROLES);
const tenantId = z.number().int().positive().nullable();
// Length and commonness are checked by the core password policy, which names the field in its issues.
const password = z.string().max(4096);

export const accountDto = z.object({
  id: z.number().int(),
  email: z.string(),
  role,
  enterpriseId: z.number().int().nullable(),
  instituteId: z.number().int().nullable(),
  displayName: z.string(),
  disabled: z.boolean(),
  disabledAt: z.string().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});

export function toAccountDto(u: UserRow): z.infer<typeof accountDto> {
  return {
    id: u.id,
    email: u.email,
    role: u.role,
    enterpriseId: u.enterprise_id,
    instituteId: u.institute_id,
    displayName: u.display_name,
    disabled: u.disabled_at !== null,
    disabledAt: u.disabled_at,
    createdAt: u.created_at,
    version: u.row_version,
  };
}

export const usersQuery = listQuery.extend({ role: role.optional() });

export const newAccountBody = z
  .strictObject({
    email: z.email().max(254),
    password,
    role,
    enterpriseId: tenantId.optional(),
    instituteId: tenantId.optional(),
    displayName: z.string().trim().min(1).max(200),
  })
  .meta({
    examples: [
      {
        email: 'filer@hongxin.example.cn',
        password: 'a-long-unusual-passphrase',
        role: 'enterprise',
        enterpriseId: 12,
        displayName: 'Li Hua',
      },
    ],
  });

export const accountPatchBody = z
  .strictObject({
    role: role.optional(),
    disabled: z.boolean().optional(),
    displayName: z.string().trim().min(1).max(200).optional(),
    enterpriseId: tenantId.optional(),
    instituteId: tenantId.optional(),
  })
  .refine((p) => Object.keys(p).length > 0, { message: 'name at least one field to change' })
  .meta({ examples: [{ disabled: true }, { role: 'analyst' }] });

export const passwordChangeBody = z
  .strictObject({ currentPassword: password, newPassword: password })
  .meta({ examples: [{ currentPassword: 'the-old-passphrase', newPassword: 'a-new-longer-passphrase' }] });

export const tokenDto = z.object({
  id: z.number().int(),
  name: z.string(),
  createdAt: z.string(),
  revokedAt: z.string().nullable(),
});

export function toTokenDto(t: ApiTokenListing): z.infer<typeof tokenDto> {
  return { id: t.id, name: t.name, createdAt: t.created_at, revokedAt: t.revoked_at };
}

export const newTokenBody = z
  .strictObject({ name: z.string().trim().min(1).max(100) })
  .meta({ examples: [{ name: 'ERP nightly export' }] });

export const newTokenDto = z.object({
  id: z.number().int(),
  name: z.string(),
  token: z.string().describe('The bearer secret: shown this once, never again'),
  createdAt: z.string(),
});
