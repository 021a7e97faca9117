/** zh-CN messages of the admin area (keys under `admin.`). */
export const adminZhCN = {
  title: '系统设置',
};
