/** zh-CN messages of the nav area (keys under `nav.`). */
export const navZhCN = {
  dashboard: '城市看板',
  review: '审核',
  completeness: '填报完整性',
  enterprises: '企业',
  portal: '我的企业',
  reports: '我的报表',
  contracts: '合同',
  imports: '数据导入',
  admin: '系统设置',
  mainNav: '主导航',
};
