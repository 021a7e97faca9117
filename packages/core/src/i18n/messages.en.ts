import { adminEn } from './areas/admin.en.ts';
import { commonEn } from './areas/common.en.ts';
import { dashboardEn } from './areas/dashboard.en.ts';
import { documentsEn } from './areas/documents.en.ts';
import { enterprisesEn } from './areas/enterprises.en.ts';
import { exchangeEn } from './areas/exchange.en.ts';
import { exportsEn } from './areas/exports.en.ts';
import { navEn } from './areas/nav.en.ts';
import { portalEn } from './areas/portal.en.ts';
import { reviewEn } from './areas/review.en.ts';
import type { MessageCatalogue } from './messages.zh-CN.ts';

/**
 * English message catalogue. Typed as `MessageCatalogue` so a missing key, or one zh-CN lacks,
 * fails `tsc` instead of silently falling back at run time.
 */
export const messagesEn: MessageCatalogue = {
  app: {
    name: 'Greenshore',
    tagline: 'The service-outsourcing industry, measured as a low-carbon economy',
    loading: 'Loading…',
    skipToContent: 'Skip to main content',
  },
  language: {
    name: 'English',
    label: 'Language',
  },
  auth: {
    login: {
      title: 'Sign in',
      intro: 'Sign in with your organisation account.',
      email: 'Email',
      password: 'Password',
      submit: 'Sign in',
      submitting: 'Signing in…',
      error: {
        invalid: 'Incorrect email or password.',
        throttled: 'Too many attempts, try later.',
        unexpected: 'Signing in is not possible right now, please try again later.',
      },
    },
    logout: 'Log out',
    signedInAs: 'Signed in as',
  },
  home: {
    welcome: 'Welcome, {{email}}',
    role: 'Role: {{role}}',
    area: 'Your area will be the {{area}}.',
    comingSoon: 'This area is under construction.',
  },
  areas: {
    bureau: 'bureau dashboard',
    enterprise: 'enterprise portal',
    institute: 'institute portal',
  },
  roles: {
    admin: 'Administrator',
    analyst: 'Analyst',
    enterprise: 'Enterprise filer',
    institute: 'Institute filer',
  },
  nav: navEn,
  dashboard: dashboardEn,
  documents: documentsEn,
  review: reviewEn,
  enterprises: enterprisesEn,
  portal: portalEn,
  admin: adminEn,
  common: commonEn,
  exchange: exchangeEn,
  exports: exportsEn,
};
