import { adminZhCN } from './areas/admin.zh-CN.ts';
import { commonZhCN } from './areas/common.zh-CN.ts';
import { dashboardZhCN } from './areas/dashboard.zh-CN.ts';
import { documentsZhCN } from './areas/documents.zh-CN.ts';
import { enterprisesZhCN } from './areas/enterprises.zh-CN.ts';
import { exchangeZhCN } from './areas/exchange.zh-CN.ts';
import { exportsZhCN } from './areas/exports.zh-CN.ts';
import { navZhCN } from './areas/nav.zh-CN.ts';
import { portalZhCN } from './areas/portal.zh-CN.ts';
import { reviewZhCN } from './areas/review.zh-CN.ts';

/**
 * Simplified-Chinese message catalogue, the reference language: its shape defines the key set every
 * other language must match exactly (see `MessageCatalogue`). Keys are stable dotted paths shared by
 * web, exports and CLI; never build a key by concatenation, so every key stays greppable.
 */
export const messagesZhCN = {
  app: {
    name: 'Greenshore',
    tagline: '服务外包产业 · 低碳经济计量平台',
    loading: '正在加载…',
    skipToContent: '跳到主要内容',
  },
  language: {
    // Each catalogue names its own language, so the switch always shows a language in itself.
    name: '中文',
    label: '语言',
  },
  auth: {
    login: {
      title: '登录',
      intro: '使用您的单位账号登录。',
      email: '电子邮箱',
      password: '密码',
      submit: '登录',
      submitting: '正在登录…',
      error: {
        invalid: '邮箱或密码不正确。',
        throttled: '尝试次数过多，请稍后再试。',
        unexpected: '暂时无法登录，请稍后再试。',
      },
    },
    logout: '退出登录',
    signedInAs: '当前用户',
  },
  home: {
    welcome: '欢迎，{{email}}',
    role: '角色：{{role}}',
    area: '登录后您将进入：{{area}}。',
    comingSoon: '该区域正在建设中，敬请期待。',
  },
  areas: {
    bureau: '商务局数据看板',
    enterprise: '企业填报门户',
    institute: '培训机构门户',
  },
  roles: {
    admin: '系统管理员',
    analyst: '分析员',
    enterprise: '企业填报人',
    institute: '培训机构填报人',
  },
  nav: navZhCN,
  dashboard: dashboardZhCN,
  documents: documentsZhCN,
  review: reviewZhCN,
  enterprises: enterprisesZhCN,
  portal: portalZhCN,
  admin: adminZhCN,
  common: commonZhCN,
  exchange: exchangeZhCN,
  exports: exportsZhCN,
};

/** Shape every language must have: the same keys as zh-CN, each value a string. */
export type MessageCatalogue = typeof messagesZhCN;
