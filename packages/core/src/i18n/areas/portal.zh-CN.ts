/** zh-CN messages of the portal area (keys under `portal.`). */
export const portalZhCN = {
  title: '我的企业',
};
