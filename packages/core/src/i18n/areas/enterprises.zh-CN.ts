/** zh-CN messages of the enterprises area (keys under `enterprises.`). */
export const enterprisesZhCN = {
  title: '企业',
};
