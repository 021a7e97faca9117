import { FOCUS_AREAS, OWNERSHIP_KINDS } from '@greenshore/core';
import { useTranslation } from 'react-i18next';
import type { FilterKey } from './enterprise-filters.ts';

type Ownership = (typeof OWNERSHIP_KINDS)[number];
type FocusArea = (typeof FOCUS_AREAS)[number];

export const isOwnership = (v: string): v is Ownership => (OWNERSHIP_KINDS as readonly string[]).includes(v);
export const isFocusArea = (v: string): v is FocusArea => (FOCUS_AREAS as readonly string[]).includes(v);

/** Catalogue labels for coded values; an unknown code shows as itself rather than a missing key. */
export function useFilterValueLabel(): (key: FilterKey, value: string) => string {
  const { t } = useTranslation();
  return (key, value) => {
    if (key === 'ownership' && isOwnership(value)) return t(`enterprises.ownership.${value}`);
    if (key === 'focusArea' && isFocusArea(value)) return t(`enterprises.focusArea.${value}`);
    return value;
  };
}
