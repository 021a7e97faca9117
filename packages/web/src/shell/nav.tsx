import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import type { Role } from '../api.client.ts';

type NavKey = 'dashboard' | 'review' | 'completeness' | 'enterprises' | 'portal' | 'imports' | 'admin';

const NAV_BY_ROLE: Record<Role, { key: NavKey; href: string }[]> = {
  admin: [
    { key: 'dashboard', href: '/dashboard' },
    { key: 'review', href: '/review' },
    { key: 'completeness', href: '/completeness' },
    { key: 'enterprises', href: '/enterprises' },
    { key: 'imports', href: '/imports' },
    { key: 'admin', href: '/admin' },
  ],
  analyst: [
    { key: 'dashboard', href: '/dashboard' },
    { key: 'review', href: '/review' },
    { key: 'completeness', href: '/completeness' },
    { key: 'enterprises', href: '/enterprises' },
    { key: 'imports', href: '/imports' },
  ],
  enterprise: [
    { key: 'portal', href: '/portal' },
    { key: 'imports', href: '/imports' },
  ],
  institute: [],
};

/** The start page of each role. */
export function homePathOf(role: Role): string {
  return NAV_BY_ROLE[role][0]?.href ?? '/home';
}

/** Role-aware main navigation; the current page is marked for screen readers. */
export function MainNav({ role }: { role: Role }) {
  const { t } = useTranslation();
  const [location] = useLocation();
  const items = NAV_BY_ROLE[role];
  if (items.length === 0) return null;
  return (
    <nav className="main-nav" aria-label={t('nav.mainNav')}>
      <ul>
        {items.map((item) => {
          const current = location === item.href || location.startsWith(`${item.href}/`);
          return (
            <li key={item.key}>
              <Link href={item.href} aria-current={current ? 'page' : undefined}>
                {t(`nav.${item.key}`)}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
