/** zh-CN messages of the common area (keys under `common.`). */
export const commonZhCN = {
  notFound: '未找到该页面或数据。',
  notFoundHint: '请检查地址，或返回首页。',
  backHome: '返回首页',
  empty: '暂无数据',
  retry: '重试',
  loadFailed: '加载失败',
  save: '保存',
  tableView: '表格视图',
  chartView: '图表视图',
};
