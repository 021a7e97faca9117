/** zh-CN messages of the review area (keys under `review.`). */
export const reviewZhCN = {
  title: '待审核报表',
};
