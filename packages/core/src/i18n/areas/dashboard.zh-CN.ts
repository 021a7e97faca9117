/** zh-CN messages of the dashboard area (keys under `dashboard.`). */
export const dashboardZhCN = {
  title: '城市看板',
};
