import { formatCny, formatDate } from '@greenshore/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOf } from '../review/review-format.ts';
import { isOwnership } from './enterprise-labels.hook.ts';
import type { Enterprise } from './enterprises.types.ts';

/** The profile as a definition list: identity, place, ownership, FDI, recognition, certifications. */
export function ProfileSection({ enterprise: e }: { enterprise: Enterprise }) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  const none = t('enterprises.none');
  const fdi = e.fdi ? `${e.fdi.currency} ${e.fdi.amount} (${formatCny(e.fdi.amountFen / 100, lang)})` : none;
  const certifications = e.certifications.length
    ? e.certifications.map((c) => `${c.kind}${c.level ? ` ${c.level}` : ''} (→ ${c.validTo})`).join('; ')
    : none;
  const rows: [string, ReactNode][] = [
    [t('enterprises.profile.uscc'), <code key="uscc">{e.uscc}</code>],
    [t('enterprises.profile.district'), e.districtCode],
    [
      t('enterprises.profile.ownership'),
      isOwnership(e.ownership) ? t(`enterprises.ownership.${e.ownership}`) : e.ownership,
    ],
    [t('enterprises.profile.investorCountry'), e.investorCountry ?? none],
    [t('enterprises.profile.fdi'), fdi],
    [t('enterprises.profile.registeredCapital'), e.registeredCapitalCny],
    [t('enterprises.profile.foundedOn'), e.foundedOn ? formatDate(e.foundedOn, lang) : none],
    [t('enterprises.profile.mainService'), e.mainServiceCode],
    [t('enterprises.profile.tase'), e.tase ? t('enterprises.yes') : t('enterprises.no')],
    [t('enterprises.profile.taseValidTo'), e.taseValidTo ? formatDate(e.taseValidTo, lang) : none],
    [t('enterprises.profile.certifications'), certifications],
  ];
  return (
    <section className="card" aria-labelledby="profile-title" data-testid="enterprise-profile">
      <h2 id="profile-title">{t('enterprises.profile.title')}</h2>
      <dl className="profile-list">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
